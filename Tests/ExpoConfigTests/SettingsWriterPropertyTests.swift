import ExpoConfig
import TOMLKit
import Testing

/// Random sequences of `set` over random starting files: the result always reads back with the
/// last value written to each key, and every comment is still there, in order.
@Suite struct SettingsWriterPropertyTests {
  static let keys = ["language", "theme", "pane", "mouse", "reminders.minutes", "reminders.bell"]

  @Test func randomEditsOfRandomFilesReadBackAndKeepEveryComment() throws {
    var random = SplitMix64(seed: 0x5E77_1265)
    for run in 0..<400 {
      let file = RandomFile.make(&random)
      #expect(throws: Never.self, "run \(run): the starting file does not parse:\n\(file.text)") {
        try TOMLTable(string: file.text)
      }
      var text = file.text
      var written: [String: TOMLScalar] = [:]
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        let key = Self.keys.randomElement(using: &random)!
        let value = RandomFile.value(for: key, &random)
        text = SettingsWriter.set(key, to: value, in: text)
        written[key] = value
      }
      let context = "run \(run)\n--- before\n\(file.text)\n--- after\n\(text)"
      // Every value reads back as last written.
      for (key, value) in written {
        try expectValue(text, key, value)
      }
      // Settings not written keep the value they had.
      let table = try TOMLTable(string: text)
      for (key, value) in file.values where written[key] == nil {
        let parts = key.split(separator: ".").map(String.init)
        let node = parts.count == 1 ? table[parts[0]] : table[parts[0]]?.table?[parts[1]]
        #expect(node.map { TOMLScalar.from($0) } == value, "\(key)\n\(context)")
      }
      // The comment lines, in order, and every comment at the end of a line.
      #expect(RandomFile.commentLines(text) == RandomFile.commentLines(file.text), "\(context)")
      for marker in file.trailingComments {
        #expect(text.contains(marker), "\(marker)\n\(context)")
      }
      // The parser agrees for the values it accepts.
      let (settings, _) = SettingsParser.parse(text, file: "config.toml")
      if case .bool(let pane) = written["pane"] { #expect(settings.pane == pane, "\(context)") }
      if case .int(let minutes) = written["reminders.minutes"], Settings.reminderRange.contains(minutes) {
        #expect(settings.reminderMinutes == minutes, "\(context)")
      }
      if case .string(let theme) = written["theme"], let theme = Settings.Theme(rawValue: theme) {
        #expect(settings.theme == theme, "\(context)")
      }
    }
  }
}

/// A random settings file that TOML accepts, in the many shapes people write: comments
/// everywhere (some looking like settings), blank lines, odd spacing, quoted keys, dotted keys,
/// inline tables, other tables, CRLF, no newline at the end.
struct RandomFile {
  var text: String
  /// The settings the file sets, by dotted key.
  var values: [String: TOMLScalar]
  /// Unique markers in the comments at the ends of lines.
  var trailingComments: [String]

  static func commentLines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }
      .map { $0.drop { $0 == " " || $0 == "\t" } }
      .filter { $0.hasPrefix("#") }.map(String.init)
  }

  static func value(for key: String, _ random: inout SplitMix64) -> TOMLScalar {
    switch key {
    case "language":
      return .string(Bool.random(using: &random) ? ["en", "zh"].randomElement(using: &random)! : string(&random))
    case "theme":
      return .string(
        Bool.random(using: &random) ? Settings.Theme.allCases.randomElement(using: &random)!.rawValue : string(&random))
    case "reminders.minutes":
      return .int(
        Bool.random(using: &random)
          ? Int.random(in: 0...1440, using: &random) : Int.random(in: -99_999...99_999, using: &random))
    default:
      // Now and then a value of the wrong kind: the writer writes what it is given.
      return Int.random(in: 0..<8, using: &random) == 0 ? .int(7) : .bool(Bool.random(using: &random))
    }
  }

  /// A string with what breaks naive writers: quotes, backslashes, controls, bidi, comment and
  /// table syntax, non-ASCII (no NUL: TOMLKit cuts strings at a NUL, see the parser).
  static func string(_ random: inout SplitMix64) -> String {
    let pieces = [
      "a", "dark", " ", "\"", "\\", "'", "''' ", "\"\"\"", "#", "[keys]", "=", "\n", "\t", "\r", "\u{1B}[31m",
      "\u{7F}", "\u{85}", "\u{202E}", "\u{2066}", "琥珀", "🙂", "\\u0041", "\u{1}",
    ]
    return (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func make(_ random: inout SplitMix64) -> RandomFile {
    var lines: [String] = []
    var values: [String: TOMLScalar] = [:]
    var trailing: [String] = []
    var marker = 0

    func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    func space() -> String { ["", " ", "  ", "\t"].randomElement(using: &random)! }
    func trailingComment() -> String {
      guard chance(50) else { return "" }
      marker += 1
      let text = "# note-\(marker)!"
      trailing.append(text)
      return space() + (chance(80) ? " " : "") + text
    }
    func noise() {
      for _ in 0..<Int.random(in: 0...2, using: &random) {
        lines.append(
          [
            "", "# a comment", "#theme = \"light\"", "# reminders.minutes = 5", "  # [reminders]",
            "# language = \"zh\" # nested", "#", "# pane=false",
          ].randomElement(using: &random)!)
      }
    }
    func keyText(_ key: String) -> String {
      key.split(separator: ".").map { part in
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return "\"\(part)\""
        case 1: return "'\(part)'"
        default: return String(part)
        }
      }.joined(separator: space() + "." + space())
    }
    func pair(_ name: String, full: String) {
      let value = Self.value(for: full, &random)
      values[full] = value
      lines.append(space() + keyText(name) + space() + "=" + space() + value.toml + trailingComment())
    }

    noise()
    // The top level: some settings in random order, maybe an unknown one.
    for key in ["language", "theme", "pane", "mouse"].shuffled(using: &random) where chance(60) {
      pair(key, full: key)
      noise()
    }
    if chance(20) { lines.append("unknown = 1" + trailingComment()) }

    // Reminders: a table, dotted keys at the top level, an inline table, or nothing.
    let reminderKeys = ["minutes", "bell"].filter { _ in chance(60) }
    enum Table { case reminders, keys, other }
    var tables: [Table] = []
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      for name in reminderKeys { pair("reminders." + name, full: "reminders." + name) }
    case 1:
      let inside = reminderKeys.map { name -> String in
        let value = Self.value(for: "reminders." + name, &random)
        values["reminders." + name] = value
        return name + " = " + value.toml
      }
      lines.append(
        "reminders = {" + (inside.isEmpty ? "" : " " + inside.joined(separator: ", ") + " ") + "}" + trailingComment())
    case 2: tables.append(.reminders)
    default: break
    }
    if chance(50) { tables.append(.keys) }
    if chance(30) { tables.append(.other) }
    for table in tables.shuffled(using: &random) {
      noise()
      switch table {
      case .reminders:
        lines.append("[reminders]" + trailingComment())
        noise()
        for name in reminderKeys {
          pair(name, full: "reminders." + name)
          noise()
        }
      case .keys:
        lines.append("[keys]" + trailingComment())
        noise()
        if chance(70) { lines.append("bookmark = [\"b\", \"B\"]" + trailingComment()) }
        if chance(30) { lines.append("quit = [\n  \"q\", # quit\n]") }
        noise()
      case .other:
        lines.append("[other.minutes]" + trailingComment())
        lines.append("bell = 3")
      }
    }
    noise()
    let newline = chance(15) ? "\r\n" : "\n"
    var text = lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: newline)
    if chance(80), !text.isEmpty { text += newline }
    return RandomFile(text: text, values: values, trailingComments: trailing)
  }
}

extension TOMLScalar {
  static func from(_ value: TOMLValueConvertible) -> TOMLScalar? {
    if let string = value.string { return .string(string) }
    if let bool = value.bool { return .bool(bool) }
    if let int = value.int { return .int(int) }
    return nil
  }
}

/// SplitMix64: the same sequence on every platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
