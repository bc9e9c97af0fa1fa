import ExpoModel
import ExpoNavigation
import ExpoUI
import Foundation

/// What must hold after every step of the guide, whatever was pressed: checked by the explorer's
/// walks (`swift test`, `Scripts/explore.sh`) and by the libFuzzer `keys` target. Each check
/// returns a sentence naming what is wrong, or nil.
public enum Invariants {
  /// All the checks of one frame: the grid, the state, the status bar, the breadcrumbs and the
  /// highlights.
  public static func check(
    _ navigator: Navigator, _ state: AppState, _ scene: Scene, _ frame: Frame, counts: ItemCounts? = nil
  ) -> String? {
    grid(frame.grid, state) ?? stack(state, scene) ?? cursor(state, scene)
      ?? statusBar(navigator, state, scene, frame.grid, counts: counts) ?? crumbs(state, scene, frame.grid)
      ?? highlights(state, scene, frame.grid)
  }

  /// The grid is the terminal's size, every row is exactly as wide as the screen (a wide character
  /// is followed by its right half, a right half follows a wide character), and no cell holds a
  /// control, bidi or invisible format character.
  public static func grid(_ grid: Grid, _ state: AppState) -> String? {
    guard grid.width == state.width, grid.height == state.height else {
      return "the grid is \(grid.width)×\(grid.height) on a \(state.width)×\(state.height) terminal"
    }
    for y in 0..<grid.height {
      var x = 0
      while x < grid.width {
        let cell = grid[x, y]
        // Printable ASCII, most of every screen: one column, nothing to check.
        if cell.code >= 0x20 && cell.code < 0x7F {
          x += 1
          continue
        }
        if cell.isContinuation { return "row \(y) column \(x): the right half of a wide character stands alone" }
        let text = grid.text(of: cell)
        for scalar in text.unicodeScalars where Sanitize.isUnsafe(scalar) {
          return "row \(y) column \(x): U+\(String(scalar.value, radix: 16, uppercase: true)) on the screen"
        }
        let width = text.count == 1 ? DisplayWidth.of(Character(text)) : DisplayWidth.of(text)
        switch width {
        case 1: x += 1
        case 2:
          guard x + 1 < grid.width, grid[x + 1, y].isContinuation else {
            return "row \(y) column \(x): a wide character without its right half"
          }
          x += 2
        default: return "row \(y) column \(x): a cell \(width) columns wide (\(text.debugDescription))"
        }
      }
    }
    return nil
  }

  /// Home is at the bottom of the stack.
  static func stack(_ state: AppState, _ scene: Scene) -> String? {
    guard state.stack.first?.screen == .home else { return "Home is not at the bottom of the screen stack" }
    guard scene.crumbs.count == state.stack.count else {
      return "\(scene.crumbs.count) breadcrumbs for \(state.stack.count) screens"
    }
    return nil
  }

  /// The cursor is in range, on a selectable row when there is one, and in view.
  static func cursor(_ state: AppState, _ scene: Scene) -> String? {
    let content = scene.content
    let cur = state.current
    guard content.count > 0 else {
      return cur.cursor != 0 || cur.scroll != 0 ? "cursor \(cur.cursor) on an empty screen" : nil
    }
    if cur.cursor < 0 || cur.cursor >= content.count { return "cursor \(cur.cursor) of \(content.count) rows" }
    if !content.isSelectable(cur.cursor), (0..<min(content.count, 64)).contains(where: content.isSelectable) {
      return "the cursor is on a heading (row \(cur.cursor))"
    }
    let layout = scene.layout
    if layout.body == .list, !layout.tooSmall, layout.pageRows > 0,
      cur.cursor < cur.scroll || cur.cursor >= cur.scroll + layout.pageRows
    {
      return "cursor \(cur.cursor) out of view (scroll \(cur.scroll), \(layout.pageRows) rows)"
    }
    return nil
  }

  /// "N of M" counts the selectable rows the source really serves, and every key the status bar
  /// offers is bound in the current mode.
  static func statusBar(
    _ navigator: Navigator, _ state: AppState, _ scene: Scene, _ grid: Grid, counts: ItemCounts?
  ) -> String? {
    guard !scene.layout.tooSmall, state.editor == nil, state.message == nil else { return nil }
    let status = grid.line(state.height - 1)
    let content = scene.content
    if content.count > 0 {
      let cursor = state.current.cursor
      let truth = counts ?? ItemCounts.of(navigator, state, content)
      if let problem = truth.problem(content, cursor: cursor) { return problem }
      let n = UIText(state.language).position(truth.number(at: cursor), of: truth.count(content))
      let shown = status.trimmingCharacters(in: .whitespaces)
      if DisplayWidth.of(n) + 2 < state.width, !shown.hasSuffix(" " + n), shown != n {
        return "the status bar says \(shown.split(separator: " ").suffix(3).joined(separator: " ")), not \(n)"
      }
    }
    let keymap = state.keymaps[Mode.of(state)]
    for hint in scene.hints where hint.command != nil && status.contains(hint.key + " " + hint.text) {
      let bound = keymap.bindings.contains { $0.key.label == hint.key } || hint.key == keymap.sectionsLabel
      if !bound { return "the status bar offers \(hint.key), which is not bound in \(Mode.of(state))" }
    }
    return nil
  }

  /// The breadcrumbs end with the current screen's title (cut with "…" when it is wider than the
  /// screen).
  static func crumbs(_ state: AppState, _ scene: Scene, _ grid: Grid) -> String? {
    guard !scene.layout.tooSmall, state.height > 3, state.width > 8, let title = scene.crumbs.last else { return nil }
    var shown = grid.line(2)
    while shown.hasSuffix(" ") { shown.removeLast() }
    let last = DisplayWidth.drawn(title).trimmingCharacters(in: .whitespaces)
    if last.isEmpty || shown.hasSuffix(last) { return nil }
    // Cut: the row ends with "…" and what is left of the title is its beginning.
    if shown.hasSuffix("…") {
      let kept = shown.dropLast().split(separator: "›").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      if kept.isEmpty || last.hasPrefix(kept) || kept == "…" { return nil }
    }
    return "the breadcrumbs \(shown.debugDescription) do not end with \(last.debugDescription)"
  }

  /// A highlighted run lies on a row that has a query, inside its text, and reads as the query.
  static func highlights(_ state: AppState, _ scene: Scene, _ grid: Grid) -> String? {
    let layout = scene.layout
    for y in 0..<grid.height {
      var x = 0
      while x < grid.width {
        let style = grid[x, y].style
        guard style == .match || style == .selectedMatch else {
          x += 1
          continue
        }
        let start = x
        var text = ""
        while x < grid.width, grid[x, y].style == .match || grid[x, y].style == .selectedMatch {
          text += grid.text(x, y)
          x += 1
        }
        let index = y - layout.listTop
        guard layout.body == .list, index >= 0, index < scene.rows.count, index < layout.listRows,
          let query = scene.rows[index].highlight
        else { return "row \(y) column \(start): a highlight on a row without a query" }
        // (As drawn: a flag is its two letters on the screen.)
        let needle = DisplayWidth.drawn(query).trimmingCharacters(in: .whitespaces)
        if text.compare(needle, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]) != .orderedSame
          && !needle.lowercased().hasPrefix(text.lowercased())
        {
          return "row \(y) column \(start): \(text.debugDescription) is highlighted for \(needle.debugDescription)"
        }
      }
    }
    return nil
  }
}

/// The true item count and item numbers of a screen, from the rows its source serves (for lists up
/// to a few thousand rows; longer paged lists are sampled at the cursor and the ends).
public struct ItemCounts: Sendable {
  /// Indexes of the selectable rows, or nil for a sampled long list.
  var selectable: [Int]?
  /// How many rows the source served (for the whole list, or at the sampled indexes).
  var served: Int
  var expected: Int
  var itemNumber: Int?

  public static func of(_ navigator: Navigator, _ state: AppState, _ content: ScreenContent) -> ItemCounts {
    let context = state.context(for: state.screen)
    guard content.count <= 4_000 else {
      // The first row, the cursor's and the last exist; none past the end.
      let cursor = state.current.cursor
      let probes = [0, cursor, content.count - 1]
      let served = probes.filter { navigator.source.row(of: content, in: context, at: $0) != nil }.count
      let extra = navigator.source.rows(of: content, in: context, offset: content.count, limit: 1).count
      return ItemCounts(
        selectable: nil, served: served - extra, expected: probes.count, itemNumber: content.itemNumber(at: cursor))
    }
    let rows = navigator.source.rows(of: content, in: context, offset: 0, limit: content.count + 1)
    return ItemCounts(
      selectable: rows.indices.filter { rows[$0].isSelectable }, served: rows.count, expected: content.count)
  }

  /// A list whose rows the source does not serve in full (an item that scrolling never reaches).
  func problem(_ content: ScreenContent, cursor: Int) -> String? {
    guard served != expected else { return nil }
    return selectable == nil
      ? "a list of \(content.count) rows lacks its first, last or selected row, or has rows past its end"
      : "the list says \(content.count) rows, its source serves \(served)"
  }

  func count(_ content: ScreenContent) -> Int { selectable?.count ?? content.itemCount }

  func number(at cursor: Int) -> Int {
    guard let selectable else { return itemNumber ?? cursor + 1 }
    // Items up to and including the cursor (at least 1: the status bar counts from one).
    var n = 0
    for i in selectable where i <= cursor { n += 1 }
    return max(1, n)
  }
}
