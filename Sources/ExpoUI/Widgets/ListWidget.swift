import ExpoModel
import ExpoNavigation
import Foundation

/// A screen's list: column titles, rows (section headings and items, the selected one barred, the
/// search query highlighted, bookmarks starred) and a scroll bar, in the rectangle of the layout.
extension Renderer {
  /// The column titles and the list's rows. Over a kept frame (`base`: what its parts were drawn
  /// from) only what changed is drawn; `parts` gets what this frame's list was drawn from. A row
  /// drawn before with the same inputs is copied from `listRowCache`; one with clusters (rare:
  /// emoji, combining marks) is drawn in place each time.
  func drawList(
    _ grid: inout Grid, _ state: AppState, _ scene: Scene, over base: KeptFrame.Parts? = nil,
    parts: inout KeptFrame.Parts
  ) {
    let layout = scene.layout
    let content = scene.content
    let mainWidth = layout.mainWidth
    let widths = listWidths.value(ListWidthsKey(columns: content.columns, total: mainWidth - 2)) {
      columnWidths(content.columns, total: mainWidth - 2)
    }
    if let headerY = layout.headerY {
      parts.columns = content.columns
      if base?.columns != content.columns {
        grid.fill(y: headerY, to: mainWidth, style: .normal)
        drawColumns(
          &grid, content.columns.map(\.title), content.columns, widths, y: headerY, style: .header, width: mainWidth)
      }
    }
    let listTop = layout.listTop
    let listRows = layout.listRows
    let scroll = state.current.scroll
    var before = base?.list ?? []
    parts.scroll = scroll
    // Over a kept frame scrolled by a few rows: the rows still shown are moved with their slots, and only the rows
    // brought in (and those whose selection, mark or bar changed) are drawn.
    let shift = scroll - (base?.scroll ?? scroll)
    if shift != 0, abs(shift) < listRows, before.count == listRows, mainWidth == grid.width {
      grid.shiftRows(top: listTop, count: listRows, by: shift)
      before = (0..<listRows).map { i in (0..<listRows).contains(i + shift) ? before[i + shift] : .stale }
    }
    parts.list.reserveCapacity(listRows)
    let barShown = content.count > listRows && listRows > 0 && mainWidth > 0 && mainWidth <= grid.width
    let thumb = barShown ? min(listRows - 1, scroll * listRows / max(1, content.count - listRows + 1)) : -1
    for i in 0..<listRows {
      let y = listTop + i
      let bar: UInt32 = barShown ? (i == thumb ? 0x2503 : 0x2502) : 0
      let slot: ListSlot
      var key: ListRowKey?
      if content.count == 0 {
        slot = i == 0 ? .empty(content.emptyText ?? UIText(state.language).nothingHere) : .blank(bar: 0)
      } else if i < scene.rows.count {
        let row = scene.rows[i]
        let selected = row.kind == .item && scroll + i == state.current.cursor
        let bookmarked = row.kind == .item && row.bookmarkKey.map { state.bookmarks.contains($0) } ?? false
        key = ListRowKey(
          row: row, selected: selected, bookmarked: bookmarked, columns: content.columns, mainWidth: mainWidth)
        slot = .row(index: scroll + i, key!, bar: bar)
      } else {
        slot = .blank(bar: bar)
      }
      parts.list.append(slot)
      if i < before.count, before[i] == slot { continue }
      if let key, let cells = listRowCache.cells(scroll + i, key), cells.count == mainWidth {
        // (The row's whole width: nothing of the last frame's row is left.)
        grid.copyRow(cells, y: y)
      } else {
        let clusters = grid.clusters.count
        grid.fill(y: y, from: 0, to: mainWidth, style: .normal)
        if case .empty(let text) = slot {
          grid.put(text, x: 2, y: listTop, style: .dim, maxWidth: mainWidth - 3)
        } else if let key {
          drawListRow(&grid, key, widths: widths, y: y)
          // Drawn in place, and kept (a row with clusters, whose texts live in this grid, as
          // drawn in place each time).
          listRowCache.keep(
            scroll + i, key, grid.clusters.count == clusters ? grid.row(y, columns: mainWidth) : nil)
        }
      }
      if bar != 0 { grid.set(mainWidth - 1, y, Cell(code: bar, bar == 0x2503 ? .normal : .dim)) }
    }
  }

  /// What a list row looks like: the row and everything of the frame its drawing depends on.
  struct ListRowKey: Equatable {
    var row: Row
    var selected: Bool
    var bookmarked: Bool
    var columns: [Column]
    var mainWidth: Int
  }

  /// What the list's column widths are computed from.
  struct ListWidthsKey: Equatable {
    var columns: [Column]
    var total: Int
  }

  /// List rows as last drawn, by their index in the list. A row is looked up by its index (no
  /// hashing of its texts) and used when it was drawn from the same inputs (texts shared with the
  /// cached rows compare by identity).
  final class ListRowCache {
    private var rows: [Int: (key: ListRowKey, cells: [Cell]?)] = [:]
    private let limit: Int
    /// How many rows were drawn (not found) since the start (for tests).
    private(set) var drawn = 0
    /// How many rows are kept.
    var count: Int { rows.count }

    init(limit: Int) { self.limit = limit }

    /// How many rows were asked for (drawn or found; for tests).
    private(set) var asked = 0

    /// The cells of row `index` drawn from `key` (nil: not drawn from it, or drawn in place each
    /// time).
    func cells(_ index: Int, _ key: ListRowKey) -> [Cell]? {
      asked += 1
      if let kept = rows[index], kept.key == key { return kept.cells }
      return nil
    }

    /// Keeps row `index` as drawn from `key` (nil cells: drawn in place each time).
    func keep(_ index: Int, _ key: ListRowKey, _ cells: [Cell]?) {
      if let kept = rows[index], kept.key == key { return }
      if rows.count >= limit { rows.removeAll(keepingCapacity: true) }
      drawn += 1
      rows[index] = (key, cells)
    }
  }

  /// Draws one list row (a section heading, a note line or an item) at screen row `y`.
  func drawListRow(_ grid: inout Grid, _ key: ListRowKey, widths: [Int], y rowY: Int) {
    let row = key.row
    let mainWidth = key.mainWidth
    switch row.kind {
    case .section:
      grid.fill(y: rowY, from: 0, to: mainWidth, style: .normal)
      grid.put(row.cells.first ?? "", x: 1, y: rowY, style: .section, maxWidth: mainWidth - 2)
    case .note:
      grid.fill(y: rowY, from: 0, to: mainWidth, style: .normal)
      let room = max(0, mainWidth - 9)
      grid.put(DisplayWidth.truncate(row.cells.first ?? "", to: room), x: 8, y: rowY, style: .dim, maxWidth: room)
    case .item:
      let selected = key.selected
      // The selection bar covers the first column (the item's name), not the whole row: a
      // one-row move rewrites two short runs of cells, not two screen-wide rows.
      let rowColumns = row.columns ?? key.columns
      let rowWidths = row.columns.map { columnWidths($0, total: mainWidth - 2) } ?? widths
      // Through the first flexible column (the name), with the fixed ones before it (a code,
      // a time).
      let nameIndex = rowColumns.firstIndex { if case .flexible = $0.width { true } else { false } } ?? 0
      let barEnd = min(mainWidth, 1 + rowWidths.prefix(nameIndex + 1).reduce(0) { $0 + $1 + 1 })
      if selected { grid.fill(y: rowY, from: 0, to: barEnd, style: .selected) }
      drawColumns(
        &grid, row.cells, rowColumns, rowWidths, y: rowY, style: row.isCancelled ? .dim : .normal,
        width: mainWidth, selectedThrough: selected ? nameIndex : -1, struck: row.isCancelled ? nameIndex : -1)
      if let query = row.highlight, let first = rowWidths.first {
        highlight(
          &grid, query, in: row.cells.first ?? "", width: min(first, mainWidth - 2), y: rowY, selected: selected)
      }
      if key.bookmarked { grid.put("★", x: 0, y: rowY, style: selected ? .selectedMark : .mark) }
    }
  }

  func columnWidths(_ columns: [Column], total: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    var active = columns.indices.map { $0 }
    func minimum(_ c: Column) -> Int {
      switch c.width {
      case .fixed(let n): return n
      case .flexible(let min, _): return min
      }
    }
    // Drop columns from the right (never the first) until the minimums fit.
    while active.count > 1 && active.reduce(0, { $0 + minimum(columns[$1]) }) + (active.count - 1) > total {
      active.removeLast()
    }
    var widths = Array(repeating: 0, count: columns.count)
    var remaining = total - (active.count - 1)
    var weights = 0
    for i in active {
      switch columns[i].width {
      case .fixed(let n):
        widths[i] = n
        remaining -= n
      case .flexible(let min, let weight):
        widths[i] = min
        remaining -= min
        weights += weight
      }
    }
    if remaining > 0 && weights > 0 {
      var given = 0
      let flexible = active.filter {
        if case .flexible = columns[$0].width { return true }
        return false
      }
      for (n, i) in flexible.enumerated() {
        guard case .flexible(_, let weight) = columns[i].width else { continue }
        let share = n == flexible.count - 1 ? remaining - given : remaining * weight / weights
        widths[i] += share
        given += share
      }
    } else if remaining > 0, let first = active.first {
      widths[first] += remaining
    }
    if active.count == 1, let only = active.first { widths[only] = max(1, total) }
    return widths
  }

  func drawColumns(
    _ grid: inout Grid, _ cells: [String], _ columns: [Column], _ widths: [Int], y: Int, style: Style, width: Int,
    selectedThrough: Int = -1, struck: Int = -1
  ) {
    var x = 1
    for (i, column) in columns.enumerated() where widths[i] > 0 {
      let text = i < cells.count ? cells[i] : ""
      // As DisplayWidth.fit, without building the padded string: the cut text, then blanks.
      var cut = DisplayWidth.truncate(Sanitize.line(text), to: widths[i])
      if i == struck { cut = Renderer.struckThrough(cut) }
      let cellStyle: Style = i <= selectedThrough ? .selected : style
      let room = min(widths[i], width - 1 - x)
      if room > 0 {
        let pad = column.alignRight ? max(0, widths[i] - DisplayWidth.of(cut)) : 0
        grid.fill(y: y, from: x, to: x + min(pad, room), style: cellStyle)
        let used = pad < room ? grid.put(cut, x: x + pad, y: y, style: cellStyle, maxWidth: room - pad) : 0
        grid.fill(y: y, from: x + pad + used, to: x + room, style: cellStyle)
      }
      x += widths[i] + 1
      if x >= width - 1 { break }
    }
  }

  /// `text` struck through: a combining long stroke overlay (U+0336) on each character but blanks
  /// (curses has no strike-through attribute; the width stays the same).
  static func struckThrough(_ text: String) -> String {
    var out = ""
    for character in text {
      out.append(character)
      if character != " " { out.unicodeScalars.append("\u{0336}") }
    }
    return out
  }

  /// Marks the first match of `query` in the first cell as drawn: the text cut to `width` columns
  /// from column 1, so the mark never leaves the visible text.
  func highlight(_ grid: inout Grid, _ query: String, in text: String, width: Int, y: Int, selected: Bool) {
    guard width > 0 else { return }
    let shown = DisplayWidth.truncate(Sanitize.line(text), to: width)
    let needle = query.trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty,
      let range = shown.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive])
    else { return }
    let start = 1 + DisplayWidth.of(String(shown[..<range.lowerBound]))
    let end = min(grid.width, 1 + width, start + DisplayWidth.of(String(shown[range])))
    guard start < end else { return }
    let style: Style = selected ? .selectedMatch : .match
    for x in start..<end {
      var cell = grid[x, y]
      cell.style = style
      grid[x, y] = cell
    }
  }
}
