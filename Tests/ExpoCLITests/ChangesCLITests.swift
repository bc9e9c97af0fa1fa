import Foundation
import Testing

/// `expo changes --from OLD --data NEW` over a schedule edited as an organiser would: a session
/// moved, one cancelled; text, JSON, CSV, Chinese, bookmarks only, and an unreadable old version.
@Suite struct ChangesCLITests {
  static let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-changes-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()
  static let old = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import/frab.xml").path

  /// `expo` with a data folder of this suite's: the versions it keeps of the edited schedule stay
  /// out of the other tests' (where they would be news).
  static func run(_ arguments: [String]) throws -> ExpoBinary.Result {
    try ExpoBinary.run(arguments, environment: ExpoBinary.dataFolder(folder.appendingPathComponent("data").path))
  }

  /// The schedule with session g-101 moved from 10:30 to 11:30 and session g-102 cancelled.
  static let new: String = {
    var text = try! String(contentsOfFile: old, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "<date>2024-12-27T10:30:00+01:00</date>\n        <start>10:30</start>",
      with: "<date>2024-12-27T11:30:00+01:00</date>\n        <start>11:30</start>")
    let start = text.range(of: "<event id=\"102\" guid=\"g-102\">")!
    let end = text.range(of: "</event>", range: start.upperBound..<text.endIndex)!
    text.removeSubrange(start.lowerBound..<end.upperBound)
    let path = folder.appendingPathComponent("frab-v2.xml").path
    try! text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }()

  @Test func movedAndCancelledSessionsAreListed() throws {
    let result = try Self.run(["changes", "--from", Self.old, "--data", Self.new])
    #expect(result.status == 0, "\(result.stderr)")
    // In text: the kind, status, day and time, name and changes (the ids are in JSON and CSV).
    let moved = try #require(result.stdout.split(separator: "\n").first { $0.contains("Opening <Ceremony>") })
    #expect(
      moved.contains("changed") && moved.contains("12-27 11:30") && moved.contains("time 10:30 → 11:30"), "\(moved)")
    #expect(result.stdout.split(separator: "\n").contains { $0.contains("cancelled") && $0.contains("Late night") })
    #expect(!result.stdout.contains("g-101"))
    #expect(result.stderr.contains("1 changed") && result.stderr.contains("1 cancelled"), "\(result.stderr)")
    let none = try Self.run(["changes", "--from", Self.old, "--data", Self.old])
    #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no changes"), "\(none.stderr)")
  }

  @Test func jsonCSVAndChinese() throws {
    let json = try Self.run(["changes", "--from", Self.old, "--data", Self.new, "--format", "json"])
    let rows = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let moved = try #require(rows.first { $0["id"] as? String == "g-101" })
    #expect(moved["status"] as? String == "changed" && moved["kind"] as? String == "event")
    #expect(moved["start"] as? String == "2024-12-27T11:30:00+01:00")
    let csv = try Self.run(["changes", "--from", Self.old, "--data", Self.new, "--format", "csv"])
    #expect(csv.stdout.hasPrefix("kind,status,id,name,start,previousId,changes"), "\(csv.stdout.prefix(80))")
    #expect(!json.stdout.contains("\"when\""))
    let zh = try Self.run(["changes", "--from", Self.old, "--data", Self.new, "--lang", "zh"])
    #expect(zh.stdout.hasPrefix("类型") && zh.stdout.contains("时间：10:30 → 11:30") && zh.stdout.contains("取消"))
  }

  @Test func onlyBookmarked() throws {
    let user = Self.folder.appendingPathComponent("user.sqlite").path
    let add = try Self.run(["bookmarks", "add", "event", "g-101", "--data", Self.new, "--user-data", user])
    #expect(add.status == 0, "\(add.stderr)")
    let result = try Self.run([
      "changes", "--from", Self.old, "--data", Self.new, "--bookmarked", "--user-data", user, "--format", "csv",
    ])
    let lines = result.stdout.split(whereSeparator: \.isNewline)
    #expect(lines.count == 2 && lines[1].contains("g-101"), "\(result.stdout)")
  }

  @Test func anUnreadableVersionIsNamed() throws {
    let broken = Self.folder.appendingPathComponent("broken.xml").path
    try "<schedule><day".write(toFile: broken, atomically: true, encoding: .utf8)
    let result = try Self.run(["changes", "--from", broken, "--data", Self.new])
    #expect(result.status == 65)
    #expect(result.stderr.contains("broken.xml"), "\(result.stderr)")
  }

  /// Without --from: the data as it was the last time it was opened here.
  @Test func sinceTheLastVersionOpened() throws {
    let folder = Self.folder.appendingPathComponent("followed")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // Versions of its own (the other tests open the same expo).
    let data = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    try? FileManager.default.removeItem(atPath: data["XDG_DATA_HOME"]!)
    func run(_ arguments: [String]) throws -> ExpoBinary.Result { try ExpoBinary.run(arguments, environment: data) }
    let file = folder.appendingPathComponent("followed.xml").path
    try? FileManager.default.removeItem(atPath: file)
    try FileManager.default.copyItem(atPath: Self.old, toPath: file)
    let first = try run(["changes", "--data", file])
    #expect(first.status == 66 && first.stderr.contains("no earlier version"), "\(first.stderr)")
    // The organiser publishes a new version (a later modification time, other contents).
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.copyItem(atPath: Self.new, toPath: file)
    let result = try run(["changes", "--data", file])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("time 10:30 → 11:30") && result.stdout.contains("Late night"), "\(result.stdout)")
    let versions = try run(["changes", "--data", file, "--versions"])
    let names = versions.stdout.split(whereSeparator: \.isNewline)
    #expect(names.count == 2 && names[0].hasSuffix("(current)") && !names[1].hasSuffix("(current)"), "\(names)")
    let older = try #require(names.last.map { String($0) })
    let since = try run(["changes", "--data", file, "--since", String(older.prefix(15)), "--format", "csv"])
    #expect(since.stdout.split(whereSeparator: \.isNewline).count == 3, "\(since.stdout)")
    let unknown = try run(["changes", "--data", file, "--since", "1999"])
    #expect(unknown.status == 64 && unknown.stderr.contains(older), "\(unknown.stderr)")
    let current = String(names[0].split(separator: " ")[0])
    // `expo info` names the version open.
    let info = try run(["info", "--data", file])
    #expect(info.stdout.contains("Version: \(current)"), "\(info.stdout)")
    let same = try run(["changes", "--data", file, "--since", current])
    #expect(same.status == 64 && same.stderr.contains("is the current version"), "\(same.stderr)")
    let both = try run(["changes", "--data", file, "--since", older, "--from", Self.old])
    #expect(both.status == 64, "\(both.stderr)")
    let empty = try run(["changes", "--data", file, "--since", ""])
    #expect(empty.status == 64, "\(empty.stderr)")
  }

  @Test func twoDifferentExposAreNoted() throws {
    let other = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import/pentabarf.xml").path
    let result = try Self.run(["changes", "--from", other, "--data", Self.new])
    #expect(result.status == 0 && result.stderr.contains("different expos"), "\(result.stderr)")
  }

  /// The same data opened under another file name is the same version: it does not hide what
  /// changed since the one before.
  @Test func aCopyUnderAnotherNameIsTheSameVersion() throws {
    let folder = Self.folder.appendingPathComponent("copies")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    func run(_ arguments: [String]) throws -> ExpoBinary.Result { try ExpoBinary.run(arguments, environment: data) }
    let a = folder.appendingPathComponent("a.xml").path
    let b = folder.appendingPathComponent("b.xml").path
    try FileManager.default.copyItem(atPath: Self.old, toPath: a)
    #expect(try run(["info", "--data", a]).status == 0)
    try FileManager.default.removeItem(atPath: a)
    try FileManager.default.copyItem(atPath: Self.new, toPath: a)
    #expect(try run(["info", "--data", a]).status == 0)
    try FileManager.default.copyItem(atPath: Self.new, toPath: b)
    #expect(try run(["info", "--data", b]).status == 0)
    let versions = try run(["changes", "--data", b, "--versions"])
    #expect(versions.stdout.split(whereSeparator: \.isNewline).count == 2, "\(versions.stdout)")
    let changes = try run(["changes", "--data", a])
    #expect(changes.stdout.contains("time 10:30 → 11:30"), "\(changes.stdout)\(changes.stderr)")
  }

  /// A bookmarked session that a new version cancels keeps its name in `expo bookmarks list`.
  @Test func aCancelledBookmarkKeepsItsNameInTheList() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("expo-gone-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("schedule.xml").path
    try FileManager.default.copyItem(atPath: Self.old, toPath: file)
    let environment = ExpoBinary.dataFolder(folder.appendingPathComponent("data").path)
    #expect(
      try ExpoBinary.run(["bookmarks", "add", "event", "g-102", "--data", file], environment: environment).status == 0)
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.copyItem(atPath: Self.new, toPath: file)
    let list = try ExpoBinary.run(["bookmarks", "list", "--data", file], environment: environment)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Late night ☃ talk (cancelled; no longer in the catalogue)"), "\(list.stdout)")
  }
}
