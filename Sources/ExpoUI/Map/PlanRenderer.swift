import ExpoModel
import ExpoNavigation

/// Draws a floor plan into a grid of its own (the canvas): the guide shows a window of it, `expo
/// map` prints it. Box-drawing characters with an ASCII fallback; three zoom levels:
/// 0 overview (2 m per column, 4 m per row, booths as blocks), 1 plan (1 m per column, 1.5 m per
/// row, booths boxed with short labels), 2 close-up (2 columns and 1 row per metre, codes and names).
public struct PlanRenderer {
  public static let levels = FloorPlan.zoomLevels

  public var plan: FloorPlan
  public var zoom: Int
  public var ascii: Bool
  public var showRoute: Bool
  /// The language of the legend.
  public var text: UIText
  /// Canvas columns and rows per plan unit.
  public let scale: (x: Double, y: Double)
  /// Booths (halls) drawn as boxes; else as blocks (the overview of a hall).
  let boxed: Bool

  /// `view` is the window the plan is shown in: the venue plan's zoom 0 fits it.
  public init(
    plan: FloorPlan, zoom: Int, ascii: Bool = false, showRoute: Bool = true, view: (width: Int, height: Int)? = nil,
    text: UIText = .english
  ) {
    self.text = text
    self.plan = plan
    self.zoom = max(0, min(PlanRenderer.levels - 1, zoom))
    self.ascii = ascii
    self.showRoute = showRoute
    scale = plan.scale(zoom: self.zoom, view: view)
    boxed = self.zoom >= 1 || plan.kind == .venue
  }

  func column(_ x: Int) -> Int { Int((Double(x) * scale.x).rounded(.down)) }
  func row(_ y: Int) -> Int { Int((Double(y) * scale.y).rounded(.down)) }

  /// The canvas size.
  public var size: (width: Int, height: Int) { (column(plan.width) + 1, row(plan.depth) + 1) }

  /// The canvas size of `plan` at `zoom`.
  public static func size(of plan: FloorPlan, zoom: Int, view: (width: Int, height: Int)? = nil) -> (
    width: Int, height: Int
  ) {
    plan.canvasSize(zoom: zoom, view: view)
  }

  /// An item's cells on the canvas: columns c0...c1, rows r0...r1 (borders included at zoom ≥ 1).
  public func cells(of rect: PlanRect) -> (c0: Int, r0: Int, c1: Int, r1: Int) {
    let c0 = column(rect.x)
    let r0 = row(rect.y)
    var c1 = column(rect.x + rect.width)
    var r1 = row(rect.y + rect.depth)
    if !boxed {
      c1 = max(c0, c1 - 1)
      r1 = max(r0, r1 - 1)
      if case .hall = plan.kind {
        // Coarse cells of things near a wall stay inside it.
        let size = self.size
        let clamp = { (v: Int, limit: Int) in min(max(1, v), max(1, limit - 2)) }
        return (clamp(c0, size.width), clamp(r0, size.height), clamp(c1, size.width), clamp(r1, size.height))
      }
    }
    return (c0, r0, c1, r1)
  }

  // MARK: Characters

  private func glyph(_ box: String, _ plain: String) -> String { ascii ? plain : box }

  /// Box-drawing junctions by the lines that meet (up, down, left, right).
  private func junction(_ bits: UInt8) -> String {
    if ascii {
      switch bits {
      case 0b1100: return "|"
      case 0b0011: return "-"
      default: return "+"
      }
    }
    let table: [UInt8: String] = [
      0b1100: "│", 0b0011: "─", 0b0101: "┌", 0b0110: "┐", 0b1001: "└", 0b1010: "┘", 0b1101: "├", 0b1110: "┤",
      0b0111: "┬", 0b1011: "┴", 0b1111: "┼", 0b1000: "│", 0b0100: "│", 0b0010: "─", 0b0001: "─",
    ]
    return table[bits] ?? " "
  }

  // MARK: Drawing

  /// The whole plan as a grid (the selection is drawn by `highlight`).
  public func canvas() -> Grid {
    let size = self.size
    var grid = Grid(width: size.width, height: size.height)
    // Walls.
    let right = size.width - 1
    let bottom = size.height - 1
    if case .hall = plan.kind {
      for x in 0...right {
        grid.put(
          glyph(x == 0 ? "╔" : x == right ? "╗" : "═", x == 0 || x == right ? "+" : "="), x: x, y: 0, style: .planWall)
        grid.put(
          glyph(x == 0 ? "╚" : x == right ? "╝" : "═", x == 0 || x == right ? "+" : "="), x: x, y: bottom,
          style: .planWall)
      }
      if bottom > 1 {
        for y in 1..<bottom {
          grid.put(glyph("║", "|"), x: 0, y: y, style: .planWall)
          grid.put(glyph("║", "|"), x: right, y: y, style: .planWall)
        }
      }
    }
    // Lines of booths and facilities, merged into junctions.
    var bits = [UInt8](repeating: 0, count: size.width * size.height)
    func mark(_ x: Int, _ y: Int, _ b: UInt8) {
      guard x > 0 || plan.kind == .venue, y > 0 || plan.kind == .venue, x < size.width, y < size.height, x >= 0, y >= 0
      else { return }
      bits[y * size.width + x] |= b
    }
    var lineStyle = [Style?](repeating: nil, count: size.width * size.height)
    func box(_ rect: PlanRect, style: Style) {
      let (c0, r0, c1, r1) = cells(of: rect)
      guard c1 > c0, r1 > r0 else { return }
      for x in c0...c1 {
        let h: UInt8 = (x > c0 ? 0b0010 : 0) | (x < c1 ? 0b0001 : 0)
        mark(x, r0, h)
        mark(x, r1, h)
        for y in [r0, r1] where x < size.width && y < size.height { lineStyle[y * size.width + x] = style }
      }
      for y in r0...r1 {
        let v: UInt8 = (y > r0 ? 0b1000 : 0) | (y < r1 ? 0b0100 : 0)
        mark(c0, y, v)
        mark(c1, y, v)
        for x in [c0, c1] where x < size.width && y < size.height { lineStyle[y * size.width + x] = style }
      }
    }
    let features = plan.features.enumerated().filter { $0.element.kind != .entrance }
    if boxed {
      for (_, f) in features { box(f.rect, style: .planFeature) }
      for item in plan.items { box(item.rect, style: .planBooth) }
      for y in 0..<size.height {
        for x in 0..<size.width where bits[y * size.width + x] != 0 {
          grid.put(junction(bits[y * size.width + x]), x: x, y: y, style: lineStyle[y * size.width + x] ?? .planBooth)
        }
      }
    }
    // Facilities: name inside (or a letter in the overview).
    for (_, f) in features {
      let (c0, r0, c1, r1) = cells(of: f.rect)
      if !boxed {
        let letter: String
        switch f.kind {
        case .stage: letter = "S"
        case .cafe: letter = "C"
        case .restroom: letter = "T"
        case .info: letter = "i"
        default: letter = "#"
        }
        for y in r0...r1 { for x in c0...c1 { put(&grid, letter, x, y, .planFeature) } }
      } else if c1 - c0 > 1, r1 - r0 > 1 {
        let label = (f.kind == .stage ? glyph("♪ ", "") : "") + f.name
        grid.put(label, x: c0 + 1, y: r0 + 1, style: .planFeature, maxWidth: c1 - c0 - 1)
      }
    }
    // Items.
    for item in plan.items { drawItem(&grid, item) }
    // The route: dots along the aisles, numbers at the stops.
    if showRoute, let route = plan.route {
      for p in route.path {
        let x = column(p.x)
        let y = row(p.y)
        if x > 0, y > 0, x < right, y < bottom, grid.text(x, y) == " " {
          grid.put(glyph("·", "."), x: x, y: y, style: .planRoute)
        }
      }
      // A stop's number goes in the aisle at the stop, or the nearest free cells: never over a
      // booth's number or name.
      func free(_ x: Int, _ y: Int, _ width: Int) -> Bool {
        guard x > 0, y > 0, y < bottom, x + width <= right else { return false }
        return (x..<(x + width)).allSatisfy { c in
          let text = grid.text(c, y)
          return text == " " || text == glyph("·", ".")
            || text.unicodeScalars.allSatisfy { (0x2500...0x257F).contains($0.value) }
            || (ascii && ["-", "|", "+", "="].contains(text))
        }
      }
      for (n, stop) in route.stops.enumerated() {
        guard let at = stop.at else { continue }
        let number = "\(n + 1)"
        let x = min(max(1, column(at.x)), max(1, right - 2))
        let y = min(max(1, row(at.y)), max(1, bottom - 1))
        let spots = [(x, y), (x, y - 1), (x, y + 1), (x - 1, y), (x + 1, y), (x, y - 2), (x, y + 2)]
        if let spot = spots.first(where: { free($0.0, $0.1, number.count) }) {
          grid.put(number, x: spot.0, y: spot.1, style: .planStop, maxWidth: 3)
        }
      }
    }
    // Entrances on the walls.
    if case .hall = plan.kind {
      for f in plan.features where f.kind == .entrance {
        let (c0, r0, c1, r1) = cells(of: f.rect)
        let arrow: String
        var points: [(Int, Int)] = []
        if f.rect.y == 0 {
          arrow = glyph("▼", "v")
          points = (c0...max(c0, c1)).map { ($0, 0) }
        } else if f.rect.y + f.rect.depth >= plan.depth {
          arrow = glyph("▲", "^")
          points = (c0...max(c0, c1)).map { ($0, bottom) }
        } else if f.rect.x == 0 {
          arrow = glyph("▶", ">")
          points = (r0...max(r0, r1)).map { (0, $0) }
        } else if f.rect.x + f.rect.width >= plan.width {
          arrow = glyph("◀", "<")
          points = (r0...max(r0, r1)).map { (right, $0) }
        } else {
          arrow = glyph("◆", "*")
          points = [(c0, r0)]
        }
        for (x, y) in points where x >= 0 && y >= 0 && x < size.width && y < size.height {
          grid.put(arrow, x: x, y: y, style: .planEntrance)
        }
      }
    }
    return grid
  }

  private func put(_ grid: inout Grid, _ text: String, _ x: Int, _ y: Int, _ style: Style) {
    guard x >= 0, y >= 0, x < grid.width, y < grid.height else { return }
    grid.put(text, x: x, y: y, style: style, maxWidth: 1)
  }

  /// The marks before a label: ★ bookmarked, ✓ visited.
  func marks(_ item: FloorPlan.Item) -> String {
    (item.visited ? glyph("✓", "v") : "") + (item.bookmarked && !item.visited ? glyph("★", "*") : "")
  }

  private func drawItem(_ grid: inout Grid, _ item: FloorPlan.Item) {
    let (c0, r0, c1, r1) = cells(of: item.rect)
    let style: Style = item.pavilion != nil ? .planPavilion : .planBooth
    if !boxed {
      let fill: String
      if item.bookmarked || item.visited {
        fill = marks(item)
      } else if plan.kind == .venue {
        fill = " "
      } else {
        fill = item.pavilion != nil ? glyph("░", ":") : glyph("▒", "#")
      }
      for y in r0...r1 { for x in c0...c1 { put(&grid, fill, x, y, style) } }
      if plan.kind == .venue { grid.put(item.label, x: c0, y: r0, style: .planLabel, maxWidth: c1 - c0 + 1) }
      return
    }
    let inner = c1 - c0 - 1
    guard inner > 0, r1 - r0 > 1 else {
      // Too small for a box at this zoom: one mark.
      put(&grid, marks(item).isEmpty ? glyph("▪", "#") : marks(item), c0, r0, style)
      return
    }
    if item.pavilion != nil {
      for y in (r0 + 1)..<r1 { for x in (c0 + 1)..<c1 { put(&grid, glyph("░", ":"), x, y, .planPavilion) } }
    }
    // The marks sit on the booth's top edge, so they never take the place of the booth's number.
    let mark = marks(item)
    if !mark.isEmpty { grid.put(mark, x: c0 + 1, y: r0, style: .planMark, maxWidth: inner) }
    var label = item.label
    // A booth's code keeps its end ("N1-A01" → "A01"); a venue's name its beginning.
    if label.count > inner {
      label = plan.kind == .venue ? DisplayWidth.truncate(label, to: inner) : String(label.suffix(max(0, inner)))
    }
    grid.put(label, x: c0 + 1, y: r0 + 1, style: style, maxWidth: inner)
    var lineY = r0 + 2
    if lineY < r1, zoom >= 2 || plan.kind == .venue {
      grid.put(item.name, x: c0 + 1, y: lineY, style: style, maxWidth: inner)
      lineY += 1
    }
    if lineY < r1, let detail = item.detail {
      grid.put(detail, x: c0 + 1, y: lineY, style: .planLabel, maxWidth: inner)
    }
  }

  /// Restyles the selected item's cells (and fills a tiny one) on a copy of the canvas.
  public func highlight(_ canvas: inout Grid, item index: Int) {
    guard plan.items.indices.contains(index) else { return }
    let (c0, r0, c1, r1) = cells(of: plan.items[index].rect)
    let inset = boxed && c1 - c0 > 1 && r1 - r0 > 1 ? 1 : 0
    let tiny = c1 - c0 <= 1 && r1 - r0 <= 1
    for y in (r0 + inset)...max(r0 + inset, r1 - inset) where y < canvas.height {
      for x in (c0 + inset)...max(c0 + inset, c1 - inset) where x < canvas.width {
        let cell = canvas[x, y]
        if inset == 0, tiny || !boxed && canvas.text(x, y) != " " {
          canvas.put(glyph("█", "@"), x: x, y: y, style: .planSelected, maxWidth: 1)
        } else if !cell.isContinuation {
          canvas[x, y] = Cell(code: cell.code, .planSelected)
        } else {
          canvas[x, y] = Cell.continuation(.planSelected)
        }
      }
    }
    // A heavy outline, so the selection shows without colour too.
    if boxed, c1 - c0 > 1, r1 - r0 > 1 {
      for x in c0...c1 where x < canvas.width {
        for y in [r0, r1] where y < canvas.height {
          // The ★ ✓ marks on the top edge stay.
          let text = canvas.text(x, y)
          if y == r0, [glyph("★", "*"), glyph("✓", "v")].contains(text) {
            canvas[x, y] = Cell(code: canvas[x, y].code, .planSelected)
            continue
          }
          let corner = x == c0 ? (y == r0 ? "┏" : "┗") : x == c1 ? (y == r0 ? "┓" : "┛") : "━"
          canvas.put(glyph(corner, x == c0 || x == c1 ? "#" : "="), x: x, y: y, style: .planSelected, maxWidth: 1)
        }
      }
      for y in (r0 + 1)..<r1 where y < canvas.height {
        for x in [c0, c1] where x < canvas.width {
          canvas.put(glyph("┃", "#"), x: x, y: y, style: .planSelected, maxWidth: 1)
        }
      }
    }
    if let f = plan.focusFeature, plan.features.indices.contains(f) {
      let (fc0, fr0, fc1, fr1) = cells(of: plan.features[f].rect)
      for y in fr0...fr1 where y < canvas.height {
        for x in fc0...fc1 where x < canvas.width && !canvas[x, y].isContinuation {
          canvas[x, y] = Cell(code: canvas[x, y].code, .planEntrance)
        }
      }
    }
  }

  /// The legend: every symbol this plan shows at this zoom, and the zoom's name.
  public func legendParts() -> [String] {
    var parts = [glyph("N↑", "N^")]
    if case .hall = plan.kind {
      let kinds = Set(plan.features.map(\.kind))
      if kinds.contains(.entrance) { parts.append(glyph("▼▲", "v^") + " " + text.legendEntrance) }
      if !plan.pavilions.isEmpty { parts.append(glyph("░", ":") + " " + text.legendPavilion) }
      if !boxed { parts.append(glyph("▒", "#") + " " + text.legendBooth) }
      parts.append(glyph("★", "*") + " " + text.legendBookmarked)
      parts.append(glyph("✓", "v") + " " + text.legendVisited)
      if plan.route != nil && showRoute { parts.append(glyph("·1·", ".1.") + " " + text.legendRoute) }
      if boxed {
        if !ascii, kinds.contains(.stage) { parts.append("♪ " + text.legendStage) }
      } else {
        // The overview draws facilities as letters.
        let letters: [(HallFeature.Kind, String)] = [
          (.stage, "S " + text.legendStage), (.cafe, "C " + text.legendCafe), (.restroom, "T " + text.legendToilets),
          (.info, "i " + text.legendInformation),
        ]
        for (kind, text) in letters where kinds.contains(kind) { parts.append(text) }
        let named: Set<HallFeature.Kind> = [.stage, .cafe, .restroom, .info, .entrance]
        if kinds.contains(where: { !named.contains($0) }) {
          parts.append("# " + text.legendOther)
        }
      }
    }
    parts.append(
      plan.kind == .venue ? (zoom == 0 ? text.wholeVenue : text.zoomFactor(1 << zoom)) : text.planLevel(zoom))
    return parts
  }

  /// The legend on one line.
  public func legend() -> String { legendParts().joined(separator: "  ") }

  /// The legend in lines of at most `width` columns (a part never split).
  public func legendLines(width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for part in legendParts() {
      if line.isEmpty {
        line = part
      } else if DisplayWidth.of(line) + 2 + DisplayWidth.of(part) <= width {
        line += "  " + part
      } else {
        lines.append(line)
        line = part
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The top-left canvas cell of a `width` × `height` window that shows the selected item, as
  /// near the window's centre as the canvas edges allow.
  public func window(width: Int, height: Int, selected: Int?) -> (x: Int, y: Int) {
    let size = self.size
    guard let selected, plan.items.indices.contains(selected) else { return (0, 0) }
    let (c0, r0, c1, r1) = cells(of: plan.items[selected].rect)
    let cx = (c0 + c1) / 2
    let cy = (r0 + r1) / 2
    let x = max(0, min(size.width - width, cx - width / 2))
    let y = max(0, min(size.height - height, cy - height / 2))
    return (x, y)
  }
}

extension Grid {
  /// Copies a `width` × `height` window of `source` at (`sx`, `sy`) to (`x`, `y`), keeping wide
  /// characters whole (a half cut by the window's edge becomes a space).
  public mutating func blit(_ source: Grid, sx: Int, sy: Int, width: Int, height: Int, x: Int, y: Int) {
    for row in 0..<height {
      let from = sy + row
      let to = y + row
      guard from >= 0, from < source.height, to >= 0, to < self.height else { continue }
      var col = 0
      while col < width {
        let fx = sx + col
        let tx = x + col
        guard fx >= 0, fx < source.width, tx >= 0, tx < self.width else {
          col += 1
          continue
        }
        let cell = source[fx, from]
        if cell.isContinuation {
          set(tx, to, Cell(code: 0x20, cell.style))
          col += 1
          continue
        }
        let wide = fx + 1 < source.width && source[fx + 1, from].isContinuation
        if cell.isCluster || wide {
          if col + (wide ? 2 : 1) > width || tx + (wide ? 2 : 1) > self.width {
            set(tx, to, Cell(code: 0x20, cell.style))
            col += 1
            continue
          }
          put(source.text(of: cell), x: tx, y: to, style: cell.style, maxWidth: wide ? 2 : 1)
          col += wide ? 2 : 1
          continue
        }
        set(tx, to, cell)
        col += 1
      }
    }
  }
}
