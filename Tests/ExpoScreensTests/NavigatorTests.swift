import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation

@Suite struct NavigatorTests {
  let navigator: Navigator

  init() throws {
    navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
  }

  func start(height: Int = 24) -> AppState {
    navigator.initialState(width: 80, height: height, now: TestCatalogues.duringExpo)
  }

  func press(_ state: inout AppState, _ keys: Key...) {
    for key in keys { navigator.reduce(into: &state, .key(key)) }
  }

  @Test func startsOnHomeWithTheCursorOnTheFirstSection() {
    let state = start()
    #expect(state.stack == [ScreenState(.home, cursor: 1, scroll: 0)])
    let content = navigator.currentContent(state)
    #expect(navigator.row(state, at: 1)?.target == .halls)
    #expect(content.isSelectable(0) == false)
  }

  @Test func drillsDownAndBackRestoringEveryCursor() {
    var state = start()
    press(&state, .character("2"))  // Countries: CN, HU
    #expect(state.stack.map(\.screen) == [.home, .countries])
    #expect(state.current.cursor == 0)
    press(&state, .character("j"))
    #expect(state.current.cursor == 1)
    press(&state, .enter)  // Hungary: [Pavilion] pav-hu, [Exhibitors (2)] herend, tokaj
    #expect(state.screen == .country("HU"))
    #expect(state.current.cursor == 1)  // past the "Pavilion" heading
    press(&state, .down)  // skips the "Exhibitors" heading
    #expect(state.current.cursor == 3)
    press(&state, .down)
    #expect(state.current.cursor == 4)
    press(&state, .enter)
    #expect(state.screen == .exhibitor("tokaj"))
    press(&state, .escape)
    #expect(state.screen == .country("HU"))
    #expect(state.current.cursor == 4)
    press(&state, .backspace)
    #expect(state.stack == [ScreenState(.home, cursor: 1), ScreenState(.countries, cursor: 1)])
    press(&state, .left, .left)
    #expect(state.stack.count == 1)
    #expect(state.message == "This is Home · q quits")
  }

  @Test func exhibitorToProductAndBack() throws {
    var state = start()
    press(&state, .character("3"))  // Chongqing Hotpot, Pécs Porcelain, Tokaj
    press(&state, .enter)
    #expect(state.screen == .exhibitor("hotpot"))
    let content = navigator.currentContent(state)
    // Country, hall and category links, "Products (2)" heading, two products.
    #expect(content.count == 6)
    press(&state, .character("G"))
    #expect(state.current.cursor == 5)
    press(&state, .enter)
    #expect(state.screen == .product("p4"))
    press(&state, .enter)  // the exhibitor link
    #expect(state.screen == .exhibitor("hotpot"))
    #expect(state.stack.count == 5)
    press(&state, .escape, .escape)
    #expect(state.screen == .exhibitor("hotpot"))
    #expect(state.current.cursor == 5)
  }

  @Test func sectionKeysResetTheStackAndReturnToAnOpenSection() {
    var state = start()
    press(&state, .character("1"), .enter)
    #expect(state.stack.map(\.screen) == [.home, .halls, .hall("A")])
    press(&state, .character("4"))
    #expect(state.stack.map(\.screen) == [.home, .products])
    press(&state, .character("0"))
    #expect(state.stack.map(\.screen) == [.home])
  }

  @Test func scheduleTabsChangeDayAndStopAtTheEnds() {
    var state = start()
    press(&state, .character("5"))
    #expect(state.screen == .schedule(day: 0))
    #expect(navigator.currentContent(state).count == 2)  // the opening and the night tasting
    press(&state, .tab)
    #expect(state.screen == .schedule(day: 1))
    press(&state, .tab)
    #expect(state.screen == .schedule(day: 1))
    press(&state, .character("["))
    #expect(state.screen == .schedule(day: 0))
    press(&state, .backTab)
    #expect(state.screen == .schedule(day: 0))
  }

  @Test func sortLanguageHelpQuitAndUnknownKeys() {
    var state = start()
    press(&state, .character("3"), .character("s"))
    #expect(state.screen == .exhibitors(.booth))
    #expect(state.message == "Exhibitors sorted by booth")
    press(&state, .character("L"))
    #expect(state.language == .chinese)
    press(&state, .character("?"))
    #expect(state.showHelp)
    press(&state, .character("q"))  // closes the help, does not quit
    #expect(!state.showHelp)
    #expect(state.isRunning)
    press(&state, .character("Z"))
    // In Chinese now: the whole interface switched, messages included.
    #expect(state.message == "Z 在此无作用 · ? 查看按键")
    press(&state, .character("b"))
    #expect(state.message == "★ 已收藏 · 6 查看我的行程")
    let effects = navigator.reduce(into: &state, .key(.control("c")))
    #expect(effects == [.quit])
    #expect(!state.isRunning)
  }

  @Test func categoryFilterListsTheCategoryAndBackReturns() {
    var state = start()
    press(&state, .character("3"), .character("f"))
    #expect(state.screen == .categories)
    let content = navigator.currentContent(state)
    #expect(
      navigator.rows(content, state, limit: 10).map { $0.cells[0] } == [
        "Food", "Porcelain & ceramics", "Wine & spirits",
      ])
    press(&state, .down, .enter)
    #expect(state.screen == .category("Porcelain & ceramics"))
    let category = navigator.currentContent(state)
    let rows = navigator.rows(category, state, limit: 10)
    #expect(rows.compactMap(\.target) == [.exhibitor("herend"), .product("p1")])
    press(&state, .escape)
    #expect(state.screen == .categories)
    #expect(state.current.cursor == 1)
  }

  @Test func mouseSelectsOpensAndScrolls() {
    var state = start()
    navigator.reduce(into: &state, .clickRow(0))  // the "Sections" heading: ignored
    #expect(state.current.cursor == 1)
    navigator.reduce(into: &state, .clickRow(3))
    #expect(state.current.cursor == 3)
    navigator.reduce(into: &state, .doubleClickRow(4))
    #expect(state.screen == .products)
  }
}

@Suite struct PagingTests {
  let navigator: Navigator

  init() throws {
    navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.fair))
  }

  @Test func pagingAndBackRestoreCursorAndScroll() {
    var state = navigator.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("4")))
    for _ in 0..<3 { navigator.reduce(into: &state, .key(.pageDown)) }
    // 100×30: the list has 22 rows (card, blank, titles above; the status bar below).
    #expect(navigator.layout(state).listRows == 22)
    #expect(state.current.cursor == 66)
    #expect(state.current.scroll == 66)
    navigator.reduce(into: &state, .key(.down))
    let before = state.current
    navigator.reduce(into: &state, .key(.enter))
    #expect(state.stack.count == 3)
    navigator.reduce(into: &state, .key(.escape))
    #expect(state.current == before)
    navigator.reduce(into: &state, .key(.end))
    #expect(state.current.cursor == 5999)
    #expect(state.current.scroll == 5978)
    navigator.reduce(into: &state, .key(.pageDown))
    #expect(state.current.cursor == 5999)
    navigator.reduce(into: &state, .key(.home))
    #expect(state.current == ScreenState(.products, cursor: 0, scroll: 0))
    navigator.reduce(into: &state, .wheel(9))
    #expect(state.current.scroll == 9)
    #expect(state.current.cursor == 9)
  }

  @Test func shrinkingTheListKeepsTheCursorVisible() {
    var state = navigator.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("3")))
    for _ in 0..<15 { navigator.reduce(into: &state, .key(.down)) }
    #expect(state.current.cursor == 15)
    #expect(state.current.scroll == 0)
    navigator.reduce(into: &state, .resized(width: 100, height: 13))  // 5 list rows
    #expect(navigator.layout(state).listRows == 5)
    #expect(state.current.cursor == 15)
    #expect(state.current.scroll == 11)
  }
}
