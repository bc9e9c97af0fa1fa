import ExpoExplorer
import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// Home's "now and next" marks what is running, as the schedule does.
@Suite struct HomeNowTests {
  @Test func homeMarksTheRunningEvents() throws {
    let n = try ExplorerTests.Datasets.navigator("sample")
    // Sat 28 Oct 16:20 in Chongqing: the Belgian chocolate workshop (16:00–17:00) runs.
    let now = try #require(ISO8601DateFormatter().date(from: "2023-10-28T08:20:00Z"))
    let state = n.initialState(width: 80, height: 40, now: now)
    let home = n.content(for: .home, in: state)
    let rows = n.source.rows(of: home, in: state.context(for: .home), offset: 0, limit: home.count)
    let running = rows.filter { $0.cells.first?.hasPrefix("▶") == true }
    #expect(running.map { $0.cells[1] } == ["Belgian Chocolate Workshop"])
    #expect(rows.contains { $0.cells.first == "Sun 29 Oct 09:30–11:00" }, "what comes next, unmarked")
    let lines = Renderer().render(state, n.scene(state)).grid.lines
    #expect(lines.contains { $0.contains("▶Sat 28 Oct 16:00–17:00 Belgian Chocolate Workshop") }, "\(lines)")
  }
}
