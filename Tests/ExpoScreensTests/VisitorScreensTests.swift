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

/// My plan shows every note in full under its item, even beside a clash.
@Suite struct PlanNotesTests {
  @Test func notesAreShownInFullAt80Columns() throws {
    let n = try ExplorerTests.Datasets.navigator("sample")
    let note =
      "Meet Ivan at the Rosatom booth after this, bring the catalogue and business cards and ask about the dealer programme"
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header))
    // Two events at the same time (a clash), the second with the note; a booth with a short note.
    let records = [
      Bookmark(key: BookmarkKey(.event, "ev-nev-summit"), created: Date(timeIntervalSince1970: 1), note: note),
      Bookmark(key: BookmarkKey(.event, "ev-ru-fashion-2"), created: Date(timeIntervalSince1970: 2)),
      Bookmark(key: BookmarkKey(.exhibitor, "ex-0001"), created: Date(timeIntervalSince1970: 3), note: "20ft prices"),
    ]
    n.reduce(into: &state, .bookmarkRecordsLoaded(records))
    n.reduce(into: &state, .key(.character("6")))
    let shown = Renderer().render(state, n.scene(state)).grid.lines.joined(separator: " ")
    let words = shown.split(separator: " ").map(String.init)
    for word in note.split(separator: " ") {
      #expect(words.contains(String(word)), "\(word) is not on the screen:\n\(shown)")
    }
    #expect(shown.contains("✎ 20ft prices"))
    // The note lines are not selectable: the items are still 3.
    #expect(n.currentContent(state).itemCount == 3)
  }
}

/// The timetable at 80 columns opens scrolled to now, with the running event in view.
@Suite struct TimetableAt80Tests {
  @Test func theTimetableShowsWhatIsRunning() throws {
    let n = try ExplorerTests.Datasets.navigator("sample")
    // Sat 28 Oct 16:20 in Chongqing: the Belgian chocolate workshop (16:00–17:00) runs.
    let now = try #require(ISO8601DateFormatter().date(from: "2023-10-28T08:20:00Z"))
    var state = n.initialState(width: 80, height: 24, now: now)
    n.reduce(into: &state, .key(.character("5")))
    n.reduce(into: &state, .key(.character("t")))
    #expect(state.screen == .timetable(day: 1))
    let lines = Renderer().render(state, n.scene(state)).grid.lines
    #expect(lines.contains { $0.hasPrefix("▶16:20") }, "\(lines.joined(separator: "\n"))")
    #expect(lines.contains { $0.contains("Belgian") })
    #expect(!lines.contains { $0.hasPrefix(" 09:30") }, "scrolled down to now, not at the day's start")
  }
}

/// ^B in the search bookmarks the selected result and the cursor stays on it, though the results
/// re-rank (the bookmarked first among equals).
@Suite struct SearchBookmarkTests {
  @Test func theCursorStaysOnTheBookmarkedResult() throws {
    let n = try ExplorerTests.Datasets.navigator("sample")
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header))
    n.reduce(into: &state, .key(.character("/")))
    for c in "hupo" { n.reduce(into: &state, .key(.character(c))) }
    n.reduce(into: &state, .key(.tab))
    n.reduce(into: &state, .key(.tab))  // Products: many alike, so a bookmark moves one up
    for _ in 0..<5 { n.reduce(into: &state, .key(.down)) }
    let chosen = try #require(n.row(state, at: state.current.cursor)?.target)
    let effects = n.reduce(into: &state, .key(.control("b")))
    #expect(effects.contains { if case .toggleBookmark = $0 { true } else { false } })
    #expect(n.row(state, at: state.current.cursor)?.target == chosen)
    // The stored bookmarks come back: still on it.
    let key = try #require(chosen.bookmarkKey)
    n.reduce(into: &state, .bookmarkRecordsLoaded([Bookmark(key: key, created: Date())]))
    #expect(n.row(state, at: state.current.cursor)?.target == chosen)
    #expect(state.bookmarks.contains(key))
    // ^G finds it on the map.
    n.reduce(into: &state, .key(.control("g")))
    guard case .hallMap = state.screen else {
      Issue.record("^G opens the product's booth, got \(state.screen)")
      return
    }
  }
}
