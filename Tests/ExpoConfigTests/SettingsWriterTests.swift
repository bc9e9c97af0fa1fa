import ExpoConfig
import TOMLKit
import Testing

/// Changing one setting in the text: everything else stays byte for byte.
@Suite struct SettingsWriterTests {
  /// Comments everywhere: above, beside and below every setting, commented-out settings, odd
  /// spacing.
  static let commented = """
    # My settings  (kept by hand)
    #theme = "light"
    # language = "en"

    language="en"   # English for now
    theme = "dark"#no space before this comment
      pane   =   true  # indented
    mouse = true # [reminders] in a comment is not a header

    # --- reminders ---
    [reminders]  # the table
    # minutes = 99
    minutes = 10 # ten
    # between
    bell = true
    # end of reminders

    [keys] # mine
    # quit = ["q"]
    bookmark = ["b"] # b for bookmark
    # last line
    """

  /// The lines of `before` and `after` that differ (same line count expected).
  func changedLines(_ before: String, _ after: String) -> [Int: (String, String)] {
    let old = before.split(separator: "\n", omittingEmptySubsequences: false)
    let new = after.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(old.count == new.count)
    var changed: [Int: (String, String)] = [:]
    for index in 0..<min(old.count, new.count) where old[index] != new[index] {
      changed[index + 1] = (String(old[index]), String(new[index]))
    }
    return changed
  }

  @Test(arguments: [
    ("language", TOMLScalar.string("zh"), 5, #"language="zh"   # English for now"#),
    ("theme", .string("light"), 6, ##"theme = "light"#no space before this comment"##),
    ("pane", .bool(false), 7, "  pane   =   false  # indented"),
    ("mouse", .bool(false), 8, "mouse = false # [reminders] in a comment is not a header"),
    ("reminders.minutes", .int(1440), 13, "minutes = 1440 # ten"),
    ("reminders.bell", .bool(false), 15, "bell = false"),
  ])
  func changingASettingChangesOnlyItsLine(key: String, value: TOMLScalar, line: Int, expected: String) throws {
    let after = SettingsWriter.set(key, to: value, in: Self.commented)
    let changed = changedLines(Self.commented, after)
    #expect(changed.keys.sorted() == [line])
    #expect(changed[line]?.1 == expected)
    try expectValue(after, key, value)
    #expect(SettingsParser.parse(after, file: "config.toml").1.isEmpty)
  }

  @Test func everySettingInTurnKeepsEveryOtherLine() throws {
    var text = Self.commented
    let changes: [(String, TOMLScalar)] = [
      ("language", .string("zh")), ("theme", .string("monochrome")), ("pane", .bool(false)),
      ("mouse", .bool(false)), ("reminders.minutes", .int(0)), ("reminders.bell", .bool(false)),
    ]
    for (key, value) in changes { text = SettingsWriter.set(key, to: value, in: text) }
    #expect(changedLines(Self.commented, text).keys.sorted() == [5, 6, 7, 8, 13, 15])
    let (settings, issues) = SettingsParser.parse(text, file: "config.toml")
    #expect(issues.isEmpty)
    #expect(
      settings
        == Settings(
          language: "zh", theme: .monochrome, pane: false, mouse: false, bell: false, reminderMinutes: 0,
          keys: ["bookmark": ["b"]]))
    // And back: the original text, byte for byte.
    let back: [(String, TOMLScalar)] = [
      ("language", .string("en")), ("theme", .string("dark")), ("pane", .bool(true)), ("mouse", .bool(true)),
      ("reminders.minutes", .int(10)), ("reminders.bell", .bool(true)),
    ]
    for (key, value) in back { text = SettingsWriter.set(key, to: value, in: text) }
    #expect(text == Self.commented)
  }

  @Test func settingTheSameValueChangesNothing() {
    #expect(SettingsWriter.set("theme", to: .string("dark"), in: Self.commented) == Self.commented)
    #expect(SettingsWriter.set("reminders.bell", to: .bool(true), in: Self.commented) == Self.commented)
  }

  @Test func aMissingTopLevelKeyGoesAfterTheLastTopLevelPair() throws {
    let text = "# top\ntheme = \"dark\" # t\n\n# reminders\n[reminders]\nminutes = 5\n"
    let after = SettingsWriter.set("pane", to: .bool(false), in: text)
    #expect(after == "# top\ntheme = \"dark\" # t\npane = false\n\n# reminders\n[reminders]\nminutes = 5\n")
    try expectValue(after, "pane", .bool(false))
  }

  @Test func aMissingTopLevelKeyWithNoneBeforeTheFirstTableGoesAboveItsComments() throws {
    let text = "# Expo Guide settings\n\n# Reminders:\n# when they ring\n[reminders]\nminutes = 5\n"
    let after = SettingsWriter.set("language", to: .string("zh"), in: text)
    #expect(
      after
        == "# Expo Guide settings\n\nlanguage = \"zh\"\n\n# Reminders:\n# when they ring\n[reminders]\nminutes = 5\n")
    try expectValue(after, "language", .string("zh"))
    #expect(SettingsWriter.set("pane", to: .bool(true), in: "[keys]\n") == "pane = true\n\n[keys]\n")
  }

  @Test func aKeyGoesIntoAnEmptyFileAndAFileWithoutANewlineAtTheEnd() throws {
    #expect(SettingsWriter.set("theme", to: .string("light"), in: "") == "theme = \"light\"\n")
    #expect(
      SettingsWriter.set("theme", to: .string("light"), in: "# only a comment")
        == "# only a comment\ntheme = \"light\"\n")
    #expect(SettingsWriter.set("pane", to: .bool(false), in: "mouse = true") == "mouse = true\npane = false\n")
    #expect(SettingsWriter.set("reminders.bell", to: .bool(false), in: "") == "[reminders]\nbell = false\n")
    #expect(
      SettingsWriter.set("reminders.bell", to: .bool(false), in: "pane = true")
        == "pane = true\n\n[reminders]\nbell = false\n")
    #expect(
      SettingsWriter.set("reminders.bell", to: .bool(false), in: "pane = true\n\n")
        == "pane = true\n\n[reminders]\nbell = false\n")
  }

  @Test func aMissingKeyGoesAtTheEndOfItsTable() throws {
    let text = "[reminders]\n# when\nminutes = 5 # five\n# a comment after\n\n[keys]\nquit = [\"q\"]\n"
    let after = SettingsWriter.set("reminders.bell", to: .bool(false), in: text)
    #expect(
      after == "[reminders]\n# when\nminutes = 5 # five\nbell = false\n# a comment after\n\n[keys]\nquit = [\"q\"]\n")
    try expectValue(after, "reminders.bell", .bool(false))
    // A table with no pair: just after its header.
    let empty = "[reminders] # none yet\n# minutes = 5\n\n[keys]\n"
    #expect(
      SettingsWriter.set("reminders.minutes", to: .int(3), in: empty)
        == "[reminders] # none yet\nminutes = 3\n# minutes = 5\n\n[keys]\n")
  }

  @Test func aMissingTableIsAddedAtTheEnd() throws {
    let text = "theme = \"dark\"\n\n[keys]\nquit = [\"q\"] # q\n"
    let after = SettingsWriter.set("reminders.minutes", to: .int(30), in: text)
    #expect(after == text + "\n[reminders]\nminutes = 30\n")
    try expectValue(after, "reminders.minutes", .int(30))
  }

  @Test func dottedKeysAndInlineTablesAreEditedWhereTheyAre() throws {
    let dotted = "theme = \"dark\"\nreminders.minutes = 5 # five\nkeys.quit = [\"q\"]\n"
    let changed = SettingsWriter.set("reminders.minutes", to: .int(6), in: dotted)
    #expect(changed == "theme = \"dark\"\nreminders.minutes = 6 # five\nkeys.quit = [\"q\"]\n")
    let added = SettingsWriter.set("reminders.bell", to: .bool(false), in: dotted)
    #expect(added == "theme = \"dark\"\nreminders.minutes = 5 # five\nreminders.bell = false\nkeys.quit = [\"q\"]\n")
    try expectValue(added, "reminders.bell", .bool(false))

    let inline = "reminders = { minutes = 5 } # inline\n"
    #expect(
      SettingsWriter.set("reminders.minutes", to: .int(7), in: inline) == "reminders = { minutes = 7 } # inline\n")
    let grown = SettingsWriter.set("reminders.bell", to: .bool(true), in: inline)
    #expect(grown == "reminders = { minutes = 5, bell = true } # inline\n")
    try expectValue(grown, "reminders.bell", .bool(true))
    #expect(
      SettingsWriter.set("reminders.bell", to: .bool(true), in: "reminders = {}\n") == "reminders = { bell = true }\n")
  }

  @Test func quotedKeysAndCRLFLinesAreKept() throws {
    let text = "\"theme\" = 'light' # quoted\r\n[\"reminders\"]\r\n'minutes' = 5\r\n"
    let after = SettingsWriter.set("theme", to: .string("dark"), in: text)
    #expect(after == "\"theme\" = \"dark\" # quoted\r\n[\"reminders\"]\r\n'minutes' = 5\r\n")
    let added = SettingsWriter.set("reminders.bell", to: .bool(false), in: text)
    #expect(added == "\"theme\" = 'light' # quoted\r\n[\"reminders\"]\r\n'minutes' = 5\r\nbell = false\r\n")
    try expectValue(added, "reminders.bell", .bool(false))
  }

  @Test func commentedOutKeysAndKeysInOtherTablesAreNotTheKey() throws {
    let text = "# theme = \"light\"\n[other]\ntheme = \"x\"\nminutes = 1\n[reminders.sub]\nminutes = 2\n"
    let theme = SettingsWriter.set("theme", to: .string("light"), in: text)
    #expect(
      theme
        == "theme = \"light\"\n\n# theme = \"light\"\n[other]\ntheme = \"x\"\nminutes = 1\n[reminders.sub]\nminutes = 2\n"
    )
    let minutes = SettingsWriter.set("reminders.minutes", to: .int(9), in: text)
    #expect(minutes == text + "\n[reminders]\nminutes = 9\n")
    try expectValue(minutes, "reminders.minutes", .int(9))
  }

  @Test func multiLineValuesAreReplacedWhole() throws {
    let text = "theme = \"\"\"\ndark\"\"\" # was\npane = true\n[keys]\nquit = [\n  \"q\", # q\n]\n"
    let after = SettingsWriter.set("theme", to: .string("light"), in: text)
    #expect(after == "theme = \"light\" # was\npane = true\n[keys]\nquit = [\n  \"q\", # q\n]\n")
  }

  @Test func aTableNameUsedForAPlainValueBecomesATable() throws {
    let after = SettingsWriter.set("reminders.minutes", to: .int(5), in: "reminders = 5 # oops\n")
    #expect(after == "reminders = { minutes = 5 } # oops\n")
    try expectValue(after, "reminders.minutes", .int(5))
  }

  @Test func stringsAreEscapedForTOML() throws {
    for value in [
      #"say "hi""#, #"back\slash"#, "line\nbreak\ttab\r", "\u{1B}[31m\u{7F}\u{9B}", "\u{202E}\u{2066}bidi\u{2069}",
      "琥珀 🙂", "'single'", "\"\"\"", "# not a comment", "[reminders]", "",
    ] {
      let after = SettingsWriter.set("theme", to: .string(value), in: "theme = \"dark\" # c\n")
      try expectValue(after, "theme", .string(value))
      #expect(after.hasSuffix(" # c\n"))
      #expect(after.split(separator: "\n").count == 1)
      // Nothing invisible is written into the file.
      #expect(!after.unicodeScalars.contains { SafeText.needsEscape($0) && $0 != "\n" })
    }
    #expect(TOMLScalar.string("a\"b\\c\u{1B}\u{202E}").toml == #""a\"b\\c\u001B\u202E""#)
    #expect(TOMLScalar.int(-3).toml == "-3")
    #expect(TOMLScalar.bool(true).toml == "true")
  }

  @Test func theDefaultFileTakesEveryChange() throws {
    var text = SettingsFile.defaultText
    text = SettingsWriter.set("language", to: .string("zh"), in: text)
    text = SettingsWriter.set("reminders.minutes", to: .int(15), in: text)
    let (settings, issues) = SettingsParser.parse(text, file: "config.toml")
    #expect(issues.isEmpty)
    #expect(settings == Settings(language: "zh", reminderMinutes: 15))
    // The commented-out example stays, the setting is added after the last top-level pair.
    #expect(text.contains("# language = \"zh\"\n"))
    #expect(text.contains("mouse = true\nlanguage = \"zh\"\n"))
  }
}

/// The value at `key` (dotted) when TOMLKit reads `text`.
func expectValue(
  _ text: String, _ key: String, _ value: TOMLScalar, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let table = try TOMLTable(string: text)
  var node: TOMLValueConvertible? = table
  for part in key.split(separator: ".") { node = node?.table?[String(part)] }
  let found = try #require(node, "no \(key) in \(text)", sourceLocation: sourceLocation)
  switch value {
  case .string(let string): #expect(found.string == string, sourceLocation: sourceLocation)
  case .bool(let bool): #expect(found.bool == bool, sourceLocation: sourceLocation)
  case .int(let int): #expect(found.int == int, sourceLocation: sourceLocation)
  }
}
