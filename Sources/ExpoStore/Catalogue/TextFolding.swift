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
}
