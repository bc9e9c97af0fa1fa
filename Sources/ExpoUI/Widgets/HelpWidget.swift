import ExpoModel
import ExpoNavigation

extension Renderer {
  /// The help overlay: the lines the scene made from the active mode's keymap, in one, two or
  /// three columns.
  func drawHelp(_ grid: inout Grid, _ state: AppState, _ lines: [Scene.HelpLine]) {
    guard !lines.isEmpty, state.width >= 8, state.height >= 4 else { return }
    let keyWidth = min(14, lines.map { DisplayWidth.of($0.key) }.max() ?? 8)
    let textWidth = min(30, lines.map { DisplayWidth.of($0.text) }.max() ?? 20)
    let natural = keyWidth + 2 + textWidth
    // Inside the body (below the breadcrumbs, above the status bar), with its two borders.
    let maxRows = max(1, state.height - 6)
    // One column when it fits, else two, else three (short texts) rather than hiding keys.
    let columns = lines.count <= maxRows ? 1 : lines.count <= 2 * maxRows || state.width < 75 ? 2 : 3
    let boxWidth = min(state.width - 2, columns * natural + (columns - 1) * 3 + 4)
    let innerWidth = boxWidth - 4
    let colWidth = max(1, (innerWidth - 3 * (columns - 1)) / columns)
    let perColumn = (lines.count + columns - 1) / columns
    let visibleRows = min(perColumn, maxRows)
    let boxHeight = visibleRows + 2
    let left = max(0, (state.width - boxWidth) / 2)
    let top = Layout.bodyTop + max(0, (state.height - 4 - boxHeight) / 2)
    // The body behind the box is cleared: half-hidden rows beside it read as noise.
    for y in Layout.bodyTop..<max(Layout.bodyTop, state.height - 1) { grid.fill(y: y, style: .normal) }
    for r in 0..<boxHeight { grid.fill(y: top + r, from: left, to: left + boxWidth, style: .help) }
    grid.put("┌" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┐", x: left, y: top, style: .border)
    grid.put(" \(UIText(state.language).helpTitle) ", x: left + 2, y: top, style: .helpTitle, maxWidth: boxWidth - 4)
    for r in 1..<(boxHeight - 1) {
      grid.put("│", x: left, y: top + r, style: .border)
      grid.put("│", x: left + boxWidth - 1, y: top + r, style: .border)
    }
    let bottomText = perColumn > visibleRows ? " \(UIText(state.language).helpCut) " : ""
    grid.put(
      "└" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┘", x: left, y: top + boxHeight - 1, style: .border)
    if !bottomText.isEmpty {
      grid.put(bottomText, x: left + 2, y: top + boxHeight - 1, style: .helpTitle, maxWidth: boxWidth - 4)
    }
    let kw = max(1, min(keyWidth, max(7, colWidth - min(textWidth, 14) - 1)))
    for (i, line) in lines.enumerated() {
      let column = i / perColumn
      let row = i % perColumn
      guard row < visibleRows else { continue }
      let y = top + 1 + row
      let x = left + 2 + column * (colWidth + 3)
      if line.isTitle {
        grid.put(line.text, x: x, y: y, style: .helpTitle, maxWidth: colWidth)
      } else {
        grid.put(DisplayWidth.fit(line.key, to: kw), x: x, y: y, style: .helpKey, maxWidth: kw)
        grid.put(
          DisplayWidth.truncate(line.text, to: max(0, colWidth - kw - 1)), x: x + kw + 1, y: y, style: .help,
          maxWidth: max(0, colWidth - kw - 1))
      }
    }
  }
}
