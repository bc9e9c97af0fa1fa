import ExpoModel
import ExpoNavigation
import Foundation

extension Renderer {
  /// Venues across, time down in quarter hours; each event a block as long as it lasts. Draws the
  /// events it is given (the schedule's filtered list); the view follows the selected one.
  func drawTimetable(
    _ grid: inout Grid, _ state: AppState, _ table: Timetable, emptyText: String, top: Int, bottom: Int, width: Int
  ) {
    let events = table.blocks
    guard !events.isEmpty, !table.venues.isEmpty, bottom > top + 1 else {
      if top < bottom { grid.put(emptyText, x: 2, y: top, style: .dim, maxWidth: width - 3) }
      return
    }
    let zone = table.zone
    let selected = events[min(max(0, state.current.cursor), events.count - 1)]
    // Time axis: quarter hours from the first start to the last end (whole half hours).
    let slot: TimeInterval = 15 * 60
    let first = events.map(\.start).min() ?? selected.start
    let start = Date(timeIntervalSince1970: (first.timeIntervalSince1970 / 1800).rounded(.down) * 1800)
    let last = events.map { max($0.end, $0.start.addingTimeInterval(slot)) }.max() ?? selected.end
    let slots = Int((last.timeIntervalSince(start) / slot).rounded(.up))
    func row(_ date: Date) -> Int { Int((date.timeIntervalSince(start) / slot).rounded(.down)) }
    let venues = table.venues
    let gutter = 7
    let colWidth = max(14, min(26, (width - gutter) / max(1, venues.count)))
    let visibleColumns = max(1, (width - gutter) / colWidth)
    let selectedColumn = min(max(0, selected.venue), venues.count - 1)
    let firstColumn = min(max(0, selectedColumn - visibleColumns + 1), max(0, venues.count - visibleColumns))
    let headerY = top
    let gridTop = top + 1
    let visibleRows = bottom - gridTop
    let selectedRow = row(selected.start)
    let firstRow = min(max(0, selectedRow - 2), max(0, slots - visibleRows))
    let shownColumns = min(visibleColumns, venues.count - firstColumn)
    // Header: venue names.
    for c in 0..<shownColumns {
      grid.put(
        DisplayWidth.fit(Sanitize.line(venues[firstColumn + c]), to: colWidth - 1), x: gutter + c * colWidth,
        y: headerY,
        style: .header, maxWidth: max(0, width - gutter - c * colWidth))
    }
    if firstColumn > 0 { grid.put("◀", x: gutter - 1, y: headerY, style: .dim) }
    if firstColumn + visibleColumns < venues.count { grid.put("▶", x: width - 1, y: headerY, style: .dim) }
    // Time gutter and grid lines.
    for r in 0..<visibleRows {
      let slotIndex = firstRow + r
      guard slotIndex < slots else { break }
      let time = start.addingTimeInterval(Double(slotIndex) * slot)
      if slotIndex % 2 == 0 { grid.put(ExpoTime.hourMinute(time, zone: zone), x: 1, y: gridTop + r, style: .dim) }
      for c in 0..<shownColumns {
        grid.put("┊", x: gutter + c * colWidth - 1, y: gridTop + r, style: .border)
      }
    }
    // Now marker.
    if state.now >= start && state.now < last {
      let r = row(state.now) - firstRow
      if r >= 0 && r < visibleRows {
        grid.put("▶" + ExpoTime.hourMinute(state.now, zone: zone), x: 0, y: gridTop + r, style: .mark)
      }
    }
    // Blocks.
    for (index, e) in events.enumerated() {
      let column = e.venue
      guard column >= firstColumn, column < firstColumn + visibleColumns else { continue }
      let x = gutter + (column - firstColumn) * colWidth
      let startRow = row(e.start) - firstRow
      let length = max(1, Int((e.end.timeIntervalSince(e.start) / slot).rounded(.up)))
      let isSelected = index == state.current.cursor
      let mark = e.bookmarked ? (e.clash ? "⚠" : "★") : ""
      let lines = TextWrap.wrap(
        "\(mark)\(ExpoTime.hourMinute(e.start, zone: zone)) \(Sanitize.line(e.title))", width: colWidth - 2)
      for i in 0..<length {
        let y = gridTop + startRow + i
        guard y >= gridTop && y < bottom else { continue }
        let style: Style = isSelected ? .selected : .tab
        grid.fill(y: y, from: x, to: min(width, x + colWidth - 1), style: style)
        if i < lines.count {
          grid.put(lines[i], x: x + 1, y: y, style: style, maxWidth: min(colWidth - 2, width - x - 1))
        }
      }
    }
  }
}
