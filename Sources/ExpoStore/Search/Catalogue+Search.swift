import ExpoModel
import Foundation
import GRDBSQLite

extension Catalogue {
  /// Beyond this many matches, the first this many in order of promise are scored (see
  /// `search`): a keystroke's work stays bounded while every match is counted and listed.
  static let scoredLimit = 250

  /// Quotes a token for an FTS5 query (tokens hold only letters and digits, but never trust).
  static func quoted(_ token: String) -> String { "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

  /// The FTS5 expression every match satisfies: each word of the query, in the item's names, their
  /// pinyin or the names of what it belongs to (a word as typed: a prefix; Chinese: the character,
  /// or every bigram of a longer run).
  static func wordsExpression(_ tokens: [String]) -> String {
    tokens.map { token -> String in
      // A word of one or two letters is matched in the names only (in the context it would match
      // nearly everything: "ch" is in every Chongqing exhibitor's products); a code with a digit
      // ("n3" of "N3 A14") still finds the exhibitor at the booth.
      let short = token.count < 3 && token.first.map(SearchText.isCJK) == false && !token.contains(where: \.isNumber)
      let scope = short ? "{words} : " : ""
      let forms = SearchSynonyms.alternatives(token).map { form -> String in
        let chars = Array(form)
        guard chars.first.map(SearchText.isCJK) == true else { return quoted(form) + "*" }
        if chars.count == 1 { return quoted(form) }
        return "("
          + (0..<(chars.count - 1)).map { quoted(String(chars[$0]) + String(chars[$0 + 1])) }
          .joined(separator: " AND ") + ")"
      }
      return scope + (forms.count == 1 ? forms[0] : "(" + forms.joined(separator: " OR ") + ")")
    }.joined(separator: " AND ")
  }

  /// A prefix that stands for at most this many words of the index is read as those words.
  static let expandedWords = 8

  /// `wordsExpression`, with each prefix of three letters or more that stands for a few words of
  /// the index written as those words (`"chongq"*` → `"chongqing"`), so that FTS5 streams their
  /// doclists instead of merging them first: at a million products the merge was most of a
  /// keystroke.
  static func expandedExpression(_ db: DirectConnection, _ tokens: [String]) throws -> String {
    var expression = wordsExpression(tokens)
    for token in tokens {
      for form in SearchSynonyms.alternatives(token) where form.count >= 3 && !form.contains(where: SearchText.isCJK) {
        let terms = try Catalogue.texts(
          db, "SELECT term FROM search_term WHERE term >= ? AND term < ? LIMIT ?", [form, form + "\u{10FFFF}"],
          [expandedWords + 1])
        // (No word: left to FTS5, whose tokenizer may fold the form further than the query did.)
        guard (1...expandedWords).contains(terms.count) else { continue }
        let words = terms.map(quoted).joined(separator: " OR ")
        expression = replacingAll(
          quoted(form) + "*", with: terms.count == 1 ? words : "(" + words + ")", in: expression)
      }
    }
    return expression
  }

  /// `text` with every `target` replaced, compared byte by byte (Foundation's
  /// `replacingOccurrences` set up its generic machinery at every first keystroke of a process).
  static func replacingAll(_ target: String, with replacement: String, in text: String) -> String {
    let hay = Array(text.utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, hay.count >= needle.count else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(hay.count)
    var i = 0
    while i < hay.count {
      if i + needle.count <= hay.count, hay[i..<(i + needle.count)].elementsEqual(needle) {
        out.append(contentsOf: replacement.utf8)
        i += needle.count
      } else {
        out.append(hay[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Every item that matches `query`, ranked; the first `limit` with their names. `boost` (refs as
  /// "kind:id", the bookmarks) come first among equals.
  public func search(
    _ query: String, kinds: Set<SearchKind>? = nil, limit: Int = 50, boost: Set<String> = []
  ) throws -> SearchResults {
    // (Trimmed without Foundation's `trimmingCharacters`: it bridges to NSString, whose first use
    // was a tenth of a millisecond of every `expo search`.)
    let folded = TextFolding.fold(query).trimmingWhitespace()
    let tokens = SearchText.tokens(folded)
    guard !folded.isEmpty, !tokens.isEmpty else { return .empty(query) }
    let key = SearchKey(query: folded, kinds: kinds, boost: boost)
    if let cached = searchCache.value(key) {
      return try labelled(cached, query: query, limit: limit)
    }
    return try labelled(rank(folded, tokens, kinds: kinds, boost: boost, key: key), query: query, limit: limit)
  }

  /// Above this many matches (of the kinds asked for) a query is counted, not listed: the counts
  /// per kind come from one counting statement, the first `scoredLimit` in order of promise are
  /// read and scored, and the rest is paged from the index when shown (`hits(_:kind:offset:limit:)`).
  /// Listing every rowid of a broad word cost more than everything else of a keystroke together.
  static let listedLimit = 8 * scoredLimit

  /// The kinds in the order a large set's unscored matches are listed in.
  public static let kindOrder: [SearchKind] = [.country, .pavilion, .exhibitor, .event, .booth, .product]

  /// Every match of the folded query, ranked, with the count per kind (cached by `key`).
  private func rank(_ folded: String, _ tokens: [String], kinds: Set<SearchKind>?, boost: Set<String>, key: SearchKey)
    throws -> RankedMatches
  {
    let ranges = try kindRanges()
    let ranked: RankedMatches = try read { db in
      var fuzzy = false
      var partial = false
      // One letter typed: the names that start with it (every one, counted), not every word of
      // every name and context that does — at a million products that is most of them.
      let initial = tokens.count == 1 && tokens[0].count == 1 && tokens[0].first.map(SearchText.isCJK) == false
      var matcher =
        initial ? SearchMatcher.names(startingWith: folded) : try Catalogue.wordMatcher(db, tokens)
      // A broad word, of every kind: answered when the catalogue was compiled.
      var found =
        try (initial ? nil : commonAnswer(db, tokens, kinds: kinds, ranges: ranges.count))
        ?? find(db, matcher, ranges, kinds)
      // Inside words and in descriptions (three letters or more): "stergaard", a word of a
      // description.
      if found.isEmpty, tokens.allSatisfy({ $0.count >= 3 }) {
        matcher = SearchMatcher(
          table: "search", condition: "search MATCH ?", arguments: [tokens.map(Catalogue.quoted).joined(separator: " ")]
        )
        found = try find(db, matcher, ranges, kinds)
      }
      // Nothing has every word: the items with some of them, below everything else ("closing
      // ceremony" finds the ceremonies when no title says closing).
      if found.isEmpty, tokens.count > 1 {
        matcher = SearchMatcher(
          table: "search_words", condition: "search_words MATCH ?",
          arguments: [tokens.map { Catalogue.wordsExpression([$0]) }.joined(separator: " OR ")])
        found = try find(db, matcher, ranges, kinds)
        partial = !found.isEmpty
      }
      // Typos: items sharing either half of the longest word, scored by edit distance.
      if found.isEmpty, let word = tokens.max(by: { $0.count < $1.count }), word.count >= 4 {
        let chars = Array(word)
        let half = max(3, (chars.count + 1) / 2)
        let ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search WHERE search MATCH ? LIMIT 20000",
          [
            "\(Catalogue.quoted(String(chars.prefix(half)))) OR \(Catalogue.quoted(String(chars.suffix(half))))"
          ])
        found = .listed(ids)
        fuzzy = true
      }
      let scoring = Scoring(
        query: SearchRanking.Query(folded), folded: folded, tokens: tokens, kinds: kinds, boost: boost, fuzzy: fuzzy,
        partial: partial, ranges: ranges, byNameOnly: matcher.byName)
      switch found {
      case .listed(let ids): return try scoring.rankListed(db, ids)
      case .counted(let counts, let firsts): return try scoring.rankCounted(db, matcher, counts, firsts)
      }
    }
    searchCache.store(key, ranked)
    return ranked
  }

  /// A query's matches as first found: every rowid (a set small enough to list), or the count of
  /// each kind range (index into `kindRanges()`) of a larger one with the first few thousand of
  /// each range.
  enum Found {
    case listed([Int64])
    case counted([Int], firsts: [[Int64]])

    var isEmpty: Bool {
      switch self {
      case .listed(let ids): ids.isEmpty
      case .counted(let counts, _): counts.allSatisfy { $0 == 0 }
      }
    }
  }

  /// Runs `matcher` once, through `expo_collect`: lists the matches when there are at most
  /// `listLimit` of them (of the kinds asked for), else counts them per kind range.
  func find(
    _ db: DirectConnection, _ matcher: SearchMatcher, _ ranges: [(kind: SearchKind, range: ClosedRange<Int64>)],
    _ kinds: Set<SearchKind>?
  ) throws -> Found {
    let counts: [Int]
    let firsts: [[Int64]]
    if let initial = matcher.initial {
      // One letter: counted when the catalogue was compiled.
      var tally = ranges.map { _ in 0 }
      var kept: [[Int64]] = ranges.map { _ in [] }
      let rows = try db.rows("SELECT range, count, firsts FROM search_initial WHERE initial = ?", [.text(initial)]) {
        row -> (Int, Int, String) in (row[0], row[1], row[2])
      }
      for (i, count, list) in rows where tally.indices.contains(i) {
        tally[i] = count
        kept[i] = RowidList.parse(list[...]) ?? []
      }
      (counts, firsts) = (tally, kept)
    } else {
      collector.reset(ranges.map(\.range), cap: collectLimit)
      let _: Int? = try db.value(matcher.select("expo_collect(rowid)"), matcher.arguments.map(SQLArgument.text))
      (counts, firsts) = (collector.counts, collector.firsts)
    }
    // A range's matches, from what was kept when it was kept whole, else from the index.
    func all(_ i: Int) throws -> [Int64] {
      if firsts[i].count == counts[i] { return firsts[i] }
      return try Catalogue.rowids(
        db, matcher.select("rowid", range: ranges[i].range, limited: true), matcher.arguments, [counts[i]])
    }
    if counts.reduce(0, +) <= listLimit { return .listed(try ranges.indices.flatMap(all)) }
    guard let kinds else { return .counted(counts, firsts: firsts) }
    // Of the kinds asked for, few: list those.
    let wanted = ranges.indices.filter { kinds.contains(ranges[$0].kind) }
    guard wanted.map({ counts[$0] }).reduce(0, +) <= listLimit else { return .counted(counts, firsts: firsts) }
    var listed = try wanted.flatMap(all)
    // The products stay in view for the exhibitors' tab's "sells N of these" (when few, as for a
    // listed set).
    if kinds.contains(.exhibitor), !kinds.contains(.product) {
      for i in ranges.indices where ranges[i].kind == .product && counts[i] <= 5_000 { listed += try all(i) }
    }
    return .listed(listed.sorted())
  }

  /// A scored match, with what spreads the variants of a product: for a product, the
  /// fingerprints of its base name and of its owner; for an exhibitor, of its ref (`owner`).
  struct Candidate {
    var hit: SearchHit
    var base: UInt64 = 0
    var owner: UInt64 = 0
  }

  /// Variants of one product ("Amber Bead Bracelet, Gift box", "…, AAA grade" from five
  /// traders) do not fill the top: an exhibitor's further variants of a product drop below the
  /// first variant of every exhibitor, and each further exhibitor's drops a little, so that other
  /// products come between them.
  static func diversify(_ candidates: inout [Candidate]) {
    guard candidates.count > 1 else { return }
    var sellers = FingerprintCounts(capacity: candidates.count)
    var variants = FingerprintCounts(capacity: candidates.count)
    var spread = false
    for i in candidates.indices where candidates[i].hit.kind == .product {
      let c = candidates[i]
      // (The pair's fingerprint: the base name's, mixed with the owner's.)
      let v = variants.add((c.base &* 0x100_0000_01b3) ^ c.owner ^ (c.owner >> 29))
      if v == 0 {
        let n = sellers.add(c.base)
        candidates[i].hit.score -= Double(min(n, 40)) * 12
      } else {
        candidates[i].hit.score -= 500 + Double(min(v, 40)) * 12
      }
      spread = true
    }
    guard spread else { return }
    candidates.sort { $0.hit.score != $1.hit.score ? $0.hit.score > $1.hit.score : $0.hit.rowid < $1.hit.rowid }
  }

  /// The best match of each kind comes right after the best match overall (when it is at most
  /// three tiers below): for "caviar", a company that sells it and the tasting where it is served
  /// among the first results, not five jars of it. The rest stays in score order.
  static func blend(_ hits: inout [SearchHit]) {
    guard let top = hits.first else { return }
    var leaders: [Int] = []
    // (The kinds seen, by index: a `Set` of kinds is looked up at run time at every start.)
    var seen = Array(repeating: false, count: SearchKind.allCases.count)
    seen[top.kind.index] = true
    var kinds = 1
    for (i, hit) in hits.enumerated().dropFirst() where !seen[hit.kind.index] {
      seen[hit.kind.index] = true
      kinds += 1
      if hit.score >= top.score - 3_500 { leaders.append(i) }
      if kinds == seen.count { break }
    }
    guard !leaders.isEmpty else { return }
    let moved = leaders.map { hits[$0] }
    for i in leaders.reversed() { hits.remove(at: i) }
    hits.insert(contentsOf: moved, at: 1)
  }

  /// The rowids a query returns, stepped here rather than through `DirectConnection.values` (no
  /// closure and optional per row: a broad word lists tens of thousands; GRDB's per-row work was
  /// half the time of a large set). Text arguments first, then integer ones (limits, offsets).
  static func rowids(_ db: DirectConnection, _ sql: String, _ arguments: [String], _ integers: [Int] = []) throws
    -> [Int64]
  {
    let handle = try db.statement(sql, arguments.map(SQLArgument.text) + integers.map(SQLArgument.int)).handle
    defer { sqlite3_reset(handle) }
    var out: [Int64] = []
    var status = sqlite3_step(handle)
    while status == SQLITE_ROW {
      out.append(sqlite3_column_int64(handle, 0))
      status = sqlite3_step(handle)
    }
    guard status == SQLITE_DONE else { throw SQLiteError(code: status, message: "search: step failed", sql: sql) }
    return out
  }

  /// The text of the first column of a query's rows (NULLs left out).
  static func texts(_ db: DirectConnection, _ sql: String, _ arguments: [String], _ integers: [Int] = []) throws
    -> [String]
  {
    try db.values(sql, arguments.map(SQLArgument.text) + integers.map(SQLArgument.int))
  }

  /// Forgets the last queries' matches (a benchmark times every keystroke from the index).
  public func forgetSearches() { searchCache.removeAll() }

  /// The results for `hits`: counts per kind, the first `limit` with their names.
  func labelled(_ ranked: RankedMatches, query: String, limit: Int) throws -> SearchResults {
    var results = SearchResults(query: query, results: [], counts: ranked.counts, hits: ranked.hits)
    results.tail = ranked.tail
    results.results = try label(hits(results, offset: 0, limit: max(0, limit)))
    return results
  }

  /// The names of `hits` (any page of a query's matches), in their order.
  public func label<S: Sequence>(_ hits: S) throws -> [SearchResult] where S.Element == SearchHit {
    let list = Array(hits)
    guard !list.isEmpty else { return [] }
    // By the place in `list` (json_each's key): no dictionary of rowids.
    var labels: [(String, String, String?)?] = Array(repeating: nil, count: list.count)
    try read { db in
      let ids = RowidList.json(list.lazy.map(\.rowid))
      let sql =
        "SELECT j.key, s.ref, s.label_en, s.label_zh FROM json_each(?) j JOIN search_item s ON s.rowid = j.value"
      let handle = try db.statement(sql, [.text(ids)]).handle
      defer { sqlite3_reset(handle) }
      func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
      }
      var status = sqlite3_step(handle)
      while status == SQLITE_ROW {
        let at = Int(sqlite3_column_int64(handle, 0))
        if labels.indices.contains(at) { labels[at] = (text(1) ?? "", text(2) ?? "", text(3)) }
        status = sqlite3_step(handle)
      }
      guard status == SQLITE_DONE else {
        throw SQLiteError(code: status, message: "search labels: step failed", sql: sql)
      }
    }
    return zip(list, labels).compactMap { hit, label in
      label.map {
        SearchResult(
          kind: hit.kind, ref: $0.0, name: LocalizedText(en: $0.1, zh: $0.2), score: hit.score, match: hit.match)
      }
    }
  }

  /// The rowid range of each kind in the search table (written by the compiler).
  func kindRanges() throws -> [(kind: SearchKind, range: ClosedRange<Int64>)] {
    if let known = searchKinds.value(0) { return known }
    let text: String = try read { db in try db.value("SELECT value FROM meta WHERE key = 'searchKinds'") } ?? ""
    let ranges = Catalogue.parseKindRanges(text)
    searchKinds.store(0, ranges)
    return ranges
  }

  /// The kind ranges as the compiler writes them in meta ("country:1-150,pavilion:151-282,…").
  static func parseKindRanges(_ text: String) -> [(kind: SearchKind, range: ClosedRange<Int64>)] {
    var ranges: [(kind: SearchKind, range: ClosedRange<Int64>)] = []
    for part in text.split(separator: ",") {
      let pair = part.split(separator: ":")
      let bounds = pair.count == 2 ? pair[1].split(separator: "-").compactMap { Int64($0) } : []
      guard pair.count == 2, let kind = SearchKind(rawValue: String(pair[0])), bounds.count == 2, bounds[0] <= bounds[1]
      else { continue }
      ranges.append((kind, bounds[0]...bounds[1]))
    }
    return ranges
  }
}

/// A query's matches, ranked, with their count per kind (counted once, not at every page).
struct RankedMatches: Sendable {
  var hits: [SearchHit]
  var counts: [SearchKind: Int]
  /// A large set's matches that were counted, not read.
  var tail: SearchTail? = nil
}

/// A query as cached: the last few queries' ranked matches (a page of the results, the next
/// keystroke's Backspace).
struct SearchKey: Hashable {
  var query: String
  var kinds: Set<SearchKind>?
  var boost: Set<String>
}

/// A small thread-safe cache (a catalogue is read from the guide's loop and from prefetching).
///
/// (`Key` carries no protocol requirement; its equality comes with the cache: making a generic
/// class whose parameter must conform looks the conformance up at run time, a scan of every
/// conformance record of the binary, a quarter of a millisecond of each start.)
final class LockedCache<Key, Value>: @unchecked Sendable {
  private var entries: [(Key, Value)] = []
  private let lock = NSLock()
  private let capacity: Int

  private let same: (Key, Key) -> Bool

  init(capacity: Int, same: @escaping (Key, Key) -> Bool) {
    self.capacity = capacity
    self.same = same
  }

  func value(_ key: Key) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return entries.first { same($0.0, key) }?.1
  }

  func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    entries.removeAll()
  }

  func store(_ key: Key, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    entries.removeAll { same($0.0, key) }
    entries.append((key, value))
    if entries.count > capacity { entries.removeFirst() }
  }
}
