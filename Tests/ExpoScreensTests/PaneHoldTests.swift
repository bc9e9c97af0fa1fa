import ExpoModel
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// The detail pane holds its card while the cursor runs and follows it once the cursor rests.
@Suite struct PaneHoldTests {
  let navigator = RenderFixture.navigator()

  func started(width: Int = 132) -> (Renderer, AppState, Frame) {
    let renderer = Renderer()
    var state = navigator.initialState(width: width, height: 40, now: RenderFixture.now)
    navigator.reduce(into: &state, .key(.character("3")))  // Exhibitors: Hotpot, Pécs, Tokaj
    return (renderer, state, renderer.render(state, navigator.scene(state)))
  }

  /// What the terminal does for one key: reduce, then hold the pane if the cursor only moved.
  func step(_ renderer: Renderer, _ state: inout AppState, _ frame: Frame, _ action: Action) -> Frame {
    let before = state
    navigator.reduce(into: &state, action)
    let hold = PaneHold.hold(before: before, after: state, shown: frame.paneTarget)
    navigator.reduce(into: &state, .holdPane(hold))
    return renderer.render(state, navigator.scene(state))
  }

  /// The text right of the pane's border, on the body rows (not the title, tabs, breadcrumb or
  /// status bar).
  func paneText(_ frame: Frame) -> String {
    frame.grid.lines.dropFirst(3).dropLast().map { line in
      line.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
    }.joined(separator: "\n")
  }

  @Test func oneMoveKeepsTheCardMoreMovesClearThePaneThenItFollows() {
    var (renderer, state, frame) = started()
    let first = frame.paneTarget
    #expect(first == .exhibitor("hotpot"))
    let firstPane = paneText(frame)
    #expect(firstPane.contains("Chongqing"))
    // One move: the list moves, the pane keeps its card (no flicker for a single key).
    frame = step(renderer, &state, frame, .key(.down))
    #expect(state.current.cursor == 1)
    #expect(state.paneHold == .card(.exhibitor("hotpot")))
    #expect(frame.paneTarget == first)
    #expect(paneText(frame) == firstPane)
    // A second move before the cursor rests: the pane is empty (nothing stale), the border stays.
    frame = step(renderer, &state, frame, .key(.down))
    #expect(state.current.cursor == 2)
    #expect(state.paneHold == .blank)
    #expect(frame.paneTarget == nil)
    #expect(paneText(frame).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    #expect(frame.grid.lines[5].contains("│"))
    #expect(frame.grid.lines.contains { $0.contains("Tokaj Wines") })
    frame = step(renderer, &state, frame, .key(.up))
    #expect(state.paneHold == .blank)
    // The cursor rests: the pane shows the selected row.
    navigator.reduce(into: &state, .holdPane(nil))
    frame = renderer.render(state, navigator.scene(state))
    #expect(frame.paneTarget == .exhibitor("herend"))
    #expect(paneText(frame).contains("Pécs"))
  }

  @Test func anythingButAMoveShowsTheSelectedRowAtOnce() {
    var (renderer, state, frame) = started()
    frame = step(renderer, &state, frame, .key(.down))
    #expect(frame.paneTarget == .exhibitor("hotpot"))
    frame = step(renderer, &state, frame, .key(.down))
    frame = step(renderer, &state, frame, .key(.up))
    #expect(state.paneHold == .blank)
    // A bookmark (same cursor), opening the row, a resize, the pane toggled: no hold.
    for action: Action in [.key(.character("b")), .key(.enter), .resized(width: 140, height: 40)] {
      var copy = state
      let next = step(renderer, &copy, frame, action)
      #expect(copy.paneHold == nil, "\(action)")
      // Beside the list, the pane shows the selected row again (opening leaves the list).
      if action != .key(.enter) { #expect(next.paneTarget == .exhibitor("herend"), "\(action)") }
    }
    var noPane = state
    navigator.reduce(into: &noPane, .key(.character("p")))
    #expect(PaneHold.hold(before: state, after: noPane, shown: frame.paneTarget) == nil)
    // Without a pane (narrow terminal) nothing is held.
    var (r2, narrow, f2) = started(width: 80)
    #expect(f2.paneTarget == nil)
    f2 = step(r2, &narrow, f2, .key(.down))
    #expect(narrow.paneHold == nil)
  }
}
