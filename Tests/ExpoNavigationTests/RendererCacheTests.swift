import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// The renderer keeps list rows it drew (and title bars, plan canvases): a renderer kept across
/// frames must draw every frame as a fresh one does. Checked at every step of seeded random walks
/// over the moves that change a row's look without changing its text (the cursor, bookmarks, a
/// search's highlight, the width, the language, the pane).
@Suite struct RendererCacheTests {
  static let keys: [Key] = [
    .down, .down, .down, .up, .pageDown, .pageUp, .home, .end, .enter, .escape, .tab, .backTab,
    .character("j"), .character("k"), .character("b"), .character("b"), .character("p"), .character("L"),
    .character("/"), .character("a"), .character("m"), .character("中"), .backspace,
    .character("1"), .character("2"), .character("3"), .character("4"), .character("5"),
  ]

  @Test(arguments: [(80, 24, UInt64(1)), (132, 43, 2), (200, 50, 3), (60, 20, 4)])
  func aKeptRendererDrawsWhatAFreshOneDraws(width: Int, height: Int, seed: UInt64) {
    let navigator = Navigator(source: MemorySource())
    var state = navigator.initialState(width: width, height: height, now: MemorySource.now)
    var random = SplitMix64(seed: seed)
    let kept = Renderer()
    // The kept renderer's frames written as the guide writes them: the writer compares only the
    // rows a frame records as changed, so a change not recorded would leave its screen wrong.
    var writer = FrameWriter(codes: .ecma48(pens: Style.allCases.map { _ in .plain }))
    var differing: [String] = []
    var keptFrames = 0
    for step in 0..<1_500 {
      let action: Action
      if Int.random(in: 0..<40, using: &random) == 0 {
        // Now and then another size (the rows' widths change under the kept rows).
        action = .resized(
          width: Int.random(in: 40...220, using: &random), height: Int.random(in: 12...60, using: &random))
      } else {
        action = .key(Self.keys[Int.random(in: 0..<Self.keys.count, using: &random)])
      }
      _ = navigator.reduce(into: &state, action)
      if !state.isRunning { state = navigator.initialState(width: width, height: height, now: MemorySource.now) }
      let scene = navigator.scene(state)
      if Renderer.keeps(state, scene) { keptFrames += 1 }
      if case .resized = action { writer.invalidate() }
      let frame = kept.render(state, scene)
      _ = writer.frame(frame.grid)
      if frame.grid != Renderer().render(state, scene).grid {
        differing.append("step \(step) after \(action) on \(state.screen)")
      } else if writer.screen?.cells != frame.grid.cells {
        differing.append("step \(step) after \(action) on \(state.screen): the writer's screen is not the frame")
      }
      if differing.count >= 3 { break }
    }
    #expect(differing.isEmpty, "\(differing)")
    #expect(writer.framesFromRecord > keptFrames / 3, "\(writer.framesFromRecord) frames written from their record")
    // Both paths were walked: list screens drawn over the kept frame, and the others.
    #expect(keptFrames > 150 && keptFrames < 1_350, "\(keptFrames) kept frames of 1,500")
  }

  /// The exhibitors (500, a list longer than the screen) at 80×24, drawn once by a renderer.
  static func exhibitorsDrawn() -> (Navigator, AppState, Renderer) {
    let navigator = Navigator(source: MemorySource())
    var state = navigator.initialState(width: 80, height: 24, now: MemorySource.now)
    navigator.reduce(into: &state, .key(.character("3")))
    let renderer = Renderer()
    _ = renderer.render(state, navigator.scene(state))
    return (navigator, state, renderer)
  }

  /// A one-row move on a list screen without a pane is drawn over the kept frame: the two rows
  /// whose selection changed are drawn, nothing else of the list.
  @Test func aMoveDrawsTwoRowsOverTheKeptFrame() {
    var (navigator, state, renderer) = Self.exhibitorsDrawn()
    var scene = navigator.scene(state)
    #expect(Renderer.keeps(state, scene))
    #expect(renderer.kept.layout != nil)
    let drawn = renderer.listRowCache.drawn
    navigator.reduce(into: &state, .key(.down))
    scene = navigator.scene(state)
    let frame = renderer.render(state, scene)
    #expect(renderer.listRowCache.drawn == drawn + 2)
    #expect(frame.grid == Renderer().render(state, scene).grid)
  }

  /// A move that scrolls the list by a row moves the kept rows with it: the row brought in and
  /// the rows whose selection (or scroll bar) changed are drawn, not every row of the list.
  @Test func aScrollMovesTheKeptRows() {
    var (navigator, state, renderer) = Self.exhibitorsDrawn()
    var scene: Scene
    var scrolled = 0
    for _ in 0..<200 where scrolled < 3 {
      let scroll = state.current.scroll
      let asked = renderer.listRowCache.asked
      navigator.reduce(into: &state, .key(.down))
      scene = navigator.scene(state)
      #expect(Renderer.keeps(state, scene))
      let frame = renderer.render(state, scene)
      #expect(frame.grid == Renderer().render(state, scene).grid)
      if state.current.scroll != scroll {
        scrolled += 1
        #expect(renderer.listRowCache.asked - asked <= 4, "rows asked for after a scroll")
      }
    }
    #expect(scrolled == 3, "the list scrolled")
  }

  /// The rows are kept: a second frame of the same state takes its list rows from the cache (a
  /// cache that kept nothing would pass the test above too).
  @Test func listRowsAreKept() {
    let navigator = Navigator(source: MemorySource())
    var state = navigator.initialState(width: 100, height: 30, now: MemorySource.now)
    navigator.reduce(into: &state, .key(.character("3")))
    let scene = navigator.scene(state)
    #expect(!scene.rows.isEmpty)
    let renderer = Renderer()
    _ = renderer.render(state, scene)
    let kept = renderer.listRowCache.count
    #expect(kept >= min(scene.rows.count, scene.layout.listRows))
    _ = renderer.render(state, scene)
    #expect(renderer.listRowCache.count == kept)
    #expect(renderer.listRowCache.drawn == kept, "every row of the second frame was copied")
  }
}
