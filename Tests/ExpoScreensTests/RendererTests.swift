import ExpoModel
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// Screens rendered to a grid and compared line by line (the fixture expo, a fixed clock).
@Suite struct RendererTests {
  func expectLines(_ frame: Frame, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = frame.grid.lines
    #expect(lines.count == expected.count, sourceLocation: sourceLocation)
    if lines != expected {
      print("rendered:\n" + lines.map { "        \"\($0)\"," }.joined(separator: "\n"))
    }
    for (i, (line, want)) in zip(lines, expected).enumerated() {
      #expect(line == want, "line \(i)", sourceLocation: sourceLocation)
    }
    for y in 0..<frame.grid.height {
      #expect(DisplayWidth.of(frame.grid.line(y)) == frame.grid.width, "row \(y) is not exactly the grid's width")
    }
  }

  @Test func homeAt80x24() {
    expectLines(
      RenderFixture.render(width: 80, height: 24),
      [
        " Expo Guide │ Mini Fair                                   EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home",
        " Mini Fair",
        " 迷你展",
        " 27–28 October 2023 · Test Hall Centre",
        " 3 exhibitors from 2 countries · 4 products · 1 pavilion · 3 events",
        "",
        " Sections",
        " 1  Halls                        2 halls",
        " 2  Countries                    2 countries, 1 pavilion",
        " 3  Exhibitors                   3 exhibitors",
        " 4  Products                     4 products",
        " 5  Schedule                     3 events over 2 days",
        " 6  My plan                      bookmarks and visit plan",
        " 7  Map                          the venue and its 2 halls on plans",
        " i  About                        this expo and its data",
        " Now and next",
        " ▶Fri 27 Oct 09:30–10:00 Opening                              Main Stage",
        " Fri 27 Oct 23:30–00:30  Night Tasting                        Main Stage",
        " Sat 28 Oct 10:00–11:00  Porcelain Talk                       Main Stage",
        "",
        "",
        " Enter open  1-7 sections  L 中文/EN  ? help  q quit                    1 of 11",
      ])
  }

  @Test func exhibitorWithChineseNameAt80x24() {
    expectLines(
      RenderFixture.render(width: 80, height: 24, keys: [.character("3"), .enter]),
      [
        " Expo Guide │ Mini Fair                                   EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home › Exhibitors › Chongqing Hotpot Foods Co., Ltd.",
        " Chongqing Hotpot Foods Co., Ltd.",
        " 重庆火锅食品有限公司",
        " From       China",
        " Booth      B-01 · Hall B",
        " Sells      Food",
        "",
        " Country: China",
        " Hall: Hall B",
        " Category: Food",
        " Products (2)",
        " Beef Tallow Hotpot Base                                   Food",
        " Chilli Oil                                                Food",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter open  Esc back  m map  b bookmark  n note  L 中文/EN  ? help      1 of 5",
      ])
  }

  @Test func countryWithDetailPaneAt132x40() {
    let frame = RenderFixture.render(width: 132, height: 40, keys: [.character("2"), .down, .enter])
    expectLines(
      frame,
      [
        " Expo Guide │ Mini Fair                                                                                       EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home › Countries › Hungary",
        " Hungary (HU)                                                                  │ Hungary Pavilion",
        " 匈牙利                                                                        │ Hall       Hall A",
        " 2 exhibitors · 2 products · pavilion in hall A                                │",
        "                                                                               │   Country: Hungary",
        " Pavilion                                                                      │   Hall: Hall A",
        " Hungary Pavilion                                    hall A       2 exhibitors │ Events (1)",
        " Exhibitors (2)                                                                │   Fri 27 Oct 23:30–00:30",
        " Pécs Porcelain Kft.                                      HU A-01            1 │ Exhibitors (2)",
        " Tokaj Wines Zrt.                                         HU A-02            1 │   Pécs Porcelain Kft.",
        "                                                                               │   Tokaj Wines Zrt.",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        "                                                                               │",
        " Enter open  Esc back  L 中文/EN  ? help  q quit                                                                             1 of 3",
      ])
  }

  @Test func chineseNamesLineUpAt60x16() {
    // L switches the whole interface: tabs, titles, headers, hints, dates and the position.
    expectLines(
      RenderFixture.render(width: 60, height: 16, keys: [.character("L"), .character("3")], language: .english),
      [
        " 展会导览 │ 迷你展               中文 · 10月27日 周五 09:43",
        "  1 展馆  2 国家  3 展商  4 产品  5 日程  6 我的行程  7 地图",
        " 首页 › 展商",
        " 展商",
        " 按名称排序 · s 改变顺序",
        "",
        " 展商                                  国 展位         产品",
        " 重庆火锅食品有限公司                  CN B-01            2",
        " Pécs Porcelain Kft.                   HU A-01            1",
        " 托卡伊酒业                            HU A-02            1",
        "",
        "",
        "",
        "",
        "",
        " Enter 打开  Esc 返回  s 排序  f 类别  L EN/中文        1/3",
      ])
  }

  @Test func helpOverlayListsEveryBinding() {
    let frame = RenderFixture.render(width: 100, height: 40, keys: [.character("?")])
    let text = frame.grid.lines.joined(separator: "\n")
    for command in Command.allCases {
      let keys = Keymap.list.keys(for: command).map(\.label).joined(separator: " ")
      guard !keys.isEmpty else { continue }
      #expect(text.contains(keys), "help misses the keys of \(command)")
      #expect(text.contains(UIText.english.help(command)), "help misses \(command)")
    }
    expectLines(
      RenderFixture.render(width: 80, height: 24, keys: [.character("?")]),
      [
        " Expo Guide │ Mini Fair                                   EN · Fri 27 Oct 09:43",
        "  1 Halls  2 Countries  3 Exhibitors  4 Products  5 Schedule  6 My plan  7 Map",
        " Home",
        "   ┌─ Keys · any key closes ───────────────────────────────────────────────┐",
        "   │ Move                                7             Venue map           │",
        "   │ ↓ j           Move down             Lists                             │",
        "   │ ↑ k           Move up               s             Sort exhibitors     │",
        "   │ PgDn Space ^F Page down             f             By category         │",
        "   │ PgUp ^B       Page up               L             English/中文        │",
        "   │ g Home        First row             p             Detail pane on/off  │",
        "   │ G End         Last row              /             Search              │",
        "   │ Enter → l     Open                  b             Bookmark            │",
        "   │ Esc Bksp ← h  Back                  n             Note                │",
        "   │ Go to                               v             Visited             │",
        "   │ 0             Home                  e             Export plan         │",
        "   │ 1             Halls                 Map                               │",
        "   │ 2             Countries             m             Find on map         │",
        "   │ 3             All exhibitors        General                           │",
        "   │ 4             All products          i             About               │",
        "   │ 5             Event schedule        ? F1          This help           │",
        "   │ 6             My plan               q ^C          Quit                │",
        "   └───────────────────────────────────────────────────────────────────────┘",
        "",
        " any key closes the help                                                1 of 11",
      ])
  }

  @Test func timetableShowsVenuesAcrossAndTimeDown() {
    let frame = RenderFixture.render(width: 80, height: 24, keys: [.character("5"), .character("t")])
    let text = frame.grid.lines.joined(separator: "\n")
    #expect(text.contains("Main Stage"))
    #expect(text.contains("▶09:43┊ 09:30 Opening"))  // the fixture's clock, during the opening
    #expect(text.contains(" 10:00┊"))
    #expect(text.contains("t list"))
  }

  @Test func tooSmallSaysHowBigAndRecovers() {
    let small = RenderFixture.render(width: 30, height: 8)
    #expect(small.grid.lines.joined(separator: " ").contains("Enlarge the terminal to at"))
    #expect(small.grid.lines.joined(separator: " ").contains("40×10"))
    #expect(small.listRows == 0)
    let tiny = RenderFixture.render(width: 1, height: 1)
    #expect(tiny.grid.lines.count == 1)
    let big = RenderFixture.render(width: 200, height: 50)
    #expect(big.grid.lines[3].hasPrefix(" Mini Fair "))
    #expect(big.grid.lines[3].hasSuffix("│ Halls"))
  }

  @Test func longNamesAreCutWithAnEllipsisAtTheRightColumn() {
    let frame = RenderFixture.render(width: 44, height: 14, keys: [.character("4")])
    let row = frame.grid.lines.first { $0.contains("Hand-painted") } ?? ""
    #expect(row == " Hand-painted Por… HU Porcela… Pécs Porcel…", "\(row)")
    #expect(frame.grid.lines.contains { $0.hasPrefix(" Product") })
  }

  @Test func listRowsMapToScreenRowsForTheMouse() {
    let frame = RenderFixture.render(width: 80, height: 24)
    #expect(frame.listIndex(atRow: frame.listTop) == 0)
    #expect(frame.listIndex(atRow: frame.listTop + 2) == 2)
    #expect(frame.listIndex(atRow: 0) == nil)
    #expect(frame.listIndex(atRow: 23) == nil)
  }

  /// The tab bar lights the section the path started in: a pavilion reached through a hall is in
  /// Halls, not in Countries.
  @Test func theTabOfThePathsSectionIsLit() {
    let navigator = RenderFixture.navigator()
    var state = navigator.initialState(width: 80, height: 24, now: RenderFixture.now)
    for key in [Key.character("1"), .enter] { navigator.reduce(into: &state, .key(key)) }
    // On the hall's screen the cursor starts on its pavilion row.
    navigator.reduce(into: &state, .key(.enter))
    #expect({ if case .pavilion = state.screen { true } else { false } }(), "\(state.screen)")
    let grid = Renderer().render(state, navigator.scene(state)).grid
    let tabs = grid.line(1)
    let lit = (0..<grid.width).filter { grid[$0, 1].style == .tabActive }
    let text = lit.map { grid.text($0, 1) }.joined()
    #expect(text.contains("Halls"), "lit: \(text) in \(tabs)")
    #expect(!text.contains("Countries"))
  }
}
