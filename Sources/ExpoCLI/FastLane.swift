import ArgumentParser
import ExpoModel

/// The three commands a start takes most often — the guide, `expo info` and `expo search` — read
/// from the command line without swift-argument-parser's reflection, when every argument is one
/// of theirs in a plain form (`--name value`, `--name=value`, a flag, a search word).
///
/// The parser works out each command's options by reflecting over its properties (`Mirror`,
/// dynamic casts, generic metadata), and each first cast scans the static binary's ~7,000
/// protocol conformance records: 2.5–3.9 ms of a 4–8 ms start (issue 21); even making the
/// parser's command values by hand instantiated their property wrappers' generic types (another
/// millisecond). This lane reads the options into plain values (`Request`), which the parser's
/// commands run too; anything else (help, `--version`, an unknown option, a value
/// the option does not take, `--`, a short option, an option given twice) is left to the parser,
/// which answers it as before, errors and usage included. `FastLaneTests` checks, over generated
/// command lines, that whatever the lane takes the parser reads to the same command.
/// (Reasons in docs/decisions.md, "A fast lane before swift-argument-parser".)
public enum FastLane {
  /// A command as plain values: what the lane runs, and what the parser's commands run too.
  enum Request: Equatable {
    case guide(DataChoice, GuideChoice, userData: String?)
    case info(DataChoice, OutputFormat, language: Language?)
    case search(DataChoice, query: [String], kinds: [SearchKind], limit: Int, OutputFormat, language: Language?)

    func run() throws {
      switch self {
      case .guide(let data, let options, let userData): try runGuide(data: data, options: options, userData: userData)
      case .info(let data, let format, let language):
        try InfoCommand.run(data: data, format: format, language: language)
      case .search(let data, let query, let kinds, let limit, let format, let language):
        try SearchCommand.run(data: data, query: query, kinds: kinds, limit: limit, format: format, language: language)
      }
    }
  }

  /// Runs the command `arguments` (without the program's name) ask for, and exits, when the lane
  /// reads them; returns otherwise.
  public static func run(_ arguments: [String]) {
    guard let request = request(arguments) else { return }
    do {
      try request.run()
    } catch {
      ExpoCommand.exit(withError: error)
    }
    ExpoCommand.exit()
  }

  /// The command `arguments` ask for; nil when the lane leaves them to swift-argument-parser.
  static func request(_ arguments: [String]) -> Request? {
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

  // (Arrays, not sets: a `Set<String>` is a generic type whose conformance is looked up at run
  // time, a scan of every conformance record.)
  static let dataOptions = ["data", "columns", "time-zone", "encoding"]

  static func guide(_ arguments: ArraySlice<String>) -> Request? {
    guard
      let read = read(
        arguments, options: dataOptions + ["now", "lang", "open", "user-data"],
        flags: ["zh", "no-color", "no-pane"]),
      read.words.isEmpty, let data = data(read), let language = language(read)
    else { return nil }
    var section: Section?
    if let name = read.values["open"]?.last {
      guard let named = Section(argument: name) else { return nil }
      section = named
    }
    let options = GuideChoice(
      now: read.values["now"]?.last, language: language, chinese: read.flags.contains("zh"), section: section,
      noColor: read.flags.contains("no-color"), noPane: read.flags.contains("no-pane"))
    return .guide(data, options, userData: read.values["user-data"]?.last)
  }

  static func info(_ arguments: ArraySlice<String>) -> Request? {
    guard let read = read(arguments, options: dataOptions + ["format", "lang"]), read.words.isEmpty,
      let data = data(read), let language = language(read), let format = format(read)
    else { return nil }
    return .info(data, format, language: language)
  }

  static func search(_ arguments: ArraySlice<String>) -> Request? {
    guard
      let read = read(
        arguments, options: dataOptions + ["kind", "limit", "format", "lang"], repeatable: ["kind"]),
      !read.words.isEmpty, let data = data(read), let language = language(read), let format = format(read)
    else { return nil }
    var kinds: [SearchKind] = []
    for name in read.values["kind"] ?? [] {
      guard let kind = SearchKind(argument: name) else { return nil }
      kinds.append(kind)
    }
    var limit = 20
    if let text = read.values["limit"]?.last {
      guard let given = Int(argument: text) else { return nil }
      limit = given
    }
    return .search(data, query: read.words, kinds: kinds, limit: limit, format, language: language)
  }

  // MARK: The option groups

  static func data(_ read: Read) -> DataChoice? {
    var encoding: TextEncoding?
    if let name = read.values["encoding"]?.last {
      guard let named = TextEncoding(argument: name) else { return nil }
      encoding = named
    }
    return DataChoice(
      data: read.values["data"]?.last, columns: read.values["columns"]?.last,
      timeZone: read.values["time-zone"]?.last, encoding: encoding)
  }

  /// The language asked for (`.some(nil)`: none), or nil when the name is not one.
  static func language(_ read: Read) -> Language?? {
    guard let name = read.values["lang"]?.last else { return .some(nil) }
    return Language(argument: name).map { .some($0) }
  }

  static func format(_ read: Read) -> OutputFormat? {
    guard let name = read.values["format"]?.last else { return .text }
    return OutputFormat(argument: name)
  }

  // MARK: Reading

  /// The options, flags and words of a command line.
  struct Read {
    var values: [String: [String]] = [:]
    var flags: [String] = []
    var words: [String] = []
  }

  /// Reads `arguments` as long options among `options` (each with a value, once unless
  /// `repeatable`), flags among `flags` (once) and words; nil at anything else.
  static func read(
    _ arguments: ArraySlice<String>, options: [String], flags: [String] = [], repeatable: [String] = []
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
        guard value == nil, !read.flags.contains(name) else { return nil }
        read.flags.append(name)
        continue
      }
      guard options.contains(name), read.values[name] == nil || repeatable.contains(name) else { return nil }
      guard let given = value ?? rest.popFirst(), !given.isEmpty, !given.hasPrefix("-") else { return nil }
      read.values[name, default: []].append(given)
    }
    return read
  }
}

/// A command the fast lane also reads: its options as the lane's plain values.
protocol FastLaneCommand {
  var request: FastLane.Request { get }
}

extension GuideCommand: FastLaneCommand {
  var request: FastLane.Request { .guide(data.choice, options.choice, userData: user.userData) }
}

extension InfoCommand: FastLaneCommand {
  var request: FastLane.Request { .info(data.choice, output.format, language: output.language.language) }
}

extension SearchCommand: FastLaneCommand {
  var request: FastLane.Request {
    .search(data.choice, query: query, kinds: kind, limit: limit, format, language: language.language)
  }
}
