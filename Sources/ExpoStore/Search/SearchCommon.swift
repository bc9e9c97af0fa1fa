import ExpoModel
import Foundation
import GRDB

/// Broad one-word queries answered when the catalogue is compiled (`search_common`): a word or
/// prefix that a large share of the index holds ("chongqing" is in the names of some 300,000
/// products' exhibitors at a million products), or one that stands for many words ("chongq" for
/// 400 run-on pinyin names). Each is found by the same statement a keystroke runs (`find`), once,
/// and its answer kept: the matches listed, or counted per kind range with the first of each
/// range. A keystroke then reads one row, and ranks the head as it would have; the rest is paged
/// from the index as before.
enum SearchCommon {
  /// A word or prefix whose words are in more than this many items (summed over its words) …
  static let postings = 20_000
  /// … or that stands for more than this many words of the index, is answered in advance.
  static let manyWords = 64
  /// The matches of each kind range kept of a counted answer (the head takes at most
  /// `Catalogue.scoredLimit` of them; the tail pages from the index beyond them).
  static let firstsKept = Catalogue.scoredLimit

  /// The tokens worth answering in advance: from the word index's vocabulary, each word's
  /// prefixes of two characters and more (one letter is `search_initial`'s) and each Chinese
  /// character and pair, with what they cost a keystroke.
  static func candidates(_ db: Database) throws -> [String] {
    try db.execute(
      sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.common_vocab USING fts5vocab(main, search_words, 'row')")
    defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.common_vocab") }
    var cost: [Substring: (postings: Int, words: Int)] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT term, doc FROM temp.common_vocab")
    var terms: [String] = []
    var docs: [Int] = []
    while let row = try rows.next() {
      terms.append(row[0])
      docs.append(row[1])
    }
    for (term, doc) in zip(terms, docs) {
      if term.contains(where: SearchText.isCJK) {
        cost[Substring(term), default: (0, 0)].postings += doc
        continue
      }
      var end = term.startIndex
      var length = 0
      while end < term.endIndex {
        end = term.index(after: end)
        length += 1
        guard length >= 2 else { continue }
        let prefix = term[..<end]
        var c = cost[prefix, default: (0, 0)]
        c.postings += doc
        c.words += 1
        cost[prefix] = c
      }
    }
    return cost.filter { $0.value.postings > postings || $0.value.words > manyWords }.map { String($0.key) }.sorted()
  }

  /// Writes the answers for `candidates` into the `search_common` of the catalogue compiled at
  /// `path` (closed when this is called).
  static func write(path: String, candidates: [String]) throws {
    let answers: [(String, String)]
    do {
      let catalogue = try Catalogue(path: path, listLimit: Catalogue.listedLimit, answersCommon: false)
      answers = try catalogue.commonAnswers(candidates)
    }
    let queue = try DatabaseQueue.bulkWriter(path: path, cacheMegabytes: 16)
    try queue.writeWithoutTransaction { db in
      try db.inTransaction {
        let insert = try db.makeStatement(sql: "INSERT INTO search_common(token, answer) VALUES (?, ?)")
        for (token, answer) in answers { try insert.execute(arguments: [token, answer]) }
        return .commit
      }
    }
    try queue.close()
    Profile.mark("search common (\(answers.count))")
  }

  /// `found` as a line of text: `L1,2,3` (listed), or `C` + the counts + `|` + each range's first
  /// matches (ranges by `;`).
  static func encode(_ found: Catalogue.Found) -> String {
    switch found {
    case .listed(let ids): return "L" + RowidList.joined(ids)
    case .counted(let counts, let firsts):
      return "C" + counts.map(String.init).joined(separator: ",") + "|"
        + firsts.map { RowidList.joined($0.prefix(firstsKept)) }.joined(separator: ";")
    }
  }

  /// The answer as kept; nil when it does not read as one for `ranges` kind ranges (a catalogue
  /// from elsewhere: the keystroke then runs the query).
  static func decode(_ text: String, ranges: Int) -> Catalogue.Found? {
    if text.first == "L" { return RowidList.parse(text.dropFirst()).map { .listed($0) } }
    guard text.first == "C" else { return nil }
    let parts = text.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let firsts = parts[1].split(separator: ";", omittingEmptySubsequences: false).map(RowidList.parse)
    guard let counts = RowidList.parse(parts[0]), counts.count == ranges, firsts.count == ranges,
      !firsts.contains(where: { $0 == nil })
    else { return nil }
    return .counted(counts.map { Int($0) }, firsts: firsts.compactMap { $0 })
  }
}

extension Catalogue {
  /// The matcher a keystroke runs for one word (not one letter: `search_initial`).
  static func wordMatcher(_ db: DirectConnection, _ tokens: [String]) throws -> SearchMatcher {
    SearchMatcher(
      table: "search_words", condition: "search_words MATCH ?", arguments: [try expandedExpression(db, tokens)])
  }

  /// Every candidate of `SearchCommon` with its answer, found as a keystroke finds it.
  func commonAnswers(_ candidates: [String]) throws -> [(String, String)] {
    let ranges = try kindRanges()
    return try read { db in
      var out: [(String, String)] = []
      for token in candidates where SearchText.tokens(token) == [token] {
        let found = try find(db, try Catalogue.wordMatcher(db, [token]), ranges, nil)
        if !found.isEmpty { out.append((token, SearchCommon.encode(found))) }
      }
      return out
    }
  }

  /// The answer kept for a one-word query of every kind, if it is one of `search_common` (nil for
  /// several words or a kind's tab: the query runs).
  func commonAnswer(_ db: DirectConnection, _ tokens: [String], kinds: Set<SearchKind>?, ranges: Int) throws -> Found? {
    guard answersCommon, listLimit == Catalogue.listedLimit, kinds == nil, tokens.count == 1,
      let text: String = try db.value("SELECT answer FROM search_common WHERE token = ?", [.text(tokens[0])])
    else { return nil }
    return SearchCommon.decode(text, ranges: ranges)
  }
}
