import ExpoModel
import Foundation

/// A compiled catalogue, opened read-only.
public final class Catalogue: CatalogueReading {
  private let connection: DirectConnection
  /// The last queries' ranked matches, and the search table's kind ranges.
  let searchCache = LockedCache<SearchKey, RankedMatches>(capacity: 8, same: ==)
  let searchKinds = LockedCache<Int, [(kind: SearchKind, range: ClosedRange<Int64>)]>(capacity: 1, same: ==)

  /// Runs a read on the catalogue's connection (for the extensions of this type). Reads are not
  /// wrapped in a transaction: the file is opened immutable (it never changes while open: a new
  /// version is a new file renamed into place), so there is nothing to isolate them from.
  func read<T>(_ body: (DirectConnection) throws -> T) throws -> T { try connection.serialized(body) }
  public let path: String
  /// The largest result set a search lists whole (`Catalogue.listedLimit`).
  let listLimit: Int
  /// How many matches of each kind range a search keeps of a set it counts (enough to list a
  /// listed set, the products an exhibitors' tab counts, the scored head and the first pages).
  let collectLimit: Int
  /// What `expo_collect` fills (see `SearchCollector`).
  let collector: SearchCollector
  /// Whether broad one-word queries are answered from `search_common` (tests compare with the
  /// queries run).
  let answersCommon: Bool

  /// Opens the catalogue at `path` read-only; fails with `CatalogueError` when it is not one.
  /// Opens a catalogue; `verify` checks every table, type and range first (a file from elsewhere:
  /// a crafted file is refused with what is wrong, never read into a crash).
  public convenience init(path: String, verify: Bool) throws {
    // (A packed file's every chunk and checksum first: the row check below does not read them all.)
    if verify, PackedCatalogue.isPacked(path) { try PackedCatalogue.verify(path) }
    try self.init(path: path)
    guard verify else { return }
    let problems: [String]
    do {
      problems = try inspect { db in try CatalogueCheck.problems(db) }
    } catch {
      throw CatalogueError.notACatalogue(path, reason: "\(error)")
    }
    if !problems.isEmpty {
      throw CatalogueError.notACatalogue(
        path, reason: problems.prefix(5).joined(separator: "; ") + (problems.count > 5 ? "; …" : ""))
    }
  }

  public convenience init(path: String) throws { try self.init(path: path, listLimit: Catalogue.listedLimit) }

  /// `listLimit`: the largest result set listed whole; `collectLimit`: the matches kept per kind
  /// of a larger one (tests compare a counted set with the same set listed, and page past what
  /// was kept).
  /// `packedCache`: the bytes of decoded chunks a packed catalogue keeps (tests make it a few chunks).
  init(path: String, listLimit: Int, collectLimit: Int? = nil, answersCommon: Bool = true, packedCache: Int? = nil)
    throws
  {
    self.listLimit = listLimit
    self.answersCommon = answersCommon
    self.collectLimit = max(2 * Catalogue.scoredLimit, collectLimit ?? max(5_001, listLimit + 1))
    guard Paths.kind(path).exists else { throw CatalogueError.notFound(path) }
    let collector = SearchCollector()
    self.collector = collector
    do {
      connection = try PackedCatalogue.connection(path, cacheBytes: packedCache)
      try SearchCollector.register(collector, on: connection.sqliteConnection)
      let version: String? = try connection.serialized { db in
        try db.value("SELECT value FROM meta WHERE key = 'schemaVersion'")
      }
      guard version == String(CatalogueSchema.version) else {
        throw CatalogueError.incompatible(path, found: version ?? "none", expected: CatalogueSchema.version)
      }
    } catch let error as CatalogueError {
      throw error
    } catch {
      throw PackedCatalogue.damage(of: path) ?? PackedCatalogue.lastDamage(in: path)
        ?? CatalogueError.notACatalogue(path, reason: "\(error)")
    }
    self.path = path
    do {
      cachedInfo = try Catalogue.readInfo(connection)
    } catch {
      throw CatalogueError.notACatalogue(path, reason: "\(error)")
    }
  }

  private static let sep = CatalogueSchema.separator

  private func list(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.components(separatedBy: Catalogue.sep)
  }

  private func localized(_ row: ReadRow, _ en: String, _ zh: String) -> LocalizedText {
    LocalizedText(en: row[en] ?? "", zh: row[zh])
  }

  // MARK: Expo

  /// The expo and its totals (read once: a catalogue never changes).
  public func info() throws -> ExpoInfo { cachedInfo }

  private let cachedInfo: ExpoInfo

  private static func readInfo(_ connection: DirectConnection) throws -> ExpoInfo {
    try connection.serialized { db in
      var meta: [String: String] = [:]
      for (key, value) in try db.rows(
        "SELECT key, value FROM meta", [], { row -> (String, String) in (row[0], row[1]) })
      {
        meta[key] = value
      }
      func text(_ en: String, _ zh: String) -> LocalizedText? {
        guard let e = meta[en], !e.isEmpty else { return nil }
        return LocalizedText(en: e, zh: meta[zh])
      }
      var expo = Expo(
        id: meta["id"] ?? "", name: text("name_en", "name_zh") ?? LocalizedText(en: "Expo"),
        venue: VenueSite(
          name: text("venue_en", "venue_zh") ?? LocalizedText(en: ""), address: text("address_en", "address_zh"),
          city: text("city_en", "city_zh")),
        timeZone: meta["timeZone"] ?? "UTC",
        startDate: LocalDate(meta["startDate"] ?? "") ?? LocalDate(year: 1970, month: 1, day: 1),
        endDate: LocalDate(meta["endDate"] ?? "") ?? LocalDate(year: 1970, month: 1, day: 1),
        website: meta["website"].flatMap { $0.isEmpty ? nil : $0 },
        description: text("description", "description_zh"),
        note: meta["note"].flatMap { $0.isEmpty ? nil : $0 })
      expo.dayChange = meta["dayChange"].flatMap { Int($0) }.flatMap { (0..<(24 * 3600)).contains($0) ? $0 : nil }
      return ExpoInfo(
        expo: expo, counts: CatalogueCompiler.parseCounts(meta["counts"] ?? ""),
        zoneTable: meta["zoneOffsets"].flatMap { ZoneRules(identifier: expo.timeZone, encoded: $0) })
    }
  }

  public func halls() throws -> [HallRow] {
    try read { db in
      try db.rows("SELECT * FROM hall ORDER BY ord") { r in
        HallRow(
          HallRow(
            id: r["id"], name: localized(r, "name_en", "name_zh"), floor: r["floor"],
            exhibitorCount: r["exhibitor_count"],
            pavilionCount: r["pavilion_count"], boothCount: r["booth_count"], width: r["width"], depth: r["depth"],
            x: r["x"], y: r["y"]),
          featuresJSON: r["features"])
      }
    }
  }

  public func venues() throws -> [VenueRow] {
    try read { db in
      try db.rows("SELECT * FROM venue ORDER BY ord") { r in
        VenueRow(id: r["id"], name: localized(r, "name_en", "name_zh"), hall: r["hall"])
      }
    }
  }

  public func countries() throws -> [CountryRow] {
    try read { db in
      try db.rows("SELECT * FROM country ORDER BY sort_key") { r in
        CountryRow(
          code: r["code"], name: localized(r, "name_en", "name_zh"), exhibitorCount: r["exhibitor_count"],
          productCount: r["product_count"], pavilionCount: r["pavilion_count"])
      }
    }
  }

  public func pavilions(_ query: PavilionQuery) throws -> [PavilionRow] {
    var filter = SQLFilter()
    filter.add("hall = ?", query.hall)
    filter.add("country = ?", query.country)
    return try read { db in
      try db.rows("SELECT * FROM pavilion \(filter.clause) ORDER BY ord", filter.values) { r in
        PavilionRow(
          id: r["id"], country: r["country"], name: localized(r, "name_en", "name_zh"), hall: r["hall"],
          description: optionalText(r["description"], r["description_zh"]), exhibitorCount: r["exhibitor_count"])
      }
    }
  }

  public func categories() throws -> [String] {
    try read { db in try db.values("SELECT DISTINCT category FROM exhibitor_category") }
  }

  // MARK: Exhibitors

  private func exhibitorFilter(_ q: ExhibitorQuery) -> (String, [SQLArgument]) {
    var filter = SQLFilter()
    filter.add("e.hall = ?", q.hall)
    filter.add("e.country = ?", q.country)
    filter.add("e.pavilion = ?", q.pavilion)
    filter.add("e.rid IN (SELECT exhibitor FROM exhibitor_category WHERE category = ?)", q.category)
    return (filter.clause, filter.values)
  }

  /// The columns `exhibitorRow` reads, by position (positional reads are much faster than by name).
  private static let exhibitorColumns = """
    e.id, e.name_en, e.name_zh, e.country, e.pavilion, e.hall, e.booths, e.categories, e.product_count,
    e.description, e.website, e.city_en, e.city_zh, e.description_zh
    """

  /// A description in both languages (nil when the data has none).
  private func optionalText(_ en: String?, _ zh: String?) -> LocalizedText? {
    guard let en, !en.isEmpty else { return nil }
    return LocalizedText(en: en, zh: zh)
  }

  private func exhibitorRow(_ r: ReadRow) -> ExhibitorRow {
    let cityEn: String? = r[11]
    return ExhibitorRow(
      id: r[0], name: LocalizedText(en: r[1], zh: r[2]), country: r[3], pavilion: r[4], hall: r[5],
      booths: list(r[6]), categories: list(r[7]), productCount: r[8],
      description: optionalText(r[9], r[13]), website: r[10],
      city: cityEn.map { LocalizedText(en: $0, zh: r[12]) })
  }

  public func exhibitorCount(_ query: ExhibitorQuery) throws -> Int {
    if query.hall == nil && query.country == nil && query.pavilion == nil && query.category == nil {
      return try info().counts.exhibitors
    }
    let (filter, arguments) = exhibitorFilter(query)
    return try read { db in
      try db.value("SELECT COUNT(*) FROM exhibitor e \(filter)", arguments) ?? 0
    }
  }

  public func exhibitors(_ query: ExhibitorQuery, offset: Int, limit: Int) throws -> [ExhibitorRow] {
    let (filter, arguments) = exhibitorFilter(query)
    let rank: String
    let order: String
    switch query.sort {
    case .name: (rank, order) = ("name_rank", "e.sort_key, e.rid")
    case .booth: (rank, order) = ("booth_rank", "e.first_booth, e.rid")
    case .country: (rank, order) = ("country_rank", "e.country, e.sort_key, e.rid")
    }
    return try read { db in
      if filter.isEmpty {
        // The whole list: a range of positions (as fast at row 1,000,000 as at row 1).
        return try db.rows(
          "SELECT \(Catalogue.exhibitorColumns) FROM exhibitor e WHERE e.\(rank) >= ? ORDER BY e.\(rank) LIMIT ?",
          [.int(max(0, offset)), .int(max(0, limit))], exhibitorRow)
      }
      return try db.rows(
        "SELECT \(Catalogue.exhibitorColumns) FROM exhibitor e \(filter) ORDER BY \(order) LIMIT ? OFFSET ?",
        arguments + [.int(max(0, limit)), .int(max(0, offset))], exhibitorRow)
    }
  }

  public func exhibitor(id: String) throws -> ExhibitorRow? {
    try read { db in
      try db.first("SELECT \(Catalogue.exhibitorColumns) FROM exhibitor e WHERE e.id = ?", [.text(id)], exhibitorRow)
    }
  }

  private func boothRow(_ r: ReadRow) -> BoothRow {
    BoothRow(
      code: r["code"], hall: r["hall"], exhibitor: r["exhibitor"], x: r["x"], y: r["y"], width: r["width"],
      depth: r["depth"])
  }

  public func booths(exhibitor: String) throws -> [BoothRow] {
    try read { db in
      // The exhibitor's own list: a booth shared by several exhibitors (a joint stand) is each one's.
      let codes = list(
        try db.value("SELECT booths FROM exhibitor WHERE id = ?", [.text(exhibitor)]))
      return try codes.sorted().compactMap { code in
        try db.first("SELECT * FROM booth WHERE code = ?", [.text(code)], boothRow)
      }
    }
  }

  public func planBooths(hall: String) throws -> [PlanBooth] {
    try read { db in
      try db.rows(
        """
        SELECT b.code, b.x, b.y, b.width, b.depth, e.id, e.name_en, e.name_zh, e.pavilion
        FROM booth b LEFT JOIN exhibitor e ON e.id = b.exhibitor WHERE b.hall = ? ORDER BY b.code
        """, [.text(hall)]
      ) { r in
        var rect: PlanRect?
        if let x: Int = r[1], let y: Int = r[2], let w: Int = r[3], let d: Int = r[4] {
          rect = PlanRect(x: x, y: y, width: w, depth: d)
        }
        let nameEN: String? = r[6]
        return PlanBooth(
          code: r[0], rect: rect, exhibitor: r[5], exhibitorName: nameEN.map { LocalizedText(en: $0, zh: r[7]) },
          pavilion: r[8])
      }
    }
  }

  public func booth(code: String) throws -> BoothRow? {
    try read { db in
      try db.first("SELECT * FROM booth WHERE code = ?", [.text(code)], boothRow)
    }
  }

  // MARK: Products

  private func productFilter(_ q: ProductQuery, _ db: DirectConnection) throws -> (String, [SQLArgument])? {
    var filter = SQLFilter()
    if let v = q.exhibitor {
      guard let rid: Int64 = try db.value("SELECT rid FROM exhibitor WHERE id = ?", [.text(v)]) else {
        return nil
      }
      filter.add("p.exhibitor = ?", rid)
    }
    filter.add("p.country = ?", q.country)
    filter.add("p.category = ?", q.category)
    filter.add("p.hall = ?", q.hall)
    return (filter.clause, filter.values)
  }

  private func productRow(_ r: ReadRow) -> ProductRow {
    ProductRow(
      id: r[0], name: LocalizedText(en: r[1], zh: r[2]), exhibitor: r[3],
      exhibitorName: LocalizedText(en: r[4], zh: r[5]),
      country: r[6], category: r[7], origin: r[8], hall: r[9], booth: r[10], description: optionalText(r[11], r[12]))
  }

  /// The columns `productRow` reads, by position.
  private static let productColumns = """
    p.id, p.name_en, p.name_zh, e.id, e.name_en, e.name_zh, p.country, p.category, p.origin, p.hall,
    e.first_booth, p.description, p.description_zh
    """

  public func productCount(_ query: ProductQuery) throws -> Int {
    if query == ProductQuery() { return try info().counts.products }
    return try read { db in
      guard let (filter, arguments) = try productFilter(query, db) else { return 0 }
      return try db.value("SELECT COUNT(*) FROM product p \(filter)", arguments) ?? 0
    }
  }

  public func products(_ query: ProductQuery, offset: Int, limit: Int) throws -> [ProductRow] {
    try read { db in
      guard let (filter, arguments) = try productFilter(query, db) else { return [] }
      if filter.isEmpty {
        return try db.rows(
          """
          SELECT \(Catalogue.productColumns) FROM product p JOIN exhibitor e ON e.rid = p.exhibitor
          WHERE p.rid > ? ORDER BY p.rid LIMIT ?
          """,
          [.int(max(0, offset)), .int(max(0, limit))], productRow)
      }
      // Filtered lists: pick the page's rows through the index first, then join.
      return try db.rows(
        """
        SELECT \(Catalogue.productColumns) FROM
          (SELECT p.rid FROM product p \(filter) ORDER BY p.rid LIMIT ? OFFSET ?) page
        JOIN product p ON p.rid = page.rid JOIN exhibitor e ON e.rid = p.exhibitor
        ORDER BY p.rid
        """,
        arguments + [.int(max(0, limit)), .int(max(0, offset))], productRow)
    }
  }

  public func product(id: String) throws -> ProductRow? {
    try read { db in
      try db.first(
        "SELECT \(Catalogue.productColumns) FROM product p JOIN exhibitor e ON e.rid = p.exhibitor WHERE p.id = ?",
        [.text(id)], productRow)
    }
  }

  // MARK: Events

  private func eventFilter(_ q: EventQuery) -> (String, [SQLArgument]) {
    var filter = SQLFilter()
    filter.add("v.day = ?", q.day)
    filter.add("v.venue = ?", q.venue)
    filter.add("v.kind = ?", q.kind)
    filter.add("v.pavilion = ?", q.pavilion)
    filter.add("v.rid IN (SELECT event FROM event_exhibitor WHERE exhibitor = ?)", q.exhibitor)
    return (filter.clause, filter.values)
  }

  private func eventRow(_ r: ReadRow) -> EventRow {
    EventRow(
      id: r["id"], title: localized(r, "title_en", "title_zh"), kind: r["kind"],
      start: Date(timeIntervalSince1970: TimeInterval(r["start"] as Int64)),
      end: Date(timeIntervalSince1970: TimeInterval(r["end"] as Int64)), day: r["day"], venue: r["venue"],
      venueName: LocalizedText(en: r["venue_en"] ?? r["venue"], zh: r["venue_zh"]), hall: r["hall"],
      speakers: list(r["speakers"]), pavilion: r["pavilion"],
      description: optionalText(r["description"], r["description_zh"]))
  }

  private static let eventSelect =
    "SELECT v.*, n.name_en AS venue_en, n.name_zh AS venue_zh FROM event v LEFT JOIN venue n ON n.id = v.venue"

  public func eventCount(_ query: EventQuery) throws -> Int {
    let (filter, arguments) = eventFilter(query)
    return try read { db in
      try db.value("SELECT COUNT(*) FROM event v \(filter)", arguments) ?? 0
    }
  }

  public func events(_ query: EventQuery, offset: Int, limit: Int) throws -> [EventRow] {
    let (filter, arguments) = eventFilter(query)
    return try read { db in
      try db.rows(
        "\(Catalogue.eventSelect) \(filter) ORDER BY v.start, v.end, v.rid LIMIT ? OFFSET ?",
        arguments + [.int(max(0, limit)), .int(max(0, offset))], eventRow)
    }
  }

  public func event(id: String) throws -> EventRow? {
    try read { db in
      try db.first("\(Catalogue.eventSelect) WHERE v.id = ?", [.text(id)], eventRow)
    }
  }

  public func relatedExhibitors(event: String) throws -> [ExhibitorRow] {
    try read { db in
      try db.rows(
        """
        SELECT \(Catalogue.exhibitorColumns) FROM exhibitor e JOIN event_exhibitor l ON l.exhibitor = e.id
        JOIN event v ON v.rid = l.event WHERE v.id = ? ORDER BY e.sort_key
        """, [.text(event)], exhibitorRow)
    }
  }
}

/// The WHERE clause of a list query, built from the optional filters that are set.
struct SQLFilter {
  private var conditions: [String] = []
  private(set) var values: [SQLArgument] = []

  /// Adds `condition` (with one `?`) when `value` is set.
  mutating func add(_ condition: String, _ value: String?) {
    guard let value else { return }
    conditions.append(condition)
    values.append(.text(value))
  }

  mutating func add(_ condition: String, _ value: Int64?) {
    guard let value else { return }
    conditions.append(condition)
    values.append(.integer(value))
  }

  mutating func add(_ condition: String, _ value: Int?) { add(condition, value.map(Int64.init)) }

  var clause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }
}
