import ExpoModel

/// Which key runs which command in one mode. The help overlay, the status bar and the messages
/// that name keys are generated from it.
public struct Keymap: Hashable, Sendable {
  public struct Binding: Hashable, Sendable {
    public var key: Key
    public var command: Command
  }

  public var bindings: [Binding]
  /// Printable keys that are not bound type text (search field, note editor).
  public var insertsText: Bool
  /// What any other key does (the help overlay: closes it).
  public var fallback: Command?

  public init(bindings: [Binding], insertsText: Bool = false, fallback: Command? = nil) {
    self.bindings = bindings
    self.insertsText = insertsText
    self.fallback = fallback
  }

  public func command(for key: Key) -> Command? { bindings.first { $0.key == key }?.command ?? fallbackCommand(key) }

  private func fallbackCommand(_ key: Key) -> Command? {
    if insertsText, case .character = key { return nil }
    return fallback
  }

  /// The keys bound to `command`, in table order.
  public func keys(for command: Command) -> [Key] { bindings.filter { $0.command == command }.map(\.key) }

  /// How the status bar and messages write the key of `command` ("6", "Enter"); nil when the
  /// command is not bound here.
  public func label(for command: Command) -> String? { keys(for: command).first?.label }

  /// The keys of all the sections as one label ("1-7"); nil unless every section has a key.
  public var sectionsLabel: String? {
    let labels = Section.allCases.compactMap { label(for: .section($0)) }
    guard labels.count == Section.allCases.count, let first = labels.first, let last = labels.last else { return nil }
    return "\(first)-\(last)"
  }

  public static func `for`(_ mode: Mode) -> Keymap {
    switch mode {
    case .list: return list
    case .changes: return changes
    case .detail: return detail
    case .schedule: return schedule
    case .timetable: return timetable
    case .map: return map
    case .search: return search
    case .noteEditor: return noteEditor
    case .help: return help
    }
  }

  private static func bind(_ pairs: [(Key, Command)]) -> [Binding] { pairs.map { Binding(key: $0.0, command: $0.1) } }

  static let vertical: [(Key, Command)] = [
    (.down, .moveDown), (.character("j"), .moveDown), (.up, .moveUp), (.character("k"), .moveUp),
    (.pageDown, .pageDown), (.character(" "), .pageDown), (.control("f"), .pageDown),
    (.pageUp, .pageUp), (.control("b"), .pageUp),
    (.character("g"), .top), (.home, .top), (.character("G"), .bottom), (.end, .bottom),
  ]

  static let openBack: [(Key, Command)] = [
    (.enter, .open), (.right, .open), (.character("l"), .open),
    (.escape, .back), (.backspace, .back), (.left, .back), (.character("h"), .back),
  ]

  static let sections: [(Key, Command)] =
    Section.allCases.map { (Key.character(Character(String($0.rawValue))), Command.section($0)) }
    + [(.character("0"), .home)]

  static let general: [(Key, Command)] = [
    (.character("/"), .search), (.character("L"), .toggleLanguage), (.character("p"), .togglePane),
    (.character("i"), .about), (.character("?"), .help), (.function(1), .help),
    (.character("q"), .quit), (.control("c"), .quit),
  ]

  static let items: [(Key, Command)] = [
    (.character("b"), .bookmark), (.character("n"), .note), (.character("v"), .visited),
    (.character("m"), .findOnMap), (.character("f"), .categories),
  ]

  /// Day tabs in the schedule, scope tabs on the Changes screen.
  static let tabs: [(Key, Command)] = [
    (.tab, .nextTab), (.character("]"), .nextTab), (.backTab, .previousTab), (.character("["), .previousTab),
  ]

  static let scheduleKeys: [(Key, Command)] =
    tabs + [
      (.character("t"), .timetable), (.character("K"), .filterKind), (.character("W"), .filterVenue),
      (.character("P"), .filterPavilion), (.character("o"), .filterBookmarked),
      (.control("k"), .filterKindBack), (.control("w"), .filterVenueBack), (.control("p"), .filterPavilionBack),
      (.character("X"), .clearFilters),
    ]

  public static let list = Keymap(
    bindings: bind(
      vertical + openBack + sections + items + [(.character("s"), .sort), (.character("e"), .exportPlan)] + general))

  /// The Changes screen: the list's moves, and tabs for its scopes.
  public static let changes = Keymap(bindings: bind(vertical + openBack + sections + tabs + items + general))

  public static let detail = Keymap(bindings: bind(vertical + openBack + sections + items + general))

  public static let schedule = Keymap(bindings: bind(vertical + openBack + sections + scheduleKeys + items + general))

  /// The timetable: ← → (h l) move to the nearest event in the venue beside, not back and open.
  public static let timetable = Keymap(
    bindings: bind(
      vertical + [
        (.left, .moveLeft), (.character("h"), .moveLeft), (.right, .moveRight), (.character("l"), .moveRight),
        (.enter, .open), (.escape, .back), (.backspace, .back),
      ] + sections + scheduleKeys + items + general))

  public static let map = Keymap(
    bindings: bind(
      [
        (.down, .moveDown), (.character("j"), .moveDown), (.up, .moveUp), (.character("k"), .moveUp),
        (.left, .moveLeft), (.character("h"), .moveLeft), (.right, .moveRight), (.character("l"), .moveRight),
        (.enter, .open), (.escape, .back), (.backspace, .back),
        (.character("+"), .zoomIn), (.character("="), .zoomIn), (.character("-"), .zoomOut),
        (.character("r"), .toggleRoute), (.character("b"), .bookmark), (.character("m"), .findOnMap),
      ] + sections + general))

  public static let search = Keymap(
    bindings: bind([
      (.enter, .open), (.escape, .back), (.tab, .nextTab), (.backTab, .previousTab),
      (.down, .moveDown), (.up, .moveUp), (.pageDown, .pageDown), (.pageUp, .pageUp), (.home, .top), (.end, .bottom),
      (.backspace, .deleteBackward), (.control("w"), .deleteWord), (.control("u"), .clearText),
      // Act on the selected result without leaving the search (keys the field does not take).
      (.control("b"), .bookmark), (.control("g"), .findOnMap),
      (.function(1), .help), (.control("c"), .quit),
    ]), insertsText: true)

  public static let noteEditor = Keymap(
    bindings: bind([
      (.enter, .save), (.escape, .cancel), (.backspace, .deleteBackward), (.control("d"), .deleteForward),
      (.left, .cursorLeft), (.right, .cursorRight), (.home, .cursorStart), (.control("a"), .cursorStart),
      (.end, .cursorEnd), (.control("e"), .cursorEnd), (.control("u"), .clearText), (.control("c"), .quit),
    ]), insertsText: true)

  public static let help = Keymap(bindings: [], fallback: .closeHelp)
}
