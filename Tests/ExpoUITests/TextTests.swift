import CNcursesW
import ExpoModel
import Foundation
import Testing

@testable import ExpoUI

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("重庆", 4), ("Pécs", 4), ("e\u{301}", 1), ("コンピ", 6), ("🇺🇾", 2), ("👨‍👩‍👧", 2), ("❤️", 2),
    ("\u{200B}", 0), ("ＡＢ", 4), ("한국", 4), ("a\u{FE0F}", 1), ("", 0), ("N3-A12", 6),
  ])
  func widths(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width, "\(text)")
  }

  @Test func truncationNeverSplitsAWideCharacter() {
    #expect(DisplayWidth.truncate("コンピュータ", to: 5) == "コン…")
    #expect(DisplayWidth.of(DisplayWidth.truncate("コンピュータ", to: 5)) == 5)
    #expect(DisplayWidth.truncate("Hungarian porcelain", to: 10) == "Hungarian…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    #expect(DisplayWidth.fit("重庆", to: 5) == "重庆 ")
    #expect(DisplayWidth.fit("重庆火锅", to: 5) == "重庆…")
    #expect(DisplayWidth.fit("7", to: 3, alignRight: true) == "  7")
    #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
  }

  /// Our table agrees with the C library's wcwidth under C.UTF-8 for the scripts the data uses.
  @Test func agreesWithWcwidthForCommonScripts() throws {
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil, "the C.UTF-8 locale is needed to compare with wcwidth")
    defer { setlocale(LC_ALL, "C") }
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0xA0...0x2FF, 0x370...0x3FF, 0x400...0x4FF, 0x3000...0x303E, 0x3041...0x30FF,
      0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF01...0xFF60, 0x2010...0x2027,
    ]
    var mismatches: [String] = []
    for range in ranges {
      for v in range {
        guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .unassigned else { continue }
        let c = Int(expo_wcwidth(wchar_t(bitPattern: v)))
        if c >= 0 && c != DisplayWidth.of(scalar) { mismatches.append(String(v, radix: 16)) }
      }
    }
    #expect(mismatches.isEmpty, "width differs from wcwidth for U+\(mismatches.prefix(10))")
  }
}

@Suite struct SanitizeTests {
  @Test func controlCharactersBecomeVisibleAndBidiOverridesAreRemoved() {
    #expect(Sanitize.line("a\u{1B}]0;pwned\u{07}b") == "a␛]0;pwned␇b")
    #expect(Sanitize.line("x\u{1B}[2Jy") == "x␛[2Jy")
    #expect(Sanitize.line("tab\there\r\nnext") == "tab here  next")
    #expect(Sanitize.line("\u{202E}evil\u{202C} \u{2066}x\u{2069}") == "evil x")
    #expect(Sanitize.line("c1\u{9B}31m") == "c1\u{FFFD}31m")
    #expect(Sanitize.line("del\u{7F}") == "del␡")
    #expect(Sanitize.line("nul\u{0}") == "nul␀")
    #expect(Sanitize.line("重庆 Pécs") == "重庆 Pécs")
  }

  @Test func linesSplitsAtEveryKindOfBreak() {
    #expect(Sanitize.lines("a\nb\r\nc\rd") == ["a", "b", "c", "d"])
    #expect(Sanitize.lines("x\u{1B}y") == ["x␛y"])
  }

  @Test func gridNeverLetsAControlCharacterThrough() {
    var grid = Grid(width: 20, height: 1)
    grid.put("\u{1B}[31mred\u{9B}\u{202E}", x: 0, y: 0, style: .normal)
    for cell in grid.cells {
      for scalar in grid.text(of: cell).unicodeScalars {
        #expect(
          scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && !(0x202A...0x202E).contains(scalar.value))
      }
    }
  }
}

@Suite struct GridAndWrapTests {
  @Test func wideCharactersTakeTwoCellsAndNeverHangOverTheEdge() {
    var grid = Grid(width: 7, height: 1)
    let used = grid.put("重庆火锅", x: 0, y: 0, style: .normal)
    #expect(used == 6)
    #expect(grid.lines == ["重庆火"])
    #expect(grid[1, 0].isContinuation)
    var edge = Grid(width: 5, height: 1)
    edge.put("ab重庆", x: 0, y: 0, style: .normal)
    #expect(edge.lines == ["ab重"])
    #expect(edge.text(4, 0) == " ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(width: 6, height: 1)
    grid.put("重庆火", x: 0, y: 0, style: .normal)
    grid.put("│", x: 1, y: 0, style: .border)  // over the right half of 重
    #expect(grid.lines == [" │庆火"])
    grid.put("a", x: 2, y: 0, style: .normal)  // over the left half of 庆
    #expect(grid.lines == [" │a 火"])
    #expect(!grid[3, 0].isContinuation)
    grid.put("重", x: 3, y: 0, style: .normal)  // its right half lands on the left half of 火
    #expect(grid.lines == [" │a重"])
    #expect(grid.text(5, 0) == " ")
  }

  @Test func clustersKeepTheirScalars() {
    var grid = Grid(width: 8, height: 1)
    grid.put("e\u{301}👍\u{FE0F}a", x: 0, y: 0, style: .normal)
    #expect(grid.lines == ["e\u{301}👍\u{FE0F}a"])
    #expect(grid[0, 0].isCluster)
    var other = Grid(width: 8, height: 1)
    other.put("👍\u{FE0F}", x: 0, y: 0, style: .normal)
    other.put("e\u{301}", x: 0, y: 0, style: .normal)
    #expect(Grid.same(grid, other, 0, 0))
    #expect(!Grid.same(grid, other, 1, 0))
  }

  /// Every cell holds what a curses cell can: a spacing character and at most four zero-width
  /// ones. Flags, skin tones and ZWJ sequences get one clear stand-in of the same width, never
  /// pieces (a dangling joiner used to leave stray characters on later screens).
  @Test func emojiSequencesBecomeOneDrawableCell() {
    let text = "a👨\u{200D}👩\u{200D}👧b🇺🇾c👍🏽d1\u{FE0F}\u{20E3}e"
    var grid = Grid(width: 30, height: 1)
    let used = grid.put(text, x: 0, y: 0, style: .normal)
    #expect(used == DisplayWidth.of(text))
    #expect(grid.lines == ["a👨bUYc👍d1\u{FE0F}\u{20E3}e"])
    for x in 0..<grid.width where grid[x, 0].isCluster {
      let scalars = Array(grid.text(x, 0).unicodeScalars)
      #expect(scalars.count <= 5)
      #expect(DisplayWidth.of(scalars[0]) > 0)
      #expect(scalars.dropFirst().allSatisfy { DisplayWidth.of($0) == 0 }, "\(scalars)")
    }
  }

  @Test func wrapsLatinAtSpacesAndCJKAnywhere() {
    #expect(
      TextWrap.wrap("Uruguayan amethyst geodes from Artigas", width: 16) == [
        "Uruguayan", "amethyst geodes", "from Artigas",
      ])
    #expect(TextWrap.wrap("重庆国际消费品博览会", width: 8) == ["重庆国际", "消费品博", "览会"])
    #expect(TextWrap.wrap("经典越南火龙果（5千克箱装）", width: 40) == ["经典越南火龙果（5千克箱装）"])
    #expect(TextWrap.wrap("Supercalifragilistic", width: 8) == ["Supercal", "ifragili", "stic"])
    #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
  }
}
