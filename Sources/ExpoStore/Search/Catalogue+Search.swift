import ExpoModel
import GRDB

extension Catalogue {
  /// Candidates per stage: enough for the top of every group, bounded at any catalogue size.
  static let stageLimit = 200

  /// Quotes a token for an FTS5 query (tokens hold only letters and digits, but never trust).
  static func quoted(_ token: String) -> String { "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

  public func search(_ query: String, kinds: Set<SearchKind>? = nil, limit: Int = 50) throws -> SearchResults {
    let folded = TextFolding.fold(query).trimmingCharacters(in: .whitespaces)
    let tokens = SearchText.tokens(folded)
    guard !folded.isEmpty else { return .empty(query) }
    return try read { db in
      var candidates = Set<Int64>()
      var truncated = false
      func collect(_ sql: String, _ arguments: StatementArguments) throws {
        let ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
        if ids.count >= Catalogue.stageLimit { truncated = true }
        candidates.formUnion(ids)
      }
      let limitText = " LIMIT \(Catalogue.stageLimit)"
      // 1. Names that start with the query.
      let range: StatementArguments = [folded, folded + "\u{10FFFF}"]
      try collect("SELECT rowid FROM search_item WHERE name >= ? AND name < ?" + limitText, range)
      try collect("SELECT rowid FROM search_item WHERE zh != '' AND zh >= ? AND zh < ?" + limitText, range)
      // 2. Word prefixes (Latin) and bigrams (Chinese): also one- and two-character queries.
      var wordTerms: [String] = []
      for token in tokens {
        if token.first.map(SearchText.isCJK) == true {
          let chars = Array(token)
          if chars.count == 1 {
            wordTerms.append(Catalogue.quoted(token) + "*")
          } else {
            for i in 0..<(chars.count - 1) {
              wordTerms.append(Catalogue.quoted(String(chars[i]) + String(chars[i + 1])))
            }
          }
        } else {
          wordTerms.append(Catalogue.quoted(token) + "*")
        }
      }
      if !wordTerms.isEmpty {
        try collect(
          "SELECT rowid FROM search_words WHERE search_words MATCH ?" + limitText, [wordTerms.joined(separator: " ")])
      }
      // 3. Substrings of three or more characters, in names and other fields (trigram).
      // (Skipped when the first two stages already filled a page: substring matches rank below them.)
      let long = tokens.filter { $0.count >= 3 }
      if !long.isEmpty && candidates.count < Catalogue.stageLimit {
        try collect(
          "SELECT rowid FROM search WHERE search MATCH ?" + limitText,
          [long.map(Catalogue.quoted).joined(separator: " ")])
      }
      // 4. Typos: items sharing either half of the longest word.
      if candidates.count < 20, let word = tokens.max(by: { $0.count < $1.count }), word.count >= 4 {
        let chars = Array(word)
        let half = max(3, (chars.count + 1) / 2)
        let first = String(chars.prefix(half))
        let last = String(chars.suffix(half))
        try collect(
          "SELECT rowid FROM search WHERE search MATCH ?" + limitText,
          ["\(Catalogue.quoted(first)) OR \(Catalogue.quoted(last))"])
      }
      guard !candidates.isEmpty else { return .empty(query) }
      let ids = candidates.sorted().map(String.init).joined(separator: ",")
      // Score from the folded text (a cursor: no row objects kept), then label the best.
      let prepared = SearchRanking.Query(folded)
      var scored: [(rowid: Int64, kind: SearchKind, score: SearchRanking.Score)] = []
      var counts: [SearchKind: Int] = [:]
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT rowid, name, zh, extra, kind FROM search_item WHERE rowid IN (\(ids))")
      while let row = try cursor.next() {
        guard let kind = SearchKind(rawValue: row[4]) else { continue }
        if let kinds, !kinds.contains(kind) { continue }
        guard let score = SearchRanking.score(prepared, kind: kind, en: row[1], zh: row[2], extra: row[3]) else {
          continue
        }
        counts[kind, default: 0] += 1
        scored.append((row[0], kind, score))
      }
      scored.sort { $0.score.value != $1.score.value ? $0.score.value > $1.score.value : $0.rowid < $1.rowid }
      let top = scored.prefix(max(0, limit))
      guard !top.isEmpty else {
        return SearchResults(query: query, results: [], counts: counts, isTruncated: truncated)
      }
      var labels: [Int64: (String, String, String?)] = [:]
      let topIDs = top.map { String($0.rowid) }.joined(separator: ",")
      for row in try Row.fetchAll(
        db, sql: "SELECT rowid, ref, label_en, label_zh FROM search_item WHERE rowid IN (\(topIDs))")
      {
        labels[row[0]] = (row[1], row[2], row[3])
      }
      let results = top.compactMap { item -> SearchResult? in
        guard let label = labels[item.rowid] else { return nil }
        return SearchResult(
          kind: item.kind, ref: label.0, name: LocalizedText(en: label.1, zh: label.2), score: item.score.value,
          match: item.score.match)
      }
      return SearchResults(query: query, results: results, counts: counts, isTruncated: truncated)
    }
  }
}
