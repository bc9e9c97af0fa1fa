import CTerminalGuard
import ExpoModel
import ExpoNavigation
import ExpoStore
import ExpoUI
import Foundation

/// The interactive guide's run loop: input -> reducer -> renderer -> terminal.
public struct TerminalApp {
  let navigator: Navigator
  let clock: any ExpoClock
  let colour: Bool
  let language: Language
  /// Screen to open on after Home (e.g. the schedule for --now).
  let initialSection: Section?
  /// The user's bookmarks file (nil: bookmarks are not saved; the guide says so).
  let userStore: UserStore?
  /// Shown in the status bar at start (e.g. "your bookmarks file was unreadable and kept as …").
  let startMessage: String?
  /// Plans in ASCII (a terminal whose locale is not UTF-8).
  public var asciiPlans = false
  /// Start with the detail pane (wide terminals); `p` toggles it.
  public var showPane = true

  public init(
    navigator: Navigator, clock: any ExpoClock, colour: Bool, language: Language = .english,
    initialSection: Section? = nil, userStore: UserStore? = nil, startMessage: String? = nil
  ) {
    self.userStore = userStore
    self.startMessage = startMessage
    self.navigator = navigator
    self.clock = clock
    self.colour = colour
    self.language = language
    self.initialSection = initialSection
  }

  /// Runs until the user quits or a termination signal arrives; returns the exit status (0, or
  /// 128 + the signal: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). Throws `TerminalError`
  /// when the terminal cannot be used (before anything was drawn).
  public func run() throws -> Int32 {
    let terminal = try TerminalScreen(colour: colour)
    defer { terminal.close() }
    var renderer = Renderer(navigator: navigator)
    renderer.asciiPlans = asciiPlans
    var size = terminal.size
    var state = navigator.initialState(width: size.width, height: size.height, now: clock.now(), language: language)
    state.showPane = showPane
    if let initialSection {
      navigator.reduce(into: &state, .key(.character(Character(String(initialSection.rawValue)))))
    }
    let expoID = navigator.content.info.expo.id
    func loadBookmarks() {
      guard let userStore else { return }
      if let records = try? userStore.bookmarks(expo: expoID) {
        navigator.reduce(into: &state, .bookmarkRecordsLoaded(records))
      }
    }
    loadBookmarks()
    state.message = startMessage
    var frame = layout(renderer, &state)
    terminal.present(frame.grid)
    var lastTick = Date()
    // EXPO_TRACE_FILE=path: per-keystroke timings of reduce, render and present.
    let trace = ProcessInfo.processInfo.environment["EXPO_TRACE_FILE"].flatMap { path -> FileHandle? in
      _ = FileManager.default.createFile(atPath: path, contents: nil)
      return FileHandle(forWritingAtPath: path)
    }
    var interrupted = false
    // EXPO_DEBUG_TRAP=1: Ctrl-\ traps the Swift runtime (for the test that a crash restores the tty).
    let debugTrap = ProcessInfo.processInfo.environment["EXPO_DEBUG_TRAP"] == "1"
    // While the cursor runs the detail pane keeps its card or stays empty; it shows the selected
    // row once the cursor rests for PaneHold.delayMilliseconds (a read timeout).
    var paneDue: UInt64?
    while state.isRunning {
      if expo_guard_termination_requested() > 0 { break }
      let waited = paneDue.map { due in Int((due &- min(due, DispatchTime.now().uptimeNanoseconds)) / 1_000_000) }
      terminal.setTimeout(milliseconds: waited.map { max(1, $0) } ?? 1000)
      let input = terminal.read()
      var actions: [Action] = []
      switch input {
      case .timeout:
        if let due = paneDue, DispatchTime.now().uptimeNanoseconds >= due {
          paneDue = nil
          actions.append(.holdPane(nil))
        } else if Date().timeIntervalSince(lastTick) >= 20 {
          // Once a minute the clock moves ("now and next", the title bar).
          lastTick = Date()
          actions.append(.tick(clock.now()))
        } else {
          continue
        }
      case .resize:
        size = terminal.size
        terminal.invalidate()
        actions.append(.resized(width: size.width, height: size.height))
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
      for action in actions {
        for effect in navigator.reduce(into: &state, action) {
          switch effect {
          case .quit: quit = true
          case .reloadBookmarks: loadBookmarks()
          case .saveNote(let key, let text):
            do { try userStore?.setNote(text, for: key, expo: expoID) } catch {
              state.message = "The note could not be saved: \(error)"
            }
          case .setVisited(let key, let visited):
            do { try userStore?.setVisited(visited, for: key, expo: expoID) } catch {
              state.message = "Could not be saved: \(error)"
            }
          case .exportPlan:
            state.message = exportPlan(expoID)
          case .toggleBookmark(let key):
            guard let userStore else {
              state.message = "Bookmarks are not saved: the bookmarks file could not be opened"
              continue
            }
            do {
              let now = try userStore.toggle(key, expo: expoID)
              if now != state.bookmarks.contains(key) { loadBookmarks() }
            } catch {
              loadBookmarks()
              state.message = "The bookmark could not be saved: \(error)"
            }
          }
        }
      }
      if quit || !state.isRunning { break }
      // (After the release itself the cursor has not moved: nothing is held.)
      let hold = PaneHold.hold(before: before, after: state, shown: frame.paneTarget)
      if hold != state.paneHold { navigator.reduce(into: &state, .holdPane(hold)) }
      paneDue =
        hold == nil ? nil : DispatchTime.now().uptimeNanoseconds + UInt64(PaneHold.delayMilliseconds) * 1_000_000
      let t1 = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      frame = layout(renderer, &state)
      let t2 = trace == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      terminal.present(frame.grid)
      if let trace {
        let t3 = DispatchTime.now().uptimeNanoseconds
        let line = String(
          format: "reduce %.3f render %.3f present %.3f ms\n", Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6,
          Double(t3 - t2) / 1e6)
        trace.write(Data(line.utf8))
      }
      // While the user reads, warm the caches for the next move.
      renderer.prefetch(state)
    }
    let signal = expo_guard_termination_signal()
    if signal > 0 { return 128 + signal }
    return interrupted ? 130 : 0
  }

  /// Writes the plan next to where the guide was started: expo-plan.ics (events, and booths as
  /// to-dos), expo-plan.md and expo-plan.csv. Returns the status message.
  private func exportPlan(_ expoID: String) -> String {
    guard let userStore else { return "Nothing to export: the bookmarks file could not be opened" }
    do {
      let plan = try VisitPlan.build(navigator.content.catalogue, bookmarks: try userStore.bookmarks(expo: expoID))
      let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      for (name, text) in [
        ("expo-plan.ics", PlanExport.ics(plan, booths: true)), ("expo-plan.md", PlanExport.markdown(plan)),
        ("expo-plan.csv", PlanExport.csv(plan)),
      ] {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
      }
      return "Wrote expo-plan.ics, expo-plan.md and expo-plan.csv in \(folder.path)"
    } catch {
      return "Export failed: \(error)"
    }
  }

  /// Renders; when the list area differs from what the state assumed, tells the reducer and
  /// renders again (so paging and scrolling use the real height).
  private func layout(_ renderer: Renderer, _ state: inout AppState) -> Frame {
    var frame = renderer.render(state)
    if let zoom = frame.mapZoom, zoom != state.shownMapZoom { navigator.reduce(into: &state, .mapZoomShown(zoom)) }
    if frame.listRows > 0 && frame.listRows != state.listRows {
      navigator.reduce(into: &state, .listHeight(frame.listRows))
      frame = renderer.render(state)
    }
    return frame
  }
}
