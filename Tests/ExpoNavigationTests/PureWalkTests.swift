import ExpoExplorer
import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// Random walks through the reducer and the renderer on the in-memory source (the explorer's
/// invariants after every step; the catalogue-backed walks are in ExpoScreensTests).
@Suite struct PureWalkTests {
  @Test(arguments: [
    ExplorerSetup(now: MemorySource.now),
    ExplorerSetup(width: 132, height: 43, language: .chinese, now: MemorySource.now),
    ExplorerSetup(width: 60, height: 20, pane: false, now: MemorySource.now),
  ])
  func randomWalksKeepTheInvariants(setup: ExplorerSetup) {
    let explorer = Explorer(navigator: Navigator(source: MemorySource()))
    let start = Date()
    let (failure, steps) = explorer.walk(setup, seed: 20_231_027, steps: 3_000)
    if let failure {
      Issue.record("\(explorer.shrink(failure, budget: 10))")
    }
    let rate = Double(steps) / max(0.001, Date().timeIntervalSince(start))
    print("pure walk \(setup.width)×\(setup.height): \(steps) steps, \(Int(rate)) steps/s")
  }

  /// The invariants are not vacuous: a frame with a raw escape, a row cut short of its wide
  /// character's right half and a highlight on a row without a query are each named.
  @Test func theInvariantsCatchBrokenFrames() {
    let navigator = Navigator(source: MemorySource())
    let state = navigator.initialState(width: 80, height: 24, now: MemorySource.now)
    let scene = navigator.scene(state)
    let frame = Renderer().render(state, scene)
    #expect(Invariants.check(navigator, state, scene, frame) == nil)
    var escape = frame
    escape.grid.put("x", x: 3, y: 5, style: .normal)
    escape.grid[3, 5] = Cell(code: 0x1B)
    #expect(Invariants.check(navigator, state, scene, escape)?.contains("U+1B") == true)
    var wide = frame
    wide.grid[79, 6] = Cell("中")
    #expect(Invariants.check(navigator, state, scene, wide)?.contains("wide character") == true)
    var marked = frame
    marked.grid[4, 0] = Cell(code: marked.grid[4, 0].code, .match)
    #expect(Invariants.check(navigator, state, scene, marked)?.contains("highlight") == true)
    var small = state
    small.width = 81
    #expect(Invariants.check(navigator, small, scene, frame)?.contains("80×24 on a 81×24") == true)
  }

  /// A walk written as text reads back as the same walk.
  @Test func walksRoundTripThroughText() throws {
    let walk = ActionScript.Walk(
      dataset: "memory",
      setup: ExplorerSetup(width: 100, height: 30, language: .chinese, pane: false, now: MemorySource.now),
      actions: [
        .key(.down), .key(.character("中")), .key(.control("k")), .paste("a\u{202E}\tb\n"),
        .resized(width: 1, height: 1),
        .clickRow(-2), .doubleClickRow(3), .wheel(-3), .holdPane(.blank), .holdPane(nil), .tick(MemorySource.now),
        .key(.function(5)), .key(.backTab),
      ], comment: "a comment")
    let back = try ActionScript.parse(ActionScript.text(walk))
    #expect(back.actions == walk.actions)
    #expect(back.setup == walk.setup)
    #expect(back.dataset == "memory")
    #expect(throws: ActionScript.ParseError.self) { try ActionScript.parse("dataset x\nsetup 80x24 en pane 2023\n") }
    #expect(throws: ActionScript.ParseError.self) { try ActionScript.parse("jump 3\n") }
  }
}
