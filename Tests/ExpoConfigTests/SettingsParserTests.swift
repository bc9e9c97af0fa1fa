import ExpoConfig
import Testing

/// Reading settings: values, defaults for what is broken, and located, printable issues.
@Suite struct SettingsParserTests {
  func parse(_ text: String) -> (Settings, [SettingsIssue]) {
    SettingsParser.parse(text, file: "config.toml")
  }

  @Test func anEmptyFileGivesTheDefaults() {
    let (settings, issues) = parse("")
    #expect(settings == Settings.defaults)
    #expect(issues.isEmpty)
    #expect(settings.language == nil)
    #expect(settings.theme == .dark)
    #expect(settings.pane && settings.mouse && settings.bell)
    #expect(settings.reminderMinutes == 10)
    #expect(settings.keys.isEmpty)
  }

  @Test func everySettingIsRead() {
    let (settings, issues) = parse(
      """
      language = "zh"
      theme = "monochrome"
      pane = false
      mouse = false
      [reminders]
      minutes = 0
      bell = false
      [keys]
      bookmark = ["b", "ctrl-b"]
      quit = []
      """)
    #expect(issues.isEmpty)
    #expect(
      settings
        == Settings(
          language: "zh", theme: .monochrome, pane: false, mouse: false, bell: false, reminderMinutes: 0,
          keys: ["bookmark": ["b", "ctrl-b"], "quit": []]))
  }

  @Test func otherWaysOfWritingTheSameTOMLAreRead() {
    // Dotted keys, an inline table, quoted keys, a literal string, an integer with an underscore.
    let (settings, issues) = parse(
      """
      'theme' = 'light'
      reminders.minutes = 1_440
      reminders.bell = false
      keys = { "search" = ["/"] }
      """)
    #expect(issues.isEmpty)
    #expect(settings.theme == .light)
    #expect(settings.reminderMinutes == 1440)
    #expect(!settings.bell)
    #expect(settings.keys == ["search": ["/"]])
  }

  @Test func theMessageOfAnIssueNamesTheFileTheLineAndTheKey() {
    let (settings, issues) = parse(
      """
      # comment
      language = "en"
      theme = "blue"
      """)
    #expect(settings.theme == .dark)
    #expect(settings.language == "en")
    #expect(
      issues.map(\.description) == [#"config.toml:3: theme: expected one of dark, light, monochrome, got "blue""#])
    #expect(issues.first?.line == 3)
    #expect(issues.first?.key == "theme")
  }

  /// One file with an issue of every kind, each on its own line: every one is reported at its
  /// line, and the good settings around them are read.
  @Test func everyKindOfIssueIsLocated() {
    let (settings, issues) = parse(
      """
      language = "fr"
      theme = 3
      pane = "yes"
      mouse = false
      colour = "red"

      [reminders]
      minutes = 2000
      bell = 1
      snooze = 5

      [keys]
      bookmark = "b"
      search = ["/", 1]
      quit = ["q"]
      help = [""]

      [extra]
      x = 1
      """)
    #expect(settings == Settings(mouse: false, keys: ["quit": ["q"]]))
    #expect(
      issues.map(\.description) == [
        #"config.toml:1: language: expected one of en, zh, got "fr""#,
        "config.toml:2: theme: expected one of dark, light, monochrome, got 3",
        #"config.toml:3: pane: expected true or false, got "yes""#,
        "config.toml:5: colour: unknown setting; valid here: language, theme, pane, mouse, reminders, updates, keys",
        "config.toml:8: reminders.minutes: expected a whole number of minutes from 0 to 1440, got 2000",
        "config.toml:9: reminders.bell: expected true or false, got 1",
        "config.toml:10: reminders.snooze: unknown setting; valid here: minutes, bell",
        #"config.toml:13: keys.bookmark: expected a list of key names like ["b"], got "b""#,
        #"config.toml:14: keys.search: expected a list of key names like ["b"], got 1 at position 2"#,
        #"config.toml:16: keys.help: expected a list of key names like ["b"], got "" at position 1"#,
        "config.toml:18: extra: unknown setting; valid here: language, theme, pane, mouse, reminders, updates, keys",
      ])
  }

  @Test func wrongKindsOfValuesSayWhatWasExpected() {
    let (settings, issues) = parse(
      """
      reminders = 5
      keys = "none"
      pane = 2024-05-01
      mouse = [true]
      theme = { name = "dark" }
      language = 1.5
      """)
    #expect(settings == Settings.defaults)
    #expect(
      issues.map(\.description) == [
        "config.toml:1: reminders: expected a table ([reminders]), got 5",
        #"config.toml:2: keys: expected a table ([keys]), got "none""#,
        "config.toml:3: pane: expected true or false, got a date or time",
        "config.toml:4: mouse: expected true or false, got a list",
        "config.toml:5: theme: expected one of dark, light, monochrome, got a table",
        "config.toml:6: language: expected one of en, zh, got 1.5",
      ])
  }

  @Test func minutesMustBeAWholeNumberInRange() {
    for (text, minutes, issue) in [
      ("0", 0, nil), ("1440", 1440, nil), ("-1", 10, "got -1"), ("1441", 10, "got 1441"), ("10.0", 10, "got 10.0"),
      ("\"10\"", 10, #"got "10""#),
    ] {
      let (settings, issues) = parse("[reminders]\nminutes = \(text)\n")
      #expect(settings.reminderMinutes == minutes, "\(text)")
      #expect(issues.map(\.description).first?.hasSuffix(issue ?? "") ?? (issue == nil), "\(text)")
      #expect(issues.count == (issue == nil ? 0 : 1), "\(text)")
      #expect(issues.first.map { $0.line == 2 } ?? true)
    }
  }

  /// How often the guide checks a followed URL: minutes in the same range, 0 turns it off.
  @Test func updateMinutesAreRead() {
    #expect(Settings.defaults.updateMinutes == 30)
    for (text, minutes, issue) in [("0", 0, nil), ("5", 5, nil), ("1441", 30, "got 1441"), ("true", 30, "got true")] {
      let (settings, issues) = parse("[updates]\nminutes = \(text)\n")
      #expect(settings.updateMinutes == minutes, "\(text)")
      #expect(
        issues.map(\.description)
          == (issue.map { ["config.toml:2: updates.minutes: expected a whole number of minutes from 0 to 1440, \($0)"] }
            ?? []),
        "\(text)")
    }
    let (_, unknown) = parse("[updates]\nevery = 5\n")
    #expect(unknown.map(\.description) == ["config.toml:2: updates.every: unknown setting; valid here: minutes"])
  }

  @Test func aSyntaxErrorGivesTheDefaultsAndTheLineAndColumn() {
    let (settings, issues) = parse(
      """
      theme = "light"
      pane = false

      mouse = tru
      """)
    #expect(settings == Settings.defaults)
    #expect(issues.count == 1)
    let issue = try! #require(issues.first)
    #expect(issue.line == 4)
    #expect(issue.column != nil)
    #expect(issue.key == nil)
    #expect(issue.description.hasPrefix("config.toml:4:\(issue.column!): syntax error: "))
  }

  @Test func syntaxErrorsOfManyKinds() {
    for (text, line) in [
      ("theme = \"dark", 1), ("[reminders\nminutes = 1", 1), ("pane = true\npane = false", 2),
      ("a = 1\n= 2", 2), ("[keys]\nquit = [\"q\"\n", 2), ("theme = 'a'\n[reminders]\n[reminders]", 3),
      ("x = \"\u{1B}[31m\"", 1),
    ] {
      let (settings, issues) = parse(text)
      #expect(settings == Settings.defaults, "\(text)")
      #expect(issues.count == 1, "\(text)")
      #expect(issues.first?.line == line, "\(text): \(issues)")
      #expect(issues.first?.description.contains("syntax error") == true)
      #expect(issues.first.map { !$0.description.unicodeScalars.contains { $0.value == 0x1B } } == true)
    }
  }

  @Test func aNULCharacterIsASyntaxErrorAtItsPlace() {
    // TOMLKit passes the text to C++ as a C string, which would end at the NUL.
    let (settings, issues) = parse("theme = \"light\"\npane = f\u{0}alse\n")
    #expect(settings == Settings.defaults)
    #expect(issues.map(\.description) == ["config.toml:2:9: syntax error: a NUL character (U+0000) is not allowed"])
  }

  @Test func hostileValuesAreNeutralisedInMessages() {
    let bidi = "\u{202E}krad\u{2066}\u{2069}\u{202A}"
    let long = String(repeating: "A", count: 10_000)
    let zalgo = "e" + String(repeating: "\u{301}", count: 10_000)
    let (settings, issues) = parse(
      """
      theme = "\\u001B]0;pwned\\u0007\\u001B[2J\\u001B[31m"
      language = "\(bidi)"
      [reminders]
      minutes = "\(long)"
      bell = "\(zalgo)"
      [keys]
      "\\u001B[2Jbookmark\u{202E}" = "\\u009B31m"
      [\(long)]
      x = 1
      """)
    #expect(settings == Settings.defaults)
    #expect(issues.count == 6)
    for issue in issues {
      let text = issue.description
      let bad = text.unicodeScalars.filter { SafeText.needsEscape($0) }
      #expect(bad.isEmpty, "\(Array(text.unicodeScalars.map(\.value)))")
      #expect(text.unicodeScalars.count < 300, "\(text.prefix(100))")
      #expect(issue.line != nil)
    }
    #expect(issues[0].description.contains(#"got "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{1B}[31m""#))
    #expect(issues[1].description.contains(#"got "\u{202E}krad\u{2066}\u{2069}\u{202A}""#))
    #expect(issues[2].description.hasSuffix(#"got ""# + String(repeating: "A", count: 60) + "…\""))
    #expect(issues[3].description.hasSuffix("…\""))
    #expect(issues[4].key == #"keys."\u{1B}[2Jbookmark\u{202E}""#)
    #expect(issues[4].description.contains(#"got "\u{9B}31m""#))
    #expect(issues[5].line == 8)
  }

  @Test func aByteOrderMarkAndWindowsLineEndingsAreRead() {
    let (settings, issues) = parse("\u{FEFF}theme = \"light\"\r\n[reminders]\r\nminutes = 5 # five\r\nbell = 3\r\n")
    #expect(settings.theme == .light)
    #expect(settings.reminderMinutes == 5)
    #expect(issues.map(\.description) == ["config.toml:4: reminders.bell: expected true or false, got 3"])
  }

  @Test func issuesInInlineTablesAndDottedKeysPointAtTheirLine() {
    let (_, issues) = parse(
      """
      theme = "dark"
      reminders = { minutes = -5, bell = true }
      keys.quit = "q"
      """)
    #expect(issues.map { "\($0.line ?? 0) \($0.key ?? "")" } == ["2 reminders.minutes", "3 keys.quit"])
  }
}
