import TOMLKit

/// Something wrong in a settings file, located for a message like
/// `config.toml:3: theme: expected one of dark, light, monochrome, got "blue"`.
///
/// `key`, `message` and `description` are safe to print: values and keys from the file are
/// quoted or escaped through `SafeText`, and `description` escapes the file name too (`file`
/// itself is kept as given).
public struct SettingsIssue: Sendable, Hashable, CustomStringConvertible {
  /// The file as the caller named it.
  public var file: String
  /// 1-based; nil when the issue is about the whole file (it cannot be read).
  public var line: Int?
  /// 1-based, in characters (Unicode scalars), for syntax errors (as TOMLKit reports it).
  public var column: Int?
  /// The setting (`theme`, `reminders.minutes`, `keys.bookmark`), nil for a syntax error.
  public var key: String?
  public var message: String

  public init(file: String, line: Int?, column: Int? = nil, key: String?, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.key = key
    self.message = message
  }

  public var description: String {
    var place = SafeText.escape(file, limit: 200)
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return place + ": " + (key.map { $0 + ": " } ?? "") + message
  }
}

/// Reads the text of a settings file. It never fails: what is broken keeps its default and is
/// reported.
public enum SettingsParser {
  public static func parse(_ text: String, file: String) -> (Settings, [SettingsIssue]) {
    var reader = Reader(file: file, layout: TOMLLayout(text))
    let table: TOMLTable
    // TOMLKit hands the text to C++ as a C string: it would end at a NUL, which TOML forbids.
    if let nul = reader.layout.bytes.firstIndex(of: 0) {
      let line = reader.layout.line(of: nul)
      // Columns count characters (Unicode scalars), as TOMLKit's do.
      let before = reader.layout.bytes[reader.layout.lineStarts[line - 1]..<nul]
      let column = String(decoding: before, as: UTF8.self).unicodeScalars.count + 1
      reader.issue(line: line, column: column, key: nil, "syntax error: a NUL character (U+0000) is not allowed")
      return (.defaults, reader.issues)
    }
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      reader.issue(
        line: error.source.begin.line, column: error.source.begin.column, key: nil,
        "syntax error: " + SafeText.escape(error.description, limit: 200))
      return (.defaults, reader.issues)
    } catch {
      reader.issue(line: nil, key: nil, "syntax error: " + SafeText.escape(String(describing: error), limit: 200))
      return (.defaults, reader.issues)
    }
    let settings = reader.read(table)
    let issues = reader.issues.enumerated().sorted { a, b in
      (a.element.line ?? 0, a.offset) < (b.element.line ?? 0, b.offset)
    }.map(\.element)
    return (settings, issues)
  }
}

private struct Reader {
  let file: String
  let layout: TOMLLayout
  var issues: [SettingsIssue] = []

  init(file: String, layout: TOMLLayout) {
    self.file = file
    self.layout = layout
  }

  static let topKeys = ["language", "theme", "pane", "mouse", "reminders", "updates", "keys"]
  static let reminderKeys = ["minutes", "bell"]
  static let updateKeys = ["minutes"]

  mutating func issue(line: Int?, column: Int? = nil, key: String?, _ message: String) {
    issues.append(.init(file: file, line: line, column: column, key: key, message: message))
  }

  mutating func issue(_ path: [String], _ message: String) {
    issue(line: layout.line(ofPath: path), key: Self.keyName(path), message)
  }

  mutating func read(_ table: TOMLTable) -> Settings {
    var settings = Settings.defaults
    for key in table.keys {
      guard let value = table[key] else { continue }
      switch key {
      case "language":
        if let language = oneOf(Settings.languages, value, [key]) { settings.language = language }
      case "theme":
        if let theme = oneOf(Settings.Theme.allCases.map(\.rawValue), value, [key]) {
          settings.theme = Settings.Theme(rawValue: theme) ?? settings.theme
        }
      case "pane": settings.pane = bool(value, [key]) ?? settings.pane
      case "mouse": settings.mouse = bool(value, [key]) ?? settings.mouse
      case "reminders":
        for (name, value) in entries(value, [key]) {
          switch name {
          case "minutes": settings.reminderMinutes = minutes(value, [key, name]) ?? settings.reminderMinutes
          case "bell": settings.bell = bool(value, [key, name]) ?? settings.bell
          default: unknown([key, name], valid: Self.reminderKeys)
          }
        }
      case "updates":
        for (name, value) in entries(value, [key]) {
          switch name {
          case "minutes": settings.updateMinutes = minutes(value, [key, name]) ?? settings.updateMinutes
          default: unknown([key, name], valid: Self.updateKeys)
          }
        }
      case "keys":
        for (command, value) in entries(value, [key]) {
          if let names = keyNames(value, [key, command]) { settings.keys[command] = names }
        }
      default: unknown([key], valid: Self.topKeys)
      }
    }
    return settings
  }

  // MARK: Values

  private mutating func oneOf(_ valid: [String], _ value: TOMLValueConvertible, _ path: [String]) -> String? {
    let expected = "expected one of " + valid.joined(separator: ", ")
    guard let string = value.string else {
      issue(path, expected + ", got " + Self.describe(value))
      return nil
    }
    guard valid.contains(string) else {
      issue(path, expected + ", got " + SafeText.quote(string))
      return nil
    }
    return string
  }

  private mutating func bool(_ value: TOMLValueConvertible, _ path: [String]) -> Bool? {
    guard let bool = value.bool else {
      issue(path, "expected true or false, got " + Self.describe(value))
      return nil
    }
    return bool
  }

  private mutating func minutes(_ value: TOMLValueConvertible, _ path: [String]) -> Int? {
    let range = Settings.reminderRange
    let expected = "expected a whole number of minutes from \(range.lowerBound) to \(range.upperBound)"
    guard let minutes = value.int, range.contains(minutes) else {
      issue(path, expected + ", got " + Self.describe(value))
      return nil
    }
    return minutes
  }

  private mutating func subtable(_ value: TOMLValueConvertible, _ path: [String]) -> TOMLTable? {
    guard let table = value.table else {
      issue(path, "expected a table ([\(Self.keyName(path))]), got " + Self.describe(value))
      return nil
    }
    return table
  }

  /// The keys and values of a table setting, in the table's order (none, and an issue, when it is
  /// not a table).
  private mutating func entries(_ value: TOMLValueConvertible, _ path: [String]) -> [(String, TOMLValueConvertible)] {
    guard let table = subtable(value, path) else { return [] }
    return table.keys.compactMap { name in table[name].map { (name, $0) } }
  }

  private mutating func keyNames(_ value: TOMLValueConvertible, _ path: [String]) -> [String]? {
    let expected = "expected a list of key names like [\"b\"]"
    guard let array = value.array else {
      issue(path, expected + ", got " + Self.describe(value))
      return nil
    }
    var names: [String] = []
    for (position, element) in array.enumerated() {
      guard let name = element.string, !name.isEmpty else {
        issue(path, expected + ", got " + Self.describe(element) + " at position \(position + 1)")
        return nil
      }
      names.append(name)
    }
    return names
  }

  private mutating func unknown(_ path: [String], valid: [String]) {
    issue(path, "unknown setting; valid here: " + valid.joined(separator: ", "))
  }

  // MARK: Text

  /// A TOML value for a message: strings quoted safely, numbers and booleans as they are, other
  /// kinds by name.
  static func describe(_ value: TOMLValueConvertible) -> String {
    switch value.type {
    case .string: return SafeText.quote(value.string ?? "")
    case .int: return value.int.map(String.init) ?? "an integer"
    case .double: return value.double.map { "\($0)" } ?? "a number"
    case .bool: return value.bool.map { $0 ? "true" : "false" } ?? "a boolean"
    case .array: return "a list"
    case .table: return "a table"
    case .date, .time, .dateTime: return "a date or time"
    }
  }

  /// A dotted key for a message: bare parts as they are, others quoted safely.
  static func keyName(_ path: [String]) -> String {
    path.map { part in
      !part.isEmpty && part.utf8.allSatisfy(TOMLLayout.isBareKeyByte) && part.utf8.count <= SafeText.defaultLimit
        ? part : SafeText.quote(part)
    }.joined(separator: ".")
  }
}
