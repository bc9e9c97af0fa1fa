import ExpoModel
import Foundation
import GRDB
import Testing

@testable import ExpoStore

@Suite struct UserStoreTests {
  @Test func bookmarksNotesAndVisitedSurviveReopening() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    do {
      let store = try UserStore(path: path)
      #expect(try store.toggle(BookmarkKey(.exhibitor, "ex-1"), expo: "fair") == true)
      #expect(try store.toggle(BookmarkKey(.event, "ev-1"), expo: "fair") == true)
      try store.setNote("Ask for the 30 kg geode · 问价格", for: BookmarkKey(.exhibitor, "ex-1"), expo: "fair")
      try store.setVisited(true, for: BookmarkKey(.exhibitor, "ex-1"), expo: "fair")
      #expect(try store.toggle(BookmarkKey(.event, "ev-1"), expo: "fair") == false)
      try store.toggle(BookmarkKey(.product, "p-1"), expo: "other-fair")
    }
    let reopened = try UserStore(path: path)
    let marks = try reopened.bookmarks(expo: "fair")
    #expect(marks.map(\.key) == [BookmarkKey(.exhibitor, "ex-1")])
    #expect(marks.first?.note == "Ask for the 30 kg geode · 问价格")
    #expect(marks.first?.visited == true)
    #expect(try reopened.keys(expo: "other-fair") == [BookmarkKey(.product, "p-1")])
    #expect(try reopened.add(BookmarkKey(.exhibitor, "ex-1"), expo: "fair") == false)
  }

  /// The file is in WAL mode with `synchronous = FULL` (a bookmark is on disk when the guide says
  /// so), and opening it writes nothing: GRDB's WAL set-up wrote and synced a throwaway table at
  /// every start, then set `synchronous = NORMAL`.
  @Test func theFileIsDurableAndOpeningItWritesNothing() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    do {
      let store = try UserStore(path: path)
      try store.add(BookmarkKey(.exhibitor, "ex-1"), expo: "fair", note: "", visited: false)
    }
    // (Closed: the last connection checkpoints and removes the -wal file.)
    let store = try UserStore(path: path)
    let (mode, synchronous) = try store.connection.serialized { db -> (String?, Int?) in
      (try db.value("PRAGMA journal_mode"), try db.value("PRAGMA synchronous"))
    }
    #expect(mode == "wal")
    #expect(synchronous == 2, "synchronous = FULL")
    let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    #expect(wal == 0, "opening wrote \(wal) bytes to the WAL")
    #expect(try store.keys(expo: "fair") == [BookmarkKey(.exhibitor, "ex-1")])
  }

  /// A renumbered session keeps its bookmark, note and mark; never over another bookmark.
  @Test func aBookmarkMovesToTheRenumberedItem() throws {
    let tmp = try TemporaryFolder()
    let store = try UserStore(path: tmp.path("user.sqlite"))
    let old = BookmarkKey(.event, "ev-1")
    let new = BookmarkKey(.event, "ev-1-v2")
    try store.add(old, expo: "fair", note: "front row", visited: true)
    #expect(try store.move(old, to: new, expo: "fair"))
    let marks = try store.bookmarks(expo: "fair")
    #expect(marks.map(\.key) == [new] && marks[0].note == "front row" && marks[0].visited)
    // Nothing left to move; a target bookmarked already is not overwritten; kinds do not mix.
    #expect(try !store.move(old, to: new, expo: "fair"))
    try store.add(old, expo: "fair", note: "other")
    #expect(try !store.move(old, to: new, expo: "fair"))
    #expect(try store.bookmarks(expo: "fair").count == 2)
    #expect(try !store.move(old, to: BookmarkKey(.exhibitor, "ex-9"), expo: "fair"))
  }

  @Test func twoWritersAtOnceLoseNothing() async throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    let a = try UserStore(path: path)
    let b = try UserStore(path: path)
    await withTaskGroup(of: Void.self) { group in
      for (store, prefix) in [(a, "a"), (b, "b")] {
        group.addTask {
          for i in 0..<500 { _ = try? store.toggle(BookmarkKey(.exhibitor, "\(prefix)-\(i)"), expo: "fair") }
        }
      }
    }
    #expect(try a.keys(expo: "fair").count == 1000)
    #expect(try b.keys(expo: "fair") == a.keys(expo: "fair"))
  }

  @Test func anUnreadableFileIsMovedAsideNotLost() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    try Data("this is not a database, but it is the user's file".utf8).write(to: URL(fileURLWithPath: path))
    let store = try UserStore(path: path)
    let aside = try #require(store.recoveredFrom)
    #expect(try String(contentsOfFile: aside, encoding: .utf8).hasPrefix("this is not a database"))
    #expect(try store.toggle(BookmarkKey(.event, "e"), expo: "fair"))
  }

  /// A file made by an earlier release (GRDB's migrator, with its `grdb_migrations` record)
  /// opens with its bookmarks, takes new ones and stays readable by GRDB.
  @Test func aFileOfTheEarlierReleaseOpensWithItsBookmarks() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      var migrator = DatabaseMigrator()
      migrator.registerMigration("v1") { db in try db.execute(sql: UserStore.schema) }
      try migrator.migrate(queue)
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO bookmark VALUES ('fair', 'exhibitor', 'ex-7', 1700000000.5, '琥珀 booth', 1)")
      }
    }
    let store = try UserStore(path: path)
    let marks = try store.bookmarks(expo: "fair")
    #expect(marks.map(\.key) == [BookmarkKey(.exhibitor, "ex-7")])
    #expect(marks.first?.note == "琥珀 booth" && marks.first?.visited == true)
    #expect(marks.first?.created == Date(timeIntervalSince1970: 1_700_000_000.5))
    #expect(try store.toggle(BookmarkKey(.product, "p-1"), expo: "fair"))
    let applied = try DatabaseQueue(path: path).read { db in
      try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
    }
    #expect(applied == ["v1"])
  }

  /// Someone else's database is refused before anything is written to it: no table added, its
  /// journal mode kept; so is a bookmark table of another shape.
  @Test func someoneElsesDatabaseIsRefusedAndLeftAsItWas() throws {
    let tmp = try TemporaryFolder()
    let other = tmp.path("customers.sqlite")
    try DatabaseQueue(path: other).write { db in
      try db.execute(sql: "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Ann')")
    }
    #expect {
      try UserStore(path: other)
    } throws: { error in
      guard case .unusable(let path, let reason) = error as? UserStoreError else { return false }
      return path == other && reason.contains("database of something else") && reason.contains("customers")
    }
    let (tables, mode) = try DatabaseQueue(path: other).read { db in
      (
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      )
    }
    #expect(tables == ["customers"] && mode == "delete")
    let shaped = tmp.path("shaped.sqlite")
    try DatabaseQueue(path: shaped).write { db in try db.execute(sql: "CREATE TABLE bookmark (id INTEGER)") }
    #expect {
      try UserStore(path: shaped)
    } throws: { error in
      guard case .unusable(_, let reason) = error as? UserStoreError else { return false }
      return reason.contains("not this program's") && reason.contains("no such column")
    }
    for name in ["", ":memory:"] {
      #expect(throws: UserStoreError.unusable(name, reason: "not a file name")) { try UserStore(path: name) }
    }
  }

  /// Two unreadable files in the same second are both kept, under names of their own.
  @Test func unreadableFilesInTheSameSecondAreEachKept() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("user.sqlite")
    var kept: [String] = []
    for i in 1...3 {
      try Data("garbage \(i), the user's all the same".utf8).write(to: URL(fileURLWithPath: path))
      let store = try UserStore(path: path)
      kept.append(try #require(store.recoveredFrom))
    }
    #expect(Set(kept).count == 3)
    for (i, aside) in kept.enumerated() {
      #expect(try String(contentsOfFile: aside, encoding: .utf8).hasPrefix("garbage \(i + 1)"))
    }
  }

  /// A path that begins with "file:" names a file (not an SQLite URI).
  @Test func aFileColonPathIsAFileName() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("file:notes.sqlite?mode=ro")
    let store = try UserStore(path: path)
    #expect(try store.toggle(BookmarkKey(.event, "e"), expo: "fair"))
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func defaultPathFollowsXDGAndTheOverride() {
    #expect(UserStore.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/expo-guide/user.sqlite")
    #expect(UserStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/expo-guide/user.sqlite")
    #expect(UserStore.defaultPath(environment: ["EXPO_USER_DATA": "/x/u.sqlite", "HOME": "/h"]) == "/x/u.sqlite")
    // A trailing slash, a relative XDG_DATA_HOME (ignored, as the XDG spec says) and an empty HOME.
    #expect(UserStore.defaultPath(environment: ["XDG_DATA_HOME": "/d/", "HOME": "/h"]) == "/d/expo-guide/user.sqlite")
    #expect(
      UserStore.defaultPath(environment: ["XDG_DATA_HOME": "d", "HOME": "/h/"])
        == "/h/.local/share/expo-guide/user.sqlite")
    #expect(
      UserStore.defaultPath(environment: ["HOME": ""]) == NSHomeDirectory() + "/.local/share/expo-guide/user.sqlite")
    // The folder as a URL is the same folder.
    #expect(UserStore.dataFolder(environment: ["HOME": "/h"]).path == "/h/.local/share/expo-guide")
  }
}
