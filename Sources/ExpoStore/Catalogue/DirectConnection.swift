import Foundation
import GRDBSQLite

/// A connection through SQLite's C API, for the files the guide opens at every start: the
/// catalogue (read-only) and the bookmarks file. Prepared statements are kept per SQL text, rows
/// read where SQLite holds them, and one lock is held around each use (`serialized`).
///
/// Why not GRDB here (docs/decisions.md, "The catalogue and the bookmarks without GRDB"): GRDB's
/// connection set-up, its serial queue and the statement authorizer it calls back for every
/// column of every statement prepared were about a fifth of a one-shot `expo search`, and the
/// first use of each of its generic types is resolved by mangled name at run time (a scan of the
/// static executable's conformance records each). Both files are read and written only by SQL we
/// write, so they need none of what GRDB adds; GRDB still writes catalogues (the compiler) and
/// checks one from elsewhere (`CatalogueCheck`).
final class DirectConnection: @unchecked Sendable {
  private let handle: OpaquePointer
  /// Prepared statements by SQL text (a keystroke's queries are a few dozen texts, each
  /// prepared once per connection).
  private var statements: [String: KeptStatement] = [:]
  private let lock = NSLock()

  /// Opens `path` read-only, or for reading and writing (made when missing) when `writable`.
  /// A read-only `path` may be a `file:` URI (`immutable=1`, a packed catalogue's VFS); a
  /// writable one is always a file name (a user's "file:notes.sqlite" is a file of that name).
  init(path: String, writable: Bool = false) throws {
    var opened: OpaquePointer?
    let mode = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
    let status = sqlite3_open_v2(path, &opened, mode | SQLITE_OPEN_NOMUTEX, nil)
    guard status == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(opened)
      throw SQLiteError(code: status, message: message, sql: nil)
    }
    sqlite3_extended_result_codes(opened, 1)
    handle = opened
  }

  deinit {
    for statement in statements.values { sqlite3_finalize(statement.handle) }
    sqlite3_close_v2(handle)
  }

  /// The connection's SQLite handle (to register functions on it).
  var sqliteConnection: OpaquePointer { handle }

  /// Runs `body` alone on the connection (the guide reads from its loop and from prefetching).
  /// Not reentrant: a use never starts another.
  func serialized<T>(_ body: (DirectConnection) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(self)
  }

  /// The statement of `sql`, prepared once, reset and with `arguments` bound.
  func statement(_ sql: String, _ arguments: [SQLArgument] = []) throws -> KeptStatement {
    let statement: KeptStatement
    if let known = statements[sql] {
      statement = known
      sqlite3_reset(statement.handle)
      sqlite3_clear_bindings(statement.handle)
    } else {
      var prepared: OpaquePointer?
      let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
      guard status == SQLITE_OK, let prepared else {
        sqlite3_finalize(prepared)
        throw error(status, sql)
      }
      statement = KeptStatement(handle: prepared)
      statements[sql] = statement
    }
    for (i, argument) in arguments.enumerated() {
      let status = argument.bind(statement.handle, Int32(i + 1))
      guard status == SQLITE_OK else { throw error(status, sql) }
    }
    return statement
  }

  /// Every row of `sql`, each made by `make` while SQLite holds it.
  func rows<T>(_ sql: String, _ arguments: [SQLArgument] = [], _ make: (ReadRow) throws -> T) throws -> [T] {
    let statement = try statement(sql, arguments)
    defer { sqlite3_reset(statement.handle) }
    var out: [T] = []
    var status = sqlite3_step(statement.handle)
    while status == SQLITE_ROW {
      out.append(try make(ReadRow(statement: statement)))
      status = sqlite3_step(statement.handle)
    }
    guard status == SQLITE_DONE else { throw error(status, sql) }
    return out
  }

  /// The first row of `sql` made by `make`, nil when there is none.
  func first<T>(_ sql: String, _ arguments: [SQLArgument] = [], _ make: (ReadRow) throws -> T) throws -> T? {
    let statement = try statement(sql, arguments)
    defer { sqlite3_reset(statement.handle) }
    let status = sqlite3_step(statement.handle)
    if status == SQLITE_DONE { return nil }
    guard status == SQLITE_ROW else { throw error(status, sql) }
    return try make(ReadRow(statement: statement))
  }

  /// The first column of the first row of `sql`: nil when there is no row or it is NULL.
  func value<T: SQLColumnValue>(_ sql: String, _ arguments: [SQLArgument] = []) throws -> T? {
    try first(sql, arguments) { row -> T? in row[0] } ?? nil
  }

  /// The first column of every row of `sql` (NULLs left out).
  func values<T: SQLColumnValue>(_ sql: String, _ arguments: [SQLArgument] = []) throws -> [T] {
    try rows(sql, arguments) { row -> T? in row[0] }.compactMap { $0 }
  }

  /// Runs `sql` to its end (a change, a pragma; rows it returns are skipped).
  func execute(_ sql: String, _ arguments: [SQLArgument] = []) throws {
    let statement = try statement(sql, arguments)
    defer { sqlite3_reset(statement.handle) }
    var status = sqlite3_step(statement.handle)
    while status == SQLITE_ROW { status = sqlite3_step(statement.handle) }
    guard status == SQLITE_DONE else { throw error(status, sql) }
  }

  /// Runs `body` in a transaction that takes the write lock first (`BEGIN IMMEDIATE`: waiting for
  /// another writer goes through the busy timeout, which a read lock raised to a write lock would
  /// not); rolled back when `body` throws.
  func transaction<T>(_ body: (DirectConnection) throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body(self)
      try execute("COMMIT")
      return result
    } catch {
      if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
      throw error
    }
  }

  /// The rows the last change made, changed or removed.
  var changes: Int { Int(sqlite3_changes(handle)) }

  /// Whether SQLite opened the file read-only (a file that cannot be written, asked for writing).
  var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

  /// How long a statement waits for a lock another connection holds before it fails BUSY. It
  /// asks again every millisecond: SQLite's own timeout sleeps longer and longer (up to 100 ms),
  /// and a process that writes without pause took the lock back at every try, so the other one
  /// gave up within its second under load (`BookmarkCLITests`' two writers, 3 pairs of 8).
  func waitForLocks(milliseconds: Int32) {
    sqlite3_busy_handler(
      handle,
      { context, tries in
        guard tries < Int32(truncatingIfNeeded: Int(bitPattern: context)) else { return 0 }
        usleep(1_000)
        return 1
      }, UnsafeMutableRawPointer(bitPattern: Int(max(1, milliseconds))))
  }

  private func error(_ status: Int32, _ sql: String) -> SQLiteError {
    SQLiteError(code: status, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
  }
}

/// A prepared statement of a `DirectConnection` (finalized with it).
final class KeptStatement {
  let handle: OpaquePointer
  /// The result columns by name, read the first time a column is asked for by name.
  private var names: [String: Int32]?

  init(handle: OpaquePointer) { self.handle = handle }

  /// The position of the result column `name` (-1 when there is none: read as NULL).
  func column(_ name: String) -> Int32 {
    if let names { return names[name] ?? -1 }
    var made: [String: Int32] = [:]
    for i in 0..<sqlite3_column_count(handle) {
      // (The first of a name given twice, as a SELECT's reader expects.)
      if let text = sqlite3_column_name(handle, i), case let name = String(cString: text), made[name] == nil {
        made[name] = i
      }
    }
    names = made
    return made[name] ?? -1
  }
}

/// The current row of a statement being stepped (valid until the next step).
struct ReadRow {
  let statement: KeptStatement

  /// The column at `index`.
  subscript<T: SQLColumnValue>(_ index: Int) -> T { T.read(statement.handle, Int32(index)) }

  /// The column named `name` (as the SELECT names it).
  subscript<T: SQLColumnValue>(_ name: String) -> T { T.read(statement.handle, statement.column(name)) }
}

/// A type a result column is read as. A catalogue is checked before it is first read
/// (`CatalogueCheck`); a value of another type than asked is converted as SQLite converts it,
/// and NULL read as a value that is not optional is empty or zero (never a crash).
protocol SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Self
}

extension String: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> String {
    guard let text = sqlite3_column_text(statement, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }
}

extension Int64: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
}

extension Int: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }
}

extension Double: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Double { sqlite3_column_double(statement, column) }
}

extension Bool: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Bool { sqlite3_column_int64(statement, column) != 0 }
}

extension Optional: SQLColumnValue where Wrapped: SQLColumnValue {
  static func read(_ statement: OpaquePointer, _ column: Int32) -> Wrapped? {
    sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Wrapped.read(statement, column)
  }
}

/// A value bound to a `?` of a statement.
enum SQLArgument: Sendable, Hashable {
  case text(String)
  case integer(Int64)
  case real(Double)

  static func int(_ value: Int) -> SQLArgument { .integer(Int64(value)) }

  func bind(_ statement: OpaquePointer, _ index: Int32) -> Int32 {
    switch self {
    case .text(let text):
      // (The length given: a text with a NUL in it is bound whole.)
      text.withCString { sqlite3_bind_text(statement, index, $0, Int32(text.utf8.count), DirectConnection.transient) }
    case .integer(let value): sqlite3_bind_int64(statement, index, value)
    case .real(let value): sqlite3_bind_double(statement, index, value)
    }
  }
}

extension DirectConnection {
  /// SQLite copies the bound text before the call returns.
  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A failed SQLite call: its result code, SQLite's message and the statement.
struct SQLiteError: Error, CustomStringConvertible {
  var code: Int32
  var message: String
  var sql: String?

  /// The primary result code (`code` is the extended one: SQLITE_READONLY_DBMOVED is READONLY).
  var primary: Int32 { code & 0xff }

  var description: String {
    "SQLite error \(code): \(message)" + (sql.map { " (while running: \($0.prefix(200)))" } ?? "")
  }
}
