import ExpoModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A screen's worth of cells, drawn by the pure renderer and presented by the terminal layer.
/// Every text goes through `Sanitize.line` and `DisplayWidth`: no control character reaches the
/// terminal and no row is wider than the grid.
public struct Grid: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Graphemes of more than one scalar (combining marks, emoji sequences, flags).
  public private(set) var clusters: [String] = []
  /// Which frame this is (0: none), and what was changed since the frame it was drawn over: the
  /// frame writer then compares only those rows with the screen, and scrolls the band that moved,
  /// without searching for it. (Not part of what a grid shows: equality and hashing leave them out.)
  var serial: UInt64 = 0
  private(set) var changes: Changes?

  /// The rows written since frame `base` (whose cells this grid held), and the one band of rows
  /// moved first, if any (`shiftRows`; the rows it left behind count as written).
  struct Changes: Sendable {
    var base: UInt64
    var rows: [Bool]
    var shift: (top: Int, count: Int, by: Int)?
  }

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// A grid of `cells`, row after row, without clusters (the frame writer's copy of the screen).
  init(width: Int, height: Int, cells: [Cell]) {
    precondition(width >= 0 && height >= 0 && cells.count == width * height)
    self.width = width
    self.height = height
    self.cells = cells
  }

  /// From here on, this grid is frame `serial` drawn over the frame it showed: what is changed is
  /// recorded (`changes`).
  mutating func beginChanges(serial next: UInt64) {
    if var record = changes, record.rows.count == height {
      changes = nil
      record.base = serial
      record.shift = nil
      record.rows.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
      changes = record
    } else {
      changes = Changes(base: serial, rows: Array(repeating: false, count: height), shift: nil)
    }
    serial = next
  }

  @inline(__always)
  private mutating func changed(_ y: Int) {
    if changes != nil { changes!.rows[y] = true }
  }

  public static func == (a: Grid, b: Grid) -> Bool {
    a.width == b.width && a.height == b.height && a.cells == b.cells && a.clusters == b.clusters
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    hasher.combine(cells)
    hasher.combine(clusters)
  }

  /// The cells, taken out (the grid keeps none, its clusters stay): the caller's array is then
  /// the only one, and changes in place.
  mutating func takeCells() -> [Cell] {
    var taken: [Cell] = []
    swap(&taken, &cells)
    return taken
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set {
      changed(y)
      cells[y * width + x] = newValue
    }
  }

  /// Fills columns `from..<to` of row `y` with blanks in `style`. (As `set` cell by cell: a wide
  /// character cut at either end is blanked whole.)
  public mutating func fill(y: Int, from: Int = 0, to: Int? = nil, style: Style) {
    guard y >= 0, y < height else { return }
    let end = min(to ?? width, width)
    let start = max(0, from)
    guard start < end else { return }
    changed(y)
    let row = y * width
    if cells[row + start].isContinuation, start > 0 {
      cells[row + start - 1] = Cell(code: 0x20, cells[row + start - 1].style)
    }
    if end < width, cells[row + end].isContinuation {
      cells[row + end] = Cell(code: 0x20, cells[row + end].style)
    }
    cells.withUnsafeMutableBufferPointer { target in
      (target.baseAddress! + row + start).update(repeating: Cell(code: 0x20, style), count: end - start)
    }
  }

  /// Writes one cell, keeping wide characters whole: overwriting either half of a wide
  /// character blanks its other half (so the grid never holds half a character, and a cell diff
  /// against the previous frame is exact).
  @inline(__always)
  mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    changed(y)
    store(x, y, cell)
  }

  /// `set` without recording the row (`put` records it once).
  @inline(__always)
  private mutating func store(_ x: Int, _ y: Int, _ cell: Cell) {
    let i = y * width + x
    let old = cells[i]
    if old.isContinuation, x > 0 {
      cells[i - 1] = Cell(code: 0x20, cells[i - 1].style)
    } else if x + 1 < width, cells[i + 1].isContinuation, !cell.isContinuation {
      cells[i + 1] = Cell(code: 0x20, cells[i + 1].style)
    }
    cells[i] = cell
  }

  /// Moves whole rows `top..<top + count` by `shift` within that band, as a list scrolled by
  /// `shift` rows moves (positive: the content goes up). The rows left behind keep what they held
  /// and are drawn again by the caller. (Recorded as the frame's band moved when it is the first
  /// change to those rows; else as every row of the band written.)
  mutating func shiftRows(top: Int, count: Int, by shift: Int) {
    guard top >= 0, count > 0, top + count <= height, shift != 0, abs(shift) < count else { return }
    if var record = changes {
      changes = nil
      let band = top..<(top + count)
      if record.shift == nil, !record.rows[band].contains(true) {
        record.shift = (top, count, shift)
        let left = shift > 0 ? (top + count - shift)..<(top + count) : top..<(top - shift)
        for y in left { record.rows[y] = true }
      } else {
        for y in band { record.rows[y] = true }
      }
      changes = record
    }
    let bytes = (count - abs(shift)) * width * MemoryLayout<Cell>.stride
    cells.withUnsafeMutableBufferPointer { buffer in
      let band = buffer.baseAddress! + top * width
      // (The two ranges overlap: memmove.)
      if shift > 0 {
        _ = memmove(band, band + shift * width, bytes)
      } else {
        _ = memmove(band - shift * width, band, bytes)
      }
    }
  }

  /// Writes `cells` (drawn by `put` and `fill` into a grid as wide as this one, without
  /// clusters) at the start of row `y`, over blank cells.
  mutating func copyRow(_ row: [Cell], y: Int) {
    guard y >= 0, y < height else { return }
    let count = min(row.count, width)
    guard count > 0 else { return }
    changed(y)
    cells.withUnsafeMutableBufferPointer { target in
      row.withUnsafeBufferPointer { source in
        (target.baseAddress! + y * width).update(from: source.baseAddress!, count: count)
      }
    }
  }

  /// The first `columns` cells of row `y`.
  func row(_ y: Int, columns: Int) -> [Cell] {
    Array(cells[(y * width)..<(y * width + min(columns, width))])
  }

  /// Writes `text` at (x, y) in at most `maxWidth` columns (to the grid's edge by default);
  /// returns the columns used. A wide character that does not fit is replaced by a space.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    changed(y)
    let limit = min(width, x + (maxWidth ?? width))
    var col = max(0, x)
    // Fast path: printable ASCII, one cell per byte (most of every screen).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      for byte in text.utf8 {
        if col >= limit { break }
        store(col, y, Cell(code: UInt32(byte), style))
        col += 1
      }
      return col - x
    }
    // Text of simple scalars (most Chinese): one cell run per scalar, no grapheme breaking.
    if DisplayWidth.isSimple(text) {
      for scalar in text.unicodeScalars {
        let w = DisplayWidth.of(scalar)
        if col + w > limit {
          if col < limit { store(col, y, Cell(code: 0x20, style)) }
          return col - x
        }
        store(col, y, Cell(scalar, style))
        if w == 2 { rightHalf(col, y, style) }
        col += w
      }
      return col - x
    }
    // What cells can hold: a flag as its letters, a ZWJ sequence as its first emoji, no lone
    // zero-width character (DisplayWidth.drawnCharacters).
    for (character, w) in DisplayWidth.drawnCharacters(text) {
      if col + w > limit {
        if col < limit { store(col, y, Cell(code: 0x20, style)) }
        return col - x
      }
      let scalars = character.unicodeScalars
      if scalars.count == 1, let scalar = scalars.first {
        store(col, y, Cell(scalar, style))
      } else {
        clusters.append(String(character))
        store(col, y, Cell(code: Cell.clusterFlag | UInt32(clusters.count - 1), style))
      }
      if w == 2 { rightHalf(col, y, style) }
      col += w
    }
    return col - x
  }

  /// The right half of a wide character put at `col`: a continuation cell, and whatever wide
  /// character started there blanked.
  @inline(__always) private mutating func rightHalf(_ col: Int, _ y: Int, _ style: Style) {
    if col + 2 < width, cells[y * width + col + 2].isContinuation {
      cells[y * width + col + 2] = Cell(code: 0x20, cells[y * width + col + 2].style)
    }
    cells[y * width + col + 1] = .continuation(style)
  }

  /// The text of a cell ("" for a continuation).
  public func text(of cell: Cell) -> String {
    if cell.isContinuation { return "" }
    if cell.isCluster {
      let index = Int(cell.code & ~Cell.clusterFlag)
      return index < clusters.count ? clusters[index] : " "
    }
    return Unicode.Scalar(cell.code).map { String(Character($0)) } ?? " "
  }

  /// The text of the cell at (x, y).
  public func text(_ x: Int, _ y: Int) -> String { text(of: self[x, y]) }

  /// Whether two cells of two grids show the same thing.
  public static func same(_ a: Grid, _ b: Grid, _ x: Int, _ y: Int) -> Bool {
    let ca = a[x, y]
    let cb = b[x, y]
    if ca != cb { return ca.isCluster && cb.isCluster && ca.style == cb.style && a.text(of: ca) == b.text(of: cb) }
    return !ca.isCluster || a.text(of: ca) == b.text(of: cb)
  }

  /// Row `y` as text (continuation cells skipped), trailing spaces kept.
  public func line(_ y: Int) -> String {
    var out = ""
    for x in 0..<width {
      let cell = cells[y * width + x]
      if !cell.isContinuation { out += text(of: cell) }
    }
    return out
  }

  /// Every row as text with trailing spaces removed (for tests and text captures).
  public var lines: [String] {
    (0..<height).map { y in
      var text = line(y)
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }
}
