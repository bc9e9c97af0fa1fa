import ExpoModel
import Foundation
import Testing

/// The bookmarks file when it cannot be written or is locked: reads work, writes say why, at once.
@Suite(.serialized) struct UserDataTests {
  func userFile() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("expo-user-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("user.sqlite").path
  }

  /// Immutable (as root, permissions alone do not stop a write): the file itself, or its folder
  /// (SQLite cannot make the WAL's index there). Either way the bookmarks are listed and changes
  /// say the file is read-only.
  @Test(arguments: [false, true]) func aReadOnlyFileIsReadAndWritesSaySo(lockingTheFolder: Bool) throws {
    let user = try userFile()
    let add = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-0363", "--user-data", user])
    #expect(add.status == 0, "\(add.stderr)")
    let locked = lockingTheFolder ? (user as NSString).deletingLastPathComponent : user
    let lock = try Shell.run("chattr +i \(Shell.quote(locked))")
    #expect(lock.status == 0, "chattr: \(lock.stdout)")
    defer { _ = try? Shell.run("chattr -i \(Shell.quote(locked))") }
    let list = try ExpoBinary.run(["bookmarks", "list", "--user-data", user])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Artigas Gems Export"))
    let again = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-0364", "--user-data", user])
    #expect(again.status == 73)
    #expect(again.stderr.contains("is read-only: bookmarks are shown but changes cannot be saved"), "\(again.stderr)")
  }

  /// Someone else's database given as the bookmarks file: refused, named, left as it was.
  @Test func someoneElsesDatabaseIsNamedAndLeftAlone() throws {
    let user = try userFile()
    let made = try Shell.run(
      "python3 -c \"import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table customers(n)'); "
        + "c.commit()\" \(Shell.quote(user))")
    #expect(made.status == 0, "\(made.stdout)")
    let list = try ExpoBinary.run(["bookmarks", "list", "--user-data", user])
    #expect(list.status == 73)
    #expect(list.stderr.contains("cannot be used: it is a database of something else"), "\(list.stderr)")
    #expect(list.stderr.contains(user), "\(list.stderr)")
  }

  @Test func aLockHeldByAnotherProgramIsNamedWithinSeconds() throws {
    let user = try userFile()
    let add = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-0363", "--user-data", user])
    #expect(add.status == 0, "\(add.stderr)")
    // Another program holds the write lock for 8 s.
    let holder = try Shell.run(
      "python3 -c \"import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
        + "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(8)\" \(Shell.quote(user)) "
        + "> \(Shell.quote(user + ".holder")) 2>&1 & sleep 1; cat \(Shell.quote(user + ".holder"))")
    #expect(holder.stdout.contains("locked"), "\(holder.stdout)")
    let start = Date()
    let blocked = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-0364", "--user-data", user])
    let waited = Date().timeIntervalSince(start)
    #expect(blocked.status == 75, "\(blocked.stderr)")
    #expect(blocked.stderr.contains("is locked by another program"), "\(blocked.stderr)")
    #expect(waited < 5, "waited \(waited) s")
  }
}
