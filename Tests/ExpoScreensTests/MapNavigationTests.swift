import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation

/// Spatial moves on plans, "find on map" from every kind of screen, zoom and route keys.
@Suite struct MapNavigationTests {
  func item(_ code: String, _ x: Int, _ y: Int, _ w: Int = 3, _ d: Int = 3) -> FloorPlan.Item {
    FloorPlan.Item(rect: PlanRect(x: x, y: y, width: w, depth: d), label: code, name: code, code: code)
  }

  /// Two back-to-back rows, a wide booth, an aisle, then a shorter offset row:
  ///   A1 A2 A3-wide A4
  ///   B1 B2 B3 B4 B5
  ///   (aisle)
  ///        C1 C2
  var plan: FloorPlan {
    FloorPlan(
      kind: .hall("T"), title: "T", width: 40, depth: 20,
      items: [
        item("A1", 2, 2), item("A2", 5, 2), item("A3", 8, 2, 6), item("A4", 14, 2),
        item("B1", 2, 5), item("B2", 5, 5), item("B3", 8, 5), item("B4", 11, 5), item("B5", 14, 5),
        item("C1", 9, 12), item("C2", 12, 12),
      ])
  }

  func go(_ from: String, _ direction: FloorPlan.Direction) -> String? {
    let p = plan
    let i = p.items.firstIndex { $0.code == from }!
    return p.neighbour(of: i, direction).map { p.items[$0].code }
  }

  @Test func arrowsMoveToTheNearestBoothThatWay() {
    #expect(go("A1", .right) == "A2")
    #expect(go("A2", .right) == "A3")
    #expect(go("A3", .right) == "A4")
    #expect(go("A4", .right) == nil)
    #expect(go("A1", .left) == nil)
    #expect(go("A1", .down) == "B1")
    #expect(go("B1", .up) == "A1")
    #expect(go("A1", .up) == nil)
    // The wide booth is above B3 and B4; down from it picks the one in line nearest its centre.
    #expect(["B3", "B4"].contains(go("A3", .down) ?? ""))
    #expect(go("B4", .up) == "A3")
    // Across the aisle to the offset row, and back up to the booth above.
    #expect(go("B3", .down) == "C1")
    #expect(go("B4", .down) == "C2")
    #expect(go("C2", .up) == "B4")
    #expect(go("C1", .left) == nil)
    #expect(go("C1", .right) == "C2")
  }

  @Test func gridLayoutForDataWithoutGeometry() {
    let layout = FloorPlan.gridLayout(count: 25)
    #expect(layout.rects.count == 25)
    for (i, a) in layout.rects.enumerated() {
      for b in layout.rects[(i + 1)...] { #expect(!a.intersects(b)) }
      #expect(a.x + a.width <= layout.width && a.y + a.depth <= layout.depth)
    }
  }

  // MARK: With the reducer

  func navigator() -> Navigator { Navigator(source: try! CachedScreenSource(catalogue: TestCatalogues.minimal)) }

  func keys(_ n: Navigator, _ state: inout AppState, _ keys: Key...) {
    for k in keys { n.reduce(into: &state, .key(k)) }
  }

  func selectedCode(_ n: Navigator, _ state: AppState) -> String? {
    guard let plan = n.currentContent(state).plan, plan.items.indices.contains(state.current.cursor) else { return nil }
    return plan.items[state.current.cursor].code
  }

  @Test func findOnMapFromAnExhibitorOpensItsBoothAndArrowsMove() {
    let n = navigator()
    var state = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    state.push(.exhibitor("tokaj"))
    keys(n, &state, .character("m"))
    #expect(state.screen == .hallMap("A", focus: .booth("A-02")))
    #expect(selectedCode(n, state) == "A-02")
    keys(n, &state, .left)
    #expect(selectedCode(n, state) == "A-01")
    keys(n, &state, .character("l"))
    #expect(selectedCode(n, state) == "A-02")
    keys(n, &state, .enter)
    #expect(state.screen == .exhibitor("tokaj"))
    keys(n, &state, .escape)
    #expect(state.screen == .hallMap("A", focus: .booth("A-02")))
    #expect(selectedCode(n, state) == "A-02", "the selection is restored on Back")
  }

  @Test func findOnMapFromPavilionEventHallProductAndLists() {
    let n = navigator()
    var state = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    state.push(.pavilion("pav-hu"))
    keys(n, &state, .character("m"))
    #expect(state.screen == .hallMap("A", focus: .pavilion("pav-hu")))
    #expect(selectedCode(n, state) == "A-01")

    state.push(.event("open"))
    keys(n, &state, .character("m"))
    #expect(state.screen == .hallMap("A", focus: .venue("stage")))
    let plan = n.currentContent(state).plan
    #expect(plan?.focusFeature.map { plan!.features[$0].name } == "Main Stage")

    state.push(.product(try! TestCatalogues.minimal.products(ProductQuery(), offset: 0, limit: 1)[0].id))
    keys(n, &state, .character("m"))
    guard case .hallMap = state.screen else {
      Issue.record("a product opens its exhibitor's booth")
      return
    }

    state.push(.hall("B"))
    keys(n, &state, .character("m"))
    #expect(state.screen == .hallMap("B", focus: nil))
    #expect(n.currentContent(state).plan?.isSynthetic == true, "hall B has no geometry: a grid by code")

    // A list: the selected row's target.
    var list = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    keys(n, &list, .character("3"))
    keys(n, &list, .character("m"))
    guard case .hallMap(_, focus: .booth) = list.screen else {
      Issue.record("m on an exhibitor list row opens that booth, got \(list.screen)")
      return
    }
  }

  @Test func sevenOpensTheVenueAndEnterAHall() {
    let n = navigator()
    var state = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    keys(n, &state, .character("7"))
    #expect(state.screen == .venueMap())
    #expect(n.currentContent(state).plan?.items.map(\.code) == ["A", "B"])
    keys(n, &state, .right)
    #expect(state.current.cursor == 1)
    keys(n, &state, .enter)
    #expect(state.screen == .hallMap("B", focus: nil))
  }

  @Test func zoomStartsFromTheShownLevelAndRouteToggles() {
    let n = navigator()
    var state = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    keys(n, &state, .character("+"))
    #expect(state.mapZoom == nil, "zoom only on maps")
    #expect(state.message == "+ (Zoom in) works on the map (7)")
    keys(n, &state, .character("7"))
    keys(n, &state, .character("+"))
    #expect(state.mapZoom == 1)
    keys(n, &state, .character("+"), .character("+"))
    #expect(state.mapZoom == 2)
    keys(n, &state, .character("-"), .character("-"), .character("-"))
    #expect(state.mapZoom == 0)
    let before = state.showRoute
    keys(n, &state, .character("r"))
    #expect(state.showRoute == !before)
  }

  @Test func routeFollowsTheBookmarks() {
    let n = navigator()
    var state = n.initialState(width: 100, height: 30, now: TestCatalogues.duringExpo)
    state.push(.hallMap("A", focus: nil))
    #expect(n.currentContent(state).plan?.route == nil)
    n.reduce(
      into: &state,
      .bookmarkRecordsLoaded([
        Bookmark(key: BookmarkKey(.exhibitor, "tokaj"), created: Date(), note: "", visited: false),
        Bookmark(key: BookmarkKey(.exhibitor, "herend"), created: Date(), note: "", visited: true),
      ]))
    let plan = n.currentContent(state).plan
    let route = plan?.route
    #expect(route?.stops.count == 2)
    #expect(route.map { $0.path.count - 1 } == route?.metres)
    #expect(plan?.items.filter(\.bookmarked).count == 2)
    #expect(plan?.items.first { $0.code == "A-01" }?.visited == true)
  }
}
