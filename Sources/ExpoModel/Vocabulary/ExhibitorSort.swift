/// The orders of the exhibitor list.
public enum ExhibitorSort: String, Sendable, Hashable, CaseIterable {
  case name
  case booth
  case country
}
