import ExpoModel
import ExpoScreens
import ExpoStore
import Testing

@testable import ExpoNavigation

@Suite struct SearchNavigationTests {
  let navigator: Navigator

  init() throws {
    navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
  }

  func type(_ text: String, into state: inout AppState) {
    for c in text { navigator.reduce(into: &state, .key(.character(c))) }
  }

  @Test func typingSearchesOpeningAndBackKeepTheQueryAndCursor() throws {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("3")))
    navigator.reduce(into: &state, .key(.character("/")))
    #expect(state.screen == .search(query: "", kind: nil))
    #expect(state.stack.count == 3)
    type("pecs", into: &state)  // j, k, g… are text here, not commands
    #expect(state.screen == .search(query: "pecs", kind: nil))
    let first = try #require(navigator.row(state, at: state.current.cursor))
    #expect(first.target == .exhibitor("herend"))
    #expect(first.highlight == "pecs")
    navigator.reduce(into: &state, .key(.enter))
    #expect(state.screen == .exhibitor("herend"))
    navigator.reduce(into: &state, .key(.escape))
    #expect(state.screen == .search(query: "pecs", kind: nil))
    #expect(state.current.cursor == 1)
    navigator.reduce(into: &state, .key(.backspace))
    #expect(state.screen == .search(query: "pec", kind: nil))
    navigator.reduce(into: &state, .key(.tab))
    #expect(state.screen == .search(query: "pec", kind: .exhibitor))
    navigator.reduce(into: &state, .key(.backTab))
    #expect(state.screen == .search(query: "pec", kind: nil))
    navigator.reduce(into: &state, .key(.control("u")))
    #expect(state.screen == .search(query: "", kind: nil))
    navigator.reduce(into: &state, .key(.backspace))  // empty: leaves the search
    #expect(state.screen == .exhibitors(.name))
  }

  @Test func chineseQueryFindsChineseNames() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("/")))
    type("火锅", into: &state)
    let rows = navigator.rows(state, limit: 20)
    #expect(rows.contains { $0.target == .exhibitor("hotpot") })
    #expect(rows.contains { $0.target == .product("p3") })
  }
}
