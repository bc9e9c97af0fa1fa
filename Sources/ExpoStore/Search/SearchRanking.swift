import ExpoModel

/// How well an item matches a query: exact name, then prefix, then word start, then substring,
/// then other fields, then typo-tolerant matches. Pure and table-tested; compares UTF-8 bytes of
/// folded text (a few hundred candidates per keystroke must score in well under a millisecond).
public enum SearchRanking {
  public enum Match: String, Sendable, Hashable, Codable {
    case exact, prefix, wordStart, substring, allWords, otherField, fuzzy
  }

  public struct Score: Sendable, Hashable {
    public var value: Double
    public var match: Match
  }

  /// A folded query, prepared once per keystroke.
  public struct Query: Sendable {
    public let text: String
    let bytes: [UInt8]
    let tokens: [String]
    let tokenBytes: [[UInt8]]
    /// Each token with its alternatives (SearchSynonyms), as bytes.
    let alternatives: [[[UInt8]]]

    public init(_ folded: String) {
      text = folded
      bytes = Array(folded.utf8)
      tokens = SearchText.tokens(folded)
      tokenBytes = tokens.map { Array($0.utf8) }
      alternatives = tokens.map { SearchSynonyms.alternatives($0).map { Array($0.utf8) } }
    }
  }

  /// Bonus by kind within a tier: few, broad things (countries, pavilions) and the companies
  /// and events a visitor walks to before the many products.
  static func kindBonus(_ kind: SearchKind) -> Double {
    switch kind {
    case .country: return 300
    case .pavilion: return 250
    case .exhibitor: return 200
    case .event: return 180
    case .booth: return 150
    case .product: return 0
    }
  }

  /// Folded text as UTF-8 bytes, read in place (a column of the search table as SQLite holds it,
  /// or a string's storage): a keystroke scores a few hundred items without making a string of
  /// each of their names.
  public typealias Bytes = UnsafeBufferPointer<UInt8>

  /// The score of one item by itself (the tests; the catalogue scores what its index found):
  /// nil unless every word is in the names or `extra`, or a typo of a word of the names.
  public static func score(query: String, kind: SearchKind, en: String, zh: String, extra: String) -> Score? {
    let q = Query(query)
    var (en, zh, extra) = (en, zh, extra)
    return en.withUTF8 { en in
      zh.withUTF8 { zh in
        extra.withUTF8 { extra in
          let found = q.tokenBytes.allSatisfy { contains($0, en) || contains($0, zh) || contains($0, extra) }
          return score(q, kind: kind, en: en, zh: zh, pinyin: Bytes(start: nil, count: 0), extra: extra, fuzzy: !found)
        }
      }
    }
  }

  /// The score of an item whose folded names are `en` and `zh` (pinyin syllables `pinyin`) and
  /// other text `extra`, which the index found for every word of the query (in its names, or in
  /// the names of what it belongs to); nil when it does not match at all.
  ///
  /// Tiers, best first: the whole name (exact), a name that starts with the query, every word at
  /// a word start of the names (or their pinyin), every word inside the names, some words in the
  /// names and the others in what the item belongs to ("iranian saffron": a saffron of an Iranian
  /// exhibitor), none in the names, a typo. Within a tier: by kind, a name that starts with the
  /// query, the bookmarked, the shorter name.
  public static func score(
    _ query: Query, kind: SearchKind, en: Bytes, zh: Bytes, pinyin pinyinText: @autoclosure () -> Bytes,
    extra extraText: @autoclosure () -> Bytes, fuzzy: Bool = false, partial: Bool = false, boosted: Bool = false
  ) -> Score? {
    guard !query.bytes.isEmpty else { return nil }
    // The pinyin and the other text are read only when the names do not settle it (an
    // exhibitor's other text holds what it sells and its description: most of its bytes).
    lazy var pinyin = pinyinText()
    lazy var extra = extraText()
    // Shorter names first ("Amber" before "Amber Bead Bracelet"); a product's variant (after the
    // comma) does not count.
    let shortness = -Double(min(baseLength(en), 120)) * 0.5
    let tier: Double
    var match: Match
    var startsWith = false
    var wholeWords = 0
    if equal(query.bytes, en) || equal(query.bytes, zh)
      || kind == .booth
        && query.text.filter(isCodeCharacter) == String(decoding: en, as: UTF8.self).filter(isCodeCharacter)
    {
      // (A booth code as typed without its punctuation: "n3a14", "N3 A14".)
      tier = 6
      match = .exact
    } else {
      startsWith = hasPrefix(query.bytes, en) || hasPrefix(query.bytes, zh)
      var atWordStart = 0
      var inName = 0
      // The pinyin without spaces, and its initials, only when a word is not in the names.
      var spelled: (syllables: [UInt8], initials: [UInt8])?
      func pinyinForms() -> (syllables: [UInt8], initials: [UInt8]) {
        if let spelled { return spelled }
        var syllables: [UInt8] = []
        var initials: [UInt8] = []
        var atStart = true
        for byte in pinyin {
          if byte == 0x20 {
            atStart = true
            continue
          }
          syllables.append(byte)
          if atStart { initials.append(byte) }
          atStart = false
        }
        spelled = (syllables, initials)
        return (syllables, initials)
      }
      for forms in query.alternatives {
        if let at = forms.lazy.compactMap({ position($0, en) ?? position($0, zh) }).first {
          inName += 1
          if at.wordStart { atWordStart += 1 }
          if at.wholeWord { wholeWords += 1 }
        } else if !pinyin.isEmpty,
          forms.contains(where: { form in
            let p = pinyinForms()
            return contains(form, bytes: p.syllables) || contains(form, bytes: p.initials)
          })
        {
          inName += 1
          atWordStart += 1
        } else if kind == .exhibitor, forms.contains(where: { position($0, extra)?.wordStart == true }) {
          // What the exhibitor sells (its products' names are in `extra`).
          inName += 1
        }
      }
      // A query that names a category ("wine & spirits"): the category's products and exhibitors.
      if inName < query.tokenBytes.count,
        kind == .product ? equal(query.bytes, extra) : query.tokenBytes.count > 1 && contains(query.bytes, extra)
      {
        inName = query.tokenBytes.count
      }
      let words = query.tokenBytes.count
      if fuzzy {
        let names = [en, zh, pinyin].map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        guard let distance = fuzzyDistance(query.tokens, in: SearchText.tokens(names)) else {
          return nil
        }
        tier = 0.5 - Double(distance) * 0.1
        match = .fuzzy
      } else if partial {
        // Some of the words only (nothing has them all): by how many are in the names.
        tier = 0.7 + 0.05 * Double(min(inName, 4))
        match = .allWords
      } else if atWordStart == words || startsWith {
        // (A name that starts with the query is a bonus within the tier: the amber talk and the
        // amber traders before "Amber Bead Bracelet".)
        tier = 4
        match = startsWith ? .prefix : .wordStart
      } else if inName == words {
        tier = 3
        match = .substring
      } else if inName > 0 {
        tier = 2
        match = .allWords
      } else {
        tier = 1
        match = .otherField
      }
    }
    var value = tier * 1000 + kindBonus(kind) + shortness
    if startsWith { value += 50 }
    // "tea" is the word tea before the start of "teak".
    value += Double(wholeWords) * 60
    if boosted { value += 40 }
    if match == .exact { value += 100 }
    return Score(value: value, match: match)
  }

  /// The length in bytes of a product's name without its variant ("Amber Bead Bracelet, Gift
  /// box" → "amber bead bracelet").
  static func baseLength(_ folded: Bytes) -> Int { folded.firstIndex(of: 0x2C) ?? folded.count }

  /// A 64-bit fingerprint of some bytes (FNV-1a): what tells products' base names and their
  /// owners apart when variants are spread (`Catalogue.diversify`), without a string each.
  static func fingerprint(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }

  static func isCodeCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  static func equal(_ needle: [UInt8], _ text: Bytes) -> Bool {
    text.count == needle.count && text.elementsEqual(needle)
  }

  static func hasPrefix(_ needle: [UInt8], _ text: Bytes) -> Bool {
    text.count >= needle.count && text.prefix(needle.count).elementsEqual(needle)
  }

  /// Where `needle` occurs in `hay`: as a whole word if it does, else at a word start, else
  /// anywhere (nil: nowhere).
  static func position(_ needle: [UInt8], _ hay: Bytes) -> (at: Int, wordStart: Bool, wholeWord: Bool)? {
    guard !hay.isEmpty else { return nil }
    var from = 0
    var first: Int?
    var start: Int?
    while from <= hay.count - needle.count, let at = find(needle, in: hay, from: from) {
      if isWordStart(hay, at) {
        let end = at + needle.count
        if end == hay.count || isWordStart(hay, end) || !isAlphanumeric(hay[end]) { return (at, true, true) }
        if start == nil { start = at }
      }
      if first == nil { first = at }
      from = at + 1
    }
    if let start { return (start, true, false) }
    return first.map { ($0, false, false) }
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
  }

  static func contains(_ needle: [UInt8], bytes hay: [UInt8]) -> Bool {
    hay.withUnsafeBufferPointer { find(needle, in: $0) != nil }
  }

  static func contains(_ needle: [UInt8], _ hay: Bytes) -> Bool { find(needle, in: hay) != nil }

  /// First byte offset of `needle` in `hay` (from `from`).
  static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    let n = needle.count
    guard n > 0, n <= hay.count, let first = needle.first else { return nil }
    var i = from
    let last = hay.count - n
    while i <= last {
      if hay[i] == first {
        var j = 1
        while j < n && hay[i + j] == needle[j] { j += 1 }
        if j == n { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether the match at byte `at` starts a word: after a space or punctuation, or anywhere in
  /// CJK text (no spaces between words there).
  static func isWordStart(_ hay: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
    if at == 0 { return true }
    let before = hay[at - 1]
    if before < 0x80 {
      let isAlnum =
        (before >= 0x30 && before <= 0x39) || (before >= 0x61 && before <= 0x7A) || (before >= 0x41 && before <= 0x5A)
      return !isAlnum
    }
    // Multi-byte before: CJK (3- or 4-byte sequences start at E3–E9, F0) or another letter.
    var start = at - 1
    while start > 0 && hay[start] & 0xC0 == 0x80 { start -= 1 }
    let lead = hay[start]
    return lead >= 0xE3 && lead <= 0xED || lead >= 0xF0
  }

  /// Typos allowed for a word of this length.
  static func allowedEdits(_ length: Int) -> Int { length >= 8 ? 2 : (length >= 4 ? 1 : 0) }

  /// The largest, over the query's words of four or more letters, of the smallest edit distance to
  /// a word of the name; nil when a word is further than its allowance.
  static func fuzzyDistance(_ queryTokens: [String], in nameTokens: [String]) -> Int? {
    let words = queryTokens.filter { $0.count >= 4 }
    guard !words.isEmpty else { return nil }
    var worst = 0
    for word in words {
      let allowed = allowedEdits(word.count)
      var bestWord = Int.max
      for token in nameTokens
      where abs(token.count - word.count) <= allowed || token.hasPrefix(String(word.prefix(3))) {
        // Compare with the token, or its prefix of the word's length (a word being typed).
        let candidates = token.count > word.count ? [token, String(token.prefix(word.count))] : [token]
        for candidate in candidates { bestWord = min(bestWord, damerauLevenshtein(word, candidate, limit: allowed)) }
      }
      guard bestWord <= allowed else { return nil }
      worst = max(worst, bestWord)
    }
    return worst
  }

  /// Optimal-string-alignment distance, giving up (returning limit + 1) beyond `limit`.
  static func damerauLevenshtein(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a)
    let y = Array(b)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
  }
}
