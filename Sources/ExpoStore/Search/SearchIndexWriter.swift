import ExpoModel
import GRDB

/// Collects the searchable items while a catalogue is compiled, then writes the three search
/// tables (see CatalogueSchema).
struct SearchIndexWriter {
  struct Entry {
    var kind: SearchKind
    var ref: String
    var name: LocalizedText
    var extra: String
  }

  private(set) var entries: [Entry] = []

  mutating func add(_ kind: SearchKind, _ ref: String, _ name: LocalizedText, extra: String) {
    entries.append(Entry(kind: kind, ref: ref, name: name, extra: extra))
  }

  func write(_ db: Database) throws {
    let item = try db.makeStatement(
      sql:
        "INSERT INTO search_item(rowid, name, zh, extra, kind, ref, label_en, label_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    let main = try db.makeStatement(sql: "INSERT INTO search(rowid, name, zh, extra) VALUES (?, ?, ?, ?)")
    let words = try db.makeStatement(sql: "INSERT INTO search_words(rowid, words) VALUES (?, ?)")
    let prefix = try db.makeStatement(sql: "INSERT INTO search_prefix(key, item) VALUES (?, ?)")
    for (i, entry) in entries.enumerated() {
      let rowid = Int64(i + 1)
      let en = TextFolding.fold(entry.name.en)
      let zh = entry.name.zh.map(TextFolding.fold) ?? ""
      let extra = TextFolding.fold(entry.extra)
      try item.execute(arguments: [rowid, en, zh, extra, entry.kind.rawValue, entry.ref, entry.name.en, entry.name.zh])
      try main.execute(arguments: [rowid, en, zh, extra])
      try words.execute(arguments: [rowid, SearchText.wordsAndBigrams(en + " " + zh)])
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
    return (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FFFF).contains(v)
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

  /// Runs of letters/digits, CJK runs kept apart from Latin ones.
  public static func tokens(_ folded: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    var currentIsCJK = false
    for c in folded {
      let cjk = isCJK(c)
      if c.isLetter || c.isNumber {
        if !current.isEmpty && cjk != currentIsCJK {
          tokens.append(current)
          current = ""
        }
        current.append(c)
        currentIsCJK = cjk
      } else if !current.isEmpty {
        tokens.append(current)
        current = ""
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
