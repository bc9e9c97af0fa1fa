import Foundation
import GRDB
import GRDBSQLite
import Synchronization
import Testing

@testable import ExpoStore

/// The catalogue's own read connection: values as typed, NULLs, arguments bound whole, statements
/// kept and reset, errors that say what failed, and reads from several threads at once.
@Suite struct DirectConnectionTests {
  /// A small database written with GRDB, opened by `DirectConnection`.
  static func connection(_ tmp: TemporaryFolder) throws -> DirectConnection {
    let path = tmp.path("r.sqlite")
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, x REAL)")
      for i in 1...500 {
        try db.execute(
          sql: "INSERT INTO t VALUES (?, ?, ?, ?)",
          arguments: [i, i % 7 == 0 ? nil : "name \(i)", i % 5 == 0 ? nil : i * 10, Double(i) / 4])
      }
      // (A text with a NUL in it, made by SQLite itself.)
      try db.execute(sql: "INSERT INTO t VALUES (1000, 'a' || char(0) || 'b 琥珀', 1, 0)")
    }
    return try DirectConnection(path: path)
  }

  @Test func valuesAreReadAsTypedByPositionAndByName() throws {
    let tmp = try TemporaryFolder()
    let db = try Self.connection(tmp)
    let row = try db.first("SELECT id, name, n, x FROM t WHERE id = ?", [.int(14)]) { r in
      (r[0] as Int, r["name"] as String?, r["n"] as Int64?, r[3] as Double, r["missing"] as String?)
    }
    #expect(row?.0 == 14)
    #expect(row?.1 == nil, "NULL is nil when read as optional")
    #expect(row?.2 == 140)
    #expect(row?.3 == 3.5)
    #expect(row?.4 == nil, "a column the statement does not have reads as NULL")
    // NULL read as a value that is not optional: empty or zero, never a trap.
    let plain = try db.first("SELECT name, n FROM t WHERE id = 35") { r in (r[0] as String, r[1] as Int) }
    #expect(plain?.0 == "" && plain?.1 == 0)
    #expect(try db.first("SELECT id FROM t WHERE id = -1") { r in r[0] as Int } == nil)
    let count: Int? = try db.value("SELECT count(*) FROM t WHERE name IS NULL")
    #expect(count == 71)
    let names: [String] = try db.values("SELECT name FROM t WHERE id <= 14 ORDER BY id")
    #expect(names.count == 12, "NULLs left out of values")
  }

  @Test func aTextArgumentIsBoundWholeWithItsNulAndItsHan() throws {
    let tmp = try TemporaryFolder()
    let db = try Self.connection(tmp)
    let id: Int? = try db.value("SELECT id FROM t WHERE name = ?", [.text("a\u{0}b 琥珀")])
    #expect(id == 1000)
    let name: String? = try db.value("SELECT name FROM t WHERE id = 1000")
    #expect(name == "a\u{0}b 琥珀")
    #expect(try db.value("SELECT id FROM t WHERE name = ?", [.text("a")]) as Int? == nil)
  }

  /// A statement left mid-way (`first`) or reused with other arguments answers from the start.
  @Test func aKeptStatementStartsAgainWithItsNewArguments() throws {
    let tmp = try TemporaryFolder()
    let db = try Self.connection(tmp)
    let sql = "SELECT id FROM t WHERE id > ? ORDER BY id LIMIT ?"
    #expect(try db.first(sql, [.int(10), .int(100)]) { $0[0] as Int } == 11)
    let all = try db.rows(sql, [.int(490), .int(100)]) { $0[0] as Int }
    #expect(all == Array(491...500) + [1000])
    #expect(try db.rows(sql, [.int(0), .int(3)]) { $0[0] as Int } == [1, 2, 3])
    for round in 0..<50 {
      #expect(try db.value(sql, [.int(round), .int(1)]) as Int? == round + 1)
    }
  }

  @Test func aFailedStatementSaysWhatFailedAndTheConnectionGoesOn() throws {
    let tmp = try TemporaryFolder()
    let db = try Self.connection(tmp)
    #expect {
      try db.rows("SELECT nope FROM t") { $0[0] as Int }
    } throws: { error in
      let text = "\(error)"
      return (error as? SQLiteError)?.code == SQLITE_ERROR && text.contains("no such column: nope")
        && text.contains("SELECT nope FROM t")
    }
    // Read-only: a write is refused.
    #expect(throws: SQLiteError.self) { try db.rows("DELETE FROM t") { $0[0] as Int } }
    #expect(try db.value("SELECT count(*) FROM t") as Int? == 501)
  }

  /// A transaction whose body throws leaves nothing behind, and the connection writes on.
  @Test func aFailedTransactionIsRolledBack() throws {
    let tmp = try TemporaryFolder()
    let db = try DirectConnection(path: tmp.path("w.sqlite"), writable: true)
    try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try db.transaction { db in
        try db.execute("INSERT INTO t VALUES (1, ?)", [.text("kept?")])
        #expect(db.changes == 1)
        throw Stop()
      }
    }
    #expect(try db.value("SELECT count(*) FROM t") as Int? == 0)
    // A failing statement inside: rolled back too.
    #expect(throws: SQLiteError.self) {
      try db.transaction { db in
        try db.execute("INSERT INTO t VALUES (2, 'b')")
        try db.execute("INSERT INTO t VALUES (2, 'again')")
      }
    }
    #expect(try db.value("SELECT count(*) FROM t") as Int? == 0)
    try db.transaction { db in try db.execute("INSERT INTO t VALUES (3, ?)", [.real(2.5)]) }
    #expect(try db.value("SELECT name FROM t WHERE id = 3") as Double? == 2.5)
    #expect(!db.isReadOnly)
  }

  @Test func aFileThatIsNotADatabaseIsRefusedAtTheFirstRead() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("not.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    let db = try DirectConnection(path: path)
    #expect {
      try db.value("SELECT count(*) FROM sqlite_schema") as Int?
    } throws: { error in
      ((error as? SQLiteError)?.code ?? 0) & 0xff == SQLITE_NOTADB
    }
    #expect(throws: SQLiteError.self) { try DirectConnection(path: tmp.path("missing/none.sqlite")) }
  }

  /// Reads from several threads at once each get their own answers (one read at a time).
  @Test func readsFromSeveralThreadsDoNotMix() throws {
    let tmp = try TemporaryFolder()
    let db = try Self.connection(tmp)
    let wrong = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      for i in 0..<200 {
        let id = (thread * 37 + i) % 499 + 1
        let got = try? db.serialized { db in
          try db.rows("SELECT id FROM t WHERE id >= ? ORDER BY id LIMIT 3", [.int(id)]) { $0[0] as Int }
        }
        let expected = id == 499 ? [499, 500, 1000] : id == 500 ? [500, 1000] : [id, id + 1, id + 2]
        if got != expected { wrong.withLock { $0 += 1 } }
      }
    }
    #expect(wrong.withLock { $0 } == 0)
  }
}
