import CTerminalGuard
import ExpoModel
import ExpoNavigation
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

  public init(
    navigator: Navigator, clock: any ExpoClock, colour: Bool, language: Language = .english,
    initialSection: Section? = nil
  ) {
    self.navigator = navigator
    self.clock = clock
    self.colour = colour
    self.language = language
    self.initialSection = initialSection
  }

  /// Runs until the user quits or a termination signal arrives. Throws `TerminalError` when the
  /// terminal cannot be used (before anything was drawn).
  public func run() throws {
    let terminal = try TerminalScreen(colour: colour)
    defer { terminal.close() }
    let renderer = Renderer(navigator: navigator)
    var size = terminal.size
    var state = navigator.initialState(width: size.width, height: size.height, now: clock.now(), language: language)
    if let initialSection {
      navigator.reduce(into: &state, .key(.character(Character(String(initialSection.rawValue)))))
    }
    var frame = layout(renderer, &state)
    terminal.present(frame.grid)
    var lastTick = Date()
    while state.isRunning {
      if expo_guard_termination_requested() > 0 { break }
      let input = terminal.read()
      var actions: [Action] = []
      switch input {
      case .timeout:
        // Once a minute the clock moves ("now and next", the title bar).
        if Date().timeIntervalSince(lastTick) >= 20 {
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
        actions.append(.key(key))
      case .mouse(let x, let y, let kind):
        switch kind {
        case .wheelUp: actions.append(.wheel(-3))
        case .wheelDown: actions.append(.wheel(3))
        case .click:
          if let index = frame.listIndex(atRow: y, column: x) { actions.append(.clickRow(index)) }
        case .doubleClick:
          if let index = frame.listIndex(atRow: y, column: x) { actions.append(.doubleClickRow(index)) }
        }
      }
      var quit = false
      for action in actions where navigator.reduce(into: &state, action).contains(.quit) { quit = true }
      if quit || !state.isRunning { break }
      frame = layout(renderer, &state)
      terminal.present(frame.grid)
    }
  }

  /// Renders; when the list area differs from what the state assumed, tells the reducer and
  /// renders again (so paging and scrolling use the real height).
  private func layout(_ renderer: Renderer, _ state: inout AppState) -> Frame {
    var frame = renderer.render(state)
    if frame.listRows > 0 && frame.listRows != state.listRows {
      navigator.reduce(into: &state, .listHeight(frame.listRows))
      frame = renderer.render(state)
    }
    return frame
  }
}
