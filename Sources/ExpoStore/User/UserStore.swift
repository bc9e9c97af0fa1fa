import ExpoModel
import Foundation
import GRDB

/// The user's own data (bookmarks, notes, visited marks) in its own SQLite file, apart from the
/// catalogue: recompiling or replacing a catalogue never touches it. Every change is one committed
/// transaction in WAL mode with `synchronous = FULL`; several processes may write at once.
public final class UserStore: Sendable {
  /// One connection (a `DatabaseQueue` in WAL mode); a read-only file is read through a read-only
  /// pool.
  let database: any DatabaseWriter
  public let path: String
  /// Set when the file could not be read and was moved aside (the path it was moved to).
  public let recoveredFrom: String?
  /// The file can be read but not written (a read-only file system, an immutable file): the
  /// bookmarks are shown, and every change fails with `UserStoreError.readOnly`.
  public let isReadOnly: Bool

  /// How long a write waits for a lock another process holds before it says so.
  static let lockWait: TimeInterval = 1

  /// `$EXPO_USER_DATA`, else `$XDG_DATA_HOME/expo-guide/user.sqlite` (or ~/.local/share/…).
  public static func defaultPath(environment: [String: String] = ProcessEnvironment.variables) -> String {
    if let explicit = environment["EXPO_USER_DATA"], !explicit.isEmpty { return explicit }
    return Paths.joined(dataFolderPath(environment: environment), "user.sqlite")
  }

  /// The guide's folder of the user's data: `$XDG_DATA_HOME/expo-guide` (or
  /// `~/.local/share/expo-guide`): bookmarks, kept versions, followed sources.
  public static func dataFolder(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    URL(fileURLWithPath: dataFolderPath(environment: environment), isDirectory: true)
  }

  /// `dataFolder` as a path. (Made of strings: the guide's start asks for it before anything
  /// else, and Foundation's first `URL` cost a quarter of a millisecond there.)
  public static func dataFolderPath(environment: [String: String] = ProcessEnvironment.variables) -> String {
    let base: String
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      base = Paths.joined(home, ".local/share")
    }
    return Paths.joined(base, "expo-guide")
  }

  /// Opens (or creates) the user file. Only a file that is not a database (or is corrupt) is moved
  /// aside — with a timestamp, never deleted or overwritten — and a new one started; a file that is
  /// merely busy (another instance is writing) is waited for.
  public init(path: String) throws {
    self.path = path
    // (Its folder is made only when the file is not there yet: Foundation's first URL and file
    // manager cost a quarter of a millisecond of the start's bookmarks thread.)
    if access(path, F_OK) != 0 {
      try FileManager.default.createDirectory(
        at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
    }
    do {
      (database, recoveredFrom) = try UserStore.openOrRecover(path)
      isReadOnly = false
    } catch  where UserStore.isReadOnlyError(error) {
      database = try UserStore.openReadOnly(path)
      recoveredFrom = nil
      isReadOnly = true
    } catch  where UserStore.isBusy(error) {
      throw UserStoreError.locked(path)
    }
  }

  static func isReadOnlyError(_ error: Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN
  }

  /// A file that cannot be written is still read (its bookmarks shown).
  private static func openReadOnly(_ path: String) throws -> DatabasePool {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(lockWait)
    let pool = try DatabasePool(path: path, configuration: config)
    _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark") }
    return pool
  }

  /// A change: refused at once on a read-only file, and named when another process holds the lock
  /// for more than `lockWait`, instead of waiting without a word.
  private func change<T>(_ body: @Sendable (Database) throws -> T) throws -> T {
    if isReadOnly { throw UserStoreError.readOnly(path) }
    do {
      return try database.write(body)
    } catch  where UserStore.isBusy(error) {
      throw UserStoreError.locked(path)
    } catch  where UserStore.isReadOnlyError(error) {
      throw UserStoreError.readOnly(path)
    }
  }

  static func isBusy(_ error: Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
  }

  /// Two processes creating the file at once: the second one's migration finds the table (or the
  /// migration record) the first one just made. Opening again sees the finished file.
  static func isCreationRace(_ error: Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CONSTRAINT
      || error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("already exists")
  }

  /// WAL mode for the connection. Two processes making the file at once both ask for it, and
  /// SQLite answers one of them BUSY at once (a lock it cannot wait for without a deadlock, so its
  /// busy timeout does not apply): asked again a moment later, it finds the file in WAL mode. A
  /// file held longer than `lockWait` is still named as locked.
  static func useWAL(_ db: Database) throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(lockWait * 1000))
    while true {
      do {
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw DatabaseError(message: "could not use WAL mode (journal mode \(mode ?? "unknown"))")
        }
        return
      } catch  where isBusy(error) && clock.now < deadline {
        usleep(10_000)
      }
    }
  }

  static func isUnreadable(_ error: Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
  }

  private static func openOrRecover(_ path: String) throws -> (DatabaseQueue, String?) {
    var attempt = 0
    while true {
      do {
        return (try open(path), nil)
      } catch  where isCreationRace(error) && attempt < 100 {
        attempt += 1
        usleep(50_000)
      } catch  where isUnreadable(error) {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "-")
        let aside = "\(path).unreadable-\(stamp)"
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
          try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return (try open(path), aside)
      }
    }
  }

  /// One connection for reading and writing: a pool opened a second one (a reader) to check the
  /// file, 0.3–0.5 ms of the guide's start that its first screen waited for. WAL mode as before,
  /// so other processes still read while one writes.
  private static func open(_ path: String) throws -> DatabaseQueue {
    var config = Configuration()
    config.busyMode = .timeout(lockWait)
    // WAL set here, not with GRDB's `journalMode = .wal`: that one also writes and syncs a
    // throwaway table whenever the -wal file is missing or empty (as at every start: the last
    // connection to close removes it), for database pools' readers, which this file does not
    // have (2–3 ms of the first screen, most of it an fdatasync), and then sets `synchronous =
    // NORMAL` over ours.
    config.prepareDatabase { db in
      try UserStore.useWAL(db)
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    let queue = try DatabaseQueue(path: path, configuration: config)
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS bookmark(
            expo TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, created REAL NOT NULL,
            note TEXT NOT NULL DEFAULT '', visited INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(expo, kind, item)) WITHOUT ROWID
          """)
    }
    try migrator.migrate(queue)
    // A readable file of someone else's: refuse rather than write into it.
    _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark") }
    return queue
  }

  /// Every bookmark of an expo, oldest first.
  public func bookmarks(expo: String) throws -> [Bookmark] {
    try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT kind, item, created, note, visited FROM bookmark WHERE expo = ? ORDER BY created, kind, item",
        arguments: [expo]
      ).compactMap { row in
        guard let kind = BookmarkKind(rawValue: row[0]) else { return nil }
        return Bookmark(
          key: BookmarkKey(kind, row[1]), created: Date(timeIntervalSince1970: row[2]), note: row[3], visited: row[4])
      }
    }
  }

  public func keys(expo: String) throws -> Set<BookmarkKey> { Set(try bookmarks(expo: expo).map(\.key)) }

  /// Adds or removes a bookmark; returns whether it is bookmarked now.
  @discardableResult
  public func toggle(_ key: BookmarkKey, expo: String, now: Date = Date()) throws -> Bool {
    try change { db in
      let existing = try Int.fetchOne(
        db, sql: "SELECT 1 FROM bookmark WHERE expo = ? AND kind = ? AND item = ?",
        arguments: [expo, key.kind.rawValue, key.id])
      if existing != nil {
        try db.execute(
          sql: "DELETE FROM bookmark WHERE expo = ? AND kind = ? AND item = ?",
          arguments: [expo, key.kind.rawValue, key.id])
        return false
      }
      try db.execute(
        sql: "INSERT INTO bookmark(expo, kind, item, created) VALUES (?, ?, ?, ?)",
        arguments: [expo, key.kind.rawValue, key.id, now.timeIntervalSince1970])
      return true
    }
  }

  /// Adds a bookmark if missing (import); returns whether it was new.
  @discardableResult
  public func add(_ key: BookmarkKey, expo: String, note: String = "", visited: Bool = false, now: Date = Date()) throws
    -> Bool
  {
    try change { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO bookmark(expo, kind, item, created, note, visited) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [expo, key.kind.rawValue, key.id, now.timeIntervalSince1970, note, visited])
      return db.changesCount > 0
    }
  }

  /// Moves a bookmark to another item of its kind (the same session under a new id in a new
  /// version of the data), with its time, note and visited mark; false when there is none to move
  /// or the other item is bookmarked already.
  @discardableResult
  public func move(_ key: BookmarkKey, to other: BookmarkKey, expo: String) throws -> Bool {
    guard key.kind == other.kind, key != other else { return false }
    return try change { db in
      try db.execute(
        sql: """
          UPDATE bookmark SET item = ? WHERE expo = ? AND kind = ? AND item = ?
            AND NOT EXISTS (SELECT 1 FROM bookmark WHERE expo = ? AND kind = ? AND item = ?)
          """,
        arguments: [other.id, expo, key.kind.rawValue, key.id, expo, other.kind.rawValue, other.id])
      return db.changesCount > 0
    }
  }

  public func setNote(_ note: String, for key: BookmarkKey, expo: String) throws {
    try change { db in
      try db.execute(
        sql: "UPDATE bookmark SET note = ? WHERE expo = ? AND kind = ? AND item = ?",
        arguments: [note, expo, key.kind.rawValue, key.id])
    }
  }

  public func setVisited(_ visited: Bool, for key: BookmarkKey, expo: String) throws {
    try change { db in
      try db.execute(
        sql: "UPDATE bookmark SET visited = ? WHERE expo = ? AND kind = ? AND item = ?",
        arguments: [visited, expo, key.kind.rawValue, key.id])
    }
  }
}

/// Why the user's file could not be changed.
public enum UserStoreError: Error, CustomStringConvertible, Equatable {
  case readOnly(String)
  case locked(String)

  public var description: String {
    switch self {
    case .readOnly(let path):
      return "the bookmarks file \(path) is read-only: bookmarks are shown but changes cannot be saved"
    case .locked(let path):
      return "the bookmarks file \(path) is locked by another program (another guide or import?); try again"
    }
  }
}
