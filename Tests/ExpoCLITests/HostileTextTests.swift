import ExpoModel
import Foundation
import Testing

/// Terminal escape attacks and broken text in data files never reach the terminal raw: not in the
/// guide (tmux screen), not in the CLI's text output.
@Suite(.serialized) struct HostileTextTests {
  static let attacks = [
    "\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}[2J\u{1B}[H", "\u{1B}P+q\u{1B}\\", "\u{9B}31m",
    "\u{202E}gnp.exe", "\u{2066}isolate\u{2069}", "back\u{08}\u{08}space", "car\rriage", "nul\u{0}byte", "del\u{7F}",
  ]

  /// A small expo whose names carry every attack.
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("expo-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func q(_ s: String) -> String {
      String(data: try! JSONSerialization.data(withJSONObject: [s], options: []), encoding: .utf8)!.dropFirst()
        .dropLast()
        .description
    }
    let expo = """
      {"id": "hostile", "name": \(q("Evil \u{1B}[31mFair")), "venue": {"name": "Hall"}, "timeZone": "UTC",
       "startDate": "2024-01-01", "endDate": "2024-01-01", "halls": [{"id": "A", "name": "A"}],
       "venues": [{"id": "s", "name": \(q("Stage\u{1B}[5m"))}]}
      """
    var exhibitors: [String] = []
    for (i, attack) in attacks.enumerated() {
      exhibitors.append(
        "{\"id\": \"e\(i)\", \"name\": \(q("Co \(i) " + attack)), \"country\": \"HU\", \"description\": \(q(attack))}")
    }
    try Data(expo.utf8).write(to: folder.appendingPathComponent("expo.json"))
    try Data(("{\"exhibitors\": [" + exhibitors.joined(separator: ",\n") + "]}").utf8).write(
      to: folder.appendingPathComponent("exhibitors.json"))
    return folder
  }

  static func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
        || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
    }
  }

  @Test func cliTextOutputIsSanitised() throws {
    let folder = try Self.makeFolder()
    let result = try ExpoBinary.run(["exhibitors", "--data", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Co 0"))
    #expect(Self.isSafe(result.stdout), "raw control characters in: \(result.stdout.debugDescription)")
    // A NUL in a name is shown (U+FFFD), not a silent end of the name.
    #expect(result.stdout.contains("nul\u{FFFD}byte"), "\(result.stdout)")
    let info = try ExpoBinary.run(["info", "--data", folder.path])
    #expect(Self.isSafe(info.stdout))
    #expect(info.stdout.contains("Evil ␛[31mFair"))
  }

  @Test func theGuideShowsPlaceholdersNotEffects() throws {
    let folder = try Self.makeFolder()
    let s = try TmuxTests.Session(width: 100, height: 30, arguments: "--data '\(folder.path)' --open exhibitors")
    let screen = try s.waitFor(all: ["Co 0", "1 of 11", "Co 5 gnp.exe"])
    #expect(screen.contains("␛]0;pwned␇"))
    #expect(screen.contains("1 of 11"))
    // The bidi override is gone: the name reads in its logical order, and nothing raw is on screen.
    #expect(screen.contains("Co 5 gnp.exe"))
    #expect(HostileTextTests.isSafe(screen))
    try s.keys("j", "Enter")
    let detail = try s.waitFor(all: ["Co 1", "␛]52;c;ZXZpbA==␇"])
    #expect(detail.contains("␛]52;c;ZXZpbA==␇"))
    try s.quit()
  }

  /// Every list command in every format, info, and the exports: no raw control or bidi character,
  /// no CSV cell that a spreadsheet would run as a formula.
  @Test func everyFormatAndExportIsSafe() throws {
    let folder = try Self.makeFolder()
    for command in [["exhibitors"], ["countries"], ["halls"], ["info"], ["search", "Co"]] {
      for format in ["text", "json", "csv"] {
        let result = try ExpoBinary.run(command + ["--data", folder.path, "--format", format])
        #expect(result.status == 0, "\(command) \(format): \(result.stderr)")
        #expect(Self.isSafe(result.stdout), "\(command) --format \(format): \(result.stdout.debugDescription)")
        // U+2028/2029 and C1 also count in JSON (escaped as \\u2028…).
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
      }
    }
    let user = FileManager.default.temporaryDirectory.appendingPathComponent("expo-hostile-user-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
    let userFile = user.appendingPathComponent("user.sqlite").path
    for id in ["e0", "e5", "e9"] {
      let add = try ExpoBinary.run([
        "bookmarks", "add", "exhibitor", id, "--note", "=HYPERLINK(\"http://x\") \u{1B}]0;t\u{07}\u{202E}",
        "--data", folder.path, "--user-data", userFile,
      ])
      #expect(add.status == 0, "\(add.stderr)")
    }
    let md = user.appendingPathComponent("plan.md").path
    let csv = user.appendingPathComponent("plan.csv").path
    let ics = user.appendingPathComponent("plan.ics").path
    let export = try ExpoBinary.run([
      "export", "--data", folder.path, "--user-data", userFile, "--md", md, "--csv", csv, "--ics", ics, "--booths",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    for path in [md, csv, ics] {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(Self.isSafe(text), "\(path): \(text.debugDescription)")
    }
    let rows = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n")
    for row in rows {
      for cell in row.split(separator: ",", omittingEmptySubsequences: false) {
        let text = cell.hasPrefix("\"") ? String(cell.dropFirst()) : String(cell)
        #expect(!(text.first.map { "=+-@".contains($0) } ?? false), "a formula cell: \(cell)")
      }
    }
    #expect(try String(contentsOfFile: csv, encoding: .utf8).contains("'=HYPERLINK"))
  }

  /// The same attacks in the other input formats (exhibitor CSV, iCalendar, frab XML), through the
  /// list commands in every format.
  @Test func everyInputFormatIsSafeInEveryOutputFormat() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("expo-hostile-in-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    func csvQuote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    var csv = "name,country,booth,description\r\n"
    for (i, attack) in Self.attacks.enumerated() {
      csv += "\(csvQuote("Co \(i) " + attack)),HU,A\(i),\(csvQuote(attack))\r\n"
    }
    var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    for (i, attack) in Self.attacks.enumerated() {
      let text = attack.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
      ics +=
        "BEGIN:VEVENT\r\nUID:e\(i)@t\r\nDTSTART:2024010\(1 + i % 2)T10\(i % 6)000Z\r\n"
        + "DTEND:2024010\(1 + i % 2)T11\(i % 6)000Z\r\nSUMMARY:Talk \(i) \(text)\r\nLOCATION:Room \(text)\r\nEND:VEVENT\r\n"
    }
    ics += "END:VCALENDAR\r\n"
    try Data(csv.utf8).write(to: dir.appendingPathComponent("exhibitors.csv"))
    try Data(ics.utf8).write(to: dir.appendingPathComponent("talks.ics"))
    let inputs: [(String, [[String]])] = [
      ("exhibitors.csv", [["exhibitors"], ["countries"], ["search", "Co"], ["info"]]),
      ("talks.ics", [["events"], ["search", "Talk"], ["info"]]),
    ]
    for (file, commands) in inputs {
      let data = dir.appendingPathComponent(file).path
      for command in commands {
        for format in ["text", "json", "csv"] {
          let result = try ExpoBinary.run(command + ["--data", data, "--format", format])
          #expect(result.status == 0, "\(file) \(command) \(format): \(result.stderr)")
          #expect(Self.isSafe(result.stdout), "\(file) \(command) \(format): \(result.stdout.debugDescription)")
          #expect(Self.isSafe(result.stderr), "\(file) \(command) \(format): \(result.stderr.debugDescription)")
        }
      }
    }
  }

  /// Errors quote data (here a time zone) through the same policy.
  @Test func errorMessagesAreSanitised() throws {
    let folder = try Self.makeFolder()
    let expo = folder.appendingPathComponent("expo.json")
    var text = try String(contentsOf: expo, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"timeZone\": \"UTC\"", with: "\"timeZone\": \"Asia/\\u001b]0;ERR\\u0007\\u001b[2J\"")
    try text.write(to: expo, atomically: true, encoding: .utf8)
    for command in [["info"], ["exhibitors"], ["validate", folder.path]] {
      let result = try ExpoBinary.run(command + (command[0] == "validate" ? [] : ["--data", folder.path]))
      #expect(result.status != 0)
      #expect(result.stderr.contains("Asia/␛]0;ERR␇␛[2J"), "\(command): \(result.stderr.debugDescription)")
      #expect(Self.isSafe(result.stderr), "\(command): \(result.stderr.debugDescription)")
    }
  }
}
