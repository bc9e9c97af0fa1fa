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
    try s.keys("q")
    try s.waitFor("EXPO-EXITED-0")
  }
}
