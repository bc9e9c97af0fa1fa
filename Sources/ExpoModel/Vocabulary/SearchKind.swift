/// What a search result is.
public enum SearchKind: String, Sendable, Hashable, CaseIterable, Codable {
  case exhibitor
  case product
  case country
  case pavilion
  case event
  case booth

  /// The kind's place in `allCases` (a count per kind kept in an array).
  public var index: Int {
    switch self {
    case .exhibitor: 0
    case .product: 1
    case .country: 2
    case .pavilion: 3
    case .event: 4
    case .booth: 5
    }
  }

  /// The kinds the search filter cycles through (Tab), nil: everything.
  public static let filters: [SearchKind?] = [nil, .exhibitor, .product, .event, .country, .pavilion, .booth]
}
