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

    public init(_ folded: String) {
      text = folded
      bytes = Array(folded.utf8)
      tokens = SearchText.tokens(folded)
      tokenBytes = tokens.map { Array($0.utf8) }
    }
  }

  /// Bonus by kind: few, broad things (countries, pavilions) before the many.
  static func kindBonus(_ kind: SearchKind) -> Double {
    switch kind {
    case .country: return 30
    case .pavilion: return 25
    case .exhibitor: return 20
    case .event: return 15
    case .booth: return 10
    case .product: return 0
    }
  }

  public static func score(query: String, kind: SearchKind, en: String, zh: String, extra: String) -> Score? {
    score(Query(query), kind: kind, en: en, zh: zh, extra: extra)
  }

  /// The score of an item whose folded names are `en` and `zh` and other text `extra`; nil when
  /// it does not match at all.
  public static func score(_ query: Query, kind: SearchKind, en: String, zh: String, extra: String) -> Score? {
    guard !query.bytes.isEmpty else { return nil }
    var best: Score?
    func consider(_ value: Double, _ match: Match) {
      if best == nil || value > best!.value { best = Score(value: value, match: match) }
    }
    let shortness = -Double(min(en.utf8.count, 120)) * 0.5
    for name in [en, zh] where !name.isEmpty {
      var found: Match?
      name.utf8.withContiguousStorageIfAvailable { hay in
        if hay.count == query.bytes.count && hay.elementsEqual(query.bytes) {
          found = .exact
        } else if let at = find(query.bytes, in: hay) {
          found = at == 0 ? .prefix : (isWordStart(hay, at) ? .wordStart : .substring)
        }
      }
      switch found {
      case .exact: consider(1000 + shortness, .exact)
      case .prefix: consider(800 + shortness, .prefix)
      case .wordStart: consider(600 + shortness, .wordStart)
      case .substring: consider(400 + shortness, .substring)
      default: break
      }
    }
    if best == nil, query.tokens.count > 1 {
      let inNames = query.tokenBytes.allSatisfy { contains($0, en) || contains($0, zh) }
      if inNames {
        consider(350 + shortness, .allWords)
      } else if query.tokenBytes.allSatisfy({ contains($0, en) || contains($0, zh) || contains($0, extra) }) {
        consider(180 + shortness, .otherField)
      }
    }
    if best == nil, contains(query.bytes, extra) {
      consider(150 + shortness, .otherField)
    }
    if best == nil, let distance = fuzzyDistance(query.tokens, in: SearchText.tokens(en + " " + zh)) {
      consider(100 - Double(distance) * 30 + shortness, .fuzzy)
    }
    guard var result = best else { return nil }
    result.value += kindBonus(kind)
    return result
  }

  static func contains(_ needle: [UInt8], _ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { find(needle, in: $0) != nil }
      ?? text.contains(String(decoding: needle, as: UTF8.self))
  }

  /// First byte offset of `needle` in `hay`.
  static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = needle.count
    guard n > 0, n <= hay.count, let first = needle.first else { return nil }
    var i = 0
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
