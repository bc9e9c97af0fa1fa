/// The top-level sections, reachable with the keys 1–7.
public enum Section: Int, CaseIterable, Sendable {
  case halls = 1
  case countries
  case exhibitors
  case products
  case schedule
  case plan
  case map

  /// The section's one-word name on the command line (`--open plan`).
  public var name: String {
    switch self {
    case .halls: return "halls"
    case .countries: return "countries"
    case .exhibitors: return "exhibitors"
    case .products: return "products"
    case .schedule: return "schedule"
    case .plan: return "plan"
    case .map: return "map"
    }
  }

  /// The section named `name` (exactly, any case).
  public init?(name: String) {
    guard let section = Section.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
    self = section
  }
}
