/// How well an item matches a query: exact name, then prefix, then word start, then substring,
/// then other fields, then typo-tolerant matches. Pure and table-tested.
public enum SearchRanking {
  public enum Match: String, Sendable, Hashable, Codable {
    case exact, prefix, wordStart, substring, allWords, otherField, fuzzy
  }

  public struct Score: Sendable, Hashable {
    public var value: Double
    public var match: Match
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

  /// The score of an item whose folded names are `en` and `zh` and other text `extra`, for the
  /// folded query `query`; nil when it does not match at all.
  public static func score(query: String, kind: SearchKind, en: String, zh: String, extra: String) -> Score? {
    guard !query.isEmpty else { return nil }
    var best: Score?
    func consider(_ value: Double, _ match: Match) {
      if best == nil || value > best!.value { best = Score(value: value, match: match) }
    }
    for name in [en, zh] where !name.isEmpty {
      let shortness = -Double(min(name.count, 120)) * 0.5
      if name == query {
        consider(1000 + shortness, .exact)
      } else if name.hasPrefix(query) {
        consider(800 + shortness, .prefix)
      } else if isWordStart(query, in: name) {
        consider(600 + shortness, .wordStart)
      } else if name.contains(query) {
        consider(400 + shortness, .substring)
      }
    }
    let queryTokens = SearchText.tokens(query)
    if best == nil, queryTokens.count > 1 {
      let text = en + " " + zh
      if queryTokens.allSatisfy({ text.contains($0) }) {
        consider(350 - Double(min(en.count, 120)) * 0.5, .allWords)
      } else if queryTokens.allSatisfy({ text.contains($0) || extra.contains($0) }) {
        consider(180 - Double(min(en.count, 120)) * 0.5, .otherField)
      }
    }
    if best == nil, extra.contains(query) {
      consider(150 - Double(min(en.count, 120)) * 0.5, .otherField)
    }
    if best == nil, let distance = fuzzyDistance(queryTokens, in: SearchText.tokens(en + " " + zh)) {
      consider(100 - Double(distance) * 30 - Double(min(en.count, 120)) * 0.5, .fuzzy)
    }
    guard var result = best else { return nil }
    result.value += kindBonus(kind)
    return result
  }

  static func isWordStart(_ query: String, in name: String) -> Bool {
    var index = name.startIndex
    while let range = name.range(of: query, range: index..<name.endIndex) {
      if range.lowerBound == name.startIndex { return true }
      let before = name[name.index(before: range.lowerBound)]
      if !(before.isLetter || before.isNumber) || SearchText.isCJK(before) { return true }
      index = name.index(after: range.lowerBound)
    }
    return false
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
      for token in nameTokens where abs(token.count - word.count) <= allowed || token.hasPrefix(String(word.prefix(3)))
      {
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
