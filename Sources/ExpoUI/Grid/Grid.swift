/// A screen's worth of cells, drawn by the pure renderer and presented by the terminal layer.
/// Every text goes through `Sanitize.line` and `DisplayWidth`: no control character reaches the
/// terminal and no row is wider than the grid.
public struct Grid: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills columns `from..<to` of row `y` with blanks in `style`.
  public mutating func fill(y: Int, from: Int = 0, to: Int? = nil, style: Style) {
    guard y >= 0, y < height else { return }
    let end = min(to ?? width, width)
    var x = max(0, from)
    while x < end {
      cells[y * width + x] = Cell(" ", style)
      x += 1
    }
  }

  /// Writes `text` at (x, y) in at most `maxWidth` columns (to the grid's edge by default);
  /// returns the columns used. A wide character that does not fit is replaced by a space.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var col = max(0, x)
    let clean = Sanitize.line(text)
    for character in clean {
      let w = DisplayWidth.of(character)
      // A lone zero-width character (a mark with no base) has nothing to sit on: skip it.
      if w == 0 { continue }
      if col + w > limit {
        if col < limit { cells[y * width + col] = Cell(" ", style) }
        return col - x
      }
      cells[y * width + col] = Cell(String(character), style)
      if w == 2 { cells[y * width + col + 1] = .continuation(style) }
      col += w
    }
    return col - x
  }

  /// Row `y` as text (continuation cells skipped), trailing spaces kept.
  public func line(_ y: Int) -> String {
    var out = ""
    for x in 0..<width {
      let cell = cells[y * width + x]
      if !cell.isContinuation { out += cell.text }
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

  /// The style of each cell of row `y` as one character per column (for tests).
  public func styles(_ y: Int) -> [Style] { (0..<width).map { cells[y * width + $0].style } }
}
