import ExpoModel
import Foundation

/// Sorting and search keys: case- and accent-insensitive ("Pécs" and "pecs" match).
public enum TextFolding {
  public static func fold(_ text: String) -> String {
    var ascii = true
    for unit in text.utf8 where unit >= 0x80 {
      ascii = false
      break
    }
    if ascii { return text.lowercased() }
    return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .lowercased()
  }

  /// Sort key: folded, leading punctuation and spaces dropped.
  public static func sortKey(_ text: String) -> String {
    let folded = fold(text)
    return String(folded.drop { !$0.isLetter && !$0.isNumber })
  }

  /// The order of two strings' UTF-8 bytes (memcmp; SQLite's BINARY collation), negative, zero or
  /// positive. Much faster than `<` on a million sort keys, and the same order on folded keys.
  public static func byteOrder(_ a: String, _ b: String) -> Int {
    // Borrowed, not copied: `withUTF8` on a local copy made the million-key sort four times slower.
    let order = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Int in
        let common = min(x.count, y.count)
        let c = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
        return c != 0 ? c : x.count - y.count
      }
    }
    if let order, let order { return order }
    // Strings not stored as UTF-8 (bridged ones): the same order, byte by byte.
    return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : (b.utf8.lexicographicallyPrecedes(a.utf8) ? 1 : 0)
  }
}
