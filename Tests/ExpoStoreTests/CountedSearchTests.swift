import ExpoModel
import Foundation
import GRDB
import Testing

@testable import ExpoStore

/// A broad query's matches are counted, not read (above `Catalogue.listedLimit`): the scored head
/// is read, the rest paged from the index. Checked against the same catalogue file opened to list
/// every set whole: the same counts, the same matches in the same order, on every page size.
@Suite struct CountedSearchTests {
  static let listed: Catalogue = try! Catalogue(path: SampleCatalogue.shared.path, listLimit: 10_000_000)
  /// Counts like the shipped one, but keeps only the first 500 of each kind: later pages come
  /// from the index.
  static let counted: Catalogue = try! Catalogue(path: SampleCatalogue.shared.path, listLimit: 2_000, collectLimit: 500)
  var counted: Catalogue { Self.counted }

  /// Broad words, one and two letters, Chinese, a booth prefix, many words, the context only.
  static let queries = [
    "chongqing", "重庆", "c", "ch", "cho", "food", "foods", "s", "sa", "china", "tea", "co", "ltd", "n", "中",
    "chongqing f",
    "china tea", "s1", "gift", "box",
  ]

  func all(_ catalogue: Catalogue, _ results: SearchResults, kind: SearchKind? = nil, page: Int) throws -> [Int64] {
    var out: [Int64] = []
    while true {
      let next =
        try kind.map { try catalogue.hits(results, kind: $0, offset: out.count, limit: page) }
        ?? catalogue.hits(results, offset: out.count, limit: page)
      out += next.map(\.rowid)
      if next.count < page { return out }
    }
  }

  /// Where two lists part (an index and the two values there), not the lists themselves.
  func firstDifference(_ a: [Int64], _ b: [Int64]) -> String {
    guard let i = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) else {
      return "the end: \(a.count) vs \(b.count)"
    }
    return "\(i): \(a[i]) vs \(b[i]) (\(a.count) vs \(b.count))"
  }

  @Test(arguments: queries) func aCountedSetIsTheListedSet(query: String) throws {
    let big = try counted.search(query, limit: 0)
    let whole = try Self.listed.search(query, limit: 0)
    #expect(whole.isComplete)
    #expect(big.counts == whole.counts, "\(query): \(big.counts) vs \(whole.counts)")
    let ids = try all(counted, big, page: 97)
    // (One letter pages the names that start with it in the name index's order.)
    let oneLetter = query.count == 1 && query.first!.isASCII
    #expect(
      oneLetter ? Set(ids) == Set(whole.hits.map(\.rowid)) : ids == whole.hits.map(\.rowid),
      "\(query): the same matches in the same order; first difference at \(firstDifference(ids, whole.hits.map(\.rowid)))"
    )
    #expect(ids.count == big.total && Set(ids).count == ids.count, "\(query): every match once")
    for kind in SearchKind.allCases where (big.counts[kind] ?? 0) > 0 {
      let listedOfKind = whole.hits.filter { $0.kind == kind }.map(\.rowid)
      for page in [1, 50, 128] where page > 1 || listedOfKind.count < 400 {
        let paged = try all(counted, big, kind: kind, page: page)
        #expect(
          oneLetter ? Set(paged) == Set(listedOfKind) && paged.count == listedOfKind.count : paged == listedOfKind,
          "\(query) \(kind) by \(page): first difference at \(firstDifference(paged, listedOfKind))")
      }
    }
  }

  @Test func theBroadQueriesAreCounted() throws {
    // (Else the test above compares the listed path with itself, or never pages from the index.)
    for query in ["chongqing", "重庆", "c", "food", "china"] {
      let results = try counted.search(query, limit: 0)
      #expect(!results.isComplete, "\(query)")
      #expect((results.tail?.counts[.product] ?? 0) > (results.tail?.known[.product]?.count ?? 0), "\(query)")
      #expect(try !SampleCatalogue.shared.search(query, limit: 0).isComplete, "\(query)")
    }
  }

  @Test(arguments: [SearchKind.product, .exhibitor, .event, .booth]) func aKindsTabIsTheListedTab(kind: SearchKind)
    throws
  {
    for query in ["chongqing", "ch", "food", "中"] {
      let big = try counted.search(query, kinds: [kind], limit: 0)
      let whole = try Self.listed.search(query, kinds: [kind], limit: 0)
      #expect(big.counts == whole.counts, "\(query) \(kind)")
      let paged = try all(counted, big, kind: kind, page: 128)
      #expect(
        paged == whole.hits.map(\.rowid),
        "\(query) \(kind): first difference at \(firstDifference(paged, whole.hits.map(\.rowid)))")
      // The first results read the same whichever way the set was found.
      #expect(
        try counted.search(query, kinds: [kind], limit: 20).results.map(\.ref)
          == Self.listed.search(query, kinds: [kind], limit: 20).results.map(\.ref))
    }
  }

  /// A prefix written as the words it stands for matches what the prefix matches.
  @Test func anExpandedPrefixMatchesWhatThePrefixMatches() throws {
    let queries = [
      "chongqing", "chongq", "foo", "russian foo", "amber bra", "n3 a12", "iranian saff", "porcel", "café", "xyzzy",
      "tea ch", "wine", "pistach",
    ]
    var expanded = 0
    for query in queries {
      let tokens = SearchText.tokens(TextFolding.fold(query))
      let (plain, written) = try counted.read { db in
        let plain = try Catalogue.rowids(
          db, "SELECT rowid FROM search_words WHERE search_words MATCH ?", [Catalogue.wordsExpression(tokens)])
        let expression = try Catalogue.expandedExpression(db, tokens)
        if expression != Catalogue.wordsExpression(tokens) { expanded += 1 }
        return (
          plain, try Catalogue.rowids(db, "SELECT rowid FROM search_words WHERE search_words MATCH ?", [expression])
        )
      }
      #expect(plain == written, "\(query): \(plain.count) vs \(written.count)")
    }
    #expect(expanded >= 8, "most of these prefixes stand for a few words")
  }

  /// One letter is answered from `search_initial`: its counts and first names are those of the
  /// name index.
  @Test func theInitialsTableIsTheNameIndex() throws {
    let ranges = try counted.kindRanges()
    var checked = 0
    try counted.inspect { db in
      for letter in "abcnpst0123" {
        let initial = String(letter)
        for (i, range) in ranges.enumerated() {
          let condition =
            "FROM search_item INDEXED BY search_item_by_name WHERE name >= ? AND name < ? AND rowid BETWEEN \(range.range.lowerBound) AND \(range.range.upperBound)"
          let arguments: StatementArguments = [initial, initial + "\u{10FFFF}"]
          let count = try Int.fetchOne(db, sql: "SELECT count(*) " + condition, arguments: arguments) ?? 0
          let firsts = try Int64.fetchAll(db, sql: "SELECT rowid " + condition + " LIMIT 500", arguments: arguments)
          let row = try Row.fetchOne(
            db, sql: "SELECT count, firsts FROM search_initial WHERE initial = ? AND range = ?",
            arguments: [initial, i])
          #expect((row?[0] as Int?) ?? 0 == count, "\(initial) \(range.kind)")
          let kept = ((row?[1] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }
          #expect(kept == firsts, "\(initial) \(range.kind)")
          if count > 0 { checked += 1 }
        }
      }
    }
    #expect(checked >= 20)
  }
}

/// Broad one-word queries answered at compile (`search_common`) give what running them gives: the
/// same counts, the same ranked head and the same pages, for every token kept.
@Suite struct CommonSearchTests {
  static let run: Catalogue = try! Catalogue(
    path: SampleCatalogue.shared.path, listLimit: Catalogue.listedLimit, answersCommon: false)

  static let tokens: [String] = try! DatabaseQueue(path: SampleCatalogue.shared.path).read { db in
    try String.fetchAll(db, sql: "SELECT token FROM search_common ORDER BY token")
  }

  @Test func theBroadWordsAndTheirPrefixesAreKept() {
    // The expo's own name, typed a letter at a time (400 pinyin run-ons stand under "chongq").
    for token in ["cho", "chon", "chong", "chongq", "chongqi", "chongqin", "chongqing", "ch"] {
      #expect(Self.tokens.contains(token), "\(token)")
    }
    #expect(Self.tokens.count < 200, "a few, not the vocabulary: \(Self.tokens.count)")
  }

  @Test func anAnswerKeptIsTheAnswerRun() throws {
    let shipped = SampleCatalogue.shared
    for token in Self.tokens {
      let kept = try shipped.search(token, limit: 300)
      let run = try Self.run.search(token, limit: 300)
      #expect(kept.counts == run.counts, "\(token)")
      #expect(kept.hits.map(\.rowid) == run.hits.map(\.rowid), "\(token): the ranked head")
      var a: [Int64] = []
      var b: [Int64] = []
      while true {
        let x = try shipped.hits(kept, offset: a.count, limit: 97).map(\.rowid)
        let y = try Self.run.hits(run, offset: b.count, limit: 97).map(\.rowid)
        a += x
        b += y
        if x.count < 97 || y.count < 97 { break }
      }
      #expect(a == b && a.count == kept.total, "\(token): every page (\(a.count) vs \(b.count) of \(kept.total))")
    }
  }

  @Test func anAnswerReadsBackAndABrokenOneIsNone() {
    let counted = Catalogue.Found.counted([3, 0, 700], firsts: [[1, 2, 3], [], Array(100...500)])
    let text = SearchCommon.encode(counted)
    guard case .counted(let counts, let firsts)? = SearchCommon.decode(text, ranges: 3) else {
      Issue.record("\(text) does not read back")
      return
    }
    #expect(counts == [3, 0, 700] && firsts[0] == [1, 2, 3] && firsts[1].isEmpty)
    #expect(firsts[2].count == SearchCommon.firstsKept && firsts[2].first == 100)
    guard case .listed(let ids)? = SearchCommon.decode(SearchCommon.encode(.listed([5, 9])), ranges: 3) else {
      Issue.record("a listed answer does not read back")
      return
    }
    #expect(ids == [5, 9])
    for broken in ["", "X1", "C1,2|1;2", "C1,2,x|;;", "L1,,2", "C1,2,3|1;2"] {
      #expect(SearchCommon.decode(broken, ranges: 3) == nil, "\(broken)")
    }
  }
}
