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
  }

  /// An entry's folded texts (case, accents and width folded), computed once for every table.
  struct Folded: Sendable {
    var en: String
    var zh: String
    var extra: String
    /// Words and Chinese bigrams of the names (`search_words`).
    var words: String
  }

  /// Every searchable item, in rowid order: countries, pavilions, exhibitors, booths, products,
  /// events.
  let entries: [Entry]

  init(_ d: ExpoDataset) {
    var entries: [Entry] = []
    entries.reserveCapacity(d.exhibitors.count + d.booths.count + d.products.count + d.events.count + 300)
    for code in CatalogueCompiler.countryCodes(d) {
      entries.append(Entry(kind: .country, ref: code, name: Countries.name(code), extra: code))
    }
    for p in d.pavilions {
      entries.append(Entry(kind: .pavilion, ref: p.id, name: p.name, extra: "\(p.country) \(p.hall)"))
    }
    for e in d.exhibitors {
      let extra = ([e.booths.joined(separator: " ")] + e.categories + [e.description ?? ""]).joined(separator: " ")
      entries.append(Entry(kind: .exhibitor, ref: e.id, name: e.name, extra: extra))
    }
    for b in d.booths {
      entries.append(Entry(kind: .booth, ref: b.code, name: LocalizedText(en: b.code), extra: b.hall))
    }
    for p in d.products {
      entries.append(Entry(kind: .product, ref: p.id, name: p.name, extra: p.category))
    }
    for e in d.events {
      entries.append(
        Entry(kind: .event, ref: e.id, name: e.title, extra: ([e.kind] + e.speakers).joined(separator: " ")))
    }
    self.entries = entries
  }

  /// Folding and word splitting, on every core.
  func folded() -> [Folded] {
    Parallel.map(entries) { entry in
      let en = TextFolding.fold(entry.name.en)
      let zh = entry.name.zh.map(TextFolding.fold) ?? ""
      return Folded(
        en: en, zh: zh, extra: TextFolding.fold(entry.extra), words: SearchText.wordsAndBigrams(en + " " + zh))
    }
  }

  /// `search_item`, on the catalogue's connection.
  func writeItems(_ folded: [Folded], _ db: Database, progress: ProgressHandler? = nil) throws {
    var item = try BulkInsert(
      db,
      sql:
        "INSERT INTO search_item(rowid, name, zh, extra, kind, ref, label_en, label_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    for (i, entry) in entries.enumerated() {
      if i % 20_000 == 0 { progress?(ProgressEvent(phase: "search items", done: i, total: entries.count)) }
      let text = folded[i]
      item.int(Int64(i + 1))
      item.text(text.en)
      item.text(text.zh)
      item.text(text.extra)
      item.text(entry.kind.rawValue)
      item.text(entry.ref)
      item.text(entry.name.en)
      item.text(entry.name.zh)
      try item.step()
    }
    Profile.mark("search items")
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
        var words = try BulkInsert(db, sql: "INSERT INTO search_words(rowid, words) VALUES (?, ?)")
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
          try words.step()
        }
        Profile.mark("full-text rows")
        for table in CatalogueSchema.fullTextTables {
          try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('optimize')")
        }
        return .commit
      }
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

  /// The folded text's words, with each run of CJK characters replaced by its bigrams (and the
  /// character itself when the run is one character long), separated by spaces.
  static func wordsAndBigrams(_ folded: String) -> String {
    var out: [String] = []
    for token in tokens(folded) {
      if token.first.map(isCJK) == true {
        let chars = Array(token)
        if chars.count == 1 {
          out.append(token)
        } else {
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
