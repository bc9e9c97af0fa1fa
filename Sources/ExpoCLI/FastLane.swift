import ArgumentParser
import ExpoModel

/// The three commands a start takes most often — the guide, `expo info` and `expo search` — read
/// from the command line without swift-argument-parser's reflection, when every argument is one
/// of theirs in a plain form (`--name value`, `--name=value`, a flag, a search word).
///
/// The parser works out each command's options by reflecting over its properties (`Mirror`,
/// dynamic casts, generic metadata), and each first cast scans the static binary's ~7,000
/// protocol conformance records: 2.5–3.9 ms of a 4–8 ms start (issue 21). This lane builds the
/// same command values and runs them; anything else (help, `--version`, an unknown option, a value
/// the option does not take, `--`, a short option, an option given twice) is left to the parser,
/// which answers it as before, errors and usage included. `FastLaneTests` checks, over generated
/// command lines, that whatever the lane takes the parser reads to the same command.
/// (Reasons in docs/decisions.md, "A fast lane before swift-argument-parser".)
public enum FastLane {
  /// Runs the command `arguments` (without the program's name) ask for, and exits, when the lane
  /// reads them; returns otherwise.
  public static func run(_ arguments: [String]) {
    guard var command = command(arguments) else { return }
    do {
      try command.run()
    } catch {
      ExpoCommand.exit(withError: error)
    }
    ExpoCommand.exit()
  }

  /// The command `arguments` ask for; nil when the lane leaves them to swift-argument-parser.
  static func command(_ arguments: [String]) -> (any ParsableCommand)? {
    var arguments = arguments[...]
    switch arguments.first {
    case "info":
      arguments.removeFirst()
      return info(arguments)
    case "search":
      arguments.removeFirst()
      return search(arguments)
    case "guide":
      arguments.removeFirst()
      return guide(arguments)
    default:
      return guide(arguments)
    }
  }

  // MARK: The commands

  static let dataOptions: Set<String> = ["data", "columns", "time-zone", "encoding"]

  static func guide(_ arguments: ArraySlice<String>) -> GuideCommand? {
    guard
      let read = read(
        arguments, options: dataOptions.union(["now", "lang", "open", "user-data"]),
        flags: ["zh", "no-color", "no-pane"]),
      read.words.isEmpty, let data = data(read), let language = language(read)
    else { return nil }
    var options = GuideOptions()
    options.now = read.values["now"]?.last
    options.language = language
    options.chinese = read.flags.contains("zh")
    options.section = nil
    if let name = read.values["open"]?.last {
      guard let section = Section(argument: name) else { return nil }
      options.section = section
    }
    options.noColor = read.flags.contains("no-color")
    options.noPane = read.flags.contains("no-pane")
    var user = UserDataOptions()
    user.userData = read.values["user-data"]?.last
    var command = GuideCommand()
    command.data = data
    command.options = options
    command.user = user
    return command
  }

  static func info(_ arguments: ArraySlice<String>) -> InfoCommand? {
    guard let read = read(arguments, options: dataOptions.union(["format", "lang"])), read.words.isEmpty,
      let data = data(read), let language = language(read), let format = format(read)
    else { return nil }
    var output = FormatOptions()
    output.format = format
    output.language = language
    var command = InfoCommand()
    command.data = data
    command.output = output
    return command
  }

  static func search(_ arguments: ArraySlice<String>) -> SearchCommand? {
    guard
      let read = read(
        arguments, options: dataOptions.union(["kind", "limit", "format", "lang"]), repeatable: ["kind"]),
      !read.words.isEmpty, let data = data(read), let language = language(read), let format = format(read)
    else { return nil }
    var command = SearchCommand()
    command.data = data
    command.query = read.words
    var kinds: [SearchKind] = []
    for name in read.values["kind"] ?? [] {
      guard let kind = SearchKind(argument: name) else { return nil }
      kinds.append(kind)
    }
    command.kind = kinds
    command.limit = 20
    if let text = read.values["limit"]?.last {
      guard let limit = Int(argument: text) else { return nil }
      command.limit = limit
    }
    command.format = format
    command.language = language
    return command
  }

  // MARK: The option groups

  static func data(_ read: Read) -> DataOptions? {
    var data = DataOptions()
    data.data = read.values["data"]?.last
    data.columns = read.values["columns"]?.last
    data.timeZone = read.values["time-zone"]?.last
    data.encoding = nil
    if let name = read.values["encoding"]?.last {
      guard let encoding = TextEncoding(argument: name) else { return nil }
      data.encoding = encoding
    }
    return data
  }

  static func language(_ read: Read) -> LanguageOption? {
    var option = LanguageOption()
    option.language = nil
    if let name = read.values["lang"]?.last {
      guard let language = Language(argument: name) else { return nil }
      option.language = language
    }
    return option
  }

  static func format(_ read: Read) -> OutputFormat? {
    guard let name = read.values["format"]?.last else { return .text }
    return OutputFormat(argument: name)
  }

  // MARK: Reading

  /// The options, flags and words of a command line.
  struct Read {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var words: [String] = []
  }

  /// Reads `arguments` as long options among `options` (each with a value, once unless
  /// `repeatable`), flags among `flags` (once) and words; nil at anything else.
  static func read(
    _ arguments: ArraySlice<String>, options: Set<String>, flags: Set<String> = [], repeatable: Set<String> = []
  ) -> Read? {
    var read = Read()
    var rest = arguments
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-") else {
        read.words.append(argument)
        continue
      }
      // (A short option, `--` and a negative number are the parser's.)
      guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
      let body = argument.dropFirst(2)
      let name: String
      let value: String?
      if let equals = body.firstIndex(of: "=") {
        name = String(body[..<equals])
        value = String(body[body.index(after: equals)...])
      } else {
        name = String(body)
        value = nil
      }
      if flags.contains(name) {
        guard value == nil, read.flags.insert(name).inserted else { return nil }
        continue
      }
      guard options.contains(name), read.values[name] == nil || repeatable.contains(name) else { return nil }
      guard let given = value ?? rest.popFirst(), !given.isEmpty, !given.hasPrefix("-") else { return nil }
      read.values[name, default: []].append(given)
    }
    return read
  }
}
