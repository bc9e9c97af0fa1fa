import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation

/// The reducer over an in-memory source: whole states asserted, no catalogue.
@Suite struct ReducerTests {
  let source = MemorySource()
  var navigator: Navigator { Navigator(source: source) }

  func start(width: Int = 80, height: Int = 24) -> AppState {
    navigator.initialState(width: width, height: height, now: MemorySource.now)
  }

  func press(_ state: inout AppState, _ keys: Key...) {
    for key in keys { navigator.reduce(into: &state, .key(key)) }
  }

  @Test func startsOnHomeOnTheFirstSection() {
    let state = start()
    #expect(state.stack == [ScreenState(.home, cursor: 1, scroll: 0)])
    #expect(state.message == nil && state.isRunning && !state.showHelp)
  }

  @Test func pagesByTheLayoutAndBackRestoresEveryCursor() {
    var state = start()
    press(&state, .character("3"))
    #expect(state.stack == [ScreenState(.home, cursor: 1), ScreenState(.exhibitors(.name))])
    // 80×24: card (2 rows), a blank row, the column titles, then 16 list rows down to the status bar.
    let layout = navigator.layout(state)
    #expect(layout.headerY == 6 && layout.listTop == 7 && layout.listRows == 16)
    press(&state, .pageDown)
    #expect(state.current == ScreenState(.exhibitors(.name), cursor: 16, scroll: 16))
    press(&state, .character("j"), .enter)
    #expect(state.screen == .exhibitor("e17"))
    // The link row first: the heading "Products (2)" is skipped by j.
    #expect(state.current.cursor == 0)
    press(&state, .character("j"))
    #expect(state.current.cursor == 2)
    press(&state, .escape)
    #expect(state.stack.last == ScreenState(.exhibitors(.name), cursor: 17, scroll: 16))
    press(&state, .character("G"))
    #expect(state.current == ScreenState(.exhibitors(.name), cursor: 499, scroll: 484))
    press(&state, .escape, .escape)
    #expect(state.stack.count == 1)
    #expect(state.message == "This is Home · q quits")
  }

  @Test func listsArePagedNotLoadedWhole() {
    var state = start()
    let before = source.pagesServed
    press(&state, .character("3"), .character("G"))
    _ = navigator.scene(state)
    // The reducer asks only for counts and the rows it opens; the scene fetches one screenful.
    #expect(source.pagesServed - before <= 2)
  }

  @Test func aResizeKeepsTheCursorInView() {
    var state = start(height: 40)
    press(&state, .character("3"))
    for _ in 0..<30 { press(&state, .down) }
    navigator.reduce(into: &state, .resized(width: 80, height: 12))
    let rows = navigator.layout(state).listRows
    #expect(state.current.cursor == 30)
    #expect(state.current.scroll <= 30 && 30 < state.current.scroll + rows)
  }

  @Test func sectionsOpenFromTheCommandLine() {
    for section in Section.allCases {
      var state = start()
      navigator.open(section, &state)
      #expect(state.screen.section == section, "\(section)")
      #expect(state.stack.count == 2)
    }
  }

  @Test func searchTypesEveryPrintableKeyAndOffersOnlyKeysItDoesNotSwallow() {
    var state = start()
    press(&state, .character("/"))
    for c in "q6?1 e" { press(&state, .character(c)) }
    #expect(state.screen == .search(query: "q6?1 e", kind: nil))
    #expect(state.isRunning && !state.showHelp)
    for hint in navigator.hints(state) {
      #expect(hint.key.count > 1 || !hint.key.first!.isLetter, "search offers \(hint.key), which types")
    }
    press(&state, .control("u"))
    #expect(state.screen == .search(query: "", kind: nil))
    press(&state, .tab)
    #expect(state.screen == .search(query: "", kind: .exhibitor))
    press(&state, .backspace)
    #expect(state.stack.count == 1)
  }

  @Test func aPastedNoteWithKeysInItStaysText() {
    var state = start()
    press(&state, .character("3"), .enter, .character("n"))
    #expect(state.editor != nil)
    for c in "Great booth 6e q" { press(&state, .character(c)) }
    #expect(state.editor?.text == "Great booth 6e q")
    #expect(state.screen == .exhibitor("e0") && state.isRunning)
    var effects: [Effect] = []
    effects += navigator.reduce(into: &state, .key(.enter))
    #expect(effects == [.saveNote(BookmarkKey(.exhibitor, "e0"), "Great booth 6e q")])
    #expect(state.notes[BookmarkKey(.exhibitor, "e0")] == "Great booth 6e q")
    #expect(state.editor == nil)
  }

  @Test func theTimetableShowsExactlyTheFilteredEvents() {
    var state = start()
    press(&state, .character("5"), .character("t"))
    #expect(state.screen == .timetable(day: 0))
    var content = navigator.currentContent(state)
    #expect(content.timetable?.blocks.map(\.id) == ["opening", "forum-1", "show-1", "forum-2"])
    press(&state, .character("W"))  // venue: Main Stage
    content = navigator.currentContent(state)
    #expect(state.scheduleFilter.venue == "stage")
    #expect(content.timetable?.blocks.map(\.id) == ["opening", "show-1"])
    #expect(content.timetable?.venues == ["Main Stage"])
    #expect(content.count == 2)
    press(&state, .character("j"), .character("j"))
    #expect(state.current.cursor == 1)
    press(&state, .character("t"))
    #expect(state.screen == .schedule(day: 0) && state.current.cursor == 1)
  }

  @Test func arrowsOnAPlanMoveToTheNeighbourBooth() {
    var state = start()
    press(&state, .character("3"), .enter, .character("m"))
    #expect(state.screen == .hallMap("N1", focus: .booth("N1-e0")))
    #expect(state.current.cursor == 0)
    press(&state, .right)
    #expect(state.current.cursor == 1)
    press(&state, .character("j"))
    #expect(state.current.cursor == 5)
    press(&state, .character("h"))
    #expect(state.current.cursor == 4)
    press(&state, .up, .up)
    #expect(state.current.cursor == 0)
    #expect(state.message == "Edge of the plan")
    press(&state, .character("+"))
    #expect(state.mapZoom != nil)
    press(&state, .escape)
    #expect(state.screen == .exhibitor("e0"))
  }

  @Test func backAfterOpenReturnsThePreviousState() {
    var state = start()
    press(&state, .character("3"))
    for _ in 0..<40 {
      press(&state, .down)
      let before = state
      press(&state, .enter)
      #expect(state.stack.count == before.stack.count + 1)
      press(&state, .escape)
      #expect(state.stack == before.stack)
    }
  }

  @Test func bookmarkingTogglesAndSaysWhereThePlanIs() {
    var state = start()
    press(&state, .character("3"), .down)
    let effects = navigator.reduce(into: &state, .key(.character("b")))
    #expect(effects == [.toggleBookmark(BookmarkKey(.exhibitor, "e1"))])
    #expect(state.bookmarks == [BookmarkKey(.exhibitor, "e1")])
    #expect(state.message == "★ Bookmarked · 6 shows My plan")
    press(&state, .character("b"))
    #expect(state.bookmarks.isEmpty && state.message == "Bookmark removed")
  }

  @Test func pastedTextIsTextNeverKeys() {
    var state = start()
    press(&state, .character("3"), .enter, .character("n"))
    let before = state
    let effects = navigator.reduce(into: &state, .paste("Great booth\u{1B}6e\nq\u{202E}!"))
    #expect(effects.isEmpty)
    #expect(state.editor?.text == "Great booth6e q!")
    #expect(state.stack == before.stack && state.isRunning)
    // In the search field it is appended to the query.
    var search = start()
    press(&search, .character("/"), .character("E"))
    navigator.reduce(into: &search, .paste("xhibitor 1\t"))
    #expect(search.screen == .search(query: "Exhibitor 1 ", kind: nil))
    // On a list it starts a search for it.
    var list = start()
    press(&list, .character("3"))
    navigator.reduce(into: &list, .paste("  Exhibitor 4\r\n"))
    #expect(list.screen == .search(query: "Exhibitor 4", kind: nil))
    #expect(list.stack.count == 3)
  }

  @Test func arrowsInTheTimetableMoveToTheVenueBeside() {
    var state = start()
    press(&state, .character("5"), .character("t"), .character("g"))
    #expect(state.current.cursor == 0)  // opening, Main Stage, 09:00
    press(&state, .right)
    #expect(state.current.cursor == 1)  // forum-1, Forum Hall A, 10:00
    #expect(state.screen == .timetable(day: 0), "→ moves, it does not open")
    press(&state, .right)
    #expect(state.message == "Edge of the timetable")
    press(&state, .character("j"))
    #expect(state.current.cursor == 2)  // show-1, Main Stage, 11:00
    press(&state, .right)
    #expect(state.current.cursor == 1)  // the Forum Hall A event nearest 11:00 (forum-1 at 10:00)
    press(&state, .left)
    #expect(state.current.cursor == 0 || state.current.cursor == 2)  // 09:00 and 11:00 are as near
    press(&state, .left)
    #expect(state.message == "Edge of the timetable")
  }

  @Test func homeAndEndWorkInTheSearchResults() {
    var state = start()
    press(&state, .character("/"), .character("E"), .character("x"))
    press(&state, .end)
    #expect(state.message == nil)
    #expect(state.current.cursor == navigator.currentContent(state).count - 1)
    press(&state, .home)
    #expect(state.current.cursor == 1)  // past the heading
  }

  @Test func filtersCycleBothWaysAndOneKeyClearsThemAll() {
    var state = start()
    press(&state, .character("5"))
    press(&state, .control("k"))
    #expect(state.scheduleFilter.kind == "show")  // back from "all": the last kind
    press(&state, .control("k"))
    #expect(state.scheduleFilter.kind == "forum")
    press(&state, .control("k"))
    #expect(state.scheduleFilter.kind == nil)
    press(&state, .character("K"), .character("W"), .character("o"))
    #expect(state.scheduleFilter == ScheduleFilter(kind: "forum", venue: "stage", onlyBookmarked: true))
    press(&state, .character("X"))
    #expect(state.scheduleFilter.isEmpty)
    #expect(state.message == "No filter: every event of the day")
  }
}
