import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// The renderer draws what the scene holds: whole frames compared line by line, with their styles,
/// on the in-memory source (no catalogue).
@Suite struct PureRenderTests {
  let source = MemorySource()
  var navigator: Navigator { Navigator(source: source) }

  func frame(width: Int = 80, height: Int = 24, _ keys: [Key]) -> (AppState, Frame) {
    var state = navigator.initialState(width: width, height: height, now: MemorySource.now)
    for key in keys { navigator.reduce(into: &state, .key(key)) }
    return (state, Renderer().render(state, navigator.scene(state)))
  }

  /// One letter per cell: the style's first letter in a table below (blank cells of the normal
  /// style as spaces), trailing spaces dropped.
  static func styles(_ grid: Grid, row y: Int) -> String {
    let letters: [Style: Character] = [
      .normal: " ", .title: "T", .tab: "t", .tabActive: "A", .crumb: "c", .heading: "H", .subtitle: "s",
      .label: "l", .header: "h", .section: "S", .selected: "#", .dim: "d", .status: "b", .statusKey: "k",
      .message: "m", .match: "M", .selectedMatch: "N", .mark: "*", .selectedMark: "+", .border: "|",
    ]
    var out = String((0..<grid.width).map { letters[grid[$0, y].style] ?? "?" })
    while out.last == " " { out.removeLast() }
    return out
  }

  @Test func exhibitorListAt80x24TextAndStyles() {
    let (_, frame) = frame([.character("3"), .down])
    let lines = frame.grid.lines
    let expected = [
      " Expo Guide │ Memory Expo                                 EN · Fri 27 Oct 10:20",
      "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
      " Home › Exhibitors",
      " Exhibitors",
      " by name",
      "",
      " Exhibitor",
      " Exhibitor 0                                                                   ┃",
      " Exhibitor 1                                                                   │",
    ]
    #expect(Array(lines.prefix(expected.count)) == expected)
    #expect(lines.count == 24)
    #expect(lines[22] == " Exhibitor 15                                                                  │")
    #expect(lines[23] == " Enter open  Esc back  s sort  f category  L 中文/EN  ? help  q quit   2 of 500")
    let t = String(repeating: "T", count: 80)
    #expect(PureRenderTests.styles(frame.grid, row: 0) == t)
    #expect(PureRenderTests.styles(frame.grid, row: 3) == " " + String(repeating: "H", count: 10))
    #expect(PureRenderTests.styles(frame.grid, row: 4) == " " + String(repeating: "s", count: 7))
    #expect(PureRenderTests.styles(frame.grid, row: 6).hasPrefix(" hhhhhhhhh"))
    // The selection bar covers the name column, not the scroll bar.
    #expect(PureRenderTests.styles(frame.grid, row: 8) == String(repeating: "#", count: 79) + "d")
    #expect(PureRenderTests.styles(frame.grid, row: 7) == "")
    #expect(PureRenderTests.styles(frame.grid, row: 23).hasPrefix("bkkkkkbbbbbbbkkkbbbbbbb"))
  }

  @Test func searchHighlightStaysInsideTheVisibleText() {
    // "Exhibitor 3 …" is hostile (escapes, a bidi override) and the match follows them.
    for width in [40, 60, 80, 132] {
      let (state, frame) = frame(width: width, height: 24, [.character("/")] + "火锅".map { Key.character($0) })
      let grid = frame.grid
      var highlighted = 0
      for y in 0..<grid.height {
        let styles = PureRenderTests.styles(grid, row: y)
        guard styles.contains("M") || styles.contains("N") else { continue }
        highlighted += 1
        // Every highlighted cell shows part of the query.
        let line = grid.line(y)
        #expect(line.contains("火") || line.contains("锅"), "row \(y) at \(width): \(line)")
      }
      // The match is within the cut name at these widths: it is highlighted, not skipped.
      #expect(highlighted > 0, "no highlight at \(width)")
      #expect(state.screen == .search(query: "火锅", kind: nil))
      #expect(!grid.lines.joined().contains("\u{1B}"))
    }
  }

  @Test func theTimetableDrawsOnlyTheFilteredVenues() {
    let (_, all) = frame(width: 100, height: 30, [.character("5"), .character("t")])
    let header = all.grid.lines.first { $0.contains("Main Stage") } ?? ""
    #expect(header.contains("Forum Hall A"))
    let (_, stage) = frame(width: 100, height: 30, [.character("5"), .character("t"), .character("W")])
    let text = stage.grid.lines.joined(separator: "\n")
    #expect(text.contains("Main Stage") && !text.contains("Forum Hall A"))
    #expect(text.contains("09:00 opening") && text.contains("11:00 show-1"))
    #expect(!text.contains("forum-1") && !text.contains("forum-2"))
  }

  @Test func everySizeFromTinyToHugeDrawsAGridOfThatSize() {
    for (w, h) in [(1, 1), (39, 9), (40, 10), (80, 24), (300, 100)] {
      for keys in [[], [Key.character("3")], [.character("5"), .character("t")], [.character("?")]] {
        let (_, frame) = frame(width: w, height: h, keys)
        #expect(frame.grid.width == w && frame.grid.height == h)
        #expect(frame.grid.lines.allSatisfy { DisplayWidth.of($0) <= w })
      }
    }
  }

  /// An event's long description above a few links is read whole: the card takes what the short
  /// list leaves, not only half the screen.
  @Test func aLongDescriptionAboveAShortListIsShownWhole() {
    let (state, frame) = frame(width: 80, height: 30, [.character("5"), .enter])
    #expect(state.screen == .event("opening"))
    let text = frame.grid.lines.joined(separator: "\n")
    #expect(text.contains("Sentence 14") && text.contains(" end."), "\(text)")
    #expect(text.contains("Home"))
    #expect(!text.contains("…"))
  }

  /// A status message that does not fit is cut with "…", not in the middle of a word without a sign.
  @Test func aLongMessageIsCutWithAnEllipsis() {
    var (state, _) = frame(width: 40, height: 12, [.character("3")])
    navigator.reduce(into: &state, .notice("The bookmark could not be saved: the bookmarks file is read-only"))
    let line = Renderer().render(state, navigator.scene(state)).grid.lines[11]
    #expect(line.hasSuffix("…") || line.contains("… "), "\(line)")
    #expect(DisplayWidth.of(line) <= 40)
  }
}
