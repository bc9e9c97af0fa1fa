import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// Random walks through the reducer and the renderer on the in-memory source: keys of every mode,
/// text, clicks, the wheel and resizes from 1×1 to 300×100. After every step the frame and the
/// state must hold the invariants below. Seeded: a failure names its seed and step.
@Suite struct PureWalkTests {
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
  }

  static let keys: [Key] = {
    var keys = Set(Mode.allCases.flatMap { Keymap.for($0).bindings.map(\.key) })
    for c in "abcxyzé中文😀 " { keys.insert(.character(c)) }
    keys.remove(.character("q"))
    keys.remove(.control("c"))
    return Array(keys).sorted { $0.label < $1.label }
  }()

  /// A problem with the frame or the state, or nil.
  static func violation(_ navigator: Navigator, _ state: AppState, _ frame: Frame) -> String? {
    let grid = frame.grid
    guard grid.width == state.width, grid.height == state.height else { return "grid \(grid.width)×\(grid.height)" }
    let lines = grid.lines
    for (y, line) in lines.enumerated() where DisplayWidth.of(line) > state.width {
      return "row \(y) is \(DisplayWidth.of(line)) wide"
    }
    for cell in grid.cells where cell.code < 0x8000_0000 {
      guard let scalar = Unicode.Scalar(cell.code) else { return "cell \(cell.code) is not a scalar" }
      if scalar.value < 0x20 && scalar.value != 0 || (0x7F...0x9F).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      {
        return "control character U+\(String(scalar.value, radix: 16)) on the screen"
      }
    }
    guard state.stack.first?.screen == .home else { return "Home is not at the bottom" }
    let content = navigator.currentContent(state)
    let layout = Layout(state: state, content: content)
    let cur = state.current
    if content.count == 0 {
      if cur.cursor != 0 || cur.scroll != 0 { return "cursor \(cur.cursor) on an empty screen" }
    } else {
      if cur.cursor < 0 || cur.cursor >= content.count { return "cursor \(cur.cursor) of \(content.count)" }
      if (0..<min(content.count, 50)).contains(where: content.isSelectable), !content.isSelectable(cur.cursor) {
        return "cursor on a heading"
      }
      if layout.body == .list, cur.cursor < cur.scroll || cur.cursor >= cur.scroll + layout.pageRows {
        return "cursor \(cur.cursor) out of view (scroll \(cur.scroll), \(layout.pageRows) rows)"
      }
    }
    if !layout.tooSmall && state.editor == nil && state.message == nil {
      let status = lines[state.height - 1]
      if content.count > 0 {
        let n = "\(Format.grouped(content.itemNumber(at: cur.cursor))) of \(Format.grouped(content.itemCount))"
        if status.hasSuffix(n) == false && DisplayWidth.of(n) + 2 < state.width { return "status bar lacks \(n)" }
      }
      let keymap = Keymap.for(Mode.of(state))
      for hint in navigator.hints(state) where hint.command != nil && status.contains(hint.key + " " + hint.text) {
        let bound = keymap.bindings.contains { $0.key.label == hint.key } || hint.key == keymap.sectionsLabel
        if !bound { return "the status bar offers \(hint.key), unbound in \(Mode.of(state))" }
      }
    }
    return nil
  }

  static func walk(seed: UInt64, steps: Int) -> String? {
    let source = MemorySource()
    let navigator = Navigator(source: source)
    let renderer = Renderer()
    var rng = SplitMix(state: seed)
    var state = navigator.initialState(width: 80, height: 24, now: MemorySource.now)
    for step in 0..<steps {
      let action: Action
      switch rng.int(100) {
      case 0..<80: action = .key(keys[rng.int(keys.count)])
      case 80..<81: action = .resized(width: 1 + rng.int(300), height: 1 + rng.int(100))
      case 81..<88: action = .resized(width: [80, 100, 132, 40][rng.int(4)], height: [24, 30, 10, 50][rng.int(4)])
      case 88..<92: action = .clickRow(rng.int(40) - 2)
      case 92..<94: action = .doubleClickRow(rng.int(40))
      case 94..<97: action = .wheel(rng.int(2) == 0 ? 3 : -3)
      default: action = .holdPane(rng.int(2) == 0 ? .blank : nil)
      }
      let before = state
      let effects = navigator.reduce(into: &state, action)
      if effects.contains(.quit) || !state.isRunning {
        state = navigator.initialState(width: state.width, height: state.height, now: MemorySource.now)
      }
      if case .key(.escape) = action, before.editor == nil, !before.showHelp, before.stack.count > 1,
        state.stack.count != before.stack.count - 1
      {
        return "seed \(seed) step \(step): Esc did not go back from \(before.screen)"
      }
      let frame = renderer.render(state, navigator.scene(state))
      if let problem = violation(navigator, state, frame) {
        return
          "seed \(seed) step \(step) after \(action) on \(state.screen) at \(state.width)×\(state.height): \(problem)"
      }
    }
    return nil
  }

  @Test(arguments: [20_231_027] as [UInt64])
  func randomWalksKeepTheInvariants(seed: UInt64) {
    let start = Date()
    let steps = 700
    #expect(PureWalkTests.walk(seed: seed, steps: steps) == nil)
    let rate = Double(steps) / max(0.001, Date().timeIntervalSince(start))
    print("pure walk seed \(seed): \(steps) steps, \(Int(rate)) steps/s")
  }
}
