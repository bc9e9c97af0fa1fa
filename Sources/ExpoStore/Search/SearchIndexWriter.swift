import Dispatch
import ExpoModel
import Foundation
import GRDB

/// The search tables of a catalogue (see CatalogueSchema): `search_item` is written on the
/// compiling connection (its name indexes are built with the others); the two full-text indexes,
/// which took most of a large compile, are built on another core (`FullTextBuild`).
struct SearchIndexWriter: Sendable {
  struct Entry: Sendable {
    var kind: SearchKind
    var ref: String
    var name: LocalizedText
    var extra: String
    /// Names of what the item belongs to (its exhibitor, country and the country's demonyms,
    /// pavilion, category, booth codes; an event's speakers and venue): a query's words may match
    /// here ("iranian saffron": saffron in the name, Iranian from the exhibitor's country).
    var context: String = ""
    /// A product's exhibitor (its variants are shown one per exhibitor first).
    var owner: String = ""
    /// The context already folded and split (products share it by exhibitor and category).
    var contextWords: String?
  }

  /// An entry's folded texts (case, accents and width folded), computed once for every table.
  struct Folded: Sendable {
    var en: String
    var zh: String
    var extra: String
    /// The pinyin syllables of the Chinese name, space-separated ("" without one).
    var pinyin: String
    /// Words, Chinese characters, bigrams and pinyin of the names (`search_words.words`).
    var words: String
    /// Words and Chinese characters and bigrams of the context (`search_words.context`).
    var context: String
  }

  /// Every searchable item, in rowid order: countries, pavilions, exhibitors, booths, products,
  /// events.
  let entries: [Entry]

  init(_ d: ExpoDataset) {
    var entries: [Entry] = []
    entries.reserveCapacity(d.exhibitors.count + d.booths.count + d.products.count + d.events.count + 300)
    // A country as searched: its names in both languages, its code and demonyms.
    var countryText: [String: String] = [:]
    func country(_ code: String) -> String {
      if let known = countryText[code] { return known }
      let name = Countries.name(code)
      let text = ([name.en, name.zh ?? "", code] + Demonyms.of(code)).joined(separator: " ")
      countryText[code] = text
      return text
    }
    func booths(_ codes: [String]) -> String {
      // "N3-A14" also as "N3A14", as visitors type it.
      codes.map { $0 + " " + $0.filter { $0.isLetter || $0.isNumber } }.joined(separator: " ")
    }
    let pavilions = Dictionary(d.pavilions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let exhibitors = Dictionary(d.exhibitors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let venues = Dictionary(d.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var boothExhibitor: [String: Exhibitor] = [:]
    for e in d.exhibitors { for b in e.booths where boothExhibitor[b] == nil { boothExhibitor[b] = e } }
    func named(_ text: LocalizedText?) -> String { text.map { $0.en + " " + ($0.zh ?? "") } ?? "" }

    for code in CatalogueCompiler.countryCodes(d) {
      entries.append(
        Entry(
          kind: .country, ref: code, name: Countries.name(code), extra: code,
          context: ([code] + Demonyms.of(code)).joined(separator: " ")))
    }
    for p in d.pavilions {
      entries.append(
        Entry(kind: .pavilion, ref: p.id, name: p.name, extra: "\(p.country) \(p.hall)", context: country(p.country)))
    }
    // What each exhibitor sells: the distinct names of its products without their variants
    // ("caviar" finds the companies that sell it).
    var sells: [String: [String]] = [:]
    var sellsSeen: [String: Set<String>] = [:]
    for p in d.products {
      for text in [p.name.en, p.name.zh ?? ""] where !text.isEmpty {
        let base = String(text.split(separator: ",", maxSplits: 1).first ?? Substring(text))
        if sellsSeen[p.exhibitor, default: []].insert(base).inserted, sells[p.exhibitor, default: []].count < 60 {
          sells[p.exhibitor, default: []].append(base)
        }
      }
    }
    for e in d.exhibitors {
      // (The English description only: the Chinese one restates the names, which are indexed.)
      let described: [String] = [e.description?.en ?? ""]
      let extra = ([e.booths.joined(separator: " ")] + e.categories + (sells[e.id] ?? []) + described)
        .joined(separator: " ")
      let context = [
        country(e.country), named(e.pavilion.flatMap { pavilions[$0] }?.name), e.categories.joined(separator: " "),
        booths(e.booths), named(e.city), (sells[e.id] ?? []).joined(separator: " "),
      ].joined(separator: " ")
      entries.append(Entry(kind: .exhibitor, ref: e.id, name: e.name, extra: extra, context: context))
    }
    for b in d.booths {
      let owner = boothExhibitor[b.code]
      entries.append(
        Entry(
          kind: .booth, ref: b.code, name: LocalizedText(en: b.code), extra: b.hall,
          context: [booths([b.code]), named(owner?.name), b.hall].joined(separator: " ")))
    }
    // A product's context is its exhibitor's and its category's: folded once per pair (a million
    // products have some tens of thousands), not once per product.
    struct ContextKey: Hashable {
      var exhibitor: String
      var category: String
      var origin: String?
    }
    var productContexts: [ContextKey: String] = [:]
    for p in d.products {
      let key = ContextKey(exhibitor: p.exhibitor, category: p.category, origin: p.origin)
      let words: String
      if let known = productContexts[key] {
        words = known
      } else {
        let owner = exhibitors[p.exhibitor]
        let context = [
          p.category, named(owner?.name), owner.map { country($0.country) } ?? "",
          p.origin.map { $0 == owner?.country ? "" : country($0) } ?? "",
          named(owner?.pavilion.flatMap { pavilions[$0] }?.name), booths(owner?.booths ?? []),
        ].joined(separator: " ")
        words = SearchText.wordsAndBigrams(TextFolding.fold(context))
        productContexts[key] = words
      }
      entries.append(
        Entry(
          kind: .product, ref: p.id, name: p.name, extra: p.category, owner: p.exhibitor, contextWords: words))
    }
    // In time order: sessions of one title, alike in score, list by their day and time.
    for e in d.events.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
      let pavilion = e.pavilion.flatMap { pavilions[$0] }
      let context = [
        e.kind, e.speakers.joined(separator: " "), named(venues[e.venue]?.name), named(pavilion?.name),
        pavilion.map { country($0.country) } ?? "",
      ].joined(separator: " ")
      entries.append(
        Entry(
          kind: .event, ref: e.id, name: e.title, extra: ([e.kind] + e.speakers).joined(separator: " "),
          context: context))
    }
    self.entries = entries
  }

  /// Folding and word splitting, on every core.
  /// The pinyin of each distinct Chinese run and its search words, computed once (ICU's
  /// transform is slow, and a large fair's names repeat their words).
  final class PinyinCache: @unchecked Sendable {
    struct Forms {
      var syllables: [String]
      var words: String
    }
    private var known: [String: Forms?] = [:]
    private let lock = NSLock()

    func forms(_ run: String) -> Forms? {
      lock.lock()
      if let hit = known[run] {
        lock.unlock()
        return hit
      }
      lock.unlock()
      let found = Pinyin.syllables(run).map {
        Forms(syllables: $0, words: Pinyin.searchWords(run, syllables: $0).joined(separator: " "))
      }
      lock.lock()
      known[run] = found
      lock.unlock()
      return found
    }
  }

  func folded() -> [Folded] {
    let pinyin = PinyinCache()
    return Parallel.map(entries) { entry in
      let en = TextFolding.fold(entry.name.en)
      let zh = entry.name.zh.map(TextFolding.fold) ?? ""
      // Pinyin of every Chinese run of either name (an English name may be written in Chinese).
      var syllables: [String] = []
      var pinyinWords: [String] = []
      for run in SearchText.tokens(en + " " + zh) where run.first.map(SearchText.isCJK) == true {
        guard let found = pinyin.forms(run) else { continue }
        syllables += found.syllables
        pinyinWords.append(found.words)
      }
      let words =
        SearchText.wordsAndBigrams(en + " " + zh)
        + (pinyinWords.isEmpty ? "" : " " + pinyinWords.joined(separator: " "))
      return Folded(
        en: en, zh: zh, extra: TextFolding.fold(entry.extra), pinyin: syllables.joined(separator: " "), words: words,
        context: entry.contextWords ?? SearchText.wordsAndBigrams(TextFolding.fold(entry.context)))
    }
  }

  /// `search_item`, on the catalogue's connection.
  func writeItems(_ folded: [Folded], _ db: Database, progress: ProgressHandler? = nil) throws {
    var item = try BulkInsert(
      db,
      sql:
        "INSERT INTO search_item(rowid, name, zh, extra, py, owner, kind, ref, label_en, label_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    for (i, entry) in entries.enumerated() {
      if i % 20_000 == 0 { progress?(ProgressEvent(phase: "search items", done: i, total: entries.count)) }
      let text = folded[i]
      item.int(Int64(i + 1))
      item.text(text.en)
      item.text(text.zh)
      item.text(text.extra)
      item.text(text.pinyin)
      item.text(entry.owner)
      item.text(entry.kind.rawValue)
      item.text(entry.ref)
      item.text(entry.name.en)
      item.text(entry.name.zh)
      try item.step()
    }
    // Items are written kind by kind: the kind of a result is its rowid's range (no row read).
    var ranges: [String] = []
    var start = 0
    while start < entries.count {
      var end = start
      while end + 1 < entries.count && entries[end + 1].kind == entries[start].kind { end += 1 }
      ranges.append("\(entries[start].kind.rawValue):\(start + 1)-\(end + 1)")
      start = end + 1
    }
    try db.execute(
      sql: "INSERT INTO meta(key, value) VALUES ('searchKinds', ?)", arguments: [ranges.joined(separator: ",")])
    Profile.mark("search items")
  }
}

extension SearchIndexWriter {
  /// How many first names of each initial and kind `search_initial` keeps.
  static let initialFirsts = 500

  /// What `search_initial` counts: one ASCII letter or digit.
  static func isInitial(_ text: String) -> Bool {
    text.utf8.count == 1 && (text.first?.isLetter == true || text.first?.isNumber == true)
  }

  /// `search_initial`, from the name index in one pass (after the indexes are built).
  static func writeInitials(_ db: Database) throws {
    let ranges = try Catalogue.parseKindRanges(
      String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchKinds'") ?? "")
    struct Tally {
      var count = 0
      var firsts: [Int64] = []
    }
    var tallies: [String: [Tally]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT rowid, substr(name, 1, 1) FROM search_item INDEXED BY search_item_by_name WHERE name != ''")
    while let row = try rows.next() {
      let rowid: Int64 = row[0]
      guard let initial: String = row[1], isInitial(initial),
        let i = ranges.firstIndex(where: { $0.range.contains(rowid) })
      else { continue }
      var list = tallies[initial] ?? Array(repeating: Tally(), count: ranges.count)
      list[i].count += 1
      if list[i].firsts.count < initialFirsts { list[i].firsts.append(rowid) }
      tallies[initial] = list
    }
    let insert = try db.makeStatement(
      sql: "INSERT INTO search_initial(initial, range, count, firsts) VALUES (?, ?, ?, ?)")
    for (initial, list) in tallies {
      for (i, tally) in list.enumerated() where tally.count > 0 {
        try insert.execute(arguments: [initial, i, tally.count, tally.firsts.map(String.init).joined(separator: ",")])
      }
    }
    Profile.mark("search initials")
  }
}

/// The two FTS5 indexes (`search`, trigram; `search_words`, words and bigrams) built in a
/// database file of their own, on a thread of their own, while the compiling connection writes
/// the rows and the B-tree indexes; then their shadow tables are copied into the catalogue (rows
/// of finished pages in key order: 1.3 s for 220 MB at a million items). SQLite takes one writer
/// per file, so this is how a compile uses the second core.
final class FullTextBuild: @unchecked Sendable {
  /// The shadow tables that hold an FTS5 index (`_config` is written by CREATE VIRTUAL TABLE).
  static let shadowTables = ["data", "idx", "docsize"]

  let path: String
  private let group = DispatchGroup()
  private let prepared = DispatchGroup()
  // Written by the build thread before it leaves `prepared` / `group`, read after waiting.
  private var writer: SearchIndexWriter?
  private var folded: [SearchIndexWriter.Folded] = []
  private var failure: (any Error)?

  /// Starts collecting and folding the dataset's searchable text, then building the indexes into
  /// `path`.
  init(_ dataset: ExpoDataset, path: String) {
    self.path = path
    try? FileManager.default.removeItem(atPath: path)
    group.enter()
    prepared.enter()
    Thread.detachNewThread { [self] in
      let writer = SearchIndexWriter(dataset)
      self.writer = writer
      folded = writer.folded()
      Profile.mark("search text")
      prepared.leave()
      do { try build(writer) } catch { failure = error }
      group.leave()
    }
  }

  /// The search entries and their folded text (waits for them).
  func searchText() -> (writer: SearchIndexWriter, folded: [SearchIndexWriter.Folded]) {
    prepared.wait()
    return (writer!, folded)
  }

  private func build(_ writer: SearchIndexWriter) throws {
    let queue = try DatabaseQueue.bulkWriter(path: path, cacheMegabytes: 64)
    try queue.writeWithoutTransaction { db in
      for statement in CatalogueSchema.fullTextStatements { try db.execute(sql: statement) }
      // FTS5 merges its segments as rows come in (each posting is rewritten several times). A
      // bulk load turns that off and merges everything once (`optimize`): a million names index
      // in 5 s instead of 8. (crisismerge bounds one level's segments, should a fair be far larger.)
      for table in CatalogueSchema.fullTextTables {
        try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 0), ('crisismerge', 1000)")
      }
      try db.inTransaction {
        var main = try BulkInsert(db, sql: "INSERT INTO search(rowid, name, zh, extra) VALUES (?, ?, ?, ?)")
        var words = try BulkInsert(db, sql: "INSERT INTO search_words(rowid, words, context) VALUES (?, ?, ?)")
        for (i, entry) in writer.entries.enumerated() {
          let rowid = Int64(i + 1)
          let text = folded[i]
          // Products' other field is their category, shared by thousands: the trigram index
          // leaves it out (it is still scored, and the category filter finds them).
          main.int(rowid)
          main.text(text.en)
          main.text(text.zh)
          main.text(entry.kind == .product ? "" : text.extra)
          try main.step()
          words.int(rowid)
          words.text(text.words)
          words.text(text.context)
          try words.step()
        }
        Profile.mark("full-text rows")
        for table in CatalogueSchema.fullTextTables {
          try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('optimize')")
        }
        // The words of the index, in order (see `search_term`).
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.words_vocab USING fts5vocab(main, search_words, 'row')")
        try db.execute(sql: "CREATE TABLE search_term(term TEXT PRIMARY KEY) WITHOUT ROWID")
        try db.execute(sql: "INSERT INTO search_term SELECT term FROM temp.words_vocab")
        return .commit
      }
      Profile.mark("search terms")
    }
    try queue.close()
    Profile.mark("full-text merge")
  }

  /// Waits for the build and copies the indexes into the catalogue `db` (outside a transaction:
  /// ATTACH needs that), then removes the build's file.
  func finish(into db: Database) throws {
    group.wait()
    defer { try? FileManager.default.removeItem(atPath: path) }
    if let failure { throw failure }
    try db.execute(sql: "ATTACH DATABASE ? AS fulltext", arguments: [path])
    defer { try? db.execute(sql: "DETACH DATABASE fulltext") }
    try db.inTransaction {
      for table in CatalogueSchema.fullTextTables {
        for shadow in Self.shadowTables {
          let name = "\(table)_\(shadow)"
          try db.execute(sql: "DELETE FROM main.\(name)")
          try db.execute(sql: "INSERT INTO main.\(name) SELECT * FROM fulltext.\(name)")
        }
      }
      try db.execute(sql: "INSERT INTO main.search_term SELECT term FROM fulltext.search_term")
      return .commit
    }
    Profile.mark("full-text copy")
  }

  /// Waits for the build thread and removes its file (after an error elsewhere).
  func discard() {
    group.wait()
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Text preparation shared by the index writer and the query side.
public enum SearchText {
  /// Whether a character is CJK (written without spaces between words).
  static func isCJK(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return isCJK(v)
  }

  static func isCJK(_ v: UInt32) -> Bool {
    (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FFFF).contains(v)
      || (0x3040...0x30FF).contains(v) || (0xAC00...0xD7A3).contains(v)
  }

  /// The folded text's words, with each run of CJK characters replaced by its characters and
  /// its bigrams (any substring of a Chinese name is found: one character by itself, longer ones
  /// by their bigrams), separated by spaces.
  static func wordsAndBigrams(_ folded: String) -> String {
    var out: [String] = []
    for token in tokens(folded) {
      if token.first.map(isCJK) == true {
        let chars = Array(token)
        for c in chars { out.append(String(c)) }
        if chars.count > 1 {
          for i in 0..<(chars.count - 1) { out.append(String(chars[i]) + String(chars[i + 1])) }
        }
      } else {
        out.append(token)
      }
    }
    return out.joined(separator: " ")
  }

  /// Runs of letters/digits, CJK runs kept apart from Latin ones. Scalar by scalar, with a fast
  /// path for ASCII (the index is built from a million names).
  public static func tokens(_ folded: String) -> [String] {
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    var currentIsCJK = false
    for s in folded.unicodeScalars {
      let v = s.value
      let cjk: Bool
      let word: Bool
      if v < 0x80 {
        cjk = false
        word = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
      } else {
        cjk = isCJK(v)
        word =
          cjk || s.properties.isAlphabetic || s.properties.numericType != nil
          || s.properties.generalCategory == .nonspacingMark && !current.isEmpty
      }
      if word {
        if !current.isEmpty && cjk != currentIsCJK {
          tokens.append(String(current))
          current = String.UnicodeScalarView()
        }
        current.append(s)
        currentIsCJK = cjk
      } else if !current.isEmpty {
        tokens.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { tokens.append(String(current)) }
    return tokens
  }
}
