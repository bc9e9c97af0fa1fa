import ExpoConfig
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct SettingsFileTests {
  /// A new empty folder for one test.
  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("expo-config-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func contents(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  func inode(_ path: String) -> UInt64 {
    var status = stat()
    return stat(path, &status) == 0 ? UInt64(status.st_ino) : 0
  }

  @Test func thePathFollowsXDG() {
    #expect(
      SettingsFile.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/a"])
        == "/x/conf/expo-guide/config.toml")
    #expect(
      SettingsFile.path(environment: ["XDG_CONFIG_HOME": "/x/conf/", "HOME": "/home/a"])
        == "/x/conf/expo-guide/config.toml")
    #expect(SettingsFile.path(environment: ["HOME": "/home/a"]) == "/home/a/.config/expo-guide/config.toml")
    #expect(SettingsFile.path(environment: ["HOME": "/home/a/"]) == "/home/a/.config/expo-guide/config.toml")
    // Empty or relative: ignored, as the XDG spec says.
    #expect(
      SettingsFile.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"])
        == "/home/a/.config/expo-guide/config.toml")
    #expect(
      SettingsFile.path(environment: ["XDG_CONFIG_HOME": "conf", "HOME": "/home/a"])
        == "/home/a/.config/expo-guide/config.toml")
    #expect(SettingsFile.path(environment: [:]).hasSuffix("/.config/expo-guide/config.toml"))
  }

  @Test func theDefaultFileGivesTheDefaultsWithNoIssue() {
    let (settings, issues) = SettingsParser.parse(SettingsFile.defaultText, file: "config.toml")
    #expect(settings == Settings.defaults)
    #expect(issues.isEmpty)
    // Every setting is in it, with its default or commented out.
    for line in [
      "# language = \"zh\"", "theme = \"dark\"", "pane = true", "mouse = true", "[reminders]", "minutes = 10",
      "bell = true", "[keys]", "# bookmark = [\"b\"]",
    ] {
      #expect(SettingsFile.defaultText.split(separator: "\n").contains { $0 == line }, "\(line)")
    }
    #expect(SettingsFile.defaultText.contains("NO_COLOR"))
    #expect(SettingsFile.defaultText.hasSuffix("\n"))
    #expect(SettingsFile.defaultText.split(separator: "\n").allSatisfy { $0.count <= 100 })
  }

  @Test func defaultsRoundTripThroughTheFile() throws {
    let path = try folder() + "/expo-guide/config.toml"
    try SettingsFile.save(text: SettingsFile.defaultText, to: path)
    #expect(try contents(path) == SettingsFile.defaultText)
    let (settings, issues) = SettingsFile.load(path: path)
    #expect(settings == Settings.defaults)
    #expect(issues.isEmpty)
  }

  @Test func aMissingFileIsTheDefaultsWithNoIssue() throws {
    let base = try folder()
    for path in [base + "/none.toml", base + "/no/such/folder/config.toml"] {
      let (settings, issues) = SettingsFile.load(path: path)
      #expect(settings == Settings.defaults)
      #expect(issues.isEmpty)
    }
  }

  @Test func issuesInTheFileNameThePath() throws {
    let path = try folder() + "/config.toml"
    try SettingsFile.save(text: "pane = false\ntheme = \"blue\"\n", to: path)
    let (settings, issues) = SettingsFile.load(path: path)
    #expect(!settings.pane)
    #expect(issues.map(\.description) == [path + #":2: theme: expected one of dark, light, monochrome, got "blue""#])
  }

  @Test func aFileThatIsNotUTF8IsAnIssueAtItsLine() throws {
    let path = try folder() + "/config.toml"
    try Data("pane = false\n# caf".utf8 + [0xE9] + Array("\ntheme = \"light\"\n".utf8)).write(
      to: URL(fileURLWithPath: path))
    let (settings, issues) = SettingsFile.load(path: path)
    #expect(settings == Settings.defaults)
    #expect(issues.map(\.description) == [path + ":2: not UTF-8 text (settings files are UTF-8)"])
  }

  @Test func somethingThatIsNotAReadableFileIsAnIssue() throws {
    let base = try folder()
    // A folder where the file should be.
    try FileManager.default.createDirectory(atPath: base + "/config.toml", withIntermediateDirectories: true)
    let (settings, issues) = SettingsFile.load(path: base + "/config.toml")
    #expect(settings == Settings.defaults)
    #expect(issues.map(\.description) == [base + "/config.toml: cannot read: not a regular file"])
    // A device that never ends is not read to its end.
    let device = SettingsFile.load(path: "/dev/zero")
    #expect(device.1.count == 1)
    // Too large.
    let large = base + "/large.toml"
    try Data(repeating: UInt8(ascii: "#"), count: SettingsFile.maximumSize + 1).write(to: URL(fileURLWithPath: large))
    #expect(
      SettingsFile.load(path: large).1.map(\.description) == [
        large + ": cannot read: larger than 1024 KB, not a settings file"
      ])
  }

  @Test func savingReplacesTheFileByRenameAndKeepsItsPermissions() throws {
    let base = try folder()
    let path = base + "/config.toml"
    try SettingsFile.save(text: "theme = \"dark\"\n", to: path)
    #expect(chmod(path, 0o600) == 0)
    // A second name for the old file: it must still hold the old text (never written in place).
    #expect(link(path, base + "/old.toml") == 0)
    let before = inode(path)
    try SettingsFile.save(text: "theme = \"light\"\n", to: path)
    #expect(try contents(path) == "theme = \"light\"\n")
    #expect(try contents(base + "/old.toml") == "theme = \"dark\"\n")
    #expect(inode(path) != before)
    var status = stat()
    #expect(stat(path, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
    // No temporary file left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: base).sorted() == ["config.toml", "old.toml"])
  }

  @Test func savingThroughASymbolicLinkReplacesTheFileItPointsTo() throws {
    let base = try folder()
    try FileManager.default.createDirectory(atPath: base + "/dotfiles", withIntermediateDirectories: true)
    try SettingsFile.save(text: "pane = true\n", to: base + "/dotfiles/config.toml")
    try FileManager.default.createDirectory(atPath: base + "/expo-guide", withIntermediateDirectories: true)
    #expect(symlink(base + "/dotfiles/config.toml", base + "/expo-guide/config.toml") == 0)
    try SettingsFile.save(text: "pane = false\n", to: base + "/expo-guide/config.toml")
    #expect(try contents(base + "/dotfiles/config.toml") == "pane = false\n")
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: base + "/expo-guide/config.toml")
    #expect(link == base + "/dotfiles/config.toml")
  }

  @Test func aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws {
    let base = try folder()
    // The folder cannot be made: a file stands where it should be.
    try SettingsFile.save(text: "x", to: base + "/file")
    #expect(throws: SettingsFile.SaveError.self) {
      try SettingsFile.save(text: "pane = false\n", to: base + "/file/config.toml")
    }
    #expect(try contents(base + "/file") == "x")
    // The rename fails: a folder stands where the file should be (and is left as it was).
    try FileManager.default.createDirectory(atPath: base + "/config.toml/inside", withIntermediateDirectories: true)
    do {
      try SettingsFile.save(text: "pane = false\n", to: base + "/config.toml")
      Issue.record("saved over a folder")
    } catch {
      #expect(error.step == "replace the file")
      #expect(error.description.hasPrefix(base + "/config.toml: cannot replace the file: "))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: base).sorted() == ["config.toml", "file"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/config.toml") == ["inside"])
  }
}
