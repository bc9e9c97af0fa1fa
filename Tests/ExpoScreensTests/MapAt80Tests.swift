import ExpoExplorer
import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// The sample's maps as a visitor sees them at 80×24: hall plans open boxed and numbered, marks
/// and route numbers never over a booth's number, a legend that names every symbol, the side
/// panel's hints, and the venues outside the halls.
@Suite struct MapAt80Tests {
  func sample() throws -> Navigator { try ExplorerTests.Datasets.navigator("sample") }

  func state(_ n: Navigator, width: Int = 80, height: Int = 24, _ screen: Screen, bookmarks: [String] = [])
    -> AppState
  {
    var state = n.initialState(width: width, height: height, now: ExplorerSetup.moment(n.header))
    let records = bookmarks.enumerated().map { i, id in
      Bookmark(key: BookmarkKey(.exhibitor, id), created: Date(timeIntervalSince1970: Double(i)), visited: i % 2 == 1)
    }
    n.reduce(into: &state, .bookmarkRecordsLoaded(records))
    state.push(screen)
    n.placeCursor(&state)
    return state
  }

  func lines(_ n: Navigator, _ state: AppState) -> [String] { Renderer().render(state, n.scene(state)).grid.lines }

  /// Exhibitors with a booth in hall N1.
  func exhibitorsInN1(_ n: Navigator, _ count: Int) throws -> [String] {
    let content = n.content(for: .hallMap("N1", focus: nil), in: n.initialState(width: 80, height: 24, now: Date()))
    let codes = try #require(content.plan).items.prefix(count).map(\.code)
    let rows = n.source.rows(of: content, in: ContentContext(), offset: 0, limit: codes.count)
    return rows.compactMap { row -> String? in
      if case .exhibitor(let id)? = row.target { return id }
      return nil
    }
  }

  @Test func aHallOpensAtThePlanZoomPannedToTheSelection() throws {
    let n = try sample()
    let s = state(n, .hallMap("N1", focus: .booth("N1-A10")))
    #expect(n.layout(s).mapZoom == 1, "80 columns open the plan, not the overview")
    let shown = lines(n, s)
    #expect(shown.contains { $0.contains("A10") }, "the selected booth is in view:\n\(shown.joined(separator: "\n"))")
    #expect(shown.contains { $0.contains("plan") && $0.contains("N↑") })
  }

  @Test func marksAndRouteNumbersNeverReplaceABoothsNumber() throws {
    let n = try sample()
    let ids = try exhibitorsInN1(n, 30)
    #expect(ids.count >= 20)
    let s = state(n, .hallMap("N1", focus: nil), bookmarks: ids)
    let plan = try #require(n.currentContent(s).plan)
    #expect(plan.route != nil && plan.items.filter(\.bookmarked).count >= 20)
    for zoom in [1, 2] {
      let renderer = PlanRenderer(plan: plan, zoom: zoom, showRoute: true)
      let canvas = renderer.canvas()
      for item in plan.items {
        let (c0, r0, c1, r1) = renderer.cells(of: item.rect)
        guard c1 - c0 > 1, r1 - r0 > 1 else { continue }
        let inner = c1 - c0 - 1
        let label = item.label.count > inner ? String(item.label.suffix(inner)) : item.label
        let drawn = (0..<label.count).map { canvas.text(c0 + 1 + $0, r0 + 1) }.joined()
        #expect(drawn == label, "zoom \(zoom): \(item.code) reads \(drawn.debugDescription)")
        if item.bookmarked { #expect(["★", "✓"].contains(canvas.text(c0 + 1, r0)), "\(item.code)'s mark") }
      }
    }
  }

  @Test func theLegendNamesEverySymbolAndFits() throws {
    let n = try sample()
    var s = state(n, .hallMap("N1", focus: nil), bookmarks: try exhibitorsInN1(n, 3))
    s.mapZoom = 0
    let shown = lines(n, s)
    for (symbol, name) in [("S", "S stage"), ("C", "C café"), ("T", "T toilets"), ("i", "i information")] {
      #expect(shown.dropFirst(6).contains { $0.contains(symbol) }, "\(symbol) on the overview")
      #expect(
        shown.prefix(9).contains { $0.contains(name) }, "the legend names \(symbol):\n\(shown.joined(separator: "\n"))")
    }
    #expect(shown.prefix(9).contains { $0.contains("▒ booth") && !$0.contains("…") })
    s.mapZoom = 1
    let plan = lines(n, s)
    #expect(plan.prefix(8).contains { $0.contains("♪ stage") }, "\(plan.prefix(8))")
  }

  @Test func theSidePanelSaysHowToShowAHiddenRoute() throws {
    let n = try sample()
    var s = state(n, width: 200, height: 50, .hallMap("N1", focus: nil), bookmarks: try exhibitorsInN1(n, 3))
    #expect(lines(n, s).contains { $0.contains("Route · about") })
    n.reduce(into: &s, .key(.character("r")))
    let hidden = lines(n, s)
    #expect(hidden.contains { $0.contains("r shows the walking route") })
    #expect(!hidden.contains { $0.contains("Bookmark booths (b)") })
  }

  @Test func anEventOutsideTheHallsIsFoundOnTheVenueMap() throws {
    let n = try sample()
    var s = state(n, .event("ev-nev-summit"))
    n.reduce(into: &s, .key(.character("m")))
    #expect(s.screen == .venueMap(focus: "forum-a"))
    let plan = try #require(n.currentContent(s).plan)
    #expect(plan.items[s.current.cursor].code == "Forum Hall A")
    #expect(plan.items.contains { $0.code == "Forum Hall B" })
    // Named, not by its id, in the side panel.
    let panel = lines(n, s)
    #expect(panel.contains { $0.hasSuffix("│ Forum Hall A") } && panel.contains { $0.hasSuffix("│ outside the halls") })
    #expect(!panel.contains { $0.contains("forum-a") })
    let shown = lines(n, s)
    #expect(shown.contains { $0.contains("Forum Hall A") }, "\(shown.joined(separator: "\n"))")
    // An event on a stage in a hall: the hall's plan with the stage named.
    var stage = state(n, .event("ev-ru-fashion-1"))
    n.reduce(into: &stage, .key(.character("m")))
    #expect(stage.screen == .hallMap("N1", focus: .venue("runway")))
    #expect(lines(n, stage).contains { $0.contains("♪ Fashion Runway") })
  }
}
