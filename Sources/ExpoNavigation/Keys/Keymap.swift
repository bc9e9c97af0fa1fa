/// Which key runs which command. The help overlay and the status bar are generated from it.
public struct Keymap: Sendable {
  public struct Binding: Hashable, Sendable {
    public var key: Key
    public var command: Command
  }

  public var bindings: [Binding]

  public init(bindings: [Binding]) { self.bindings = bindings }

  public func command(for key: Key) -> Command? { bindings.first { $0.key == key }?.command }

  /// The keys bound to `command`, in table order.
  public func keys(for command: Command) -> [Key] { bindings.filter { $0.command == command }.map(\.key) }

  public static let standard = Keymap(bindings: [
    .init(key: .down, command: .moveDown), .init(key: .character("j"), command: .moveDown),
    .init(key: .up, command: .moveUp), .init(key: .character("k"), command: .moveUp),
    .init(key: .pageDown, command: .pageDown), .init(key: .character(" "), command: .pageDown),
    .init(key: .control("f"), command: .pageDown),
    .init(key: .pageUp, command: .pageUp), .init(key: .control("b"), command: .pageUp),
    .init(key: .character("g"), command: .top), .init(key: .home, command: .top),
    .init(key: .character("G"), command: .bottom), .init(key: .end, command: .bottom),
    .init(key: .enter, command: .open), .init(key: .right, command: .open), .init(key: .character("l"), command: .open),
    .init(key: .escape, command: .back), .init(key: .backspace, command: .back), .init(key: .left, command: .back),
    .init(key: .character("h"), command: .back),
    .init(key: .character("1"), command: .halls), .init(key: .character("2"), command: .countries),
    .init(key: .character("3"), command: .exhibitors), .init(key: .character("4"), command: .products),
    .init(key: .character("5"), command: .schedule), .init(key: .character("6"), command: .plan),
    .init(key: .character("7"), command: .map), .init(key: .character("m"), command: .findOnMap),
    .init(key: .character("+"), command: .zoomIn), .init(key: .character("="), command: .zoomIn),
    .init(key: .character("-"), command: .zoomOut), .init(key: .character("r"), command: .toggleRoute),
    .init(key: .character("p"), command: .togglePane),
    .init(key: .character("0"), command: .home),
    .init(key: .tab, command: .nextTab), .init(key: .character("]"), command: .nextTab),
    .init(key: .backTab, command: .previousTab), .init(key: .character("["), command: .previousTab),
    .init(key: .character("s"), command: .sort), .init(key: .character("f"), command: .categories),
    .init(key: .character("t"), command: .timetable), .init(key: .character("K"), command: .filterKind),
    .init(key: .character("W"), command: .filterVenue), .init(key: .character("P"), command: .filterPavilion),
    .init(key: .character("o"), command: .filterBookmarked),
    .init(key: .character("L"), command: .toggleLanguage),
    .init(key: .character("/"), command: .search), .init(key: .character("b"), command: .bookmark),
    .init(key: .character("n"), command: .note), .init(key: .character("v"), command: .visited),
    .init(key: .character("e"), command: .exportPlan),
    .init(key: .character("i"), command: .about),
    .init(key: .character("?"), command: .help), .init(key: .function(1), command: .help),
    .init(key: .character("q"), command: .quit), .init(key: .control("c"), command: .quit),
  ])
}
