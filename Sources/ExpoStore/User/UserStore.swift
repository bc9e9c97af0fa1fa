import ExpoModel
import Foundation
import GRDBSQLite

/// The user's own data (bookmarks, notes, visited marks) in its own SQLite file, apart from the
/// catalogue: recompiling or replacing a catalogue never touches it. Every change is one committed
/// transaction in WAL mode with `synchronous = FULL`; several processes may write at once.
public final class UserStore: Sendable {
  /// One connection for reading and writing (read-only for a file that cannot be written), in
  /// WAL mode, so other processes still read while one writes.
  let connection: DirectConnection
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
    guard !path.isEmpty, path != ":memory:" else { throw UserStoreError.unusable(path, reason: "not a file name") }
    // (Its folder is made only when the file is not there yet: Foundation's first URL and file
    // manager cost a quarter of a millisecond of the start's bookmarks thread.)
    if access(path, F_OK) != 0 {
      do {
        try FileManager.default.createDirectory(
          at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
      } catch {
        throw UserStoreError.unusable(path, reason: "its folder cannot be made (\(error.localizedDescription))")
      }
    }
    do {
      do {
        (connection, recoveredFrom) = try UserStore.openOrRecover(path)
        // (A file SQLite could open only for reading: an immutable file, a read-only folder.)
        isReadOnly = connection.isReadOnly
      } catch  where UserStore.isReadOnlyError(error) {
        connection = try UserStore.openReadOnly(path)
        recoveredFrom = nil
        isReadOnly = true
      }
    } catch  where UserStore.isBusy(error) {
      throw UserStoreError.locked(path)
    } catch let error as UserStoreError {
      throw error
    } catch {
      throw UserStoreError.unusable(path, reason: UserStore.reason(error))
    }
  }

  /// What went wrong, in SQLite's words (its message, not the statement).
  static func reason(_ error: Error) -> String {
    (error as? SQLiteError)?.message ?? (error as NSError).localizedDescription
  }

  /// The primary SQLite result code of `error` (nil for another error).
  static func code(_ error: Error) -> Int32? { (error as? SQLiteError)?.primary }

  static func isReadOnlyError(_ error: Error) -> Bool {
    code(error) == SQLITE_READONLY || code(error) == SQLITE_CANTOPEN
  }

  /// A file that cannot be written is still read (its bookmarks shown). In a folder that cannot
  /// be written either, SQLite cannot make the WAL's index beside it: the file is then read as
  /// immutable (its WAL, emptied when the last writer closed it, is not read).
  private static func openReadOnly(_ path: String) throws -> DirectConnection {
    func opened(_ name: String) throws -> DirectConnection {
      let connection = try DirectConnection(path: name)
      connection.waitForLocks(milliseconds: Int32(lockWait * 1000))
      try connection.serialized { db in try checkShape(db, path) }
      return connection
    }
    do {
      return try opened(path)
    } catch  where isReadOnlyError(error) {
      return try opened("file:" + PackedCatalogue.uriEscaped(PackedCatalogue.absolute(path)) + "?immutable=1")
    }
  }

  /// The bookmarks table as this program writes it (a table of that name with other columns is
  /// someone else's).
  static func checkShape(_ db: DirectConnection, _ path: String) throws {
    do {
      try db.execute("SELECT expo, kind, item, created, note, visited FROM bookmark LIMIT 0")
    } catch  where isBusy(error) || isUnreadable(error) || isReadOnlyError(error) {
      throw error
    } catch {
      throw UserStoreError.unusable(path, reason: "its bookmark table is not this program's (\(reason(error)))")
    }
  }

  /// A change, in one transaction: refused at once on a read-only file, and named when another
  /// process holds the lock for more than `lockWait`, instead of waiting without a word.
  private func change<T>(_ body: (DirectConnection) throws -> T) throws -> T {
    if isReadOnly { throw UserStoreError.readOnly(path) }
    do {
      return try connection.serialized { db in try db.transaction(body) }
    } catch  where UserStore.isBusy(error) {
      throw UserStoreError.locked(path)
    } catch  where UserStore.isReadOnlyError(error) {
      throw UserStoreError.readOnly(path)
    }
  }

  static func isBusy(_ error: Error) -> Bool { code(error) == SQLITE_BUSY || code(error) == SQLITE_LOCKED }

  /// WAL mode for the connection. Two processes making the file at once both ask for it, and
  /// SQLite answers one of them BUSY at once (a lock it cannot wait for without a deadlock, so its
  /// busy timeout does not apply): asked again a moment later, it finds the file in WAL mode. A
  /// file held longer than `lockWait` is still named as locked.
  static func useWAL(_ db: DirectConnection) throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(lockWait * 1000))
    while true {
      do {
        let mode: String? = try db.value("PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw SQLiteError(
            code: SQLITE_ERROR, message: "could not use WAL mode (journal mode \(mode ?? "unknown"))", sql: nil)
        }
        return
      } catch  where isBusy(error) && clock.now < deadline {
        usleep(10_000)
      }
    }
  }

  static func isUnreadable(_ error: Error) -> Bool { code(error) == SQLITE_NOTADB || code(error) == SQLITE_CORRUPT }

  private static func openOrRecover(_ path: String) throws -> (DirectConnection, String?) {
    do {
      return (try open(path), nil)
    } catch  where isUnreadable(error) {
      // (Another process may have moved it aside and started a new file meanwhile.)
      if let again = try? open(path) { return (again, nil) }
      let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "-")
      // A name no file has yet: a second unreadable file within the second is kept too.
      var aside = "\(path).unreadable-\(stamp)"
      var n = 1
      while access(aside, F_OK) == 0 {
        n += 1
        aside = "\(path).unreadable-\(stamp)-\(n)"
      }
      do {
        try FileManager.default.moveItem(atPath: path, toPath: aside)
      } catch  where access(path, F_OK) != 0 {
        // Moved by another process first: open what is there now.
        return (try open(path), nil)
      }
      for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
        try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
      }
      return (try open(path), aside)
    }
  }

  /// The bookmarks table (files made by earlier releases have it, and GRDB's record of the
  /// migration that made it, `grdb_migrations`, which is left as it is).
  static let schema = """
    CREATE TABLE IF NOT EXISTS bookmark(
      expo TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, created REAL NOT NULL,
      note TEXT NOT NULL DEFAULT '', visited INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY(expo, kind, item)) WITHOUT ROWID
    """

  /// One connection for reading and writing, in WAL mode with `synchronous = FULL`. The table is
  /// made only when missing (opening an existing file writes nothing), in a transaction that
  /// holds the write lock, so two processes making the file at once make it once. A database of
  /// something else (tables, none of them ours) is refused before anything is written to it.
  private static func open(_ path: String) throws -> DirectConnection {
    let connection = try DirectConnection(path: path, writable: true)
    connection.waitForLocks(milliseconds: Int32(lockWait * 1000))
    try connection.serialized { db in
      let tables: [String] = try db.values(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
      let ours = tables.contains("bookmark")
      if !tables.isEmpty, !ours {
        let named = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
        throw UserStoreError.unusable(path, reason: "it is a database of something else (tables \(named))")
      }
      try useWAL(db)
      try db.execute("PRAGMA synchronous = FULL")
      if !ours, !db.isReadOnly { try db.transaction { db in try db.execute(schema) } }
      try checkShape(db, path)
    }
    return connection
  }

  /// Every bookmark of an expo, oldest first.
  public func bookmarks(expo: String) throws -> [Bookmark] {
    try connection.serialized { db in
      try db.rows(
        "SELECT kind, item, created, note, visited FROM bookmark WHERE expo = ? ORDER BY created, kind, item",
        [.text(expo)]
      ) { row -> Bookmark? in
        guard let kind = BookmarkKind(rawValue: row[0]) else { return nil }
        return Bookmark(
          key: BookmarkKey(kind, row[1]), created: Date(timeIntervalSince1970: row[2]), note: row[3], visited: row[4])
      }.compactMap { $0 }
    }
  }

  public func keys(expo: String) throws -> Set<BookmarkKey> { Set(try bookmarks(expo: expo).map(\.key)) }

  /// The arguments naming one bookmark.
  private static func naming(_ key: BookmarkKey, _ expo: String) -> [SQLArgument] {
    [.text(expo), .text(key.kind.rawValue), .text(key.id)]
  }

  /// Adds or removes a bookmark; returns whether it is bookmarked now.
  @discardableResult
  public func toggle(_ key: BookmarkKey, expo: String, now: Date = Date()) throws -> Bool {
    try change { db in
      let existing: Int? = try db.value(
        "SELECT 1 FROM bookmark WHERE expo = ? AND kind = ? AND item = ?", UserStore.naming(key, expo))
      if existing != nil {
        try db.execute("DELETE FROM bookmark WHERE expo = ? AND kind = ? AND item = ?", UserStore.naming(key, expo))
        return false
      }
      try db.execute(
        "INSERT INTO bookmark(expo, kind, item, created) VALUES (?, ?, ?, ?)",
        UserStore.naming(key, expo) + [.real(now.timeIntervalSince1970)])
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
        "INSERT OR IGNORE INTO bookmark(expo, kind, item, created, note, visited) VALUES (?, ?, ?, ?, ?, ?)",
        UserStore.naming(key, expo) + [.real(now.timeIntervalSince1970), .text(note), .int(visited ? 1 : 0)])
      return db.changes > 0
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
        """
        UPDATE bookmark SET item = ? WHERE expo = ? AND kind = ? AND item = ?
          AND NOT EXISTS (SELECT 1 FROM bookmark WHERE expo = ? AND kind = ? AND item = ?)
        """,
        [.text(other.id)] + UserStore.naming(key, expo) + UserStore.naming(other, expo))
      return db.changes > 0
    }
  }

  public func setNote(_ note: String, for key: BookmarkKey, expo: String) throws {
    try change { db in
      try db.execute(
        "UPDATE bookmark SET note = ? WHERE expo = ? AND kind = ? AND item = ?",
        [.text(note)] + UserStore.naming(key, expo))
    }
  }

  public func setVisited(_ visited: Bool, for key: BookmarkKey, expo: String) throws {
    try change { db in
      try db.execute(
        "UPDATE bookmark SET visited = ? WHERE expo = ? AND kind = ? AND item = ?",
        [.int(visited ? 1 : 0)] + UserStore.naming(key, expo))
    }
  }
}

/// Why the user's file could not be changed.
public enum UserStoreError: Error, CustomStringConvertible, Equatable {
  case readOnly(String)
  case locked(String)
  /// The file cannot be used at all (someone else's database, a folder, no permission): why.
  case unusable(String, reason: String)

  public var description: String {
    switch self {
    case .readOnly(let path):
      return "the bookmarks file \(path) is read-only: bookmarks are shown but changes cannot be saved"
    case .locked(let path):
      return "the bookmarks file \(path) is locked by another program (another guide or import?); try again"
    case .unusable(let path, let reason):
      return "the bookmarks file \(path) cannot be used: \(reason); give another one with --user-data"
    }
  }
}
