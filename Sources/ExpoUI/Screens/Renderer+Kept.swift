import ExpoModel
import ExpoNavigation

/// A list screen without a pane or the help: the last frame kept with what each of its parts was
/// drawn from, and only the parts whose inputs changed drawn again over a copy of it. A one-row
/// move draws two list rows and the status bar's position; the title bar, the tabs, the path, the
/// card and the column titles stay as they were. (`RendererCacheTests` compares a kept renderer
/// with a fresh one at every step of random walks.)
extension Renderer {
  /// The last frame drawn on this path and the inputs of its parts.
  final class KeptFrame {
    struct Parts {
      var title: [String] = []
      var tabs: TabsKey?
      var crumbs: [String] = []
      var cardMarked = false
      var columns: [Column]?
      var list: [ListSlot] = []
      var scroll = 0
      var status: StatusKey?
    }

    var grid = Grid(width: 0, height: 0)
    var layout: Layout?
    var parts = Parts()

    func forget() {
      layout = nil
      grid = Grid(width: 0, height: 0)
    }
  }

  struct TabsKey: Equatable {
    var current: Section?
    var mode: Mode
    var language: Language
    var keymaps: Keymaps
  }

  /// What a list row on the screen shows: an item (its drawing inputs) or nothing, with the
  /// scroll bar's cell at its right end (0: none).
  enum ListSlot: Equatable {
    case row(index: Int, ListRowKey, bar: UInt32)
    case empty(String)
    case blank(bar: UInt32)
    /// A row a scroll brought in: what it holds is drawn again.
    case stale
  }

  struct StatusKey: Equatable {
    var message: String?
    var hints: [Scene.Hint]
    var right: String
  }

  /// Whether the frame for `scene` is drawn on the kept path.
  static func keeps(_ state: AppState, _ scene: Scene) -> Bool {
    let layout = scene.layout
    return layout.body == .list && layout.paneX == nil && !layout.tooSmall && !state.showHelp && state.editor == nil
  }

  func renderKept(_ state: AppState, _ scene: Scene) -> Frame {
    let layout = scene.layout
    // (A frame with multi-scalar clusters is not drawn over: their texts live in the grid, and
    // would pile up frame after frame.)
    let base = kept.layout == layout && kept.grid.clusters.isEmpty ? kept.parts : nil
    var grid = base != nil ? kept.grid : Grid(width: state.width, height: state.height)
    var parts = KeptFrame.Parts()

    let title = titleTexts(state, scene.header)
    parts.title = [title.app, title.left, title.right]
    if parts.title != base?.title { drawTitleBar(&grid, state, title) }

    parts.tabs = TabsKey(
      current: tabSection(state), mode: Mode.of(state.screen), language: state.language, keymaps: state.keymaps)
    if parts.tabs != base?.tabs { drawSectionTabs(&grid, state) }

    parts.crumbs = scene.crumbs
    if parts.crumbs != base?.crumbs || base == nil {
      grid.fill(y: 2, style: .normal)
      drawBreadcrumbs(&grid, state, scene.crumbs)
    }

    parts.cardMarked = state.screen.bookmarkKey.map { state.bookmarks.contains($0) } ?? false
    if base == nil || parts.cardMarked != base?.cardMarked {
      for y in Layout.bodyTop..<min(layout.bodyBottom, Layout.bodyTop + layout.card.count) {
        grid.fill(y: y, style: .normal)
      }
      drawCard(&grid, state, layout)
    }

    drawKeptList(&grid, state, scene, base: base, parts: &parts)

    let content = scene.content
    let right =
      content.count > 0
      ? UIText(state.language).position(content.itemNumber(at: state.current.cursor), of: content.itemCount) + " "
      : ""
    parts.status = StatusKey(message: state.message, hints: scene.hints, right: right)
    if parts.status != base?.status { drawStatusBar(&grid, state, scene) }

    kept.grid = grid
    kept.layout = layout
    kept.parts = parts
    var frame = Frame(
      grid: Grid(width: 0, height: 0), listTop: layout.listTop, listRows: layout.listRows,
      listScroll: state.current.scroll, listWidth: layout.mainWidth)
    swap(&frame.grid, &grid)
    return frame
  }

  /// The column titles and the list's rows, each drawn only when what it shows changed.
  private func drawKeptList(
    _ grid: inout Grid, _ state: AppState, _ scene: Scene, base: KeptFrame.Parts?, parts: inout KeptFrame.Parts
  ) {
    let layout = scene.layout
    let content = scene.content
    let mainWidth = layout.mainWidth
    let widths = columnWidths(content.columns, total: mainWidth - 2)
    if let headerY = layout.headerY {
      parts.columns = content.columns
      if base?.columns != content.columns {
        grid.fill(y: headerY, style: .normal)
        drawColumns(
          &grid, content.columns.map(\.title), content.columns, widths, y: headerY, style: .header, width: mainWidth)
      }
    }
    let listTop = layout.listTop
    let listRows = layout.listRows
    let scroll = state.current.scroll
    var before = base?.list ?? []
    parts.scroll = scroll
    // Scrolled by a few rows: the rows still shown are moved with their slots, and only the rows
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
      if let key,
        let cells = listRowCache.cells(scroll + i, key, { drawnRow(key, widths: widths, gridWidth: grid.width) }),
        cells.count == mainWidth
      {
        // (The row's whole width: nothing of the last frame's row is left.)
        grid.copyRow(cells, y: y)
      } else {
        grid.fill(y: y, from: 0, to: mainWidth, style: .normal)
        if case .empty(let text) = slot {
          grid.put(text, x: 2, y: listTop, style: .dim, maxWidth: mainWidth - 3)
        } else if let key {
          drawListRow(&grid, key, widths: widths, y: y)
        }
      }
      if bar != 0 { grid.set(mainWidth - 1, y, Cell(code: bar, bar == 0x2503 ? .normal : .dim)) }
    }
  }
}
