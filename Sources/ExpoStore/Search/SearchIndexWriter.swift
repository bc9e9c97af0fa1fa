import ExpoModel
import GRDB

/// Collects the searchable items while a catalogue is compiled, then writes the three search
/// tables (see CatalogueSchema).
struct SearchIndexWriter {
  struct Entry: Sendable {
    var kind: SearchKind
    var ref: String
    var name: LocalizedText
    var extra: String
  }

  private(set) var entries: [Entry] = []

  mutating func add(_ kind: SearchKind, _ ref: String, _ name: LocalizedText, extra: String) {
    entries.append(Entry(kind: kind, ref: ref, name: name, extra: extra))
  }

  func write(_ db: Database, progress: ProgressHandler? = nil) throws {
    let item = try db.makeStatement(
      sql:
        "INSERT INTO search_item(rowid, name, zh, extra, kind, ref, label_en, label_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    let main = try db.makeStatement(sql: "INSERT INTO search(rowid, name, zh, extra) VALUES (?, ?, ?, ?)")
    let words = try db.makeStatement(sql: "INSERT INTO search_words(rowid, words) VALUES (?, ?)")
    let prefix = try db.makeStatement(sql: "INSERT INTO search_prefix(key, item) VALUES (?, ?)")
    // Folding and word splitting on every core first; SQLite takes the rows one at a time.
    progress?(ProgressEvent(phase: "search text", done: 0, total: entries.count))
    let prepared = Parallel.map(entries) { entry in
      let en = TextFolding.fold(entry.name.en)
      let zh = entry.name.zh.map(TextFolding.fold) ?? ""
      return (en, zh, TextFolding.fold(entry.extra), SearchText.wordsAndBigrams(en + " " + zh))
    }
    for (i, entry) in entries.enumerated() {
      if i % 20_000 == 0 { progress?(ProgressEvent(phase: "search index", done: i, total: entries.count)) }
      let rowid = Int64(i + 1)
      let (en, zh, extra, wordText) = prepared[i]
      try item.execute(arguments: [rowid, en, zh, extra, entry.kind.rawValue, entry.ref, entry.name.en, entry.name.zh])
      // Products' other field is their category, shared by thousands: the trigram index leaves it
      // out (it is still scored, and the category filter finds them); a million products index
      // twice as fast.
      try main.execute(arguments: [rowid, en, zh, entry.kind == .product ? "" : extra])
      try words.execute(arguments: [rowid, wordText])
      try prefix.execute(arguments: [en, rowid])
      if !zh.isEmpty { try prefix.execute(arguments: [zh, rowid]) }
    }
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
