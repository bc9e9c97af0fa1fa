import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The pure renderer: (state, content) -> grid. No terminal, no globals; tests compare its lines.
public struct Renderer {
  public static let minimumWidth = 40
  public static let minimumHeight = 10
  /// Terminals at least this wide show a detail pane beside lists.
  public static let detailPaneWidth = 110

  /// Columns of the detail pane on a terminal `width` wide.
  static func paneWidth(_ width: Int) -> Int { min(64, width * 2 / 5) }

  let navigator: Navigator
  private let cardCache = Memo<CardKey, [CardRow]>(limit: 128)
  /// Plan canvases: drawn once, then only windowed and highlighted per frame.
  let planCache = Memo<PlanKey, Grid>(limit: 16)
  /// The title bar's texts by minute, language and width (calendar arithmetic and cutting the
  /// name at every frame were 4 % of a keystroke).
  private let titleCache = Memo<[Int], (String, String)>(limit: 8)
  /// Draw plans with ASCII instead of box-drawing characters (terminals without UTF-8).
  public var asciiPlans = false

  public init(navigator: Navigator) { self.navigator = navigator }

  /// Values made once per key and kept (all dropped when more than `limit` pile up).
  final class Memo<Key: Hashable, Value> {
    private let limit: Int
    private var entries: [Key: Value] = [:]

    init(limit: Int) { self.limit = limit }

    func value(_ key: Key, _ make: () -> Value) -> Value {
      if let hit = entries[key] { return hit }
      if entries.count > limit { entries.removeAll(keepingCapacity: true) }
      let value = make()
      entries[key] = value
      return value
    }
  }

  /// What a wrapped card depends on: a card is wrapped once, not every frame.
  struct CardKey: Hashable {
    var screen: Screen
    var language: Language
    var width: Int
    var minute: Int
    /// Cards that show bookmarks (plan, clashes) or the schedule's filter change with them.
    var revision: Int
    var filter: ScheduleFilter
  }

  private func card(_ content: ScreenContent, _ screen: Screen, _ state: AppState, width: Int) -> [CardRow] {
    let minute = state.minute
    return cardCache.value(
      .init(
        screen: screen, language: state.language, width: width, minute: minute, revision: state.bookmarkRevision,
        filter: state.scheduleFilter)
    ) {
      layoutCard(content.card, width: width)
    }
  }

  public func render(_ state: AppState) -> Frame {
    var grid = Grid(width: state.width, height: state.height)
    guard state.width >= Renderer.minimumWidth, state.height >= Renderer.minimumHeight else {
      drawTooSmall(&grid, state)
      return Frame(grid: grid, listTop: 0, listRows: 0, listScroll: 0, listWidth: 0)
    }
    let content = navigator.currentContent(state)
    let w = state.width
    let h = state.height
    drawTitleBar(&grid, state)
    drawSectionTabs(&grid, state)
    drawBreadcrumbs(&grid, state)

    // Body: rows 3 ..< h-1.
    let bodyTop = 3
    let bodyBottom = h - 1
    let hasList = content.count > 0 || !content.columns.isEmpty
    let showPane =
      state.showPane && w >= Renderer.detailPaneWidth && hasList && content.count > 0 && content.plan == nil
    let paneWidth = showPane ? Renderer.paneWidth(w) : 0
    let mainWidth = w - (showPane ? paneWidth + 1 : 0)

    var y = bodyTop
    let cardLines = card(content, state.screen, state, width: mainWidth - 2)
    let available = bodyBottom - bodyTop
    let cardBudget = hasList ? max(2, min(cardLines.count, available / 2 - 1)) : available
    for line in cardLines.prefix(cardBudget) {
      drawCardLine(&grid, line, x: 1, y: y, width: mainWidth - 2)
      if y == bodyTop, let key = state.screen.bookmarkKey, state.bookmarks.contains(key) {
        grid.put("★", x: 0, y: y, style: .mark)
      }
      y += 1
    }
    if cardLines.count > cardBudget, y > bodyTop {
      grid.put("…", x: mainWidth - 2, y: y - 1, style: .dim)
    }

    // The grid moves between `grid` and `frame.grid` by swapping: a copy that is then written to
    // would duplicate the whole screen (copy on write) at every frame.
    var frame = Frame(grid: Grid(width: 0, height: 0), listTop: 0, listRows: 0, listScroll: 0, listWidth: mainWidth)
    swap(&frame.grid, &grid)
    if let plan = content.plan {
      frame.listWidth = 0
      if let drawn = drawMap(&frame.grid, state, content, plan, top: y, bottom: bodyBottom, width: w) {
        frame.mapZoom = drawn.zoom
        frame.mapHits = drawn.hits
      }
      drawStatusBar(&frame.grid, state, content)
      if state.showHelp { drawHelp(&frame.grid, state) }
      return frame
    }
    if case .timetable(let day) = state.screen {
      drawTimetable(&frame.grid, state, content, day: day, top: y + 1, bottom: bodyBottom, width: w)
      drawStatusBar(&frame.grid, state, content)
      if state.showHelp { drawHelp(&frame.grid, state) }
      return frame
    }
    if hasList {
      swap(&frame.grid, &grid)
      if y > bodyTop { y += 1 }
      let headerY = y
      let widths = columnWidths(content.columns, total: mainWidth - 2)
      if content.count > 0 && content.showsHeader {
        drawColumns(
          &grid, content.columns.map(\.title), content.columns, widths, y: headerY, style: .header, width: mainWidth)
        y += 1
      }
      let listTop = y
      let listRows = max(0, bodyBottom - listTop)
      let scroll = state.current.scroll
      if content.count == 0 {
        grid.put(content.emptyText, x: 2, y: listTop, style: .dim, maxWidth: mainWidth - 3)
      } else {
        let rows = (try? content.rows(offset: scroll, limit: listRows)) ?? []
        for (i, row) in rows.enumerated() {
          let index = scroll + i
          let rowY = listTop + i
          switch row.kind {
          case .section:
            grid.fill(y: rowY, from: 0, to: mainWidth, style: .normal)
            grid.put(row.cells.first ?? "", x: 1, y: rowY, style: .section, maxWidth: mainWidth - 2)
          case .item:
            let selected = index == state.current.cursor
            let style: Style = .normal
            // The selection bar covers the first column (the item's name), not the whole row: a
            // one-row move rewrites two short runs of cells, not two screen-wide rows.
            let rowColumns = row.columns ?? content.columns
            let rowWidths = row.columns.map { columnWidths($0, total: mainWidth - 2) } ?? widths
            // Through the first flexible column (the name), with the fixed ones before it (a code,
            // a time).
            let nameIndex = rowColumns.firstIndex { if case .flexible = $0.width { true } else { false } } ?? 0
            let barEnd = min(mainWidth, 1 + rowWidths.prefix(nameIndex + 1).reduce(0) { $0 + $1 + 1 })
            if selected { grid.fill(y: rowY, from: 0, to: barEnd, style: .selected) }
            defer {
              if let query = row.highlight {
                highlight(&grid, query, in: row.cells.first ?? "", y: rowY, selected: selected)
              }
              if let key = row.target?.bookmarkKey, state.bookmarks.contains(key) {
                grid.put("★", x: 0, y: rowY, style: selected ? .selectedMark : .mark)
              }
            }
            drawColumns(
              &grid, row.cells, rowColumns, rowWidths, y: rowY, style: style, width: mainWidth,
              selectedThrough: selected ? nameIndex : -1)
          }
        }
        // Scroll position on the right edge when the list is longer than the screen.
        if content.count > listRows, listRows > 0 {
          let thumb = min(listRows - 1, scroll * listRows / max(1, content.count - listRows + 1))
          for r in 0..<listRows {
            grid.put(r == thumb ? "┃" : "│", x: mainWidth - 1, y: listTop + r, style: r == thumb ? .normal : .dim)
          }
        }
      }
      frame = Frame(
        grid: Grid(width: 0, height: 0), listTop: listTop, listRows: listRows, listScroll: scroll, listWidth: mainWidth)
      swap(&frame.grid, &grid)
      if showPane {
        for r in bodyTop..<bodyBottom { frame.grid.put("│", x: mainWidth, y: r, style: .border) }
        // The selected row's item, the one the pane holds, or nothing while the cursor runs
        // (PaneHold).
        let target: Screen? =
          switch state.paneHold {
          case .card(let held): held
          case .blank: nil
          case nil: (try? content.row(at: state.current.cursor))?.target
          }
        if let target {
          frame.paneTarget = target
          drawDetailPane(
            &frame.grid, target, state, x: mainWidth + 2, top: bodyTop, width: paneWidth - 2, bottom: bodyBottom)
        }
      }
    }
    drawStatusBar(&frame.grid, state, content)
    if state.showHelp { drawHelp(&frame.grid, state) }
    return frame
  }

  /// Prepares the detail pane of the rows a move or a page away (content, wrapped card, first
  /// rows), so that the next move draws from caches. Called when the terminal is idle.
  public func prefetch(_ state: AppState) {
    let content = navigator.currentContent(state)
    // The rows of the next and the previous page.
    _ = try? content.rows(offset: state.current.scroll + state.listRows, limit: state.listRows)
    _ = try? content.rows(offset: max(0, state.current.scroll - state.listRows), limit: state.listRows)
    guard state.showPane, state.width >= Renderer.detailPaneWidth, !state.showHelp else { return }
    let paneWidth = Renderer.paneWidth(state.width)
    let c = state.current.cursor
    let page = state.listRows
    for index in [c + 1, c - 1, c + page, c - page] where index >= 0 && index < content.count {
      guard let row = try? content.row(at: index), let target = row.target else { continue }
      let pane = navigator.content(for: target, in: state)
      _ = card(pane, target, state, width: paneWidth - 2)
      _ = try? pane.rows(offset: 0, limit: state.height)
    }
  }

  // MARK: - Bars

  private func drawTitleBar(_ grid: inout Grid, _ state: AppState) {
    grid.fill(y: 0, style: .title)
    let minute = state.minute
    let used = grid.put(" Expo Guide", x: 0, y: 0, style: .title)
    // The expo's name cut to the room left by the clock, made once a minute and width.
    let (left, right) = titleCache.value([minute, state.language == .english ? 0 : 1, state.width]) {
      let info = navigator.content.info
      let parts = ExpoTime.components(state.now, zone: info.zone)
      let clock =
        "\(Format.day(LocalDate(year: parts.year, month: parts.month, day: parts.day))) \(ExpoTime.hourMinute(state.now, zone: info.zone))"
      let right = "\(state.language == .english ? "EN" : "中文") · \(clock) "
      let room = max(0, state.width - used - DisplayWidth.of(right) - 1)
      return (DisplayWidth.truncate(" │ " + info.expo.name.text(state.language), to: room), right)
    }
    let rightWidth = DisplayWidth.of(right)
    grid.put(left, x: used, y: 0, style: .title, maxWidth: max(0, state.width - used - rightWidth - 1))
    if state.width - rightWidth > used + 10 { grid.put(right, x: state.width - rightWidth, y: 0, style: .title) }
  }

  private func drawSectionTabs(_ grid: inout Grid, _ state: AppState) {
    grid.fill(y: 1, style: .tab)
    var x = 1
    let current = state.screen.section
    for section in Section.allCases {
      let label = " \(section.rawValue) \(section.title) "
      let style: Style = current == section ? .tabActive : .tab
      x += grid.put(label, x: x, y: 1, style: style, maxWidth: state.width - x)
      if x >= state.width { break }
    }
  }

  private func drawBreadcrumbs(_ grid: inout Grid, _ state: AppState) {
    let titles = state.stack.map {
      navigator.content(for: $0.screen, in: state).title
    }
    var text = titles.joined(separator: " › ")
    let available = state.width - 2
    // Keep the end of the path visible.
    var dropped = 0
    while DisplayWidth.of(text) > available && dropped < titles.count - 1 {
      dropped += 1
      text = "… › " + titles.dropFirst(dropped).joined(separator: " › ")
    }
    grid.put(text, x: 1, y: 2, style: .crumb, maxWidth: available)
  }

  /// (In place: taking the grid by value and returning it copied the whole screen every frame.)
  private func drawStatusBar(_ grid: inout Grid, _ state: AppState, _ content: ScreenContent) {
    let y = state.height - 1
    grid.fill(y: y, style: .status)
    var right = ""
    if content.count > 0 {
      let number = content.itemNumber(at: state.current.cursor)
      right = "\(Format.grouped(number)) of \(Format.grouped(content.itemCount)) "
    }
    let rightWidth = DisplayWidth.of(right)
    let leftWidth = state.width - rightWidth - 1
    if let editor = state.editor {
      // The note editor: "Note ▸ before▏after · Enter saves · Esc cancels", the cursor kept in view.
      let label = " Note ▸ "
      let hint = "  Enter saves · Esc cancels"
      let room = max(4, state.width - DisplayWidth.of(label) - DisplayWidth.of(hint) - 2)
      var before = String(editor.characters.prefix(editor.cursor))
      let after = String(editor.characters.dropFirst(editor.cursor))
      while DisplayWidth.of(before) > room - 1, !before.isEmpty { before.removeFirst() }
      var x = grid.put(label, x: 0, y: y, style: .statusKey)
      x += grid.put(before, x: x, y: y, style: .message, maxWidth: room)
      x += grid.put("▏", x: x, y: y, style: .message)
      let rest = max(0, room - DisplayWidth.of(before) - 1)
      x += grid.put(after, x: x, y: y, style: .message, maxWidth: rest)
      grid.put(hint, x: x, y: y, style: .status, maxWidth: max(0, state.width - x))
      return
    }
    if let message = state.message {
      grid.put(" " + message, x: 0, y: y, style: .message, maxWidth: leftWidth)
    } else {
      var x = 1
      for (command, label) in hints(for: state.screen) {
        var keys = navigator.keymap.keys(for: command).prefix(1).map(\.label).joined()
        if command == .halls { keys = "1-7" }
        guard !keys.isEmpty else { continue }
        let need = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
        if x + need > leftWidth { break }
        x += grid.put(keys, x: x, y: y, style: .statusKey)
        x += grid.put(" " + label + "  ", x: x, y: y, style: .status)
      }
    }
    if rightWidth > 0 && rightWidth < state.width { grid.put(right, x: state.width - rightWidth, y: y, style: .status) }
  }

  /// The key hints that matter on a screen.
  private func hints(for screen: Screen) -> [(Command, String)] {
    var out: [(Command, String)] = [(.open, "open"), (.back, "back")]
    switch screen {
    case .venueMap: out += [(.zoomIn, "zoom"), (.zoomOut, "out")]
    case .hallMap: out += [(.zoomIn, "zoom"), (.zoomOut, "out"), (.toggleRoute, "route"), (.bookmark, "bookmark")]
    case .pavilion, .hall: out.append((.findOnMap, "map"))
    case .exhibitor, .event: out += [(.findOnMap, "map"), (.bookmark, "bookmark"), (.note, "note")]
    case .product: out += [(.bookmark, "bookmark"), (.note, "note")]
    case .schedule: out += [(.nextTab, "next day"), (.timetable, "timetable")]
    case .timetable: out += [(.nextTab, "next day"), (.timetable, "list")]
    case .exhibitors: out += [(.sort, "sort"), (.categories, "category")]
    case .products: out.append((.categories, "category"))
    case .home: out = [(.open, "open"), (.halls, "sections")]
    case .plan: out += [(.visited, "visited"), (.note, "note"), (.exportPlan, "export"), (.findOnMap, "map")]
    case .search: return [(.open, "open"), (.nextTab, "filter"), (.back, "back"), (.quit, "quit")]
    default: break
    }
    out += [(.toggleLanguage, "中文/EN"), (.help, "help"), (.quit, "quit")]
    return out
  }

  // MARK: - Card

  struct CardRow {
    var style: CardLine.Style
    var label: String?
    var text: String
    var tabs: [String]
  }

  private func layoutCard(_ card: [CardLine], width: Int) -> [CardRow] {
    var rows: [CardRow] = []
    for line in card {
      switch line.style {
      case .field(let label):
        let wrapped = TextWrap.wrap(line.text, width: max(1, width - 11))
        for (i, part) in wrapped.enumerated() {
          rows.append(CardRow(style: line.style, label: i == 0 ? label : "", text: part, tabs: []))
        }
      case .tabs:
        rows.append(CardRow(style: line.style, label: nil, text: "", tabs: line.tabs))
      case .input:
        rows.append(CardRow(style: line.style, label: nil, text: line.text, tabs: []))
      default:
        for part in TextWrap.wrap(line.text, width: max(1, width)) {
          rows.append(CardRow(style: line.style, label: nil, text: part, tabs: []))
        }
      }
    }
    return rows
  }

  private func drawCardLine(_ grid: inout Grid, _ row: CardRow, x: Int, y: Int, width: Int) {
    switch row.style {
    case .input:
      // The search field: "/ query▏", the end of a long query kept visible.
      let used = grid.put("/ ", x: x, y: y, style: .label)
      var text = row.text
      while DisplayWidth.of(text) > width - used - 2, !text.isEmpty { text.removeFirst() }
      let w = grid.put(text, x: x + used, y: y, style: .heading, maxWidth: width - used - 1)
      grid.put("▏", x: x + used + w, y: y, style: .label)
    case .title: grid.put(row.text, x: x, y: y, style: .heading, maxWidth: width)
    case .subtitle: grid.put(row.text, x: x, y: y, style: .subtitle, maxWidth: width)
    case .text: grid.put(row.text, x: x, y: y, style: .normal, maxWidth: width)
    case .field:
      grid.put(row.label ?? "", x: x, y: y, style: .label, maxWidth: 10)
      grid.put(row.text, x: x + 11, y: y, style: .normal, maxWidth: width - 11)
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

  private func drawDetailPane(
    _ grid: inout Grid, _ target: Screen, _ state: AppState, x: Int, top: Int, width: Int, bottom: Int
  ) {
    let content = navigator.content(for: target, in: state)
    var y = top
    if let key = target.bookmarkKey, state.bookmarks.contains(key) { grid.put("★", x: x - 2, y: y, style: .mark) }
    for line in card(content, target, state, width: width) {
      guard y < bottom else { break }
      drawCardLine(&grid, line, x: x, y: y, width: width)
      y += 1
    }
    if y + 1 < bottom, content.count > 0 {
      y += 1
      let rows = (try? content.rows(offset: 0, limit: bottom - y)) ?? []
      for row in rows {
        let text = row.kind == .section ? row.cells.first ?? "" : row.cells.first(where: { !$0.isEmpty }) ?? ""
        grid.put(
          row.kind == .section ? text : "  " + text, x: x, y: y, style: row.kind == .section ? .section : .dim,
          maxWidth: width)
        y += 1
      }
    }
  }

  // MARK: - Columns

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

  private func drawColumns(
    _ grid: inout Grid, _ cells: [String], _ columns: [Column], _ widths: [Int], y: Int, style: Style, width: Int,
    selectedThrough: Int = -1
  ) {
    var x = 1
    for (i, column) in columns.enumerated() where widths[i] > 0 {
      let text = i < cells.count ? cells[i] : ""
      // As DisplayWidth.fit, without building the padded string: the cut text, then blanks.
      let cut = DisplayWidth.truncate(Sanitize.line(text), to: widths[i])
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

  /// Marks the first match of `query` in `text` (drawn from column 1) in the match style.
  private func highlight(_ grid: inout Grid, _ query: String, in text: String, y: Int, selected: Bool) {
    let clean = Sanitize.line(text)
    let needle = query.trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty,
      let range = clean.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive])
    else { return }
    let start = 1 + DisplayWidth.of(String(clean[..<range.lowerBound]))
    let length = DisplayWidth.of(String(clean[range]))
    let style: Style = selected ? .selectedMatch : .match
    for x in start..<min(grid.width, start + length) {
      var cell = grid[x, y]
      cell.style = style
      grid[x, y] = cell
    }
  }

  // MARK: - Timetable

  /// Venues across, time down in quarter hours; each event a block as long as it lasts. The view
  /// follows the selected event (j/k move through the day's events in time order).
  private func drawTimetable(
    _ grid: inout Grid, _ state: AppState, _ content: ScreenContent, day: Int, top: Int, bottom: Int, width: Int
  ) {
    let catalogue = navigator.content.catalogue
    let zone = navigator.content.zone
    guard let events = try? catalogue.events(EventQuery(day: day), offset: 0, limit: max(1, content.count)),
      !events.isEmpty, bottom > top + 1
    else {
      grid.put("No events on this day.", x: 2, y: top, style: .dim)
      return
    }
    let allVenues = (try? catalogue.venues()) ?? []
    let used = Set(events.map(\.venue))
    var venues = allVenues.filter { used.contains($0.id) }.map(\.id)
    for e in events where !venues.contains(e.venue) { venues.append(e.venue) }
    let venueNames = Dictionary(allVenues.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let selectedID: String? = {
      if case .event(let id)? = (try? content.row(at: state.current.cursor))??.target { return id }
      return nil
    }()
    let selected = events.first { $0.id == selectedID } ?? events[0]
    // Time axis: quarter hours from the first start to the last end (whole half hours).
    let slot: TimeInterval = 15 * 60
    let first = events.map(\.start).min()!
    let start = Date(timeIntervalSince1970: (first.timeIntervalSince1970 / 1800).rounded(.down) * 1800)
    let last = events.map { max($0.end, $0.start.addingTimeInterval(slot)) }.max()!
    let slots = Int((last.timeIntervalSince(start) / slot).rounded(.up))
    func row(_ date: Date) -> Int { Int((date.timeIntervalSince(start) / slot).rounded(.down)) }
    let gutter = 7
    let colWidth = max(14, min(26, (width - gutter) / max(1, venues.count)))
    let visibleColumns = max(1, (width - gutter) / colWidth)
    let selectedColumn = venues.firstIndex(of: selected.venue) ?? 0
    let firstColumn = min(max(0, selectedColumn - visibleColumns + 1), max(0, venues.count - visibleColumns))
    let headerY = top
    let gridTop = top + 1
    let visibleRows = bottom - gridTop
    let selectedRow = row(selected.start)
    let firstRow = min(max(0, selectedRow - 2), max(0, slots - visibleRows))
    // Header: venue names.
    for c in 0..<min(visibleColumns, venues.count - firstColumn) {
      let venue = venues[firstColumn + c]
      let label = venueNames[venue].map { $0.text(state.language) } ?? venue
      grid.put(DisplayWidth.fit(label, to: colWidth - 1), x: gutter + c * colWidth, y: headerY, style: .header)
    }
    if firstColumn > 0 { grid.put("◀", x: gutter - 1, y: headerY, style: .dim) }
    if firstColumn + visibleColumns < venues.count { grid.put("▶", x: width - 1, y: headerY, style: .dim) }
    // Time gutter and grid lines.
    for r in 0..<visibleRows {
      let slotIndex = firstRow + r
      guard slotIndex < slots else { break }
      let time = start.addingTimeInterval(Double(slotIndex) * slot)
      if slotIndex % 2 == 0 { grid.put(ExpoTime.hourMinute(time, zone: zone), x: 1, y: gridTop + r, style: .dim) }
      for c in 0..<min(visibleColumns, venues.count - firstColumn) {
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
    let bookmarked = events.filter { state.bookmarks.contains(BookmarkKey(.event, $0.id)) }
    for e in events {
      guard let column = venues.firstIndex(of: e.venue), column >= firstColumn, column < firstColumn + visibleColumns
      else { continue }
      let x = gutter + (column - firstColumn) * colWidth
      let startRow = row(e.start) - firstRow
      let length = max(1, Int((e.end.timeIntervalSince(e.start) / slot).rounded(.up)))
      let isSelected = e.id == selected.id
      let clash =
        bookmarked.contains { $0.id == e.id }
        && bookmarked.contains { $0.id != e.id && $0.start < e.end && e.start < $0.end }
      let mark = state.bookmarks.contains(BookmarkKey(.event, e.id)) ? (clash ? "⚠" : "★") : ""
      let lines = TextWrap.wrap(
        "\(mark)\(ExpoTime.hourMinute(e.start, zone: zone)) \(e.title.text(state.language))", width: colWidth - 2)
      for i in 0..<length {
        let y = gridTop + startRow + i
        guard y >= gridTop && y < bottom else { continue }
        let style: Style = isSelected ? .selected : .tab
        grid.fill(y: y, from: x, to: min(width, x + colWidth - 1), style: style)
        if i < lines.count { grid.put(lines[i], x: x + 1, y: y, style: style, maxWidth: colWidth - 2) }
      }
    }
  }

  // MARK: - Overlays

  private func drawTooSmall(_ grid: inout Grid, _ state: AppState) {
    let text =
      "Enlarge the terminal to at least \(Renderer.minimumWidth)×\(Renderer.minimumHeight) (now \(state.width)×\(state.height)) · q quits"
    let lines = TextWrap.wrap(text, width: max(1, state.width))
    let top = max(0, (state.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < state.height {
      let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
      grid.put(line, x: x, y: top + i, style: .message)
    }
  }

  /// The help overlay, generated from the keymap (every command and its keys).
  func helpLines() -> [(key: String, text: String, isTitle: Bool)] {
    var out: [(String, String, Bool)] = []
    var group = ""
    for command in Command.allCases {
      let keys = navigator.keymap.keys(for: command)
      guard !keys.isEmpty else { continue }
      if command.group != group {
        group = command.group
        out.append(("", group, true))
      }
      out.append((keys.map(\.label).joined(separator: " "), command.help, false))
    }
    return out
  }

  private func drawHelp(_ grid: inout Grid, _ state: AppState) {
    let lines = helpLines()
    let keyWidth = min(14, lines.map { DisplayWidth.of($0.key) }.max() ?? 8)
    let textWidth = min(30, lines.map { DisplayWidth.of($0.text) }.max() ?? 20)
    let natural = keyWidth + 2 + textWidth
    let maxRows = max(1, state.height - 4)
    // One column when it fits, else two, else three (short texts) rather than hiding keys.
    let columns = lines.count <= maxRows ? 1 : lines.count <= 2 * maxRows || state.width < 75 ? 2 : 3
    let boxWidth = min(state.width - 2, columns * natural + (columns - 1) * 3 + 4)
    let innerWidth = boxWidth - 4
    let colWidth = (innerWidth - 3 * (columns - 1)) / columns
    let perColumn = (lines.count + columns - 1) / columns
    let visibleRows = min(perColumn, maxRows)
    let boxHeight = visibleRows + 2
    let left = max(0, (state.width - boxWidth) / 2)
    let top = max(0, (state.height - boxHeight) / 2)
    for r in 0..<boxHeight { grid.fill(y: top + r, from: left, to: left + boxWidth, style: .help) }
    grid.put("┌" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┐", x: left, y: top, style: .border)
    grid.put(" Keys · any key closes ", x: left + 2, y: top, style: .helpTitle, maxWidth: boxWidth - 4)
    for r in 1..<(boxHeight - 1) {
      grid.put("│", x: left, y: top + r, style: .border)
      grid.put("│", x: left + boxWidth - 1, y: top + r, style: .border)
    }
    let bottomText = perColumn > visibleRows ? " … enlarge the terminal to see every key " : ""
    grid.put(
      "└" + String(repeating: "─", count: max(0, boxWidth - 2)) + "┘", x: left, y: top + boxHeight - 1, style: .border)
    if !bottomText.isEmpty {
      grid.put(bottomText, x: left + 2, y: top + boxHeight - 1, style: .helpTitle, maxWidth: boxWidth - 4)
    }
    let kw = min(keyWidth, max(7, colWidth - min(textWidth, 14) - 1))
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
          DisplayWidth.truncate(line.text, to: colWidth - kw - 1), x: x + kw + 1, y: y, style: .help,
          maxWidth: colWidth - kw - 1)
      }
    }
  }
}
