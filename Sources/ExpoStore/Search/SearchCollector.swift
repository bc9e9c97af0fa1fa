import Foundation
import GRDBSQLite

/// One pass over a query's matches: the SQL aggregate `expo_collect(rowid)` counts the matches of
/// each kind range and keeps the first few thousand of each, so that a keystroke runs the query
/// once whatever the size of the set (a broad prefix costs its expansion in FTS5 at every
/// statement; listing, counting and reading the first matches were three).
///
/// It is called once per match (300,000 for "重庆" at a million products), so its step is plain
/// loads and stores: bounds and counts in flat buffers, no exclusivity checks, no retain of the
/// collector. Registered on the catalogue's one connection and used only inside its serialised
/// reads (`reset`, the statement, then the results), hence `@unchecked Sendable`.
final class SearchCollector: @unchecked Sendable {
  @exclusivity(unchecked) private var lower: [Int64] = []
  @exclusivity(unchecked) private var upper: [Int64] = []
  @exclusivity(unchecked) private var tally: [Int] = []
  @exclusivity(unchecked) private var kept: [[Int64]] = []
  @exclusivity(unchecked) private var cap = 0
  @exclusivity(unchecked) private var current = 0

  /// The matches of each range.
  var counts: [Int] { tally }
  /// The first `cap` matches of each range, in the order the query returned them.
  var firsts: [[Int64]] { kept }

  func reset(_ ranges: [ClosedRange<Int64>], cap: Int) {
    lower = ranges.map(\.lowerBound)
    upper = ranges.map(\.upperBound)
    tally = ranges.map { _ in 0 }
    kept = ranges.map { _ in [] }
    self.cap = cap
    current = 0
  }

  @inline(__always) func add(_ rowid: Int64) {
    var i = current
    if i >= lower.count || rowid < lower[i] || rowid > upper[i] {
      // Matches come in rowid order (name order for one letter): a new range is rare.
      guard let found = lower.indices.first(where: { rowid >= lower[$0] && rowid <= upper[$0] }) else { return }
      i = found
      current = i
    }
    tally[i] &+= 1
    if kept[i].count < cap { kept[i].append(rowid) }
  }

  /// Registers `expo_collect` on `connection`, feeding `collector`.
  static func register(_ collector: SearchCollector, on connection: OpaquePointer) throws {
    let status = sqlite3_create_function_v2(
      connection, "expo_collect", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
      Unmanaged.passUnretained(collector).toOpaque(), nil,
      { context, _, values in
        guard let data = sqlite3_user_data(context), let value = values?[0] else { return }
        let rowid = sqlite3_value_int64(value)
        Unmanaged<SearchCollector>.fromOpaque(data)._withUnsafeGuaranteedRef { $0.add(rowid) }
      },
      { context in sqlite3_result_int64(context, 0) }, nil)
    guard status == SQLITE_OK else {
      throw SQLiteError(code: status, message: "search: cannot register expo_collect", sql: nil)
    }
  }
}
