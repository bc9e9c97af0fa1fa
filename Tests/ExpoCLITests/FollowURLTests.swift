import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `--data http://…` and `expo update`, against a loopback server (Tests/Fixtures/http-server.py)
/// that serves successive versions of a schedule with ETags: a new version fetched and compared, an
/// unchanged one not fetched again, a broken one and an error status never replacing the good one.
@Suite(.serialized) struct FollowURLTests {
  final class Server {
    let folder: URL
    let process = Process()
    let port: Int

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("expo-http-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "python3", ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/http-server.py").path, folder.path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // It writes its port to a file when it listens (up to 10 s).
      var port = 0
      for _ in 0..<200 where port == 0 {
        port =
          (try? String(contentsOf: folder.appendingPathComponent("port"), encoding: .utf8)).flatMap { Int($0) } ?? 0
        if port == 0 { usleep(50_000) }
      }
      self.port = port
    }

    var url: String { "http://127.0.0.1:\(port)/schedule.xml" }

    func publish(_ path: String) throws {
      let target = folder.appendingPathComponent("schedule.xml")
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(atPath: path, toPath: target.path)
    }

    func publish(text: String) throws {
      try text.write(to: folder.appendingPathComponent("schedule.xml"), atomically: true, encoding: .utf8)
    }

    func answer(_ status: Int) throws {
      try "\(status)".write(to: folder.appendingPathComponent("status"), atomically: true, encoding: .utf8)
    }

    func stop() {
      guard process.isRunning else { return }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
  }

  @Test func versionsAreFetchedComparedAndNeverReplacedByABrokenOne() throws {
    let server = try Server()
    defer { server.stop() }
    #expect(server.port > 0)
    let data = ["XDG_DATA_HOME": server.folder.appendingPathComponent("data").path]
    func expo(_ arguments: [String]) throws -> ExpoBinary.Result { try ExpoBinary.run(arguments, environment: data) }

    // Nothing published yet: a located error, exit 69.
    let missing = try expo(["update", "--data", server.url])
    #expect(missing.status == 69 && missing.stderr.contains("HTTP 404"), "\(missing.stderr)")

    try server.publish(ChangesCLITests.old)
    let first = try expo(["update", "--data", server.url])
    #expect(first.status == 0 && first.stdout.contains("new version"), "\(first.stdout)\(first.stderr)")
    let again = try expo(["update", "--data", server.url])
    #expect(again.stdout.contains("not modified"), "\(again.stdout)")
    let events = try expo(["events", "--data", server.url, "--format", "csv"])
    #expect(events.status == 0 && events.stdout.contains("10:30"), "\(events.stderr)")

    // The organiser moves a session and cancels one.
    try server.publish(ChangesCLITests.new)
    let second = try expo(["update", "--data", server.url])
    #expect(second.stdout.contains("new version"), "\(second.stdout)\(second.stderr)")
    let changes = try expo(["changes", "--data", server.url])
    #expect(changes.stdout.contains("time 10:30 → 11:30") && changes.stdout.contains("Late night"), "\(changes.stdout)")

    // A broken upload and a server error: said, and the good version stays.
    try server.publish(text: "<schedule><day")
    let broken = try expo(["update", "--data", server.url])
    #expect(broken.status == 1 && broken.stderr.contains("does not validate"), "\(broken.stderr)")
    #expect(broken.stderr.contains("schedule.xml:1:"), "the located error, under the URL's name: \(broken.stderr)")
    // The same broken file still served: asked for by its ETag (not downloaded again), and said.
    let stillBroken = try expo(["update", "--data", server.url])
    #expect(stillBroken.status == 1 && stillBroken.stderr.contains("does not validate"), "\(stillBroken.stderr)")
    try server.answer(500)
    let failing = try expo(["update", "--data", server.url])
    #expect(failing.status == 1 && failing.stderr.contains("HTTP 500"), "\(failing.stderr)")
    let info = try expo(["info", "--data", server.url, "--format", "json"])
    let fields = try #require(JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
    #expect(fields["version"] is String && fields["checked"] is String, "\(info.stdout)")
    let still = try expo(["events", "--data", server.url, "--format", "csv"])
    #expect(still.status == 0 && still.stdout.contains("11:30"), "\(still.stdout)")
  }

  /// A visitor follows the URL with a session bookmarked; the organiser moves it. The guide says
  /// so, Home leads with it, and the reminder comes before the new time, not the old one.
  @Test func theGuideShowsTheChangesAndRemindsAtTheNewTime() throws {
    let server = try Server()
    defer { server.stop() }
    let data = server.folder.appendingPathComponent("data").path
    func expo(_ arguments: [String]) throws -> ExpoBinary.Result {
      try ExpoBinary.run(arguments, environment: ExpoBinary.dataFolder(data))
    }
    try server.publish(ChangesCLITests.old)
    #expect(try expo(["update", "--data", server.url]).status == 0)
    #expect(try expo(["bookmarks", "add", "event", "g-101", "--data", server.url]).status == 0)
    try server.publish(ChangesCLITests.new)
    #expect(try expo(["update", "--data", server.url]).stdout.contains("new version"))
    // 11:19 in Berlin, reminders 15 minutes before: the session moved from 10:30 to 11:30 is due
    // (at 10:30 it would have been over).
    let config = server.folder.appendingPathComponent("config/expo-guide")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "[reminders]\nminutes = 15\n".write(
      to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    let s = try TmuxTests.Session(
      width: 80, height: 24, arguments: "--data '\(server.url)' --now 2024-12-27T11:19",
      config: server.folder.appendingPathComponent("config").path, data: data)
    let schedule = try s.waitFor("⏰ In 11 min: Opening <Ceremony>")
    #expect(schedule.contains("(11:30)") && schedule.contains("Δ Opening <Ceremony>"), "\(schedule)")
    #expect(schedule.contains("11:30–12:15"), "the day's list has the new time: \(schedule)")
    try s.keys("0")
    let home = try s.waitFor("The data changed since")
    #expect(home.contains("Δ time 10:30 → 11:30"), "\(home)")
    try s.quit()
  }

  @Test func onlyHTTPAndHTTPS() throws {
    let result = try ExpoBinary.run(["update", "--data", "file:///etc/passwd"])
    #expect(result.status == 64, "\(result.stderr)")
    let bad = try ExpoBinary.run(["update", "--data", "https://"])
    #expect(bad.status == 64 && bad.stderr.contains("not a URL"), "\(bad.stderr)")
  }
}
