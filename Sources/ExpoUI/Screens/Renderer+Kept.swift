import ExpoModel
import ExpoNavigation

/// A list screen without a pane or the help: the last frame kept with what each of its parts was
/// drawn from, and only the parts whose inputs changed drawn again over a copy of it. A one-row
/// move draws two list rows and the status bar's position; the title bar, the tabs, the path, the
/// card and the column titles stay as they were; the list is `drawList` over the kept rows.
/// (`RendererCacheTests` compares a kept renderer with a fresh one at every step of random walks.)
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
    /// The last frame's number (`Grid.serial`): from a random start, so that two renderers'
    /// frames are not taken for each other by a frame writer.
    private var serial = UInt64.random(in: 1...(1 << 62))

    func nextSerial() -> UInt64 {
      serial += 1
      return serial
    }

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
    var grid = Grid(width: 0, height: 0)
    // (The kept grid taken out, not copied: changed in place when nothing else holds it.)
    // (Drawn over: what changes is recorded, for the frame writer.)
    if base != nil {
      swap(&grid, &kept.grid)
      grid.beginChanges(serial: kept.nextSerial())
    } else {
      grid = Grid(width: state.width, height: state.height)
      grid.serial = kept.nextSerial()
    }
    var parts = KeptFrame.Parts()

    let title = titleTexts(state, scene.header)
    parts.title = [title.app, title.left, title.right]
    if parts.title != base?.title { drawTitleBar(&grid, state, title) }

    parts.tabs = TabsKey(
      current: tabSection(state), mode: Mode.of(state.screen), language: state.language, keymaps: state.keymaps)
    if parts.tabs != base?.tabs { drawSectionTabs(&grid, state) }

    parts.crumbs = scene.crumbs
    if parts.crumbs != base?.crumbs {
      grid.fill(y: 2, style: .normal)
      drawBreadcrumbs(&grid, state, scene.crumbs)
    }

    parts.cardMarked = state.screen.bookmarkKey.map { state.bookmarks.contains($0) } ?? false
    if parts.cardMarked != base?.cardMarked {
      for y in Layout.bodyTop..<min(layout.bodyBottom, Layout.bodyTop + layout.card.count) {
        grid.fill(y: y, style: .normal)
      }
      drawCard(&grid, state, layout)
    }

    drawList(&grid, state, scene, over: base, parts: &parts)

    parts.status = StatusKey(message: state.message, hints: scene.hints, right: statusPosition(state, scene.content))
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
}
