import ExpoModel

/// The read API of a compiled catalogue. Lists are served a page at a time (`offset`, `limit`),
/// so no caller ever loads a whole table.
public protocol CatalogueReading: Sendable {
  func info() throws -> ExpoInfo
  func halls() throws -> [HallRow]
  func venues() throws -> [VenueRow]
  func countries() throws -> [CountryRow]
  func pavilions(_ query: PavilionQuery) throws -> [PavilionRow]
  /// Distinct exhibitor categories (for filters).
  func categories() throws -> [String]

  func exhibitorCount(_ query: ExhibitorQuery) throws -> Int
  func exhibitors(_ query: ExhibitorQuery, offset: Int, limit: Int) throws -> [ExhibitorRow]
  func exhibitor(id: String) throws -> ExhibitorRow?
  func booths(exhibitor: String) throws -> [BoothRow]
  func booth(code: String) throws -> BoothRow?
  /// Every booth of a hall with its geometry and exhibitor (for the hall plan), by code.
  func planBooths(hall: String) throws -> [PlanBooth]

  func productCount(_ query: ProductQuery) throws -> Int
  func products(_ query: ProductQuery, offset: Int, limit: Int) throws -> [ProductRow]
  func product(id: String) throws -> ProductRow?

  func eventCount(_ query: EventQuery) throws -> Int
  func events(_ query: EventQuery, offset: Int, limit: Int) throws -> [EventRow]
  func event(id: String) throws -> EventRow?
  /// Everything matching `query` (names in English and Chinese, booth codes, other fields, typos),
  /// best first; `kinds` restricts the kinds.
  func search(_ query: String, kinds: Set<SearchKind>?, limit: Int, boost: Set<String>) throws -> SearchResults
  /// A page of the matches of `kind` in `results` (every one is reachable, also of a set too
  /// large to read at once).
  func hits(_ results: SearchResults, kind: SearchKind, offset: Int, limit: Int) throws -> [SearchHit]
  /// The names of a page of a query's matches.
  func label<S: Sequence>(_ hits: S) throws -> [SearchResult] where S.Element == SearchHit
  /// The exhibitors an event names (a handful).
  func relatedExhibitors(event: String) throws -> [ExhibitorRow]
}
