import ExpoModel
import Foundation
import GRDB

/// Compiles a validated dataset into a SQLite catalogue file.
public enum CatalogueCompiler {
  /// Writes the catalogue to `path` (replaced atomically: written to a temporary file first).
  public static func compile(
    _ dataset: ExpoDataset, to path: String, sourceHash: String = "", progress: ProgressHandler? = nil
  ) throws {
    SQLiteSettings.apply()
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.removeItem(atPath: temporary)
    removeAbandonedFiles(of: path)
    // The full-text indexes are built on another thread, in a file of their own.
    let fullText = FullTextBuild(dataset, path: temporary + ".search")
    var common: [String] = []
    do {
      // The indexes are built after the rows, by sorting (in memory, on helper threads). Rows are
      // appended in key order, so a larger page cache than 128 MB (512 MB was tried) only adds
      // memory (1.78 -> 1.38 GB peak at a million products, same time).
      let queue = try DatabaseQueue.bulkWriter(path: temporary, cacheMegabytes: 128, sortThreads: 4)
      try queue.writeWithoutTransaction { db in
        try db.inTransaction {
          try write(dataset, sourceHash: sourceHash, db, progress: progress)
          let search = fullText.searchText()
          try search.writer.writeItems(search.folded, db, progress: progress)
          let indexes = CatalogueSchema.statements.filter(CatalogueSchema.isIndex)
          for (n, statement) in indexes.enumerated() {
            progress?(ProgressEvent(phase: "indexes", done: n, total: indexes.count))
            try db.execute(sql: statement)
            let words = statement.split(separator: " ")
            Profile.mark(words.firstIndex(of: "INDEX").map { String(words[$0 + 1]) } ?? "index")
          }
          try SearchIndexWriter.writeInitials(db)
          return .commit
        }
        Profile.mark("commit")
        progress?(ProgressEvent(phase: "search index", done: 0, total: 1))
        try fullText.finish(into: db)
        common = try SearchCommon.candidates(db)
        progress?(ProgressEvent(phase: "statistics", done: 0, total: 1))
        try db.execute(sql: "ANALYZE")
        Profile.mark("analyze")
      }
      try queue.close()
      progress?(ProgressEvent(phase: "common searches", done: 0, total: 1))
      try SearchCommon.write(path: temporary, candidates: common)
      try FileOutput.replace(path, with: temporary)
    } catch {
      fullText.discard()
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Removes the temporary files of compiles of `path` that were killed (Ctrl-C, a crash): named
  /// `NAME.tmp-PID` and `NAME.tmp-PID.search`, with a PID no process has any more. A killed
  /// compile of a large fair left a gigabyte behind.
  static func removeAbandonedFiles(of path: String) {
    let url = URL(fileURLWithPath: path)
    let prefix = url.lastPathComponent + ".tmp-"
    let folder = url.deletingLastPathComponent()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    for name in names where name.hasPrefix(prefix) {
      let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
      guard let pid = pid_t(digits), pid > 0, kill(pid, 0) == -1, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  static func write(_ d: ExpoDataset, sourceHash: String, _ db: Database, progress: ProgressHandler? = nil) throws {
    for statement in CatalogueSchema.statements where !CatalogueSchema.isIndex(statement) {
      try db.execute(sql: statement)
    }
    let sep = CatalogueSchema.separator
    let zone = TimeZone(identifier: d.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
    let expo = d.expo

    // Derived facts.
    let pavilionHall = Dictionary(d.pavilions.map { ($0.id, $0.hall) }, uniquingKeysWith: { a, _ in a })
    let boothHall = Dictionary(d.booths.map { ($0.code, $0.hall) }, uniquingKeysWith: { a, _ in a })
    var productCount: [String: Int] = [:]
    for p in d.products { productCount[p.exhibitor, default: 0] += 1 }
    let exhibitorHall: [String: String] = Dictionary(
      d.exhibitors.compactMap { e -> (String, String)? in
        if let b = e.booths.first, let h = boothHall[b] { return (e.id, h) }
        if let p = e.pavilion, let h = pavilionHall[p] { return (e.id, h) }
        return nil
      }, uniquingKeysWith: { a, _ in a })
    let exhibitorCountry = Dictionary(d.exhibitors.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })

    var counts = CatalogueCounts()
    counts.halls = d.halls.count
    counts.pavilions = d.pavilions.count
    counts.countries = Set(d.exhibitors.map(\.country)).count
    counts.exhibitors = d.exhibitors.count
    counts.booths = d.booths.count
    counts.products = d.products.count
    counts.events = d.events.count
    counts.venues = d.venues.count

    let meta: [(String, String)] =
      [
        ("schemaVersion", String(CatalogueSchema.version)), ("sourceHash", sourceHash), ("id", expo.id),
        ("name_en", expo.name.en), ("name_zh", expo.name.zh ?? ""), ("venue_en", expo.venue.name.en),
        ("venue_zh", expo.venue.name.zh ?? ""), ("address_en", expo.venue.address?.en ?? ""),
        ("address_zh", expo.venue.address?.zh ?? ""), ("city_en", expo.venue.city?.en ?? ""),
        ("city_zh", expo.venue.city?.zh ?? ""), ("timeZone", expo.timeZone),
        ("startDate", expo.startDate.description), ("endDate", expo.endDate.description),
        ("website", expo.website ?? ""), ("description", expo.description?.en ?? ""),
        ("description_zh", expo.description?.zh ?? ""), ("note", expo.note ?? ""),
        ("dayChange", expo.dayChange.map(String.init) ?? ""),
        ("counts", countsText(counts)),
      ] + (ZoneRules.table(of: zone)?.encoded.map { [("zoneOffsets", $0)] } ?? [])
    let metaStatement = try db.makeStatement(sql: "INSERT INTO meta(key, value) VALUES (?, ?)")
    for (k, v) in meta { try metaStatement.execute(arguments: [k, v]) }

    // Halls and venues.
    var hallExhibitors: [String: Int] = [:]
    for (_, h) in exhibitorHall { hallExhibitors[h, default: 0] += 1 }
    var hallPavilions: [String: Int] = [:]
    for p in d.pavilions { hallPavilions[p.hall, default: 0] += 1 }
    var hallBooths: [String: Int] = [:]
    for b in d.booths { hallBooths[b.hall, default: 0] += 1 }
    let hallStatement = try db.makeStatement(
      sql: "INSERT INTO hall VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for (i, h) in d.halls.enumerated() {
      let features = h.features.isEmpty ? nil : String(decoding: try encoder.encode(h.features), as: UTF8.self)
      try hallStatement.execute(arguments: [
        h.id, i, h.name.en, h.name.zh, h.floor, h.width, h.depth, h.x, h.y, hallExhibitors[h.id] ?? 0,
        hallPavilions[h.id] ?? 0, hallBooths[h.id] ?? 0, features,
      ])
    }
    let venueStatement = try db.makeStatement(sql: "INSERT INTO venue VALUES (?, ?, ?, ?, ?)")
    for (i, v) in d.venues.enumerated() {
      try venueStatement.execute(arguments: [v.id, i, v.name.en, v.name.zh, v.hall])
    }

    // Countries.
    var countryExhibitors: [String: Int] = [:]
    for e in d.exhibitors { countryExhibitors[e.country, default: 0] += 1 }
    var countryProducts: [String: Int] = [:]
    for p in d.products { countryProducts[exhibitorCountry[p.exhibitor] ?? "", default: 0] += 1 }
    var countryPavilions: [String: Int] = [:]
    for p in d.pavilions { countryPavilions[p.country, default: 0] += 1 }
    let countryStatement = try db.makeStatement(sql: "INSERT INTO country VALUES (?, ?, ?, ?, ?, ?, ?)")
    for code in countryCodes(d) {
      let name = Countries.name(code)
      try countryStatement.execute(arguments: [
        code, name.en, name.zh, TextFolding.sortKey(name.en), countryExhibitors[code] ?? 0,
        countryProducts[code] ?? 0, countryPavilions[code] ?? 0,
      ])
    }

    // Pavilions.
    var pavilionExhibitors: [String: Int] = [:]
    for e in d.exhibitors { if let p = e.pavilion { pavilionExhibitors[p, default: 0] += 1 } }
    let pavilionStatement = try db.makeStatement(sql: "INSERT INTO pavilion VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for (i, p) in d.pavilions.enumerated() {
      try pavilionStatement.execute(arguments: [
        p.id, i, p.country, p.name.en, p.name.zh, p.hall, p.description?.en, p.description?.zh,
        pavilionExhibitors[p.id] ?? 0,
      ])
    }

    // Booths.
    var boothOwner: [String: String] = [:]
    for e in d.exhibitors { for b in e.booths { boothOwner[b] = e.id } }
    let boothStatement = try db.makeStatement(sql: "INSERT INTO booth VALUES (?, ?, ?, ?, ?, ?, ?)")
    for b in d.booths {
      try boothStatement.execute(arguments: [b.code, b.hall, boothOwner[b.code], b.x, b.y, b.width, b.depth])
    }

    // Exhibitors, with their positions in the three whole-list orders.
    var exhibitorRowID: [String: Int64] = [:]
    let exhibitorKeys = Parallel.map(d.exhibitors) { TextFolding.sortKey($0.name.en) }
    let byName = rankOf(d.exhibitors.indices.sorted { (exhibitorKeys[$0], $0) < (exhibitorKeys[$1], $1) })
    let byBooth = rankOf(
      d.exhibitors.indices.sorted {
        (d.exhibitors[$0].booths.first ?? "", $0) < (d.exhibitors[$1].booths.first ?? "", $1)
      })
    let byCountry = rankOf(
      d.exhibitors.indices.sorted {
        (d.exhibitors[$0].country, exhibitorKeys[$0], $0) < (d.exhibitors[$1].country, exhibitorKeys[$1], $1)
      })
    let exhibitorStatement = try db.makeStatement(
      sql: "INSERT INTO exhibitor VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let categoryStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO exhibitor_category VALUES (?, ?, ?)")
    progress?(ProgressEvent(phase: "exhibitors", done: 0, total: d.exhibitors.count))
    for (i, e) in d.exhibitors.enumerated() {
      let rid = Int64(i + 1)
      exhibitorRowID[e.id] = rid
      let sortKey = exhibitorKeys[i]
      try exhibitorStatement.execute(arguments: [
        rid, e.id, e.name.en, e.name.zh, sortKey, e.country, e.pavilion, exhibitorHall[e.id], e.booths.first,
        e.booths.joined(separator: sep), e.categories.joined(separator: sep), e.description?.en, e.description?.zh,
        e.website,
        e.city?.en, e.city?.zh, productCount[e.id] ?? 0, byName[i], byBooth[i], byCountry[i],
      ])
      for c in e.categories { try categoryStatement.execute(arguments: [c, sortKey, rid]) }
    }

    Profile.mark("exhibitor rows")
    // Products, in name order: the rowid is the position in the whole list.
    let productKeys = Parallel.map(d.products) { TextFolding.sortKey($0.name.en) }
    Profile.mark("product keys")
    let byProductName = d.products.indices.sorted {
      let order = TextFolding.byteOrder(productKeys[$0], productKeys[$1])
      return order != 0 ? order < 0 : $0 < $1
    }
    Profile.mark("product order")
    var product = try BulkInsert(db, sql: "INSERT INTO product VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for (position, i) in byProductName.enumerated() {
      if position % 20_000 == 0 {
        progress?(ProgressEvent(phase: "products", done: position, total: d.products.count))
      }
      let p = d.products[i]
      let country = exhibitorCountry[p.exhibitor] ?? ""
      product.int(Int64(position + 1))
      product.text(p.id)
      product.int(exhibitorRowID[p.exhibitor] ?? 0)
      product.text(p.name.en)
      product.text(p.name.zh)
      product.text(productKeys[i])
      product.text(p.category)
      product.text(p.origin ?? country)
      product.text(country)
      product.text(exhibitorHall[p.exhibitor])
      product.text(p.description?.en)
      product.text(p.description?.zh)
      try product.step()
    }

    // Events.
    let days = expo.days
    let dayStarts = days.map { expo.start(of: $0, in: zone) }
    let venueHall = Dictionary(d.venues.map { ($0.id, $0.hall) }, uniquingKeysWith: { a, _ in a })
    let eventStatement = try db.makeStatement(
      sql: "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let linkStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO event_exhibitor VALUES (?, ?)")
    for (i, e) in d.events.enumerated() {
      let rid = Int64(i + 1)
      // The day an event belongs to is the day it starts on (events past midnight stay there, and
      // events before the schedule's day change belong to the evening before).
      let day = max(0, (dayStarts.lastIndex { $0 <= e.start }) ?? 0)
      try eventStatement.execute(arguments: [
        rid, e.id, e.title.en, e.title.zh, e.kind, Int64(e.start.timeIntervalSince1970),
        Int64(e.end.timeIntervalSince1970), day, e.venue, venueHall[e.venue] ?? nil,
        e.speakers.joined(separator: sep), e.pavilion, e.description?.en, e.description?.zh,
      ])
      for ex in e.exhibitors { try linkStatement.execute(arguments: [ex, rid]) }
    }
    Profile.mark("rows")
  }

  /// The countries of exhibitors and pavilions, sorted: the country rows and search items.
  static func countryCodes(_ d: ExpoDataset) -> [String] {
    Set(d.exhibitors.map(\.country)).union(d.pavilions.map(\.country)).sorted()
  }

  /// `order` lists indices in sorted order; the result gives each index its position.
  static func rankOf(_ order: [Int]) -> [Int] {
    var rank = Array(repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { rank[index] = position }
    return rank
  }

  static func countsText(_ c: CatalogueCounts) -> String {
    [c.halls, c.pavilions, c.countries, c.exhibitors, c.booths, c.products, c.events, c.venues]
      .map(String.init).joined(separator: ",")
  }

  static func parseCounts(_ text: String) -> CatalogueCounts {
    let v = text.split(separator: ",").map { Int($0) ?? 0 } + Array(repeating: 0, count: 8)
    var c = CatalogueCounts()
    c.halls = v[0]
    c.pavilions = v[1]
    c.countries = v[2]
    c.exhibitors = v[3]
    c.booths = v[4]
    c.products = v[5]
    c.events = v[6]
    c.venues = v[7]
    return c
  }
}

/// `EXPO_PROFILE=1`: the time of each phase of loading and compiling, and of a command's start,
/// on stderr: the time since the previous mark (of any thread: the full-text build marks its
/// phases too) and since `begin` — or, given `EXPO_PROFILE_T0` (nanoseconds since 1970, taken just
/// before the program was started: `Scripts/startup-profile.sh`), since then.
public enum Profile {
  static let enabled = ProcessEnvironment.variables["EXPO_PROFILE"] == "1"
  /// The launch, in nanoseconds since 1970 (EXPO_PROFILE_T0).
  static let launch = ProcessEnvironment.variables["EXPO_PROFILE_T0"].flatMap { UInt64($0) }
  private static let lock = NSLock()
  // Guarded by `lock`.
  nonisolated(unsafe) private static var last = now()
  nonisolated(unsafe) private static var start = launch ?? now()

  /// Nanoseconds since 1970 (the clock the launch was taken with).
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Starts the clock of the first phase.
  public static func begin() {
    lock.withLock {
      last = now()
      start = launch ?? last
    }
  }

  public static func mark(_ phase: String) {
    guard enabled else { return }
    // (Written without `String(format:)`, whose first use would be counted in the next phase.)
    func ms(_ nanoseconds: UInt64) -> String {
      let tenths = (nanoseconds + 50_000) / 100_000
      let text = "\(tenths / 10).\(tenths % 10)"
      return String(repeating: " ", count: max(0, 8 - text.count)) + text
    }
    let line = lock.withLock {
      let now = now()
      defer { last = now }
      return phase + String(repeating: " ", count: max(0, 18 - phase.count)) + " \(ms(now &- min(now, last))) ms  (at "
        + "\(ms(now &- min(now, start)).dropFirst()) ms)\n"
    }
    FileHandle.standardError.write(Data(line.utf8))
  }

}
