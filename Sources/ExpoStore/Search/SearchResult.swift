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

/// One match of a query, as ranked: the item's row in the search table and its kind.
public struct SearchHit: Sendable, Hashable {
  public var rowid: Int64
  public var kind: SearchKind
  public var score: Double
  public var match: SearchRanking.Match
}

/// The results of one query: the matches ranked best first (`hits`), the first `limit` of them
/// with their names (`results`), and the exact number found per kind.
///
/// A set of at most a few thousand is listed whole in `hits`. A larger one (a broad word at a
/// million products) lists its scored head; the rest is counted in `counts` and read a page at a
/// time (`Catalogue.hits(_:kind:offset:limit:)`), so that every match is still reachable.
public struct SearchResults: Sendable, Hashable {
  public var query: String
  public var results: [SearchResult]
  public var counts: [SearchKind: Int]
  /// The matches read and ranked, best first (labels for any page: `Catalogue.label(_:)`): every
  /// match unless `tail` holds the rest.
  public var hits: [SearchHit] = []
  /// The matches that were counted but not read (a large set), paged from the index.
  public var tail: SearchTail?

  /// Whether `hits` holds every match.
  public var isComplete: Bool { tail == nil }

  public init(query: String, results: [SearchResult], counts: [SearchKind: Int], hits: [SearchHit] = []) {
    self.query = query
    self.results = results
    self.counts = counts
    self.hits = hits
  }

  /// How many matched in all.
  public var total: Int { counts.values.reduce(0, +) }

  public static func empty(_ query: String) -> SearchResults { SearchResults(query: query, results: [], counts: [:]) }
}
