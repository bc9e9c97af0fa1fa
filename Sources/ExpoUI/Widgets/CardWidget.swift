import ExpoModel
import ExpoNavigation

/// Cards: the summary above a screen's list, and the detail pane beside lists.
extension Renderer {
  /// The current screen's card, as the layout wrapped and cut it.
  func drawCard(_ grid: inout Grid, _ state: AppState, _ layout: Layout) {
    var y = Layout.bodyTop
    for line in layout.card {
      drawCardLine(&grid, line, x: 1, y: y, width: layout.mainWidth - 2)
      if y == Layout.bodyTop, let key = state.screen.bookmarkKey, state.bookmarks.contains(key) {
        grid.put("★", x: 0, y: y, style: .mark)
      }
      y += 1
    }
    if layout.cardCut, y > Layout.bodyTop {
      grid.put("…", x: layout.mainWidth - 2, y: y - 1, style: .dim)
    }
  }

  func drawCardLine(_ grid: inout Grid, _ row: CardRow, x: Int, y: Int, width: Int) {
    switch row.style {
    case .input:
      // The search field: "/ query▏", the end of a long query kept visible.
      let used = grid.put("/ ", x: x, y: y, style: .label)
      var text = Sanitize.line(row.text)
      while DisplayWidth.of(text) > width - used - 2, !text.isEmpty { text.removeFirst() }
      let w = grid.put(text, x: x + used, y: y, style: .heading, maxWidth: width - used - 1)
      grid.put("▏", x: x + used + w, y: y, style: .label)
    case .title: grid.put(row.text, x: x, y: y, style: .heading, maxWidth: width)
    case .subtitle: grid.put(row.text, x: x, y: y, style: .subtitle, maxWidth: width)
    case .text: grid.put(row.text, x: x, y: y, style: .normal, maxWidth: width)
    case .field:
      grid.put(row.label ?? "", x: x, y: y, style: .label, maxWidth: CardRow.labelWidth - 1)
      grid.put(row.text, x: x + CardRow.labelWidth, y: y, style: .normal, maxWidth: width - CardRow.labelWidth)
    case .tabs(let selected):
      var cx = x
      for (i, tab) in row.tabs.enumerated() {
        let style: Style = i == selected ? .tabActive : .tab
        cx += grid.put(" \(tab) ", x: cx, y: y, style: style, maxWidth: x + width - cx)
        cx += 1
        if cx >= x + width { break }
      }
    }
  }

  /// The selected row's item: its card, then the first rows of its screen.
  func drawDetailPane(
    _ grid: inout Grid, _ pane: Scene.Pane, _ state: AppState, x: Int, top: Int, width: Int, bottom: Int
  ) {
    var y = top
    if let key = pane.target.bookmarkKey, state.bookmarks.contains(key) {
      // In the gap between the pane's border and its text, not on the border.
      grid.put("★", x: x - 1, y: y, style: .mark)
    }
    for line in pane.card {
      guard y < bottom else { break }
      drawCardLine(&grid, line, x: x, y: y, width: width)
      y += 1
    }
    guard y + 1 < bottom, pane.content.count > 0 else { return }
    y += 1
    for row in pane.rows.prefix(bottom - y) {
      let text = row.kind == .section ? row.cells.first ?? "" : row.cells.first(where: { !$0.isEmpty }) ?? ""
      grid.put(
        row.kind == .section ? text : "  " + text, x: x, y: y, style: row.kind == .section ? .section : .dim,
        maxWidth: width)
      y += 1
    }
  }
}
