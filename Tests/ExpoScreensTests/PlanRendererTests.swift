import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoUI

/// Plans drawn by the renderer, compared line by line, at several sizes and zooms.
@Suite struct PlanRendererTests {
  func expectLines(_ frame: Frame, _ want: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let got = frame.grid.lines
    #expect(got.count == want.count, sourceLocation: sourceLocation)
    for (i, line) in want.enumerated() where i < got.count {
      #expect(got[i] == line, "line \(i)", sourceLocation: sourceLocation)
    }
  }

  @Test func venueOverviewAt80x24() {
    expectLines(
      RenderFixture.render(width: 80, height: 24, keys: [.character("7")]),
      [
        " Expo Guide │ Mini Fair                                   EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home › Map",
        " Venue map · Test Hall Centre",
        " 2 halls",
        " The data gives no hall positions: halls are shown in a row.",
        " N↑  whole venue",
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓     ┌────────────────────────────────────┐",
        "┃A                                  ┃     │B                                   │",
        "┃Hall A                             ┃     │Hall B                              │",
        "┃2 exhibitors                       ┃     │1 exhibitor                         │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┃                                   ┃     │                                    │",
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛     └────────────────────────────────────┘",
        "",
        "",
        " A · Hall A · 2 exhibitors",
        " Enter open  Esc back  + zoom  - out  L 中文/EN  ? help  q quit          1 of 2",
      ])
  }

  @Test func hallCloseUpWithSidePanelAt120x30() {
    expectLines(
      RenderFixture.render(width: 120, height: 30, keys: [.character("7"), .enter]),
      [
        " Expo Guide │ Mini Fair                                                                           EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home › Map › Plan A",
        " Hall A · plan",
        " 2 booths · 1 pavilion · 40 × 30 m",
        " N↑  ▼▲ entrance  ░ pavilion  ★ bookmarked  ✓ visited  ♪ stage  close-up         │ A-01",
        "╔═══════════════════════════════════════════════════════════════════════════════╗│ Pécs Porcelain Kft.",
        "║                                                                               ║│ Hungary Pavilion",
        "║   ┏━━━━━┓─────┐                                                   ┌───────┐   ║│",
        "║   ┃01░░░┃02░░░│                                                   │Toilets│   ║│ Bookmark booths (b) to see the",
        "║   ┃Pécs ┃Tokaj│                                                   │       │   ║│ walking route here (r).",
        "║   ┗━━━━━┛─────┘                                                   └───────┘   ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                                                                               ║│",
        "║                   ┌───────────────────────────┐                               ║│",
        "║                   │♪ Main Stage               │                               ║│",
        "║                   │                           │                               ║│",
        "║                   │                           │                               ║│",
        "║                   │                   ▾       │                               ║│",
        " Enter open  Esc back  + zoom  - out  r route  b bookmark  L 中文/EN  ? help  q quit                             1 of 2",
      ])
  }

  func hallPlan() -> FloorPlan {
    let n = RenderFixture.navigator()
    return n.source.content(for: .hallMap("A", focus: nil), in: ContentContext(now: RenderFixture.now)).plan!
  }

  @Test func closeUpAndASCIIOverview() {
    let plan = hallPlan()
    let close = PlanRenderer(plan: plan, zoom: 2).canvas().lines
    #expect(close.count == 31)
    #expect(close[0] == "╔" + String(repeating: "═", count: 79) + "╗")
    #expect(close[2] == "║   ┌─────┬─────┐                                                   ┌───────┐   ║")
    #expect(close[3] == "║   │01░░░│02░░░│                                                   │Toilets│   ║")
    #expect(close[4] == "║   │Pécs │Tokaj│                                                   │       │   ║")
    #expect(close[19] == "║                   │♪ Main Stage               │                               ║")
    #expect(close[30] == "╚═══════════════════════════════════▲▲▲▲▲▲▲▲▲═══════════════════════════════════╝")
    let ascii = PlanRenderer(plan: plan, zoom: 0, ascii: true).canvas().lines
    #expect(
      ascii == [
        "+===================+",
        "|:::             TT |",
        "|                   |",
        "|                   |",
        "|    SSSSSSS        |",
        "|    SSSSSSS        |",
        "|                   |",
        "+========^^=========+",
      ])
    let allASCII = ascii.joined().unicodeScalars.allSatisfy(\.isASCII)
    #expect(allASCII)
  }

  @Test func selectionIsOutlinedWithoutColour() {
    let plan = hallPlan()
    let renderer = PlanRenderer(plan: plan, zoom: 1)
    var canvas = renderer.canvas()
    renderer.highlight(&canvas, item: 1)
    let lines = canvas.lines
    #expect(lines[1] == "║ ┌──┏━━┓                         ┌───┐ ║")
    #expect(lines[2] == "║ │01┃02┃                         │Toi│ ║")
    #expect(lines[3] == "║ └──┗━━┛                         └───┘ ║")
  }

  @Test func routeIsDrawnAlongTheAislesWithNumberedStops() {
    var plan = hallPlan()
    plan.items[0].bookmarked = true
    plan.items[1].bookmarked = true
    plan.route = FloorPlan.Route(
      stops: [
        .init(item: 1, at: WalkingOrder.Point(x: 6, y: 5)), .init(item: 0, at: WalkingOrder.Point(x: 3, y: 5)),
      ],
      path: (6...20).reversed().map { WalkingOrder.Point(x: 20, y: $0) }
        + (3...19).reversed().map {
          WalkingOrder.Point(x: $0, y: 6)
        }, metres: 30, unreachable: 0)
    let lines = PlanRenderer(plan: plan, zoom: 2).canvas().lines
    // The marks on the top edge, the numbers whole.
    #expect(lines[2].contains("┌★────┬★────┐"), "\(lines[2])")
    #expect(lines[3].contains("│01░░░│02░░░│"))
    #expect(lines[5].contains("2"), "stop 2 at the first booth")
    #expect(lines[6].contains("· · · ·"))
    #expect(
      PlanRenderer(plan: plan, zoom: 2, showRoute: false).canvas().lines[6].trimmingCharacters(in: .whitespaces)
        == "║                                                                               ║")
  }

  @Test func everySizeStaysInsideTheScreen() {
    for (w, h) in [(40, 10), (41, 12), (80, 24), (133, 41), (200, 50)] {
      for keys in [[Key.character("7")], [.character("7"), .enter], [.character("7"), .enter, .character("+")]] {
        let frame = RenderFixture.render(width: w, height: h, keys: keys)
        #expect(frame.grid.lines.count == h)
        for line in frame.grid.lines { #expect(DisplayWidth.of(line) <= w) }
      }
    }
  }
}

extension PlanRendererTests {
  @Test func clicksLandOnTheBoothUnderThem() throws {
    let frame = RenderFixture.render(width: 120, height: 30, keys: [.character("7"), .enter])
    let hits = try #require(frame.mapHits)
    let lines = frame.grid.lines
    let y = try #require(lines.firstIndex { $0.contains("01░░░") })
    let x01 = lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: "01░░░")!.lowerBound)
    let x02 = lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: "02░░░")!.lowerBound)
    #expect(hits.item(atColumn: x01, row: y) == 0)
    #expect(hits.item(atColumn: x02 + 1, row: y) == 1)
    #expect(hits.item(atColumn: 1, row: lines.count - 3) == nil, "an aisle is no booth")
  }
}
