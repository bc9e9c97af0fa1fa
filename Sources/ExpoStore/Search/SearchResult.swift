import ExpoModel

/// One search result.
public struct SearchResult: Sendable, Hashable {
  public var kind: SearchKind
  /// The id of the item (exhibitor/product/event/pavilion id, country code, booth code).
  public var ref: String
  public var name: LocalizedText
  public var score: Double
  public var match: SearchRanking.Match
}

/// The results of one query, best first, with the number found per kind.
public struct SearchResults: Sendable, Hashable {
  public var query: String
  public var results: [SearchResult]
  public var counts: [SearchKind: Int]
  /// True when a stage hit its candidate limit: the counts are lower bounds ("500+").
  public var isTruncated: Bool

  public static func empty(_ query: String) -> SearchResults {
    SearchResults(query: query, results: [], counts: [:], isTruncated: false)
  }
}
