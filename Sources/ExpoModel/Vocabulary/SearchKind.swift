/// What a search result is.
public enum SearchKind: String, Sendable, Hashable, CaseIterable, Codable {
  case exhibitor
  case product
  case country
  case pavilion
  case event
  case booth

  /// The kinds the search filter cycles through (Tab), nil: everything.
  public static let filters: [SearchKind?] = [nil, .exhibitor, .product, .event, .country, .pavilion, .booth]
}
