import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation

@Suite struct BookmarkNavigationTests {
  let navigator: Navigator

  init() throws {
    navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
  }

  @Test func bTogglesTheRowUnderTheCursorOrTheScreensItem() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("3")))  // hotpot, herend, tokaj
    let effects = navigator.reduce(into: &state, .key(.character("b")))
    #expect(effects == [.toggleBookmark(BookmarkKey(.exhibitor, "hotpot"))])
    #expect(state.bookmarks == [BookmarkKey(.exhibitor, "hotpot")])
    navigator.reduce(into: &state, .key(.enter))  // the exhibitor; the cursor is on its country link
    navigator.reduce(into: &state, .key(.character("b")))
    #expect(state.bookmarks.isEmpty)  // the screen's own exhibitor was toggled off
    navigator.reduce(into: &state, .key(.character("G")))  // a product row
    navigator.reduce(into: &state, .key(.character("b")))
    #expect(state.bookmarks == [BookmarkKey(.product, "p4")])
    navigator.reduce(into: &state, .key(.character("1")))
    let none = navigator.reduce(into: &state, .key(.character("b")))
    #expect(none.isEmpty)
    #expect(state.message?.hasPrefix("Nothing to bookmark here") == true)
    let reload = navigator.reduce(into: &state, .key(.character("6")))
    #expect(reload == [.reloadBookmarks])
  }

  /// On a product's screen the cursor opens on the "Exhibitor:" link; b and n act on the product.
  @Test func onAProductsScreenBAndNActOnTheProduct() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("4")))
    navigator.reduce(into: &state, .key(.enter))
    guard case .product(let id) = state.screen else {
      Issue.record("not on a product: \(state.screen)")
      return
    }
    #expect(navigator.row(state, at: state.current.cursor)?.target.map { "\($0)" }?.hasPrefix("exhibitor") == true)
    let effects = navigator.reduce(into: &state, .key(.character("b")))
    #expect(effects == [.toggleBookmark(BookmarkKey(.product, id))])
    navigator.reduce(into: &state, .key(.character("n")))
    #expect(state.editor?.key == BookmarkKey(.product, id))
  }

  /// A note is shown in full on its item's own screen.
  @Test func aNoteIsShownOnTheItemsScreen() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    for key in [Key.character("3"), .enter, .character("n")] + "Ask for the catalogue".map({ Key.character($0) })
      + [.enter]
    {
      navigator.reduce(into: &state, .key(key))
    }
    let card = navigator.currentContent(state).card
    #expect(card.contains { $0.style == .field("Your note") && $0.text == "Ask for the catalogue" }, "\(card)")
  }

  /// "N of M" counts what can be selected: the last row of a screen is M of M.
  @Test func theLastRowOfEveryDetailScreenIsMOfM() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    for keys in [["2", "\r", "\r"], ["3", "\r"], ["4", "\r"], ["1", "\r"], ["2", "j", "\r"]] {
      state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
      for k in keys { navigator.reduce(into: &state, .key(k == "\r" ? .enter : .character(Character(k)))) }
      navigator.reduce(into: &state, .key(.end))
      let content = navigator.currentContent(state)
      #expect(content.itemNumber(at: state.current.cursor) == content.itemCount, "\(state.screen)")
      let selectable = (0..<content.count).filter(content.isSelectable).count
      #expect(content.itemCount == selectable, "\(state.screen)")
    }
  }

  @Test func planShowsBoothsInWalkingOrderEventsWithClashesAndVanishedItems() throws {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(
      into: &state,
      .bookmarksLoaded([
        BookmarkKey(.exhibitor, "tokaj"), BookmarkKey(.exhibitor, "herend"), BookmarkKey(.event, "open"),
        BookmarkKey(.event, "late"), BookmarkKey(.event, "day2"), BookmarkKey(.exhibitor, "gone"),
      ]))
    navigator.reduce(into: &state, .key(.character("6")))
    let rows = navigator.rows(state, offset: 0, limit: 50)
    let text = rows.map { $0.cells.joined(separator: " | ") }
    // Hall A: from the entrance (bottom, x 18–22) along the aisles, A-02 (x 5–8) comes before A-01 (x 2–5).
    #expect(text.contains("  1. | A-02 | Tokaj Wines Zrt. | Hungary"))
    #expect(text.contains("  2. | A-01 | Pécs Porcelain Kft. | Hungary"))
    #expect(text.contains { $0.contains("Opening") })
    #expect(text.contains { $0.hasPrefix("Sat 28 Oct 10:00–11:00 | Porcelain Talk") })
    #expect(text.contains("exhibitor gone · kept; b removes it"))
    let card = navigator.currentContent(state).card.map(\.text)
    #expect(card.contains { $0.hasPrefix("2 booths · 3 events · 0 products") })
  }

  @Test func overlappingBookmarkedEventsAreMarkedAsClashes() throws {
    var dataset = try DatasetLoader.load(folder: TestCatalogues.fixtures.appendingPathComponent("minimal")).dataset
    let opening = try #require(dataset.events.first { $0.id == "open" })
    dataset.events.append(
      Event(
        id: "overlap", title: LocalizedText(en: "Overlapping Forum"), kind: "forum",
        start: opening.start.addingTimeInterval(15 * 60), end: opening.end.addingTimeInterval(15 * 60), venue: "stage"))
    let path = TestCatalogues.folder.appendingPathComponent("clash.sqlite").path
    try CatalogueCompiler.compile(dataset, to: path)
    let clashNavigator = Navigator(source: try CachedScreenSource(catalogue: try Catalogue(path: path)))
    var clash = clashNavigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    clashNavigator.reduce(
      into: &clash, .bookmarksLoaded([BookmarkKey(.event, "overlap"), BookmarkKey(.event, "open")]))
    clashNavigator.reduce(into: &clash, .key(.character("6")))
    let clashRows = clashNavigator.rows(clash, offset: 0, limit: 50).map { $0.cells.last ?? "" }
    #expect(clashRows.contains("clashes with Overlapping Forum"))
    #expect(clashRows.contains("clashes with Opening"))

    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .bookmarksLoaded([BookmarkKey(.event, "late"), BookmarkKey(.event, "open")]))
    navigator.reduce(into: &state, .key(.character("6")))
    let rows = navigator.rows(state, offset: 0, limit: 50)
    // The opening (09:30–10:00) and the night tasting (23:30–00:30) do not overlap: a gap instead.
    #expect(rows.contains { $0.cells.last?.hasSuffix("free before") == true })
    #expect(!rows.contains { $0.cells.last?.hasPrefix("clashes") == true })
  }
}

@Suite struct NoteEditingTests {
  let navigator: Navigator

  init() throws {
    navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
  }

  @Test func notesHandleChineseBackspaceCursorAndCancel() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("3")))  // hotpot first
    var effects = navigator.reduce(into: &state, .key(.character("n")))  // bookmarks it and opens the editor
    #expect(effects == [.toggleBookmark(BookmarkKey(.exhibitor, "hotpot"))])
    #expect(state.editor?.text == "")
    for c in "问价格" { navigator.reduce(into: &state, .key(.character(c))) }
    navigator.reduce(into: &state, .key(.backspace))  // one wide character
    #expect(state.editor?.text == "问价")
    navigator.reduce(into: &state, .key(.left))
    navigator.reduce(into: &state, .key(.character("x")))  // j, q… are text here
    navigator.reduce(into: &state, .key(.character("q")))
    #expect(state.editor?.text == "问xq价")
    #expect(state.isRunning)
    effects = navigator.reduce(into: &state, .key(.enter))
    #expect(effects == [.saveNote(BookmarkKey(.exhibitor, "hotpot"), "问xq价")])
    #expect(state.editor == nil)
    #expect(state.notes[BookmarkKey(.exhibitor, "hotpot")] == "问xq价")
    navigator.reduce(into: &state, .key(.character("n")))
    #expect(state.editor?.text == "问xq价")
    navigator.reduce(into: &state, .key(.control("u")))
    navigator.reduce(into: &state, .key(.escape))
    #expect(state.notes[BookmarkKey(.exhibitor, "hotpot")] == "问xq价")
  }

  @Test func visitedTogglesOnBooths() {
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("3")))
    let first = navigator.reduce(into: &state, .key(.character("v")))
    #expect(
      first == [
        .toggleBookmark(BookmarkKey(.exhibitor, "hotpot")), .setVisited(BookmarkKey(.exhibitor, "hotpot"), true),
      ])
    let second = navigator.reduce(into: &state, .key(.character("v")))
    #expect(second == [.setVisited(BookmarkKey(.exhibitor, "hotpot"), false)])
    #expect(navigator.reduce(into: &state, .key(.character("e"))) == [.exportPlan])
  }
}

@Suite struct ScheduleClashTests {
  @Test func scheduleStartsOnWhatIsOnAndMarksClashesOfBookmarkedEvents() throws {
    let navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
    // 27 Oct 2023 09:40 in Shanghai: the opening (09:30–10:00) is on.
    let now = Date(timeIntervalSince1970: 1_698_371_000)
    var state = navigator.initialState(width: 80, height: 24, now: now)
    navigator.reduce(into: &state, .bookmarksLoaded([BookmarkKey(.event, "open"), BookmarkKey(.event, "late")]))
    navigator.reduce(into: &state, .key(.character("5")))
    #expect(state.screen == .schedule(day: 0))
    let rows = navigator.rows(state, offset: 0, limit: 10)
    #expect(rows[0].cells[0] == "▶09:30–10:00")
    #expect(rows[1].cells[0] == "23:30–00:30")
    #expect(!rows.contains { $0.cells[3] == "⚠ clash" })  // bookmarked but not overlapping
    // Later that evening the cursor starts on the night tasting.
    var evening = navigator.initialState(width: 80, height: 24, now: now.addingTimeInterval(12 * 3600))
    navigator.reduce(into: &evening, .key(.character("5")))
    #expect(evening.current.cursor == 1)
  }
}

@Suite struct ScheduleFilterTests {
  @Test func filtersCycleAndOnlyBookmarkedNarrowsTheDay() throws {
    let navigator = Navigator(source: try CachedScreenSource(catalogue: TestCatalogues.minimal))
    var state = navigator.initialState(width: 80, height: 24, now: TestCatalogues.duringExpo)
    navigator.reduce(into: &state, .key(.character("5")))
    #expect(navigator.currentContent(state).count == 2)
    navigator.reduce(into: &state, .key(.character("K")))  // kinds: ceremony, talk, tasting
    #expect(state.scheduleFilter.kind == "ceremony")
    #expect(navigator.rows(state, offset: 0, limit: 5).map { $0.cells[1] } == ["Opening"])
    navigator.reduce(into: &state, .key(.character("K")))
    navigator.reduce(into: &state, .key(.character("K")))
    navigator.reduce(into: &state, .key(.character("K")))
    #expect(state.scheduleFilter.kind == nil)  // back to all
    navigator.reduce(into: &state, .bookmarksLoaded([BookmarkKey(.event, "late")]))
    navigator.reduce(into: &state, .key(.character("o")))
    #expect(navigator.rows(state, offset: 0, limit: 5).map { $0.cells[1] } == ["Night Tasting"])
    navigator.reduce(into: &state, .key(.character("t")))  // the filter stays in the timetable
    #expect(state.screen == .timetable(day: 0))
    #expect(navigator.currentContent(state).count == 1)
    navigator.reduce(into: &state, .key(.character("1")))
    navigator.reduce(into: &state, .key(.character("K")))
    #expect(state.message == "K (Filter: kind) works in the schedule (5)")
  }
}

@Suite struct OtherTimeZoneTests {
  /// An expo in New York: days, "now" and the schedule follow the expo's zone; a zero-length
  /// event and one past midnight stay on the day they start.
  @Test func scheduleFollowsTheExposZone() throws {
    var dataset = try DatasetLoader.load(folder: TestCatalogues.fixtures.appendingPathComponent("minimal")).dataset
    dataset.expo.timeZone = "America/New_York"
    let ny = TimeZone(identifier: "America/New_York")!
    dataset.events = [
      Event(
        id: "zero", title: LocalizedText(en: "Ribbon Cutting"), kind: "ceremony",
        start: ExpoTime.parse("2023-10-27T09:00", zone: ny)!, end: ExpoTime.parse("2023-10-27T09:00", zone: ny)!,
        venue: "stage"),
      Event(
        id: "night", title: LocalizedText(en: "Late Party"), kind: "party",
        start: ExpoTime.parse("2023-10-27T23:00", zone: ny)!, end: ExpoTime.parse("2023-10-28T01:00", zone: ny)!,
        venue: "stage"),
    ]
    let path = TestCatalogues.folder.appendingPathComponent("ny.sqlite").path
    try CatalogueCompiler.compile(dataset, to: path)
    let navigator = Navigator(source: try CachedScreenSource(catalogue: try Catalogue(path: path)))
    // 28 Oct 00:30 in New York is already 28 Oct 04:30 UTC; the party (started on the 27th) is on.
    let now = ExpoTime.parse("2023-10-28T00:30", zone: ny)!
    var state = navigator.initialState(width: 80, height: 24, now: now)
    navigator.reduce(into: &state, .key(.character("5")))
    #expect(state.screen == .schedule(day: 1))
    navigator.reduce(into: &state, .key(.backTab))
    let rows = navigator.rows(state, offset: 0, limit: 5)
    #expect(rows.map { $0.cells[0] } == ["09:00–09:00", "▶23:00–01:00"])
    navigator.reduce(into: &state, .key(.down))
    navigator.reduce(into: &state, .key(.enter))
    let card = navigator.currentContent(state).card.map(\.text)
    #expect(card.contains { $0.contains("23:00–01:00 (2 h) · runs past midnight, listed on the day it starts") })
  }
}
