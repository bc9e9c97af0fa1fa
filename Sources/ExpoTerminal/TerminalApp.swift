import CNcursesW
import CTerminalGuard
import ExpoModel
import ExpoNavigation
import ExpoUI
import Foundation

/// The terminal set up for the guide (ncurses started, the screen taken) before its first screen is
/// ready, so that the start can set it up while other work finishes (the bookmarks file opening on
/// another thread). `TerminalApp.run(on:)` takes it over; it is restored when done with.
public final class PreparedTerminal {
  let screen: TerminalScreen

  public init(theme: ColourTheme, mouse: Bool) throws { screen = try TerminalScreen(theme: theme, mouse: mouse) }
}

/// The interactive guide's run loop: input -> reducer -> renderer -> terminal.
public struct TerminalApp {
  let navigator: Navigator
  let clock: any ExpoClock
  let theme: ColourTheme
  let mouse: Bool
  let language: Language
  /// Screen to open on after Home (e.g. the schedule for --now).
  let initialSection: Section?
  /// Writes bookmarks and exports.
  let effects: any EffectPerforming
  /// Shown in the status bar at start (e.g. "your bookmarks file was unreadable and kept as …").
  let startMessage: String?
  /// Plans in ASCII (a terminal whose locale is not UTF-8).
  public var asciiPlans = false
  /// Start with the detail pane (wide terminals); `p` toggles it.
  public var showPane = true
  /// Every mode's keys (the settings file may rebind some).
  public var keymaps = Keymaps.standard
  /// Reminders before bookmarked events (the settings file's `[reminders]`).
  public var reminders = Reminders()
  /// Remembers a setting changed with a key (the language, the pane); returns a message when it
  /// could not.
  public var saveSettings: ((SettingChange, Language) -> String?)?
  /// Told the start's phases ("terminal", "first screen", "first paint") for `EXPO_PROFILE`.
  public var startMarks: ((String) -> Void)?
  /// Asked between keys (at most once a second): a new version of the data to show, if one
  /// arrived while the guide runs.
  public var updates: (() -> DataUpdate?)?

  /// A new version of the data: its screens, what writes the bookmarks and exports for it, and
  /// what the status bar says of it (also a version that could not be read: no source then).
  public struct DataUpdate {
    public var source: (any ScreenSource)?
    public var effects: (any EffectPerforming)?
    public var message: String?

    public init(source: (any ScreenSource)?, effects: (any EffectPerforming)?, message: String?) {
      self.source = source
      self.effects = effects
      self.message = message
    }
  }

  public init(
    navigator: Navigator, clock: any ExpoClock, theme: ColourTheme, mouse: Bool = true, language: Language = .english,
    initialSection: Section? = nil, effects: any EffectPerforming, startMessage: String? = nil
  ) {
    self.effects = effects
    self.startMessage = startMessage
    self.navigator = navigator
    self.clock = clock
    self.theme = theme
    self.mouse = mouse
    self.language = language
    self.initialSection = initialSection
  }

  /// Runs until the user quits or a termination signal arrives; returns the exit status (0, or
  /// 128 + the signal: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). Throws `TerminalError`
  /// when the terminal cannot be used (before anything was drawn).
  ///
  /// `prepared`: the terminal set up already (with this app's theme and mouse), while the start
  /// finished other work.
  public func run(on prepared: PreparedTerminal? = nil) throws -> Int32 {
    // Each frame makes a screen of cells and drops the last (80 KB at 200x50): glibc gave the
    // top of the heap back to the system and took it again with brk(2) at every key (6 % of a
    // key's time), and would map larger screens afresh each frame. Kept instead.
    expo_keep_heap(64 << 20, 16 << 20)
    var navigator = navigator
    var effects = effects
    let terminal = try prepared?.screen ?? TerminalScreen(theme: theme, mouse: mouse)
    defer { terminal.close() }
    if prepared == nil { startMarks?("terminal") }
    var renderer = Renderer()
    renderer.asciiPlans = asciiPlans
    var size = terminal.size
    var state = navigator.initialState(width: size.width, height: size.height, now: clock.now(), language: language)
    state.showPane = showPane
    state.keymaps = keymaps
    state.reminders = reminders
    if let action = effects.load() { navigator.reduce(into: &state, action) }
    // A reminder already due at start is said at once, and wins the status bar (it is said once).
    let bell = navigator.reduce(into: &state, .tick(clock.now())).contains(.bell)
    let reminder = state.message
    if let initialSection { navigator.open(initialSection, &state) }
    state.message = reminder ?? startMessage
    var frame = renderer.render(state, navigator.scene(state))
    startMarks?("first screen")
    terminal.present(frame.grid)
    frame.dropGrid()
    startMarks?("first paint")
    if bell { terminal.bell() }
    var lastTick = Date()
    // EXPO_TRACE_FILE=path: per-keystroke timings of reduce, render and present.
    let trace = ProcessEnvironment.variables["EXPO_TRACE_FILE"].flatMap { path -> FileHandle? in
      _ = FileManager.default.createFile(atPath: path, contents: nil)
      return FileHandle(forWritingAtPath: path)
    }
    var interrupted = false
    // EXPO_DEBUG_TRAP=1: Ctrl-\ traps the Swift runtime (for the test that a crash restores the tty).
    let debugTrap = ProcessEnvironment.variables["EXPO_DEBUG_TRAP"] == "1"
    // While the cursor runs the detail pane keeps its card or stays empty; it shows the selected
    // row once the cursor rests for PaneHold.delayMilliseconds (a read timeout).
    var paneDue: UInt64?
    // A bracketed paste being read: its text so far (nil when not pasting).
    var pasted: String?
    while state.isRunning {
      if expo_guard_termination_requested() > 0 { break }
      let waited = paneDue.map { due in Int((due &- min(due, DispatchTime.now().uptimeNanoseconds)) / 1_000_000) }
      terminal.setTimeout(milliseconds: waited.map { max(1, $0) } ?? 1000)
      let input = terminal.read()
      var actions: [Action] = []
      switch input {
      case .timeout:
        if let update = updates?() {
          // The same screens, cursors kept in range, over the new version; the bookmarks read
          // again (a renumbered session's moved with it).
          let selected = navigator.row(state, at: state.current.cursor)?.target
          if let source = update.source { navigator = Navigator(source: source) }
          if let runner = update.effects { effects = runner }
          // (The cursor stays on its item where the list still has it.)
          navigator.keepOn(selected, &state)
          if update.source != nil, let reload = effects.load() { actions.append(reload) }
          if let message = update.message { actions.append(.notice(message)) }
        } else if let due = paneDue, DispatchTime.now().uptimeNanoseconds >= due {
          paneDue = nil
          actions.append(.holdPane(nil))
        } else if Date().timeIntervalSince(lastTick) >= 20 {
          // Once a minute the clock moves ("now and next", the title bar).
          lastTick = Date()
          actions.append(.tick(clock.now()))
        } else {
          continue
        }
      case .gone:
        return 129
      case .pasteStart:
        pasted = ""
        continue
      case .pasteEnd:
        if let text = pasted { actions.append(.paste(text)) }
        pasted = nil
      case .resize:
        size = terminal.size
        terminal.invalidate()
        actions.append(.resized(width: size.width, height: size.height))
      case .key(let code, _) where pasted != nil:
        // Inside a paste every key is text (ESC, Enter and q too), up to a bound.
        if let scalar = Unicode.Scalar(code), (pasted?.unicodeScalars.count ?? 0) < 10_000 {
          pasted?.unicodeScalars.append(scalar)
        }
        continue
      case .key(let code, let isFunction):
        let key = isFunction ? KeyDecoder.function(Int32(code)) : KeyDecoder.character(code)
        guard let key else { continue }
        // Ctrl-C quits like q, with the status of an interrupt (the terminal is raw: no SIGINT).
        if key == .control("c") { interrupted = true }
        if debugTrap, key == .character("\u{1C}") { fatalError("EXPO_DEBUG_TRAP: a deliberate trap") }
        if key == .control("z") {
          terminal.suspend()
          size = terminal.size
          actions.append(.resized(width: size.width, height: size.height))
        } else {
          actions.append(.key(key))
        }
      case .mouse(let x, let y, let kind):
        switch kind {
        case .wheelUp: actions.append(.wheel(-3))
        case .wheelDown: actions.append(.wheel(3))
        case .click:
          if let index = frame.index(atColumn: x, row: y) { actions.append(.clickRow(index)) }
        case .doubleClick:
          if let index = frame.index(atColumn: x, row: y) { actions.append(.doubleClickRow(index)) }
        }
      }
      var quit = false
      let before = state
      let t0 = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      var queue = actions
      while !queue.isEmpty {
        let action = queue.removeFirst()
        for effect in navigator.reduce(into: &state, action) {
          if effect == .quit { quit = true }
          if effect == .bell { terminal.bell() }
          queue += effects.perform(effect, state: state)
        }
      }
      if quit || !state.isRunning { break }
      if let save = saveSettings {
        var problems: [String] = []
        if state.language != before.language, let p = save(.language(state.language), state.language) {
          problems.append(p)
        }
        if state.showPane != before.showPane, let p = save(.pane(state.showPane), state.language) { problems.append(p) }
        if let problem = problems.first { state.message = problem }
      }
      // (After the release itself the cursor has not moved: nothing is held.)
      let hold = PaneHold.hold(before: before, after: state, shown: frame.paneTarget)
      if hold != state.paneHold { navigator.reduce(into: &state, .holdPane(hold)) }
      paneDue =
        hold == nil ? nil : DispatchTime.now().uptimeNanoseconds + UInt64(PaneHold.delayMilliseconds) * 1_000_000
      let t1 = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      let scene = navigator.scene(state)
      let t1b = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      frame = renderer.render(state, scene)
      let t2 = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      terminal.present(frame.grid)
      frame.dropGrid()
      if let trace {
        let t3 = DispatchTime.now().uptimeNanoseconds
        let line = String(
          format: "reduce %.3f render %.3f present %.3f ms (scene %.3f)\n", Double(t1 - t0) / 1e6,
          Double(t2 - t1) / 1e6, Double(t3 - t2) / 1e6, Double(t1b - t1) / 1e6)
        trace.write(Data(line.utf8))
      }
      // While the user reads, warm the caches for the next move.
      navigator.prefetch(state)
    }
    let signal = expo_guard_termination_signal()
    if signal > 0 { return 128 + signal }
    return interrupted ? 130 : 0
  }
}

/// A setting the guide changes with a key.
public enum SettingChange: Hashable, Sendable {
  case language(Language)
  case pane(Bool)
}
