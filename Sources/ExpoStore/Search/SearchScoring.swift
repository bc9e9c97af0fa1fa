import ExpoModel
import Foundation
import GRDBSQLite

/// What selects a query's matches: a table and a condition on it, with the condition's text
/// arguments (an FTS5 MATCH, or the name index for one letter typed).
public struct SearchMatcher: Sendable, Hashable {
  var table: String
  var condition: String
  var arguments: [String]
  /// The names' initial (one ASCII letter or digit) this matcher stands for: its counts and first
  /// matches are in `search_initial`.
  var initial: String? = nil
  /// Every match is found by its own name (the name index), not by its words or context.
  var byName = false

  /// The names that start with `prefix`, in the name index's order.
  static func names(startingWith prefix: String) -> SearchMatcher {
    SearchMatcher(
      table: "search_item INDEXED BY search_item_by_name", condition: "name >= ? AND name < ?",
      arguments: [prefix, prefix + "\u{10FFFF}"], initial: SearchIndexWriter.isInitial(prefix) ? prefix : nil,
      byName: true)
  }

  /// The statement that selects `columns` of the matches, within `range` of rowids (a kind's:
  /// fixed per catalogue, so a statement per range is prepared once), then `extra` conditions and
  /// a bound LIMIT (and OFFSET) when asked.
  func select(
    _ columns: String, range: ClosedRange<Int64>? = nil, extra: String = "", limited: Bool = false,
    offset: Bool = false
  ) -> String {
    var sql = "SELECT \(columns) FROM \(table) WHERE \(condition)"
    if let range { sql += " AND rowid BETWEEN \(range.lowerBound) AND \(range.upperBound)" }
    sql += extra
    if limited { sql += " LIMIT ?" }
    if offset { sql += " OFFSET ?" }
    return sql
  }

  /// The number of matches in each of `ranges`, from one statement (one pass over the index: a
  /// prefix is expanded once, and no rowid leaves SQLite).
  func counts(_ db: DirectConnection, _ ranges: [ClosedRange<Int64>]) throws -> [Int] {
    guard !ranges.isEmpty else { return [] }
    let columns = ranges.map { "count(*) FILTER (WHERE rowid BETWEEN \($0.lowerBound) AND \($0.upperBound))" }
      .joined(separator: ", ")
    return try db.first(select(columns), arguments.map(SQLArgument.text)) { row in
      ranges.indices.map { row[$0] as Int }
    } ?? ranges.map { _ in 0 }
  }
}

/// The part of a large result set that was counted but not read: for each kind, the matches that
/// are not among the scored ones, paged from the index in rowid order.
public struct SearchTail: Sendable, Hashable {
  var matcher: SearchMatcher
  /// The scored matches of each kind (left out of the kind's pages).
  var scored: [SearchKind: [Int64]]
  /// How many matches of each kind follow the scored ones.
  var counts: [SearchKind: Int]
  /// The first of them, as the index pages them (read with the counts).
  var known: [SearchKind: [Int64]]
}

/// Ranks a query's matches: reads the names of the most promising, scores them, and orders the
/// rest after them.
struct Scoring {
  var query: SearchRanking.Query
  var folded: String
  var tokens: [String]
  var kinds: Set<SearchKind>?
  var boost: Set<String>
  var fuzzy: Bool
  var partial: Bool
  var ranges: [(kind: SearchKind, range: ClosedRange<Int64>)]
  /// Every match was found by its own name (one letter typed: the names that start with it).
  var byNameOnly = false

  func kind(_ rowid: Int64) -> SearchKind? { ranges.first { $0.range.contains(rowid) }?.kind }

  func wanted(_ kind: SearchKind) -> Bool { kinds?.contains(kind) ?? true }

  /// Names that start with the query, at most `limit`, of the kinds asked for.
  func starts(_ db: DirectConnection, limit: Int) throws -> [Int64] {
    try Catalogue.rowids(
      db, "SELECT rowid FROM search_item WHERE name >= ? AND name < ? LIMIT ?", [folded, folded + "\u{10FFFF}"], [limit]
    ).filter { kind($0).map(wanted) == true }
  }

  /// A set small enough to list: every match, the most promising scored, the rest after them.
  func rankListed(_ db: DirectConnection, _ found: [Int64]) throws -> RankedMatches {
    var ids = found
    // Exhibitors only (their tab): how many of the matching products each sells, read here
    // since the products are not scored (for a few thousand products at most).
    var soldElsewhere: FingerprintCounts?
    if let kinds, kinds.contains(.exhibitor), !kinds.contains(.product) {
      let products = ids.filter { kind($0) == .product }
      if !products.isEmpty, products.count <= 5_000 {
        var sold = FingerprintCounts(capacity: 64)
        let list = RowidList.json(products)
        let owners = try db.rows(
          "SELECT owner, count(*) FROM search_item WHERE rowid IN (SELECT value FROM json_each(?)) GROUP BY owner",
          [.text(list)]
        ) { row -> (String, Int) in (row[0], row[1]) }
        for (owner, count) in owners {
          var owner = owner
          sold.add(owner.withUTF8(SearchRanking.fingerprint), count)
        }
        soldElsewhere = sold
      }
    }
    ids = ids.filter { kind($0).map(wanted) ?? false }
    guard !ids.isEmpty else { return RankedMatches(hits: [], counts: [:]) }
    // Which to score: all, or for a large set (a letter or two as typed, a broad word) first the
    // names that start with the query, then the items that match by their own names (not only
    // by what they belong to), in the order of the kinds; the others follow unscored, in that
    // order too. The counts stay exact.
    var toScore = ids
    var unscored: [Int64] = []
    if ids.count > Catalogue.scoredLimit {
      let starts = try starts(db, limit: Catalogue.scoredLimit)
      // (For a larger set, the kind order alone: the names query would cost more than it sorts;
      // for one letter, every match is by its name already.)
      let named: RowidSet? =
        ids.count > Catalogue.listedLimit || byNameOnly
        ? nil
        : RowidSet(
          try Catalogue.rowids(
            db, "SELECT rowid FROM search_words WHERE search_words MATCH ?",
            ["{words} : (" + Catalogue.wordsExpression(tokens) + ")"]))
      let first = RowidSet(starts)
      let all = RowidSet(ids)
      // The ids of each kind in kind order: kinds are rowid ranges, so a partition, no sort.
      var byKind: [Int64] = []
      byKind.reserveCapacity(all.sorted.count)
      for k in Catalogue.kindOrder {
        for range in ranges where range.kind == k {
          var at = all.lowerBound(range.range.lowerBound)
          while at < all.sorted.count && all.sorted[at] <= range.range.upperBound {
            if !first.contains(all.sorted[at]) { byKind.append(all.sorted[at]) }
            at += 1
          }
        }
      }
      let byName = named.map { n in byKind.filter { n.contains($0) } } ?? byKind
      let byContext = named.map { n in byKind.filter { !n.contains($0) } } ?? []
      let ranked = starts + byName + byContext
      toScore = Array(ranked.prefix(Catalogue.scoredLimit))
      unscored = Array(ranked.dropFirst(Catalogue.scoredLimit))
    }
    let hits =
      try score(db, toScore, soldElsewhere: soldElsewhere)
      + unscored.compactMap { id in kind(id).map { SearchHit(rowid: id, kind: $0, score: 0, match: .otherField) } }
    // (Counted in an array by kind: a dictionary hashed the kind of each of a few thousand hits.)
    var tally = Array(repeating: 0, count: SearchKind.allCases.count)
    for hit in hits { tally[hit.kind.index] += 1 }
    var counts: [SearchKind: Int] = [:]
    for (kind, n) in zip(SearchKind.allCases, tally) where n > 0 { counts[kind] = n }
    return RankedMatches(hits: hits, counts: counts)
  }

  /// A set too large to list (`rangeCounts` per kind range, with the first matches of each
  /// range): the names that start with the query, then the first matches of each kind in kind
  /// order, up to `scoredLimit`, are scored; the rest stays in the index (`SearchTail`), counted,
  /// its first pages known.
  func rankCounted(_ db: DirectConnection, _ matcher: SearchMatcher, _ rangeCounts: [Int], _ firsts: [[Int64]]) throws
    -> RankedMatches
  {
    var counts: [SearchKind: Int] = [:]
    for i in ranges.indices where wanted(ranges[i].kind) && rangeCounts[i] > 0 {
      counts[ranges[i].kind, default: 0] += rangeCounts[i]
    }
    // (A name that starts with the query has every word of it: it is one of the matches.)
    var head = try starts(db, limit: Catalogue.scoredLimit)
    let first = RowidSet(head)
    for k in Catalogue.kindOrder where wanted(k) {
      for i in ranges.indices where ranges[i].kind == k && head.count < Catalogue.scoredLimit {
        head += firsts[i].lazy.filter { !first.contains($0) }.prefix(Catalogue.scoredLimit - head.count)
      }
    }
    let hits = try score(db, head, soldElsewhere: nil)
    let scoredSet = RowidSet(head)
    var scored: [SearchKind: [Int64]] = [:]
    for id in head { if let k = kind(id) { scored[k, default: []].append(id) } }
    var rest: [SearchKind: Int] = [:]
    var known: [SearchKind: [Int64]] = [:]
    for (k, n) in counts {
      rest[k] = max(0, n - (scored[k]?.count ?? 0))
      // The first unscored matches of the kind, as the index pages them (up to the first range
      // that was not kept whole).
      var ids: [Int64] = []
      for i in ranges.indices where ranges[i].kind == k {
        ids += firsts[i].filter { !scoredSet.contains($0) }
        if firsts[i].count < rangeCounts[i] { break }
      }
      known[k] = ids
    }
    return RankedMatches(
      hits: hits, counts: counts, tail: SearchTail(matcher: matcher, scored: scored, counts: rest, known: known))
  }

  /// Reads the names of `ids`, scores them and orders them best first.
  func score(_ db: DirectConnection, _ ids: [Int64], soldElsewhere: FingerprintCounts?) throws -> [SearchHit] {
    var scored: [Catalogue.Candidate] = []
    scored.reserveCapacity(ids.count)
    // In slices of rowids (one statement each), reading only the folded names.
    var start = 0
    while start < ids.count {
      let slice = ids[start..<min(ids.count, start + 2_000)]
      start += slice.count
      // The rowids as one JSON array argument: one prepared statement for every keystroke,
      // stepped here (no `ReadRow` closure copying each name; this loop is the search's hot
      // path). The names are scored where SQLite holds them, valid until the next step.
      let list = RowidList.json(slice)
      let sql =
        "SELECT s.rowid, s.name, s.zh, s.py, s.extra, s.ref, s.owner FROM json_each(?) j "
        + "JOIN search_item s ON s.rowid = j.value"
      let handle = try db.statement(sql, [.text(list)]).handle
      func bytes(_ column: Int32) -> SearchRanking.Bytes {
        guard let text = sqlite3_column_text(handle, column) else { return SearchRanking.Bytes(start: nil, count: 0) }
        return SearchRanking.Bytes(start: text, count: Int(sqlite3_column_bytes(handle, column)))
      }
      var status = sqlite3_step(handle)
      while status == SQLITE_ROW {
        defer { status = sqlite3_step(handle) }
        let rowid = sqlite3_column_int64(handle, 0)
        guard let k = kind(rowid) else { continue }
        let boosted = !boost.isEmpty && boost.contains("\(k.rawValue):\(String(decoding: bytes(5), as: UTF8.self))")
        let en = bytes(1)
        guard
          let score = SearchRanking.score(
            query, kind: k, en: en, zh: bytes(2), pinyin: bytes(3), extra: bytes(4), fuzzy: fuzzy, partial: partial,
            boosted: boosted)
        else { continue }
        var candidate = Catalogue.Candidate(
          hit: SearchHit(rowid: rowid, kind: k, score: score.value, match: score.match))
        if k == .product {
          candidate.base = SearchRanking.fingerprint(SearchRanking.Bytes(rebasing: en[..<SearchRanking.baseLength(en)]))
          candidate.owner = SearchRanking.fingerprint(bytes(6))
        }
        if k == .exhibitor { candidate.owner = SearchRanking.fingerprint(bytes(5)) }
        scored.append(candidate)
      }
      sqlite3_reset(handle)
      guard status == SQLITE_DONE else { throw SQLiteError(code: status, message: "search: step failed", sql: sql) }
    }
    // An exhibitor that sells many of the matching products before one that sells a few (the
    // amber traders before the winery with an amber wine).
    var sold = soldElsewhere ?? FingerprintCounts(capacity: scored.count)
    for candidate in scored where candidate.hit.kind == .product { sold.add(candidate.owner) }
    if sold.count > 0 {
      for i in scored.indices where scored[i].hit.kind == .exhibitor {
        let n = sold[scored[i].owner]
        if n > 0 { scored[i].hit.score += min(200, 40 * log2(1 + Double(n))) }
      }
    }
    scored.sort { $0.hit.score != $1.hit.score ? $0.hit.score > $1.hit.score : $0.hit.rowid < $1.hit.rowid }
    Catalogue.diversify(&scored)
    var hits = scored.map(\.hit)
    Catalogue.blend(&hits)
    return hits
  }
}

extension Catalogue {
  /// The matches of `kind` in `results`, from `offset`: the scored ones in rank order, then (a
  /// large set) the rest from the index in rowid order.
  public func hits(_ results: SearchResults, kind: SearchKind, offset: Int, limit: Int) throws -> [SearchHit] {
    let offset = max(0, offset)
    let out = Array(results.hits.lazy.filter { $0.kind == kind }.dropFirst(offset).prefix(max(0, limit)))
    guard let tail = results.tail, out.count < limit else { return out }
    let scored = results.hits.lazy.filter { $0.kind == kind }.count
    return out + (try tailHits(tail, kind, offset: max(0, offset - scored), limit: limit - out.count))
  }

  /// Every kind's matches in order, from `offset`: the scored ones in rank order, then each kind's
  /// rest in kind order.
  public func hits(_ results: SearchResults, offset: Int, limit: Int) throws -> [SearchHit] {
    let offset = max(0, offset)
    var out = Array(results.hits.dropFirst(offset).prefix(max(0, limit)))
    guard let tail = results.tail, out.count < limit else { return out }
    var skip = max(0, offset - results.hits.count)
    for kind in Catalogue.kindOrder where out.count < limit {
      let n = tail.counts[kind] ?? 0
      if skip >= n {
        skip -= n
        continue
      }
      out += try tailHits(tail, kind, offset: skip, limit: limit - out.count)
      skip = 0
    }
    return out
  }

  /// A page of the matches of `kind` that were counted but not scored.
  func tailHits(_ tail: SearchTail, _ kind: SearchKind, offset: Int, limit: Int) throws -> [SearchHit] {
    guard limit > 0, offset < tail.counts[kind] ?? 0 else { return [] }
    let known = tail.known[kind] ?? []
    if offset + limit <= known.count || known.count == tail.counts[kind] {
      return known.dropFirst(offset).prefix(limit).map {
        SearchHit(rowid: $0, kind: kind, score: 0, match: .otherField)
      }
    }
    let scored = RowidList.json(tail.scored[kind] ?? [])
    let ranges = try kindRanges().filter { $0.kind == kind }.map(\.range)
    var out: [SearchHit] = []
    var skip = offset
    try read { db in
      for range in ranges where out.count < limit {
        let ids = try Catalogue.rowids(
          db,
          tail.matcher.select(
            "rowid", range: range, extra: " AND rowid NOT IN (SELECT value FROM json_each(?))", limited: true,
            offset: true),
          tail.matcher.arguments + [scored], [limit - out.count, skip])
        out += ids.map { SearchHit(rowid: $0, kind: kind, score: 0, match: .otherField) }
        // (A kind is one range as the compiler writes it; should it be several, the next range
        // starts after this one's unscored matches.)
        if ids.isEmpty, skip > 0, range != ranges.last {
          let counted = try tail.matcher.counts(db, [range])[0]
          let scoredHere = (tail.scored[kind] ?? []).filter { range.contains($0) }.count
          skip = max(0, skip - (counted - scoredHere))
        } else {
          skip = 0
        }
      }
    }
    return out
  }
}
