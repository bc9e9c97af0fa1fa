import Foundation

/// Pinyin of Chinese text for search: "琥珀" is found by `hupo`, `hu po` and `hp`. Foundation's ICU
/// transform gives the syllables (with tones, folded away here); a few common characters with two
/// readings get both, since the transform picks one ("藏红花" is zang hong hua, not cang).
public enum Pinyin {
  /// The syllables of a run of Chinese characters, one per character (nil when the transform
  /// fails or does not give one syllable per character).
  public static func syllables(_ run: String) -> [String]? {
    guard let latin = run.applyingTransform(.mandarinToLatin, reverse: false) else { return nil }
    let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    let parts = folded.split(separator: " ").map(String.init)
    guard parts.count == run.count, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } }) else {
      return nil
    }
    return parts
  }

  /// The other reading of characters whose common words use both.
  static let otherReading: [Character: String] = [
    "藏": "zang", "重": "chong", "行": "hang", "长": "zhang", "乐": "yue", "会": "kuai", "调": "diao", "传": "zhuan",
    "都": "dou", "还": "huan", "曾": "zeng", "朝": "chao", "解": "xie", "茄": "qie", "石": "dan", "厦": "xia",
  ]

  /// Search words for a run: the pinyin (and the initials) of each suffix of the run, so that a
  /// prefix search finds the run from any of its characters: 伊朗藏红花 → yilangzanghonghua,
  /// langzanghonghua, zanghonghua, …, ylzhh, lzhh, zhh, …; with the other readings of
  /// polyphonic characters as well.
  public static func searchWords(_ run: String, syllables: [String]) -> [String] {
    var variants = [syllables]
    let chars = Array(run)
    for (i, c) in chars.enumerated() where i < syllables.count {
      if let other = otherReading[c], other != syllables[i] {
        var v = syllables
        v[i] = other
        variants.append(v)
      }
    }
    var words: [String] = []
    var seen = Set<String>()
    for v in variants {
      for start in v.indices {
        let full = v[start...].joined()
        let initials = String(v[start...].compactMap(\.first))
        for word in [full, initials] where word.count >= 1 && seen.insert(word).inserted { words.append(word) }
      }
    }
    return words
  }
}
