import ExpoModel
import ExpoNavigation
import Foundation

/// The pure renderer: (state, scene) -> frame. It draws what the scene holds and queries nothing;
/// each widget draws into the rectangle the layout hands it (cards come wrapped, by the layout and
/// the scene). Caches (plan canvases, the title bar's texts) only keep work already done.
public struct Renderer {
  /// Plan canvases: drawn once, then only windowed and highlighted per frame.
  /// (At most four kept: a close-up of the largest hall allowed is 2 million cells.)
  let planCache = Memo<PlanKey, Grid>(limit: 4)
  /// The title bar's texts for the last minute, language, width and name (calendar arithmetic and cutting the
  /// name at every frame were 4 % of a keystroke).
  let titleCache = Recent<TitleKey, (app: String, left: String, right: String)>()
  /// List rows as drawn, by what they show (a move or a scroll draws one or two rows anew and
  /// copies the others; drawing every row at every key was half of a keystroke's time).
  /// Cleared when 512 pile up: a few screens' worth at any terminal size.
  let listRowCache = ListRowCache(limit: 512)
  /// The list's column widths for the last columns and width asked for (the same at every key of
  /// a screen).
  let listWidths = Recent<ListWidthsKey, [Int]>()
  /// The last frame of a list screen without a pane or the help, and what its parts were drawn
  /// from (Renderer+Kept).
  let kept = KeptFrame()
  /// Draw plans with ASCII instead of box-drawing characters (terminals without UTF-8).
  public var asciiPlans = false

  public init() {}

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

  public func render(_ state: AppState, _ scene: Scene) -> Frame {
    if Renderer.keeps(state, scene) { return renderKept(state, scene) }
    kept.forget()
    var grid = Grid(width: state.width, height: state.height)
    let layout = scene.layout
    guard !layout.tooSmall else {
      drawTooSmall(&grid, state)
      return Frame(grid: grid, listTop: 0, listRows: 0, listScroll: 0, listWidth: 0)
    }
    drawTitleBar(&grid, state, titleTexts(state, scene.header))
    drawSectionTabs(&grid, state)
    drawBreadcrumbs(&grid, state, scene.crumbs)
    drawCard(&grid, state, layout)

    var frame = Frame(grid: Grid(width: 0, height: 0), listTop: 0, listRows: 0, listScroll: 0, listWidth: 0)
    switch layout.body {
    case .plan:
      if let plan = scene.content.plan,
        let drawn = drawMap(
          &grid, state, scene.content, plan, zoom: layout.mapZoom ?? 0, top: layout.belowCard,
          bottom: layout.bodyBottom, width: layout.width)
      {
        frame.mapHits = drawn
      }
    case .timetable:
      if let timetable = scene.content.timetable {
        drawTimetable(
          &grid, state, timetable, emptyText: scene.content.emptyText ?? UIText(state.language).nothingHere,
          top: layout.belowCard + 1,
          bottom: layout.bodyBottom, width: layout.width)
      }
    case .list:
      var drawn = KeptFrame.Parts()
      drawList(&grid, state, scene, parts: &drawn)
      frame.listTop = layout.listTop
      frame.listRows = layout.listRows
      frame.listScroll = state.current.scroll
      frame.listWidth = layout.mainWidth
      if let paneX = layout.paneX {
        for r in Layout.bodyTop..<layout.bodyBottom { grid.put("│", x: layout.mainWidth, y: r, style: .border) }
        if let pane = scene.pane {
          frame.paneTarget = pane.target
          drawDetailPane(
            &grid, pane, state, x: paneX, top: Layout.bodyTop, width: layout.paneWidth - 2,
            bottom: layout.bodyBottom)
        }
      }
    case .cardOnly:
      break
    }
    drawStatusBar(&grid, state, scene)
    if state.showHelp { drawHelp(&grid, state, scene.help) }
    // The grid moves into the frame by swapping: a copy that is then written to would duplicate
    // the whole screen (copy on write) at every frame.
    swap(&frame.grid, &grid)
    return frame
  }

  private func drawTooSmall(_ grid: inout Grid, _ state: AppState) {
    let text = UIText(state.language).enlargeTerminal(
      minWidth: Layout.minimumWidth, minHeight: Layout.minimumHeight, width: state.width, height: state.height,
      quitKey: state.keymaps.label(for: .quit, in: .list))
    let lines = TextWrap.wrap(text, width: max(1, state.width))
    let top = max(0, (state.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < state.height {
      let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
      grid.put(line, x: x, y: top + i, style: .message)
    }
  }
}
