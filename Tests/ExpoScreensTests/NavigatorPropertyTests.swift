import ExpoModel
import ExpoScreens
import Foundation
import PropertyBased
import Testing

@testable import ExpoNavigation

/// Random key and mouse sequences never break the invariants.
@Suite struct NavigatorPropertyTests {
  static let keys: [Key] = [
    .up, .down, .left, .right, .enter, .escape, .backspace, .pageUp, .pageDown, .home, .end, .tab, .backTab,
    .character("j"), .character("k"), .character("g"), .character("G"), .character("1"), .character("2"),
    .character("3"), .character("4"), .character("5"), .character("6"), .character("0"), .character("s"),
    .character("L"), .character("?"), .character("i"), .character("x"), .character("["), .character("]"),
    .character("7"), .character("m"), .character("+"), .character("-"), .character("r"), .character("h"),
    .character("l"),
  ]

  func checkInvariants(_ navigator: Navigator, _ state: AppState) {
    #expect(!state.stack.isEmpty)
    #expect(state.stack[0].screen == .home)
    let content = navigator.currentContent(state)
    let cur = state.current
    if content.count == 0 {
      #expect(cur.cursor == 0 && cur.scroll == 0)
    } else {
      #expect(cur.cursor >= 0 && cur.cursor < content.count)
      #expect(cur.scroll >= 0 && cur.scroll <= cur.cursor)
      #expect(cur.cursor < cur.scroll + navigator.layout(state).pageRows)
      if (0..<content.count).contains(where: content.isSelectable) {
        #expect(content.isSelectable(cur.cursor), "cursor on a heading at \(cur) of \(state.screen)")
      }
    }
  }

  @Test func randomSequencesKeepTheInvariants() async throws {
    let navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.fair))
    let gen = Gen.int(in: 0...(NavigatorPropertyTests.keys.count + 3)).array(of: 1...80)
    await propertyCheck(count: 150, input: gen, Gen.int(in: 1...30)) { steps, rows in
      var state = navigator.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
      for step in steps {
        let keys = NavigatorPropertyTests.keys
        let action: Action
        switch step - keys.count {
        case 0: action = .clickRow(step % 17)
        case 1: action = .doubleClickRow(step % 5)
        case 2: action = .wheel(step % 2 == 0 ? 3 : -3)
        case 3: action = .resized(width: 100, height: rows + 8)
        default: action = .key(keys[step])
        }
        navigator.reduce(into: &state, action)
        checkInvariants(navigator, state)
      }
    }
  }

  @Test func backAlwaysReturnsToThePreviousScreenAsItWas() async throws {
    let navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.fair))
    let moves: [Key] = [.down, .down, .pageDown, .end, .character("k"), .enter]
    await propertyCheck(count: 40, input: Gen.int(in: 0...5).array(of: 1...30)) { steps in
      var state = navigator.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
      for step in steps {
        let before = state.stack
        navigator.reduce(into: &state, .key(moves[step]))
        if state.stack.count == before.count + 1 {
          navigator.reduce(into: &state, .key(.escape))
          #expect(state.stack == before)
          navigator.reduce(into: &state, .key(.enter))
        }
      }
    }
  }
}
