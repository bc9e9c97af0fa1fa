import ExpoModel

/// Every mode's keymap: the standard ones, or with the user's own keys for some commands (the
/// settings file's `[keys]`). The state carries it, so the reducer, the help, the status bar and
/// every message that names a key follow a rebinding.
public struct Keymaps: Hashable, Sendable {
  private var modes: [Keymap]

  public static let standard = Keymaps(modes: Mode.allCases.map(Keymap.for))

  public subscript(mode: Mode) -> Keymap { modes[Mode.allCases.firstIndex(of: mode) ?? 0] }

  /// How messages write the key of `command` in `mode` ("?" when it is not bound there: a message
  /// never names a key that does something else).
  public func label(for command: Command, in mode: Mode) -> String { self[mode].label(for: command) ?? "?" }

  /// The keymaps with every rebinding of `keys` (command name → key names) that can be made, in
  /// the order of the names, and the problems of those that cannot (they keep the standard keys).
  public func applying(_ keys: [String: [String]]) -> (Keymaps, [Problem]) {
    var out = self
    var problems: [Problem] = []
    for (name, keyNames) in keys.sorted(by: { $0.key < $1.key }) {
      switch out.rebinding(name, to: keyNames) {
      case .success(let rebound): out = rebound
      case .failure(let problem): problems.append(problem)
      }
    }
    return (out, problems)
  }

  /// A rebinding that cannot be made: which command, which key, and why.
  public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
    public var command: String
    public var message: String
    public var description: String { "keys.\(command): \(message)" }
  }

  /// The keymaps with `keys` bound to the command named `name` (in `Command.names`) instead of its
  /// standard keys, in every mode that binds it. The text fields (search, note editor) keep their
  /// own keys: a printable key there types. A key another command has in a mode is a clash.
  public func rebinding(_ name: String, to keyNames: [String]) -> Result<Keymaps, Problem> {
    guard let command = Command.named(name) else {
      return .failure(
        Problem(
          command: name, message: "unknown command; commands: \(Command.names.keys.sorted().joined(separator: ", "))"))
    }
    if keyNames.isEmpty { return .failure(Problem(command: name, message: "give at least one key")) }
    var keys: [Key] = []
    for keyName in keyNames {
      guard let key = Key(name: keyName) else {
        return .failure(
          Problem(
            command: name,
            message: "\"\(Sanitize.line(keyName))\" is not a key (a character, Enter, Esc, Tab, Space, Backspace, "
              + "Up, Down, Left, Right, PgUp, PgDn, Home, End, F1–F12 or Ctrl-X)"))
      }
      if key == .control("c") { return .failure(Problem(command: name, message: "Ctrl-C always quits")) }
      if !keys.contains(key) { keys.append(key) }
    }
    var out = self
    var bound = false
    for (i, mode) in Mode.allCases.enumerated() where !out.modes[i].insertsText && out.modes[i].fallback == nil {
      var map = out.modes[i]
      guard map.bindings.contains(where: { $0.command == command }) else { continue }
      for key in keys {
        if let other = map.command(for: key), other != command {
          return .failure(
            Problem(
              command: name,
              message:
                "\(key.label) is already \(UIText.english.help(other).lowercased()) \(UIText.english.place(mode))"))
        }
      }
      // The new keys take the place of the first old one (the help lists them in table order).
      let first = map.bindings.firstIndex { $0.command == command } ?? map.bindings.count
      let before = map.bindings[..<first].filter { $0.command != command }
      let after = map.bindings[first...].filter { $0.command != command }
      map.bindings = before + keys.map { Keymap.Binding(key: $0, command: command) } + after
      out.modes[i] = map
      bound = true
    }
    if !bound { return .failure(Problem(command: name, message: "has no keys to change outside the text fields")) }
    return .success(out)
  }
}

extension Command {
  /// The commands by the names the settings file uses (`bookmark = ["b"]`).
  public static let names: [String: Command] = {
    var out: [String: Command] = [
      "down": .moveDown, "up": .moveUp, "left": .moveLeft, "right": .moveRight, "page-down": .pageDown,
      "page-up": .pageUp, "top": .top, "bottom": .bottom, "open": .open, "back": .back, "home": .home,
      "next-day": .nextTab, "previous-day": .previousTab, "sort": .sort, "categories": .categories,
      "timetable": .timetable, "filter-kind": .filterKind, "filter-venue": .filterVenue,
      "filter-pavilion": .filterPavilion, "only-bookmarked": .filterBookmarked, "filter-kind-back": .filterKindBack,
      "filter-venue-back": .filterVenueBack, "filter-pavilion-back": .filterPavilionBack,
      "clear-filters": .clearFilters, "language": .toggleLanguage, "pane": .togglePane, "search": .search,
      "bookmark": .bookmark, "note": .note, "visited": .visited, "export": .exportPlan, "map": .findOnMap,
      "zoom-in": .zoomIn, "zoom-out": .zoomOut, "route": .toggleRoute, "about": .about, "help": .help, "quit": .quit,
    ]
    for section in Section.allCases { out[section.name] = .section(section) }
    return out
  }()

  static func named(_ name: String) -> Command? { names[name.lowercased()] }
}

extension Key {
  /// A key from its name in the settings file: one character ("b", "?"), a named key ("Enter",
  /// "PgDn", "F2"), or a control key ("Ctrl-B", "^B").
  public init?(name: String) {
    let lower = name.lowercased()
    let named: [String: Key] = [
      "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab,
      "shift-tab": .backTab, "backspace": .backspace, "bksp": .backspace, "space": .character(" "), "up": .up,
      "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
      "pagedown": .pageDown, "home": .home, "end": .end,
    ]
    if let key = named[lower] {
      self = key
    } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
      self = .function(n)
    } else if let rest = ["ctrl-", "c-", "^"].lazy.compactMap({ lower.hasPrefix($0) ? lower.dropFirst($0.count) : nil })
      .first, rest.count == 1, let c = rest.first, c.isLetter, c.isASCII
    {
      self = .control(c)
    } else if name.count == 1, let c = name.first, !c.isWhitespace, !c.unicodeScalars.contains(where: Sanitize.isUnsafe)
    {
      self = .character(c)
    } else {
      return nil
    }
  }
}
