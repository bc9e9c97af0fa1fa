import ExpoModel
import Foundation
import GRDB
import GRDBSQLite

extension Catalogue {
  /// SQLite copies the bound text before the call returns.
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

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

  /// Every item that matches `query`, ranked; the first `limit` with their names. `boost` (refs as
  /// "kind:id", the bookmarks) come first among equals.
  public func search(
    _ query: String, kinds: Set<SearchKind>? = nil, limit: Int = 50, boost: Set<String> = []
  ) throws -> SearchResults {
    let folded = TextFolding.fold(query).trimmingCharacters(in: .whitespaces)
    let tokens = SearchText.tokens(folded)
    guard !folded.isEmpty, !tokens.isEmpty else { return .empty(query) }
    let key = SearchKey(query: folded, kinds: kinds, boost: boost)
    if let cached = searchCache.value(key) {
      return try labelled(cached, query: query, limit: limit)
    }
    return try labelled(rank(folded, tokens, kinds: kinds, boost: boost, key: key), query: query, limit: limit)
  }

  /// Every match of the folded query, ranked, with the count per kind (cached by `key`).
  private func rank(_ folded: String, _ tokens: [String], kinds: Set<SearchKind>?, boost: Set<String>, key: SearchKey)
    throws -> RankedMatches
  {
    let ranges = try kindRanges()
    func kind(_ rowid: Int64) -> SearchKind? { ranges.first { $0.range.contains(rowid) }?.kind }
    let hits: [SearchHit] = try read { db in
      var fuzzy = false
      var ids: [Int64]
      if tokens.count == 1, tokens[0].count == 1, tokens[0].first.map(SearchText.isCJK) == false {
        // One letter typed: the names that start with it (every one, counted), not every word
        // of every name and context that does — at a million products that is most of them.
        ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search_item WHERE name >= ? AND name < ?", [folded, folded + "\u{10FFFF}"])
      } else {
        ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search_words WHERE search_words MATCH ?", [Catalogue.wordsExpression(tokens)])
      }
      // Inside words and in descriptions (three letters or more): "stergaard", a word of a
      // description.
      if ids.isEmpty, tokens.allSatisfy({ $0.count >= 3 }) {
        ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search WHERE search MATCH ?", [tokens.map(Catalogue.quoted).joined(separator: " ")])
      }
      // Nothing has every word: the items with some of them, below everything else ("closing
      // ceremony" finds the ceremonies when no title says closing).
      var partial = false
      if ids.isEmpty, tokens.count > 1 {
        ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search_words WHERE search_words MATCH ?",
          [tokens.map { Catalogue.wordsExpression([$0]) }.joined(separator: " OR ")])
        partial = !ids.isEmpty
      }
      // Typos: items sharing either half of the longest word, scored by edit distance.
      if ids.isEmpty, let word = tokens.max(by: { $0.count < $1.count }), word.count >= 4 {
        let chars = Array(word)
        let half = max(3, (chars.count + 1) / 2)
        ids = try Catalogue.rowids(
          db, "SELECT rowid FROM search WHERE search MATCH ? LIMIT 20000",
          [
            "\(Catalogue.quoted(String(chars.prefix(half)))) OR \(Catalogue.quoted(String(chars.suffix(half))))"
          ])
        fuzzy = true
      }
      // Exhibitors only (their tab): how many of the matching products each sells, read here
      // since the products are not scored (for a few thousand products at most).
      var soldElsewhere: [String: Int] = [:]
      if let kinds, kinds.contains(.exhibitor), !kinds.contains(.product) {
        let products = ids.filter { kind($0) == .product }
        if !products.isEmpty, products.count <= 5_000 {
          let list = "[" + products.map(String.init).joined(separator: ",") + "]"
          for row in try Row.fetchAll(
            db.cachedStatement(
              sql:
                "SELECT owner, count(*) FROM search_item WHERE rowid IN (SELECT value FROM json_each(?)) GROUP BY owner"
            ),
            arguments: [list])
          {
            soldElsewhere[row[0]] = row[1]
          }
        }
      }
      if let kinds { ids = ids.filter { kind($0).map(kinds.contains) ?? false } }
      guard !ids.isEmpty else { return [] }
      // Which to score: all, or for a large set (a letter or two as typed, a broad word) first the
      // names that start with the query, then the items that match by their own names (not only
      // by what they belong to), in the order of the kinds; the others follow unscored, in that
      // order too. The counts stay exact.
      var toScore = ids
      var unscored: [Int64] = []
      if ids.count > Catalogue.scoredLimit {
        let starts = try Catalogue.rowids(
          db, "SELECT rowid FROM search_item WHERE name >= ? AND name < ? LIMIT 500", [folded, folded + "\u{10FFFF}"])
        // (For a huge set — a letter typed — the kind order alone: the names query would cost
        // more than it sorts.)
        let named: Set<Int64>? =
          ids.count > 8 * Catalogue.scoredLimit
          ? nil
          : Set(
            try Catalogue.rowids(
              db, "SELECT rowid FROM search_words WHERE search_words MATCH ?",
              ["{words} : (" + Catalogue.wordsExpression(tokens) + ")"]))
        let order: [SearchKind] = [.country, .pavilion, .exhibitor, .event, .booth, .product]
        let first = Set(starts)
        // (FTS5 returns rowids in order: sorted already, as a rule.)
        let sorted = zip(ids, ids.dropFirst()).allSatisfy { $0.0 < $0.1 } ? ids : ids.sorted()
        // The ids of each kind in kind order: kinds are rowid ranges, so a partition, no sort.
        var byKind: [Int64] = []
        byKind.reserveCapacity(sorted.count)
        for k in order {
          for range in ranges where range.kind == k {
            var lo = 0
            var hi = sorted.count
            while lo < hi {
              let mid = (lo + hi) / 2
              if sorted[mid] < range.range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            while lo < sorted.count && sorted[lo] <= range.range.upperBound {
              if !first.contains(sorted[lo]) { byKind.append(sorted[lo]) }
              lo += 1
            }
          }
        }
        let byName = named.map { n in byKind.filter { n.contains($0) } } ?? byKind
        let byContext = named.map { n in byKind.filter { !n.contains($0) } } ?? []
        let ranked = starts.filter { kinds == nil || kind($0).map(kinds!.contains) == true } + byName + byContext
        toScore = Array(ranked.prefix(Catalogue.scoredLimit))
        unscored = Array(ranked.dropFirst(Catalogue.scoredLimit))
      }
      let prepared = SearchRanking.Query(folded)
      var scored: [SearchHit] = []
      scored.reserveCapacity(toScore.count)
      var names: [Int64: (base: Substring, owner: String)] = [:]
      var refs: [Int64: String] = [:]
      // In slices of rowids (one statement each), reading only the folded names.
      var start = 0
      while start < toScore.count {
        let slice = toScore[start..<min(toScore.count, start + 2_000)]
        start += slice.count
        // The rowids as one JSON array argument: one prepared statement for every keystroke,
        // stepped through SQLite's C API (GRDB's rows box every value; this loop is the search's
        // hot path).
        let list = "[" + slice.map(String.init).joined(separator: ",") + "]"
        let statement = try db.cachedStatement(
          sql:
            "SELECT rowid, name, zh, py, extra, ref, owner FROM search_item WHERE rowid IN (SELECT value FROM json_each(?))"
        )
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        _ = list.withCString { sqlite3_bind_text(handle, 1, $0, -1, Catalogue.transient) }
        func text(_ column: Int32) -> String {
          guard let bytes = sqlite3_column_text(handle, column) else { return "" }
          let count = Int(sqlite3_column_bytes(handle, column))
          return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
        var status = sqlite3_step(handle)
        while status == SQLITE_ROW {
          defer { status = sqlite3_step(handle) }
          let rowid = sqlite3_column_int64(handle, 0)
          guard let k = kind(rowid) else { continue }
          let boosted = !boost.isEmpty && boost.contains("\(k.rawValue):\(text(5))")
          let en = text(1)
          guard
            let score = SearchRanking.score(
              prepared, kind: k, en: en, zh: text(2), pinyin: text(3), extra: text(4), fuzzy: fuzzy, partial: partial,
              boosted: boosted)
          else { continue }
          scored.append(SearchHit(rowid: rowid, kind: k, score: score.value, match: score.match))
          if k == .product { names[rowid] = (SearchRanking.baseName(en), text(6)) }
          if k == .exhibitor { refs[rowid] = text(5) }
        }
        sqlite3_reset(handle)
        guard status == SQLITE_DONE else {
          throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "search: step failed")
        }
      }
      // An exhibitor that sells many of the matching products before one that sells a few (the
      // amber traders before the winery with an amber wine).
      var sold = soldElsewhere
      for (_, name) in names { sold[name.owner, default: 0] += 1 }
      if !sold.isEmpty {
        for i in scored.indices where scored[i].kind == .exhibitor {
          if let n = refs[scored[i].rowid].flatMap({ sold[$0] }) {
            scored[i].score += min(200, 40 * log2(1 + Double(n)))
          }
        }
      }
      scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.rowid < $1.rowid }
      Catalogue.diversify(&scored, names: names)
      Catalogue.blend(&scored)
      return scored
        + unscored.compactMap { id in kind(id).map { SearchHit(rowid: id, kind: $0, score: 0, match: .otherField) } }
    }
    var counts: [SearchKind: Int] = [:]
    for hit in hits { counts[hit.kind, default: 0] += 1 }
    let ranked = RankedMatches(hits: hits, counts: counts)
    searchCache.store(key, ranked)
    return ranked
  }

  /// Variants of one product ("Amber Bead Bracelet, Gift box", "…, AAA grade" from five
  /// traders) do not fill the top: an exhibitor's further variants of a product drop below the
  /// first variant of every exhibitor, and each further exhibitor's drops a little, so that other
  /// products come between them.
  static func diversify(_ hits: inout [SearchHit], names: [Int64: (base: Substring, owner: String)]) {
    guard hits.count > 1, !names.isEmpty else { return }
    struct Pair: Hashable {
      var base: Substring
      var owner: String
    }
    var sellers: [Substring: Int] = [:]
    var variants: [Pair: Int] = [:]
    for i in hits.indices {
      guard let name = names[hits[i].rowid] else { continue }
      let pair = Pair(base: name.base, owner: name.owner)
      let v = variants[pair, default: 0]
      variants[pair] = v + 1
      if v == 0 {
        let n = sellers[name.base, default: 0]
        sellers[name.base] = n + 1
        hits[i].score -= Double(min(n, 40)) * 12
      } else {
        hits[i].score -= 500 + Double(min(v, 40)) * 12
      }
    }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.rowid < $1.rowid }
  }

  /// The best match of each kind comes right after the best match overall (when it is at most
  /// three tiers below): for "caviar", a company that sells it and the tasting where it is served
  /// among the first results, not five jars of it. The rest stays in score order.
  static func blend(_ hits: inout [SearchHit]) {
    guard let top = hits.first else { return }
    var leaders: [Int] = []
    var kinds: Set<SearchKind> = [top.kind]
    for (i, hit) in hits.enumerated().dropFirst() where !kinds.contains(hit.kind) {
      kinds.insert(hit.kind)
      if hit.score >= top.score - 3_500 { leaders.append(i) }
      if kinds.count == SearchKind.allCases.count { break }
    }
    guard !leaders.isEmpty else { return }
    let moved = leaders.map { hits[$0] }
    for i in leaders.reversed() { hits.remove(at: i) }
    hits.insert(contentsOf: moved, at: 1)
  }

  /// The rowids a query returns, stepped through SQLite's C API (a broad word of a large fair
  /// returns hundreds of thousands: GRDB's per-row work was half the time). Text arguments only.
  static func rowids(_ db: Database, _ sql: String, _ arguments: [String]) throws -> [Int64] {
    let statement = try db.cachedStatement(sql: sql)
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    for (i, argument) in arguments.enumerated() {
      _ = argument.withCString { sqlite3_bind_text(handle, Int32(i + 1), $0, -1, Catalogue.transient) }
    }
    var out: [Int64] = []
    var status = sqlite3_step(handle)
    while status == SQLITE_ROW {
      out.append(sqlite3_column_int64(handle, 0))
      status = sqlite3_step(handle)
    }
    sqlite3_reset(handle)
    guard status == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "search: step failed")
    }
    return out
  }

  /// Forgets the last queries' matches (a benchmark times every keystroke from the index).
  public func forgetSearches() { searchCache.removeAll() }

  /// The results for `hits`: counts per kind, the first `limit` with their names.
  func labelled(_ ranked: RankedMatches, query: String, limit: Int) throws -> SearchResults {
    SearchResults(
      query: query, results: try label(ranked.hits.prefix(max(0, limit))), counts: ranked.counts, hits: ranked.hits)
  }

  /// The names of `hits` (any page of a query's matches), in their order.
  public func label<S: Sequence>(_ hits: S) throws -> [SearchResult] where S.Element == SearchHit {
    let list = Array(hits)
    guard !list.isEmpty else { return [] }
    var labels: [Int64: (String, String, String?)] = [:]
    labels.reserveCapacity(list.count)
    try read { db in
      let ids = "[" + list.map { String($0.rowid) }.joined(separator: ",") + "]"
      let statement = try db.cachedStatement(
        sql: "SELECT rowid, ref, label_en, label_zh FROM search_item WHERE rowid IN (SELECT value FROM json_each(?))")
      let handle = statement.sqliteStatement
      sqlite3_reset(handle)
      _ = ids.withCString { sqlite3_bind_text(handle, 1, $0, -1, Catalogue.transient) }
      func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
      }
      var status = sqlite3_step(handle)
      while status == SQLITE_ROW {
        labels[sqlite3_column_int64(handle, 0)] = (text(1) ?? "", text(2) ?? "", text(3))
        status = sqlite3_step(handle)
      }
      sqlite3_reset(handle)
      guard status == SQLITE_DONE else {
        throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "search labels: step failed")
      }
    }
    return list.compactMap { hit in
      labels[hit.rowid].map {
        SearchResult(
          kind: hit.kind, ref: $0.0, name: LocalizedText(en: $0.1, zh: $0.2), score: hit.score, match: hit.match)
      }
    }
  }

  /// The rowid range of each kind in the search table (written by the compiler).
  func kindRanges() throws -> [(kind: SearchKind, range: ClosedRange<Int64>)] {
    if let known = searchKinds.value(0) { return known }
    let text = try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchKinds'") } ?? ""
    var ranges: [(kind: SearchKind, range: ClosedRange<Int64>)] = []
    for part in text.split(separator: ",") {
      let pair = part.split(separator: ":")
      let bounds = pair.count == 2 ? pair[1].split(separator: "-").compactMap { Int64($0) } : []
      guard pair.count == 2, let kind = SearchKind(rawValue: String(pair[0])), bounds.count == 2, bounds[0] <= bounds[1]
      else { continue }
      ranges.append((kind, bounds[0]...bounds[1]))
    }
    searchKinds.store(0, ranges)
    return ranges
  }
}

/// A query's matches, ranked, with their count per kind (counted once, not at every page).
struct RankedMatches: Sendable {
  var hits: [SearchHit]
  var counts: [SearchKind: Int]
}

/// A query as cached: the last few queries' ranked matches (a page of the results, the next
/// keystroke's Backspace).
struct SearchKey: Hashable {
  var query: String
  var kinds: Set<SearchKind>?
  var boost: Set<String>
}

/// A small thread-safe cache (a catalogue is read from the guide's loop and from prefetching).
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
  private var entries: [(Key, Value)] = []
  private let lock = NSLock()
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  func value(_ key: Key) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return entries.first { $0.0 == key }?.1
  }

  func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    entries.removeAll()
  }

  func store(_ key: Key, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    entries.removeAll { $0.0 == key }
    entries.append((key, value))
    if entries.count > capacity { entries.removeFirst() }
  }
}
