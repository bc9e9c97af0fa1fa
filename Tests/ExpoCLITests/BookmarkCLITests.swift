import ExpoModel
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Bookmarks from the command line: sharing, exports, and durability across processes.
@Suite(.serialized) struct BookmarkCLITests {
  func userFile() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("expo-user-\(UUID().uuidString).sqlite").path
  }

  @Test func whatStartsSoonAmongYourBookmarks() throws {
    let mine = userFile()
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-ru-fashion-2", "--user-data", mine])
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-opening", "--user-data", mine])
    let listed = try ExpoBinary.run(["events", "--bookmarked", "--user-data", mine])
    let rows = listed.stdout.split(separator: "\n").dropFirst()
    #expect(rows.count == 2, "\(listed.stdout)")
    #expect(listed.stdout.contains("Grand Opening Ceremony") && listed.stdout.contains("Russia Fashion Show"))
    let soon = try ExpoBinary.run([
      "events", "--next", "--bookmarked", "--now", "2023-10-28T13:50", "--user-data", mine,
    ])
    #expect(soon.stdout.contains("  nothing on"), "\(soon.stdout)")
    #expect(soon.stdout.contains("  14:00  Russia Fashion Show (second show) · Fashion Runway"))
    // Everyone's next, without --bookmarked, has other venues too.
    let all = try ExpoBinary.run(["events", "--next", "--now", "2023-10-28T13:50", "--user-data", mine])
    #expect(all.stdout.split(separator: "\n").count > soon.stdout.split(separator: "\n").count)
  }

  @Test func exportImportMergesWithoutDuplicatesAndReportsUnknownIDs() throws {
    let mine = userFile()
    let friend = userFile()
    _ = try ExpoBinary.run([
      "bookmarks", "add", "exhibitor", "ex-0363", "--user-data", friend, "--note", "geode; 30 kg, 问价",
    ])
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-opening", "--user-data", friend])
    // An id the catalogue does not have is refused by `add`…
    let unknown = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-9999", "--user-data", friend])
    #expect(unknown.status == 64)
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-opening", "--user-data", mine])
    let shared = FileManager.default.temporaryDirectory.appendingPathComponent("share-\(UUID().uuidString).json").path
    #expect(try ExpoBinary.run(["bookmarks", "export", shared, "--user-data", friend]).status == 0)
    // … but a shared file may hold one (made with another version of the catalogue): kept on import.
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: shared))) as? [String: Any])
    var marks = try #require(object["bookmarks"] as? [[String: Any]])
    marks.append(["kind": "exhibitor", "id": "ex-9999", "note": "", "visited": false])
    object["bookmarks"] = marks
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: shared))
    let imported = try ExpoBinary.run(["bookmarks", "import", shared, "--user-data", mine])
    #expect(imported.status == 0)
    #expect(imported.stdout.contains("imported 2 new bookmarks (1 already there, 1 reported)"))
    #expect(imported.stderr.contains("exhibitor \"ex-9999\" is not in this catalogue (kept)"))
    let again = try ExpoBinary.run(["bookmarks", "import", shared, "--user-data", mine])
    #expect(again.stdout.contains("imported 0 new bookmarks (3 already there"))
    let list = try #require(
      try ExpoBinary.json(["bookmarks", "list", "--format", "json", "--user-data", mine]) as? [[String: Any]])
    #expect(list.count == 3)
    #expect(list.contains { $0["id"] as? String == "ex-0363" && $0["note"] as? String == "geode; 30 kg, 问价" })
    try Data("{\"bookmarks\": [1,".utf8).write(to: URL(fileURLWithPath: shared))
    let broken = try ExpoBinary.run(["bookmarks", "import", shared, "--user-data", mine])
    #expect(broken.status == 65)
    #expect(broken.stderr.contains("malformed JSON"))
  }

  /// A file of a later version of the format, or of another program, is refused with where and
  /// why, and nothing of it is imported; one without the two fields (written by hand) is read.
  @Test(arguments: [
    ("\"format\": \"expo-guide-bookmarks\", \"version\": 99", "$.version: this program reads version 1"),
    ("\"format\": \"expo-guide-bookmarks\", \"version\": \"1\"", "$.version: this program reads version 1"),
    ("\"format\": \"someone-elses\", \"version\": 1", "$.format: expected \"expo-guide-bookmarks\""),
    ("\"version\": 1", ""),
    ("", ""),
  ])
  func importRefusesAFormatItDoesNotRead(fields: String, refusal: String) throws {
    let mine = userFile()
    let shared = FileManager.default.temporaryDirectory.appendingPathComponent("share-\(UUID().uuidString).json").path
    let head = fields.isEmpty ? "" : fields + ", "
    try Data("{\(head)\"bookmarks\": [{\"kind\": \"event\", \"id\": \"ev-opening\"}]}".utf8)
      .write(to: URL(fileURLWithPath: shared))
    let imported = try ExpoBinary.run(["bookmarks", "import", shared, "--user-data", mine])
    let list = try #require(
      try ExpoBinary.json(["bookmarks", "list", "--format", "json", "--user-data", mine]) as? [[String: Any]])
    if refusal.isEmpty {
      #expect(imported.status == 0, "\(imported.stderr)")
      #expect(list.count == 1)
    } else {
      #expect(imported.status == 65)
      #expect(imported.stderr.contains(shared + ":1:"), "\(imported.stderr)")
      #expect(imported.stderr.contains(refusal), "\(imported.stderr)")
      #expect(list.isEmpty)
    }
  }

  @Test func icsIsValidRFC5545() throws {
    let user = userFile()
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-opening", "--user-data", user])
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-asi-speech", "--user-data", user])
    _ = try ExpoBinary.run([
      "bookmarks", "add", "exhibitor", "ex-0363", "--user-data", user, "--note", "ask: price, size; 价格",
    ])
    let ics = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).ics").path
    let result = try ExpoBinary.run(["export", "--ics", ics, "--booths", "--user-data", user])
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try #require(FileManager.default.contents(atPath: ics))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    let lines = text.components(separatedBy: "\r\n").dropLast()
    #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "a line longer than 75 octets")
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF")
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("UID:cq-consumer-expo-2023-event-ev-opening@expo-guide"))
    #expect(unfolded.contains("DTSTART:20231027T013000Z"))
    #expect(unfolded.contains("DESCRIPTION:ask: price\\, size\\; 价格"))
    #expect(unfolded.contains("STATUS:NEEDS-ACTION"))
    // An independent parser: Python's icalendar (.ci/run installs it; without it this fails).
    let check = try Shell.run(
      "python3 -c \"import icalendar,sys; c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read()); "
        + "print(sum(1 for x in c.walk() if x.name in ('VEVENT','VTODO')))\" \(Shell.quote(ics))")
    #expect(check.status == 0, "python3 with icalendar could not read the file: \(check.stdout)")
    #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
  }

  /// `expo bookmarks stress` run twice at once on `user`, `count` bookmarks each (prefixes a and b);
  /// the status is the sum of theirs, the output their errors.
  func twoWritersAtOnce(_ user: String, count: Int) throws -> ExpoBinary.Result {
    let command = [ExpoBinary.path, "bookmarks", "stress", "--user-data", user, "--count", "\(count)"]
      .map(Shell.quote).joined(separator: " ")
    return try Shell.run(
      "\(command) --prefix a > /dev/null & a=$!; \(command) --prefix b > /dev/null & b=$!; "
        + "wait $a; sa=$?; wait $b; sb=$?; exit $((sa + sb))")
  }

  /// Two processes making the same new file at once, sixty times: both always succeed. (SQLite
  /// answers one of the two switches to WAL mode BUSY at once, without waiting; 6–13 of 60 pairs
  /// failed so before `UserStore.useWAL` asked again.)
  @Test func twoProcessesCreatingTheFileAtOnceBothSucceed() throws {
    var failed: [String] = []
    for _ in 0..<60 {
      let user = userFile()
      let both = try twoWritersAtOnce(user, count: 20)
      if both.status != 0 { failed.append(both.stdout) }
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: user + suffix) }
    }
    #expect(failed.isEmpty, "\(failed.count) of 60 failed: \(failed.first ?? "")")
  }

  @Test func twoProcessesWritingAtOnceLoseNothing() throws {
    let user = userFile()
    // Both start on a file that does not exist yet: creating it at once must not fail either.
    let both = try twoWritersAtOnce(user, count: 500)
    #expect(both.status == 0, "\(both.stdout)")
    let count = try Shell.run(
      "python3 -c \"import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from bookmark').fetchone()[0])\" "
        + Shell.quote(user))
    #expect(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1000")
  }

  @Test func killingAWriterKeepsEveryCommittedBookmark() throws {
    let user = userFile()
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("stress-\(UUID().uuidString).log").path
    let command = [ExpoBinary.path, "bookmarks", "stress", "--user-data", user, "--count", "100000"].map(Shell.quote)
      .joined(separator: " ")
    // Start a long stream of writes, let it run, then SIGKILL it.
    let run = try Shell.run("\(command) > \(Shell.quote(log)) & pid=$!; sleep 1.5; kill -9 $pid; wait $pid; exit 0")
    #expect(run.status == 0)
    let acknowledged = Set(
      ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init))
    #expect(acknowledged.count > 10, "the writer made no progress")
    #expect(acknowledged.count < 100_000, "the writer finished before it was killed")
    let stored = try Shell.run(
      "python3 -c \"import sqlite3,sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute('select item from bookmark')]\" "
        + Shell.quote(user))
    let kept = Set(stored.stdout.split(separator: "\n").map(String.init))
    #expect(acknowledged.isSubset(of: kept), "\(acknowledged.subtracting(kept).count) acknowledged bookmarks lost")
  }
}
