import Foundation
import GRDB
import GRDBSQLite

/// One pass over a query's matches: the SQL aggregate `expo_collect(rowid)` counts the matches of
/// each kind range and keeps the first few thousand of each, so that a keystroke runs the query
/// once whatever the size of the set (a broad prefix costs its expansion in FTS5 at every
/// statement; listing, counting and reading the first matches were three).
///
/// Registered on the catalogue's one connection; used only inside its serialised reads (`reset`,
/// the statement, then the results), hence `@unchecked Sendable`.
final class SearchCollector: @unchecked Sendable {
  private(set) var ranges: [ClosedRange<Int64>] = []
  private(set) var counts: [Int] = []
  /// The first `cap` matches of each range, in the order the query returned them.
  private(set) var firsts: [[Int64]] = []
  private var cap = 0
  private var last = 0

  func reset(_ ranges: [ClosedRange<Int64>], cap: Int) {
    self.ranges = ranges
    counts = ranges.map { _ in 0 }
    firsts = ranges.map { _ in [] }
    self.cap = cap
    last = 0
  }

  @inline(__always) func add(_ rowid: Int64) {
    // Matches come in rowid order (or name order for one letter): the last range first.
    if last < ranges.count, ranges[last].contains(rowid) {
    } else if let i = ranges.firstIndex(where: { $0.contains(rowid) }) {
      last = i
    } else {
      return
    }
    counts[last] += 1
    if firsts[last].count < cap { firsts[last].append(rowid) }
  }

  /// Registers `expo_collect` on `db`'s connection, feeding `collector`.
  static func register(_ collector: SearchCollector, on db: Database) throws {
    let status = sqlite3_create_function_v2(
      db.sqliteConnection, "expo_collect", 1, SQLITE_UTF8, Unmanaged.passUnretained(collector).toOpaque(), nil,
      { context, _, values in
        guard let data = sqlite3_user_data(context), let value = values?[0] else { return }
        Unmanaged<SearchCollector>.fromOpaque(data).takeUnretainedValue().add(sqlite3_value_int64(value))
      },
      { context in sqlite3_result_int64(context, 0) }, nil)
    guard status == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: status), message: "search: cannot register expo_collect")
    }
  }
}
