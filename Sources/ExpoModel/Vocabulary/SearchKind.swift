/// What a search result is.
public enum SearchKind: String, Sendable, Hashable, CaseIterable, Codable {
  case exhibitor
  case product
  case country
  case pavilion
  case event
  case booth

  /// Heading of the result group.
  public var plural: String {
    switch self {
    case .exhibitor: return "Exhibitors"
    case .product: return "Products"
    case .country: return "Countries"
    case .pavilion: return "Pavilions"
    case .event: return "Events"
    case .booth: return "Booths"
    }
  }

  /// The kinds the search filter cycles through (Tab), nil: everything.
  public static let filters: [SearchKind?] = [nil, .exhibitor, .product, .event, .country, .pavilion, .booth]
}
