import ExpoModel
import Testing

@testable import ExpoUI

/// A small terminal (the ECMA-48 subset xterm implements and the frame writer uses), to check that
/// the bytes written for a frame turn the screen into that frame.
struct TestTerminal {
  typealias Pen = TerminalCodes.Pen
  struct Cell: Equatable {
    var text = " "
    var pen = Pen.plain
    var continuation = false
  }

  let width: Int
  let height: Int
  var cells: [Cell]
  var row = 0
  var column = 0
  var pen = Pen.plain
  var top = 0
  var bottom: Int
  var wrapPending = false
  var last: Int?
  /// What the bytes did that a terminal would not take (control characters, unknown sequences).
  var problems: [String] = []

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    cells = Array(repeating: Cell(), count: width * height)
    bottom = height - 1
  }

  mutating func feed(_ bytes: [UInt8]) {
    var i = 0
    var scalars = String.UnicodeScalarView()
    func flushText(_ terminal: inout TestTerminal) {
      for scalar in scalars { terminal.put(scalar) }
      scalars.removeAll()
    }
    while i < bytes.count {
      let byte = bytes[i]
      if byte == 0x1B {
        flushText(&self)
        guard i + 1 < bytes.count else {
          problems.append("ESC at the end")
          return
        }
        let next = bytes[i + 1]
        if next == 0x5B {
          var j = i + 2
          var parameters: [Int?] = []
          var current: Int?
          while j < bytes.count, (0x30...0x3F).contains(bytes[j]) {
            if bytes[j] == 0x3B {
              parameters.append(current)
              current = nil
            } else if (0x30...0x39).contains(bytes[j]) {
              current = (current ?? 0) * 10 + Int(bytes[j] - 0x30)
            }
            j += 1
          }
          parameters.append(current)
          guard j < bytes.count else {
            problems.append("unfinished CSI")
            return
          }
          control(bytes[j], parameters)
          i = j + 1
        } else if next == 0x28 {
          i += 3
        } else if next == 0x4D {
          reverseIndex()
          i += 2
        } else {
          problems.append("ESC \(next)")
          i += 2
        }
        continue
      }
      if byte < 0x20 || byte == 0x7F {
        flushText(&self)
        switch byte {
        case 0x0D:
          column = 0
          wrapPending = false
        case 0x0A: lineFeed()
        case 0x0F: break
        default: problems.append("control character \(byte)")
        }
        i += 1
        continue
      }
      // UTF-8
      var end = i + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let text = String(decoding: bytes[i..<end], as: UTF8.self)
      scalars.append(contentsOf: text.unicodeScalars)
      i = end
    }
    flushText(&self)
  }

  mutating func control(_ final: UInt8, _ p: [Int?]) {
    let first = p.first.flatMap { $0 }
    switch final {
    case 0x48:  // CUP
      row = min(height - 1, max(0, (first ?? 1) - 1))
      column = min(width - 1, max(0, ((p.count > 1 ? p[1] : nil) ?? 1) - 1))
      wrapPending = false
    case 0x47:  // HPA
      column = min(width - 1, max(0, (first ?? 1) - 1))
      wrapPending = false
    case 0x64:  // VPA
      row = min(height - 1, max(0, (first ?? 1) - 1))
      wrapPending = false
    case 0x72:  // DECSTBM
      top = (first ?? 1) - 1
      bottom = ((p.count > 1 ? p[1] : nil) ?? height) - 1
      row = 0
      column = 0
      wrapPending = false
    case 0x58: erase(row, column, min(width, column + (first ?? 1)))
    case 0x4B:
      if (first ?? 0) != 0 { problems.append("EL \(first ?? 0)") }
      erase(row, column, width)
    case 0x4A:
      if first != 2 { problems.append("ED \(first ?? 0)") }
      for y in 0..<height { erase(y, 0, width) }
    case 0x6D: sgr(p)
    default: problems.append("CSI \(Character(Unicode.Scalar(final)))")
    }
  }

  mutating func sgr(_ p: [Int?]) {
    var i = 0
    let values = p.map { $0 ?? 0 }
    while i < values.count {
      let v = values[i]
      switch v {
      case 0: pen = .plain
      case 1: pen.attributes |= Pen.bold
      case 2: pen.attributes |= Pen.dim
      case 4: pen.attributes |= Pen.underline
      case 7: pen.attributes |= Pen.reverse
      case 30...37: pen.foreground = Int16(v - 30)
      case 90...97: pen.foreground = Int16(v - 90 + 8)
      case 39: pen.foreground = -1
      case 40...47: pen.background = Int16(v - 40)
      case 100...107: pen.background = Int16(v - 100 + 8)
      case 49: pen.background = -1
      case 38, 48:
        if i + 2 < values.count, values[i + 1] == 5 {
          if v == 38 { pen.foreground = Int16(values[i + 2]) } else { pen.background = Int16(values[i + 2]) }
          i += 2
        } else {
          problems.append("SGR \(v) without 5;n")
        }
      default: problems.append("SGR \(v)")
      }
      i += 1
    }
  }

  var blank: Cell { Cell(text: " ", pen: Pen(attributes: 0, foreground: -1, background: pen.background)) }

  mutating func erase(_ y: Int, _ from: Int, _ to: Int) {
    guard from < to else { return }
    if cells[y * width + from].continuation, from > 0 { cells[y * width + from - 1] = blank }
    if to < width, cells[y * width + to].continuation { cells[y * width + to] = blank }
    for x in from..<to { cells[y * width + x] = blank }
  }

  mutating func put(_ scalar: Unicode.Scalar) {
    let w = DisplayWidth.of(scalar)
    if w == 0 {
      if let last { cells[last].text.unicodeScalars.append(scalar) }
      return
    }
    if wrapPending {
      column = 0
      lineFeed()
      wrapPending = false
    }
    if w == 2, column == width - 1 {
      problems.append("a wide character at the last column")
      return
    }
    let base = row * width
    for c in column..<(column + w) {
      if cells[base + c].continuation, c > 0 { cells[base + c - 1] = blank }
      if c + 1 < width, cells[base + c + 1].continuation { cells[base + c + 1] = blank }
    }
    cells[base + column] = Cell(text: String(Character(scalar)), pen: pen)
    if w == 2 { cells[base + column + 1] = Cell(text: "", pen: pen, continuation: true) }
    last = base + column
    column += w
    if column >= width {
      column = width - 1
      wrapPending = true
    }
  }

  mutating func lineFeed() {
    if row == bottom {
      scroll(up: true)
    } else if row < height - 1 {
      row += 1
    }
  }

  mutating func reverseIndex() {
    if row == top {
      scroll(up: false)
    } else if row > 0 {
      row -= 1
    }
  }

  mutating func scroll(up: Bool) {
    if up {
      for y in top..<bottom { for x in 0..<width { cells[y * width + x] = cells[(y + 1) * width + x] } }
      for x in 0..<width { cells[bottom * width + x] = blank }
    } else {
      for y in stride(from: bottom, to: top, by: -1) {
        for x in 0..<width { cells[y * width + x] = cells[(y - 1) * width + x] }
      }
      for x in 0..<width { cells[top * width + x] = blank }
    }
  }

  /// The cells that show something else than `grid` in `pens` (blanks compared by what shows:
  /// the background, underline and reverse).
  func differences(from grid: Grid, pens: [Pen]) -> [String] {
    var out: [String] = []
    for y in 0..<height {
      for x in 0..<width {
        let cell = grid[x, y]
        let shown = cells[y * width + x]
        if cell.isContinuation {
          if !shown.continuation { out.append("(\(x),\(y)) should be a right half") }
          continue
        }
        let text = grid.text(of: cell)
        let pen = pens[Int(cell.style.rawValue)]
        let visible = Pen.underline | Pen.reverse
        let same =
          text == " "
          ? shown.text == " " && shown.pen.background == pen.background
            && shown.pen.attributes & visible == pen.attributes & visible
            && (pen.attributes & Pen.reverse == 0 || shown.pen.foreground == pen.foreground)
          : shown.text == text && shown.pen == pen && !shown.continuation
        if !same { out.append("(\(x),\(y)) \(text.debugDescription) \(pen) shows \(shown)") }
      }
    }
    return out
  }
}

/// A random number generator with a seed (the failing seed is in the message).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct FrameWriterTests {
  typealias Pen = TerminalCodes.Pen

  static let pens: [Pen] = Style.allCases.map { style in
    switch style {
    case .normal: .plain
    case .selected: Pen(attributes: 0, foreground: 0, background: 6)
    case .status: Pen(attributes: 0, foreground: 7, background: 236)
    case .statusKey: Pen(attributes: Pen.bold, foreground: 3, background: 236)
    case .header: Pen(attributes: Pen.bold | Pen.underline, foreground: -1, background: -1)
    case .match: Pen(attributes: Pen.bold | Pen.underline, foreground: 3, background: -1)
    case .title: Pen(attributes: Pen.reverse | Pen.bold, foreground: -1, background: -1)
    case .dim: Pen(attributes: Pen.dim, foreground: -1, background: -1)
    case .label: Pen(attributes: 0, foreground: 6, background: -1)
    case .message: Pen(attributes: 0, foreground: 0, background: 11)
    default: Pen(attributes: Pen.bold, foreground: 5, background: -1)
    }
  }

  static let styles: [Style] = [
    .normal, .normal, .normal, .selected, .status, .statusKey, .header, .match, .title, .dim, .label, .message,
    .section,
  ]
  static let words = [
    "Amethyst", "Uruguay", "重庆国际消费品博览会", "琥珀", "Pe\u{301}cs", "a\u{308}\u{301}", "  ", "      ", "N3-A12", "x",
    "Hungarian porcelain", "缅甸", "·", "★", "│", "▏", "ＡＢ", "          ", "e\u{301}e\u{301}",
  ]

  /// A screen's rows as runs of (text, style).
  typealias Model = [[(String, Style)]]

  static func randomRow(_ rng: inout SeededGenerator) -> [(String, Style)] {
    (0..<Int.random(in: 0...6, using: &rng)).map { _ in
      (words.randomElement(using: &rng)!, styles.randomElement(using: &rng)!)
    }
  }

  static func randomModel(_ height: Int, _ rng: inout SeededGenerator) -> Model {
    (0..<height).map { _ in randomRow(&rng) }
  }

  /// Feeds a frame's bytes to the terminal and expects it to show `grid`, with no control it
  /// does not know; false when it does not.
  static func shows(_ grid: Grid, after bytes: [UInt8], on terminal: inout TestTerminal, _ label: String) -> Bool {
    terminal.feed(bytes)
    #expect(terminal.problems.isEmpty, "\(label): \(terminal.problems)")
    let wrong = terminal.differences(from: grid, pens: pens)
    #expect(wrong.isEmpty, "\(label): \(wrong.prefix(4))")
    return wrong.isEmpty && terminal.problems.isEmpty
  }

  static func grid(_ model: Model, width: Int) -> Grid {
    var grid = Grid(width: width, height: model.count)
    for (y, row) in model.enumerated() {
      var x = 0
      for (text, style) in row where x < width {
        if text.hasPrefix(" "), style != .normal, Bool.random() {
          grid.fill(y: y, from: x, to: x + text.count, style: style)
          x += text.count
        } else {
          x += grid.put(text, x: x, y: y, style: style)
        }
      }
      // A row drawn to its end in its last style now and then (as a selected row is).
      if let last = row.last, row.count % 2 == 1 { grid.fill(y: y, from: x, style: last.1) }
    }
    return grid
  }

  static func codes(_ rng: inout SeededGenerator) -> TerminalCodes {
    var codes = TerminalCodes.ecma48(pens: pens)
    if Int.random(in: 0..<3, using: &rng) == 0 {
      codes.eraseCharacters = Bool.random(using: &rng)
      codes.eraseLine = Bool.random(using: &rng)
      codes.scrollRegion = Bool.random(using: &rng)
      codes.columnAddress = Bool.random(using: &rng)
      codes.rowAddress = Bool.random(using: &rng)
      codes.backgroundErase = Bool.random(using: &rng)
    }
    return codes
  }

  /// Over seeded random walks of frames (rows changed, restyled, scrolled by 1-4 in random
  /// regions, the terminal resized, Chinese and combining marks, erasable and not), the screen
  /// after each frame's bytes is that frame, whatever controls the terminal has.
  @Test func everyFrameLeavesTheScreenAsTheGrid() {
    for seed in UInt64(1)...60 {
      var rng = SeededGenerator(state: seed)
      let codes = Self.codes(&rng)
      var writer = FrameWriter(codes: codes)
      var width = Int.random(in: 12...70, using: &rng)
      var height = Int.random(in: 4...20, using: &rng)
      var terminal = TestTerminal(width: width, height: height)
      var model: Model = Self.randomModel(height, &rng)
      for step in 0..<40 {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1:
          // A selection moves: two rows restyled.
          for _ in 0..<2 {
            let y = Int.random(in: 0..<height, using: &rng)
            let style = Self.styles.randomElement(using: &rng)!
            model[y] = model[y].map { ($0.0, style) }
          }
        case 2, 3, 4:
          // A region scrolls, rows come in.
          let top = Int.random(in: 0..<(height - 2), using: &rng)
          let bottom = Int.random(in: (top + 2)..<height, using: &rng)
          let k = Int.random(in: 1...min(4, bottom - top), using: &rng)
          if Bool.random(using: &rng) {
            model[top...bottom] = model[(top + k)...bottom] + (0..<k).map { _ in Self.randomRow(&rng) }
          } else {
            model[top...bottom] = (0..<k).map { _ in Self.randomRow(&rng) } + model[top...(bottom - k)]
          }
          if Bool.random(using: &rng) { model[Int.random(in: 0..<height, using: &rng)] = Self.randomRow(&rng) }
        case 5, 6:
          for _ in 0..<Int.random(in: 1...3, using: &rng) {
            model[Int.random(in: 0..<height, using: &rng)] = Self.randomRow(&rng)
          }
        case 7:
          break
        case 8:
          model = Self.randomModel(height, &rng)
        default:
          // Resized: the next frame is painted whole.
          width = Int.random(in: 12...70, using: &rng)
          height = Int.random(in: 4...20, using: &rng)
          model = Self.randomModel(height, &rng)
          terminal = TestTerminal(width: width, height: height)
          writer.invalidate()
        }
        let grid = Self.grid(model, width: width)
        let label = "seed \(seed) step \(step) \(width)x\(height) \(codes.scrollRegion)"
        guard Self.shows(grid, after: writer.frame(grid), on: &terminal, label) else { return }
        #expect(terminal.pen == .plain, "seed \(seed) step \(step): the pen is left reset")
      }
    }
  }

  /// Frames drawn over the last one, as the renderer draws a list screen (a band of rows moved,
  /// rows and cells written, now and then a frame that is not written, a fresh grid, a resize):
  /// the writer compares only the rows each frame records as changed, and the screen is the grid.
  @Test func framesDrawnOverTheLastLeaveTheScreenAsTheGrid() {
    var fromRecord = 0
    for seed in UInt64(1)...60 {
      var rng = SeededGenerator(state: seed)
      let codes = Self.codes(&rng)
      var writer = FrameWriter(codes: codes)
      var width = Int.random(in: 12...70, using: &rng)
      var height = Int.random(in: 5...20, using: &rng)
      var terminal = TestTerminal(width: width, height: height)
      var grid = Self.grid(Self.randomModel(height, &rng), width: width)
      var serial = UInt64(seed) << 32
      func next() -> UInt64 {
        serial += 1
        return serial
      }
      grid.serial = next()
      for step in 0..<60 {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0:
          // Resized: a fresh grid, painted whole.
          width = Int.random(in: 12...70, using: &rng)
          height = Int.random(in: 5...20, using: &rng)
          grid = Self.grid(Self.randomModel(height, &rng), width: width)
          grid.serial = next()
          terminal = TestTerminal(width: width, height: height)
          writer.invalidate()
        case 1:
          grid = Self.grid(Self.randomModel(height, &rng), width: width)
          grid.serial = next()
        default:
          grid.beginChanges(serial: next())
        }
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
          let y = Int.random(in: 0..<height, using: &rng)
          switch Int.random(in: 0..<6, using: &rng) {
          case 0, 1:
            let top = Int.random(in: 0..<(height - 1), using: &rng)
            let count = Int.random(in: 2...(height - top), using: &rng)
            let by = Int.random(in: 1..<count, using: &rng) * (Bool.random(using: &rng) ? 1 : -1)
            grid.shiftRows(top: top, count: count, by: by)
          case 2:
            var x = Int.random(in: 0..<width, using: &rng)
            for (text, style) in Self.randomRow(&rng) where x < width { x += grid.put(text, x: x, y: y, style: style) }
          case 3:
            grid.fill(
              y: y, from: Int.random(in: 0..<width, using: &rng), to: Int.random(in: 0...width, using: &rng),
              style: Self.styles.randomElement(using: &rng)!)
          case 4:
            let x = Int.random(in: 0..<width, using: &rng)
            var cell = grid[x, y]
            cell.style = Self.styles.randomElement(using: &rng)!
            if !cell.isContinuation && !cell.isCluster { grid[x, y] = cell }
          default:
            var row = Grid(width: width, height: 1)
            row.put(Self.words.randomElement(using: &rng)!, x: 1, y: 0, style: .selected)
            if row.clusters.isEmpty { grid.copyRow(row.cells, y: y) }
          }
        }
        // Now and then a frame drawn but not written: the next one's record is of a frame the
        // screen does not show.
        if Int.random(in: 0..<8, using: &rng) == 0 { continue }
        let before = writer.framesFromRecord
        let bytes = writer.frame(grid)
        if writer.framesFromRecord > before { fromRecord += 1 }
        guard Self.shows(grid, after: bytes, on: &terminal, "seed \(seed) step \(step) \(width)x\(height)") else {
          return
        }
      }
    }
    #expect(fromRecord > 1_000, "\(fromRecord) frames written from their record")
  }

  /// A frame equal to the last writes nothing; a one-row move writes the two rows; a list that
  /// scrolls by a row is scrolled, not written again.
  @Test func writesOnlyWhatChanged() {
    let rows = (0..<40).map { "Exhibitor \($0) — 重庆 booth N\($0)" }
    func list(from first: Int, selected: Int) -> Grid {
      var grid = Grid(width: 80, height: 24)
      grid.put("Expo Guide", x: 1, y: 0, style: .title)
      for y in 1..<23 {
        let index = first + y - 1
        let style: Style = index == selected ? .selected : .normal
        grid.fill(y: y, style: style)
        grid.put(rows[index], x: 1, y: y, style: style)
      }
      grid.put("row \(selected + 1) of 40", x: 1, y: 23, style: .status)
      return grid
    }
    var writer = FrameWriter(codes: .ecma48(pens: Self.pens))
    var terminal = TestTerminal(width: 80, height: 24)
    let first = writer.frame(list(from: 0, selected: 0))
    terminal.feed(first)
    #expect(writer.frame(list(from: 0, selected: 0)).isEmpty)
    let move = writer.frame(list(from: 0, selected: 1))
    terminal.feed(move)
    #expect(move.count < 160, "\(String(decoding: move, as: UTF8.self).debugDescription)")
    _ = writer.frame(list(from: 0, selected: 21))
    terminal = TestTerminal(width: 80, height: 24)
    writer.invalidate()
    terminal.feed(writer.frame(list(from: 0, selected: 21)))
    let scroll = writer.frame(list(from: 1, selected: 22))
    terminal.feed(scroll)
    let text = String(decoding: scroll, as: UTF8.self)
    #expect(text.contains("\u{1B}[2;"), "a scroll region: \(text.debugDescription)")
    #expect(scroll.count < 200, "\(text.debugDescription)")
    #expect(terminal.differences(from: list(from: 1, selected: 22), pens: Self.pens).isEmpty)
  }

  /// A control character that reached a grid anyway is written as U+FFFD, never as itself.
  @Test func controlCharactersNeverReachTheTerminal() {
    var grid = Grid(width: 10, height: 2)
    grid[0, 0] = Cell(code: 0x1B)
    grid[1, 0] = Cell(code: 0x9B)
    grid[2, 0] = Cell(code: 0x07)
    var writer = FrameWriter(codes: .ecma48(pens: Self.pens))
    let bytes = writer.frame(grid)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!bytes.contains(0x07))
    #expect(text.components(separatedBy: "\u{FFFD}").count == 4)
    #expect(!text.unicodeScalars.contains("\u{9B}"))
  }
}
