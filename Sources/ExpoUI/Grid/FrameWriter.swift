import ExpoModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the frame writer needs of a terminal: the SGR bytes of each style's pen (the terminal
/// layer takes them from terminfo) and which ECMA-48 controls it has. Cursor addressing, erasing
/// and scroll regions are ECMA-48's (`ESC [ row ; col H` …), which the terminal layer checks
/// against the terminal's terminfo entry.
public struct TerminalCodes: Sendable {
  /// A pen: attributes and colours (-1: the terminal's default).
  public struct Pen: Equatable, Sendable {
    public var attributes: UInt8
    public var foreground: Int16
    public var background: Int16

    public static let bold: UInt8 = 1
    public static let dim: UInt8 = 2
    public static let underline: UInt8 = 4
    public static let reverse: UInt8 = 8
    /// The pen after a reset: no attributes, default colours.
    public static let plain = Pen(attributes: 0, foreground: -1, background: -1)

    public init(attributes: UInt8, foreground: Int16, background: Int16) {
      self.attributes = attributes
      self.foreground = foreground
      self.background = background
    }
  }

  /// Each style's pen, by `Style.rawValue`.
  public var pens: [Pen]
  /// The bytes that take a reset pen to each style's pen.
  public var set: [[UInt8]]
  /// The bytes that change only the colours to each style's (from a pen with the same
  /// attributes); nil where the terminal cannot (no `op` to go back to default colours).
  public var colours: [[UInt8]?]
  /// Resets the pen (sgr0).
  public var reset: [UInt8]
  /// Clears the screen and homes the cursor.
  public var clear: [UInt8]
  /// ECH (`ESC [ n X`).
  public var eraseCharacters: Bool
  /// EL (`ESC [ K`).
  public var eraseLine: Bool
  /// DECSTBM (`ESC [ top ; bottom r`), for scrolling a region.
  public var scrollRegion: Bool
  /// HPA (`ESC [ col G`) and VPA (`ESC [ row d`).
  public var columnAddress: Bool
  public var rowAddress: Bool
  /// Erasing paints the pen's background (terminfo `bce`).
  public var backgroundErase: Bool

  public init(
    pens: [Pen], set: [[UInt8]], colours: [[UInt8]?], reset: [UInt8], clear: [UInt8], eraseCharacters: Bool,
    eraseLine: Bool, scrollRegion: Bool, columnAddress: Bool, rowAddress: Bool, backgroundErase: Bool
  ) {
    self.pens = pens
    self.set = set
    self.colours = colours
    self.reset = reset
    self.clear = clear
    self.eraseCharacters = eraseCharacters
    self.eraseLine = eraseLine
    self.scrollRegion = scrollRegion
    self.columnAddress = columnAddress
    self.rowAddress = rowAddress
    self.backgroundErase = backgroundErase
  }

  /// ECMA-48 SGR for every pen (what xterm's terminfo gives), with every control: for tests and
  /// as the reference the terminal layer's terminfo codes are checked against.
  public static func ecma48(pens: [Pen]) -> TerminalCodes {
    func colour(_ n: Int16, base: Int) -> String {
      n < 8 ? "\(base + Int(n))" : n < 16 ? "\(base + 60 + Int(n) - 8)" : "\(base + 8);5;\(n)"
    }
    func colours(_ pen: Pen) -> String {
      var parts: [String] = []
      if pen.foreground >= 0 { parts.append(colour(pen.foreground, base: 30)) }
      if pen.background >= 0 { parts.append(colour(pen.background, base: 40)) }
      return parts.map { "\u{1B}[\($0)m" }.joined()
    }
    let set = pens.map { pen -> [UInt8] in
      var text = ""
      for (bit, code) in [(Pen.bold, 1), (Pen.dim, 2), (Pen.underline, 4), (Pen.reverse, 7)]
      where pen.attributes & bit != 0 {
        text += "\u{1B}[\(code)m"
      }
      return Array((text + colours(pen)).utf8)
    }
    let change = pens.map { pen -> [UInt8]? in
      let back = pen.foreground < 0 || pen.background < 0 ? "\u{1B}[39;49m" : ""
      return Array((back + colours(pen)).utf8)
    }
    return TerminalCodes(
      pens: pens, set: set, colours: change, reset: Array("\u{1B}[m".utf8), clear: Array("\u{1B}[H\u{1B}[2J".utf8),
      eraseCharacters: true, eraseLine: true, scrollRegion: true, columnAddress: true, rowAddress: true,
      backgroundErase: true)
  }
}

/// Writes frames to a terminal as the bytes that turn the previous frame into the next: the
/// rows that moved scrolled in a scroll region, then only the cells that differ, with the
/// shortest cursor moves, runs of blanks erased, and the pen changed only where the style does.
/// Pure: grids in, bytes out; the terminal layer writes them in one write(2).
///
/// (Why our own and not ncurses' `doupdate`: docs/decisions.md. In short, a keystroke that moves
/// the cursor one row cost ncurses more than the rest of the guide: every cell written through
/// `wadd_wch`, then copied, hashed and compared again line by line.)
public struct FrameWriter {
  public let codes: TerminalCodes
  /// What the terminal shows (nil: unknown, the next frame clears and paints everything).
  private var previous: Grid?
  /// The number of the frame the screen shows (`Grid.serial`; 0: none or unknown).
  private var shownSerial: UInt64 = 0
  /// How many frames were written from their record of changes (for tests).
  private(set) var framesFromRecord = 0
  /// What the writer takes the screen to show (for tests).
  var screen: Grid? { previous }
  /// Where the cursor is (nil: unknown; an absolute move comes first).
  private var cursor: (row: Int, column: Int)?
  private var pen = TerminalCodes.Pen.plain
  private var out: [UInt8] = []
  /// Each style's pen may be erased with ECH / EL (blanks of it look like erased cells).
  private let erasable: [Bool]

  public init(codes: TerminalCodes) {
    self.codes = codes
    erasable = codes.pens.map { pen in
      pen.attributes & (TerminalCodes.Pen.underline | TerminalCodes.Pen.reverse) == 0
        && (pen.background < 0 || codes.backgroundErase)
    }
  }

  /// The next frame clears the screen and paints everything (after a resize, a resume, or when
  /// something else wrote to the terminal).
  public mutating func invalidate() {
    previous = nil
    shownSerial = 0
    cursor = nil
    pen = .plain
  }

  /// The bytes that show `grid`, given what the last frame left on the screen.
  public mutating func frame(_ grid: Grid) -> [UInt8] {
    out.removeAll(keepingCapacity: true)
    let width = grid.width
    let height = grid.height
    var old: Grid
    // (Whether the screen's contents are known: else it is cleared, and nothing is scrolled.)
    let known = previous.map { $0.width == width && $0.height == height } ?? false
    if known, let previous {
      old = previous
    } else {
      if pen != .plain { resetPen() }
      out += codes.clear
      cursor = (0, 0)
      old = Grid(width: width, height: height)
    }
    // The screen's cells taken out of the last frame (which is dropped): changed in place below,
    // never copied whole. (`old` keeps its clusters' texts for comparing.)
    previous = nil
    var shown = old.takeCells()
    // What the screen shows after this frame: `shown` with the rows written copied in, not the
    // grid itself, which the renderer then changes in place for the next frame (a grid shared with
    // the writer was copied whole at the renderer's first change). A frame with clusters is kept
    // as it is: its cells name its own clusters' texts.
    let owned = grid.clusters.isEmpty && old.clusters.isEmpty
    // Drawn over the frame on the screen: only the rows it records as written are compared, after
    // the band it moved is scrolled. Else every row is compared, and a scroll searched for.
    let record = known && shownSerial != 0 ? grid.changes.flatMap { $0.base == shownSerial ? $0 : nil } : nil
    grid.cells.withUnsafeBufferPointer { new in
      var same: [Bool]
      if let record {
        framesFromRecord += 1
        same = record.rows.map { !$0 }
        if let band = record.shift {
          if codes.scrollRegion, band.count - abs(band.by) >= 3 {
            apply(
              Scroll(top: band.top, bottom: band.top + band.count - 1, count: abs(band.by), up: band.by > 0),
              to: &shown,
              width: width)
          } else {
            for y in band.top..<(band.top + band.count) { same[y] = false }
          }
        }
      } else {
        same = shown.withUnsafeBufferPointer { before in
          (0..<height).map { y in rowsMatch(new, grid, y, before, old, y) }
        }
        if known, codes.scrollRegion, height >= 4, same.lazy.filter({ !$0 }).count >= 4,
          let scroll = shown.withUnsafeBufferPointer({ bestScroll(new, grid, $0, old, same) })
        {
          apply(scroll, to: &shown, width: width)
          shown.withUnsafeBufferPointer { before in
            for y in scroll.top...scroll.bottom { same[y] = rowsMatch(new, grid, y, before, old, y) }
          }
        }
      }
      shown.withUnsafeBufferPointer { before in
        for y in 0..<height where !same[y] { writeRow(y, new, grid, before, old) }
      }
      if owned {
        shown.withUnsafeMutableBufferPointer { screen in
          for y in 0..<height where !same[y] {
            (screen.baseAddress! + y * width).update(from: new.baseAddress! + y * width, count: width)
          }
        }
      }
    }
    if pen != .plain { resetPen() }
    previous = owned ? Grid(width: width, height: height, cells: shown) : grid
    shownSerial = grid.serial
    return out
  }

  // MARK: Comparing

  /// Whether cell `a` of `grid` shows what cell `b` of `old` shows.
  @inline(__always)
  private func same(_ a: Cell, _ grid: Grid, _ b: Cell, _ old: Grid) -> Bool {
    // (Code and style compared as the one word they are stored in.)
    if a.bits != b.bits {
      return a.isCluster && b.isCluster && a.styleIndex == b.styleIndex && grid.text(of: a) == old.text(of: b)
    }
    return !a.isCluster || grid.text(of: a) == old.text(of: b)
  }

  /// Whether row `y` of the new frame shows what row `oldY` of the screen shows: their cells
  /// compared as memory, or one by one where a grid holds graphemes of several scalars.
  @inline(__always)
  private func rowsMatch(
    _ new: UnsafeBufferPointer<Cell>, _ grid: Grid, _ y: Int, _ shown: UnsafeBufferPointer<Cell>, _ old: Grid,
    _ oldY: Int
  ) -> Bool {
    let width = grid.width
    let a = y * width
    let b = oldY * width
    if width == 0 { return true }
    if grid.clusters.isEmpty && old.clusters.isEmpty {
      return memcmp(new.baseAddress! + a, shown.baseAddress! + b, width * MemoryLayout<Cell>.stride) == 0
    }
    for x in 0..<width where !same(new[a + x], grid, shown[b + x], old) { return false }
    return true
  }

  // MARK: Scrolling

  /// Rows `top...bottom` scrolled by `count`: up (content moves to lower row numbers) or down.
  struct Scroll {
    var top: Int
    var bottom: Int
    var count: Int
    var up: Bool
  }

  /// The scroll that saves the most rows from being written again, if it saves at least three:
  /// runs of changed rows that match the previous frame's rows `k` above or below (k ≤ 6).
  private func bestScroll(
    _ new: UnsafeBufferPointer<Cell>, _ grid: Grid, _ shown: UnsafeBufferPointer<Cell>, _ old: Grid,
    _ same: [Bool]
  ) -> Scroll? {
    let height = grid.height
    var best: Scroll?
    var bestGain = 2
    for k in 1...min(6, height - 1) {
      for up in [true, false] {
        var y = 0
        while y < height {
          let source = up ? y + k : y - k
          guard !same[y], source >= 0, source < height, rowsMatch(new, grid, y, shown, old, source) else {
            y += 1
            continue
          }
          let start = y
          y += 1
          while y < height, !same[y] {
            let next = up ? y + k : y - k
            guard next >= 0, next < height, rowsMatch(new, grid, y, shown, old, next) else { break }
            y += 1
          }
          let end = y - 1
          // The rows the scroll brings in blank must be written again.
          let blanked = up ? (end + 1)...(end + k) : (start - k)...(start - 1)
          let gain = (end - start + 1) - blanked.filter { same[$0] }.count
          if gain > bestGain {
            bestGain = gain
            best =
              up
              ? Scroll(top: start, bottom: end + k, count: k, up: true)
              : Scroll(top: start - k, bottom: end, count: k, up: false)
          }
        }
      }
    }
    return best
  }

  /// Scrolls the terminal's region, and `shown` with it (the rows brought in are blank).
  private mutating func apply(_ scroll: Scroll, to shown: inout [Cell], width: Int) {
    if pen != .plain { resetPen() }
    let height = shown.count / width
    region(scroll.top, scroll.bottom)
    if scroll.up {
      moveTo(scroll.bottom, 0)
      for _ in 0..<scroll.count { out.append(0x0A) }
    } else {
      moveTo(scroll.top, 0)
      for _ in 0..<scroll.count { out += [0x1B, 0x4D] }
    }
    region(0, height - 1)
    let k = scroll.count
    let rowBytes = width * MemoryLayout<Cell>.stride
    shown.withUnsafeMutableBufferPointer { rows in
      let base = rows.baseAddress!
      let moved = scroll.bottom - scroll.top + 1 - k
      if scroll.up {
        memmove(base + scroll.top * width, base + (scroll.top + k) * width, moved * rowBytes)
        (base + (scroll.bottom - k + 1) * width).update(repeating: .blank, count: k * width)
      } else {
        memmove(base + (scroll.top + k) * width, base + scroll.top * width, moved * rowBytes)
        (base + scroll.top * width).update(repeating: .blank, count: k * width)
      }
    }
  }

  /// DECSTBM; it homes the cursor.
  private mutating func region(_ top: Int, _ bottom: Int) {
    out += [0x1B, 0x5B]
    number(top + 1)
    out.append(0x3B)
    number(bottom + 1)
    out.append(0x72)
    cursor = nil
  }

  // MARK: Writing a row

  private mutating func writeRow(
    _ y: Int, _ new: UnsafeBufferPointer<Cell>, _ grid: Grid, _ before: UnsafeBufferPointer<Cell>, _ old: Grid
  ) {
    let width = grid.width
    let base = y * width
    var x = 0
    while x < width {
      let cell = new[base + x]
      // A wide character's right half goes with its left half.
      if cell.isContinuation || same(cell, grid, before[base + x], old) {
        x += 1
        continue
      }
      let style = cell.styleIndex
      if cell.code == 0x20, erasable[style] {
        var blanks = 1
        while x + blanks < width, new[base + x + blanks].bits == cell.bits {
          blanks += 1
        }
        if x + blanks == width, codes.eraseLine {
          // Blanks to the end of the row: EL.
          moveTo(y, x, new, base)
          use(style)
          out += [0x1B, 0x5B, 0x4B]
          return
        }
        if blanks >= 6, codes.eraseCharacters {
          moveTo(y, x, new, base)
          use(style)
          out += [0x1B, 0x5B]
          number(blanks)
          out.append(0x58)
          x += blanks
          continue
        }
      }
      moveTo(y, x, new, base)
      use(style)
      let wide = x + 1 < width && new[base + x + 1].isContinuation
      if cell.isCluster {
        out += Array(grid.text(of: cell).utf8)
        // Terminals differ on how wide a grapheme of several scalars is: where the cursor is
        // after one is not trusted.
        cursor = nil
      } else {
        character(cell.code)
        cursor = (y, x + (wide ? 2 : 1))
      }
      x += wide ? 2 : 1
      // At the last column the terminal waits to wrap: the next write needs an absolute move.
      if x >= width { cursor = nil }
    }
  }

  /// One scalar as UTF-8. (The renderer never puts a control character in a grid; one that got
  /// there anyway is written as U+FFFD, never as itself.)
  @inline(__always)
  private mutating func character(_ code: UInt32) {
    let code = code < 0x20 || (code >= 0x7F && code < 0xA0) ? 0xFFFD : code
    if code < 0x80 {
      out.append(UInt8(code))
    } else if code < 0x800 {
      out += [UInt8(0xC0 | (code >> 6)), UInt8(0x80 | (code & 0x3F))]
    } else if code < 0x10000 {
      out += [UInt8(0xE0 | (code >> 12)), UInt8(0x80 | ((code >> 6) & 0x3F)), UInt8(0x80 | (code & 0x3F))]
    } else {
      out += [
        UInt8(0xF0 | (code >> 18)), UInt8(0x80 | ((code >> 12) & 0x3F)), UInt8(0x80 | ((code >> 6) & 0x3F)),
        UInt8(0x80 | (code & 0x3F)),
      ]
    }
  }

  // MARK: The pen and the cursor

  private mutating func resetPen() {
    out += codes.reset
    pen = .plain
  }

  @inline(__always)
  private mutating func use(_ style: Int) {
    let target = codes.pens[style]
    if target == pen { return }
    if target.attributes == pen.attributes, let colours = codes.colours[style] {
      out += colours
    } else {
      if pen != .plain { out += codes.reset }
      out += codes.set[style]
    }
    pen = target
  }

  /// Moves the cursor to (`y`, `x`); on the same row a short gap of unchanged narrow cells in the
  /// pen's style is written again instead (fewer bytes than a move).
  private mutating func moveTo(_ y: Int, _ x: Int, _ new: UnsafeBufferPointer<Cell>? = nil, _ base: Int = 0) {
    if let at = cursor, at.row == y {
      if at.column == x { return }
      if let new, x > at.column, x - at.column <= 3 {
        var plain = true
        for c in at.column..<x {
          let cell = new[base + c]
          if cell.isCluster || cell.code < 0x20 || cell.code >= 0x7F || codes.pens[cell.styleIndex] != pen {
            plain = false
            break
          }
        }
        if plain {
          for c in at.column..<x { out.append(UInt8(new[base + c].code)) }
          cursor = (y, x)
          return
        }
      }
      if codes.columnAddress {
        out += [0x1B, 0x5B]
        number(x + 1)
        out.append(0x47)
        cursor = (y, x)
        return
      }
    } else if let at = cursor, at.column == x, codes.rowAddress {
      out += [0x1B, 0x5B]
      number(y + 1)
      out.append(0x64)
      cursor = (y, x)
      return
    } else if let at = cursor, x == 0, codes.rowAddress, at.row != y {
      out += [0x0D, 0x1B, 0x5B]
      number(y + 1)
      out.append(0x64)
      cursor = (y, x)
      return
    }
    out += [0x1B, 0x5B]
    number(y + 1)
    out.append(0x3B)
    number(x + 1)
    out.append(0x48)
    cursor = (y, x)
  }

  /// A decimal number's digits.
  @inline(__always)
  private mutating func number(_ n: Int) {
    if n >= 10 { number(n / 10) }
    out.append(UInt8(0x30 + n % 10))
  }
}
