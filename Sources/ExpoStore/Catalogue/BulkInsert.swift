import ExpoModel
import GRDB
import GRDBSQLite

/// One prepared INSERT run a million times while a catalogue is compiled, bound through SQLite's
/// C API. GRDB's `execute(arguments:)` boxes every value in an existential and goes through its
/// observation machinery for each row: at a million products that was a third of the compile.
/// Values are bound by position (1-based, in the statement's order), then `step()` runs the row.
struct BulkInsert {
  private let statement: Statement
  private var handle: OpaquePointer { statement.sqliteStatement }
  private var column: Int32 = 0

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
  }

  /// SQLite copies the bytes before the call returns (SQLITE_TRANSIENT).
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  mutating func text(_ value: String?) {
    column += 1
    guard var value else {
      sqlite3_bind_null(handle, column)
      return
    }
    let handle = self.handle
    let column = self.column
    value.withUTF8 { bytes in
      if let base = bytes.baseAddress {
        _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          sqlite3_bind_text(handle, column, $0, Int32(bytes.count), BulkInsert.transient)
        }
      } else {
        _ = sqlite3_bind_text(handle, column, "", 0, BulkInsert.transient)
      }
    }
  }

  mutating func int(_ value: Int?) {
    column += 1
    if let value { sqlite3_bind_int64(handle, column, Int64(value)) } else { sqlite3_bind_null(handle, column) }
  }

  mutating func int(_ value: Int64) {
    column += 1
    sqlite3_bind_int64(handle, column, value)
  }

  /// Inserts the row bound so far and starts the next one.
  mutating func step() throws {
    column = 0
    let code = sqlite3_step(handle)
    if code == SQLITE_DONE {
      sqlite3_reset(handle)
      return
    }
    let message = sqlite3_db_handle(handle).map { String(cString: sqlite3_errmsg($0)) }
    sqlite3_reset(handle)
    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
  }
}

extension DatabaseQueue {
  /// A connection that writes a new database file in bulk: no journal, no syncs (a failed build
  /// is deleted, never used), sorting in memory, a page cache of `cacheMegabytes`, and `sortThreads`
  /// helper threads for SQLite's sorter (index builds).
  static func bulkWriter(path: String, cacheMegabytes: Int, sortThreads: Int = 0) throws -> DatabaseQueue {
    var config = Configuration()
    config.journalMode = .default
    let queue = try DatabaseQueue(path: path, configuration: config)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;
          PRAGMA cache_size = -\(cacheMegabytes * 1024); PRAGMA temp_store = MEMORY; PRAGMA threads = \(sortThreads)
          """)
    }
    return queue
  }
}
