import ExpoModel
import Foundation

/// The cursor and the scroll: moves, pages, plan neighbours, and keeping the cursor in view.
extension Navigator {
  /// Arrow keys on a plan move to the nearest booth (or hall) that way.
  func moveOnMap(_ state: inout AppState, _ c: ScreenContent, _ direction: FloorPlan.Direction) {
    guard let plan = c.plan, !plan.items.isEmpty else { return }
    if let next = plan.neighbour(of: state.current.cursor, direction) {
      state.current.cursor = next
      keepVisible(&state)
    } else {
      state.message = UIText(state.language).edgeOfPlan
    }
  }

  /// Puts the cursor on the first selectable row of a new screen (or the one it prefers).
  func placeCursor(_ state: inout AppState) {
    let c = currentContent(state)
    state.current.cursor = c.nextSelectable(from: c.preferredCursor ?? 0, step: 1) ?? 0
    state.current.scroll = 0
    keepVisible(&state)
  }

  func move(_ state: inout AppState, _ c: ScreenContent, by step: Int) {
    if let next = c.nextSelectable(from: state.current.cursor + step, step: step) {
      state.current.cursor = next
    }
    keepVisible(&state)
  }

  func page(_ state: inout AppState, _ c: ScreenContent, by delta: Int) {
    guard c.count > 0 else { return }
    let rows = layout(state, c).pageRows
    let target = min(max(0, state.current.cursor + delta), c.count - 1)
    let maxScroll = max(0, c.count - rows)
    state.current.scroll = min(max(0, state.current.scroll + delta), maxScroll)
    state.current.cursor =
      c.nextSelectable(from: target, step: delta > 0 ? 1 : -1)
      ?? c.nextSelectable(from: target, step: delta > 0 ? -1 : 1) ?? state.current.cursor
    keepVisible(&state)
  }

  /// Keeps the cursor in range, on a selectable row, and on screen (showing a section heading
  /// right above it).
  /// After the bookmarks changed: search results re-rank (the bookmarked first among equals), so
  /// the cursor goes to the row it was on, wherever that moved; elsewhere rows stay put.
  func follow(_ selected: Screen?, _ state: inout AppState) {
    if case .search = state.screen, let selected, row(state, at: state.current.cursor)?.target != selected {
      let c = currentContent(state)
      let rows = source.rows(of: c, in: state.context(for: state.screen), offset: 0, limit: min(c.count, 2_000))
      if let index = rows.firstIndex(where: { $0.target == selected }) { state.current.cursor = index }
    }
    keepVisible(&state)
  }

  /// After the data under the state changed (a new version while the guide runs): the cursor on
  /// the row that opens `selected` if the list (its first 2,000 rows) still has it, else where it
  /// was, in range.
  public func keepOn(_ selected: Screen?, _ state: inout AppState) {
    if let selected, row(state, at: state.current.cursor)?.target != selected {
      let c = currentContent(state)
      let rows = source.rows(of: c, in: state.context(for: state.screen), offset: 0, limit: min(c.count, 2_000))
      if let index = rows.firstIndex(where: { $0.target == selected }) { state.current.cursor = index }
    }
    keepVisible(&state)
  }

  func keepVisible(_ state: inout AppState) {
    let c = currentContent(state)
    let count = c.count
    var cur = state.current
    if count == 0 {
      cur.cursor = 0
      cur.scroll = 0
      state.current = cur
      return
    }
    cur.cursor = min(max(0, cur.cursor), count - 1)
    if !c.isSelectable(cur.cursor) {
      cur.cursor = c.nextSelectable(from: cur.cursor, step: 1) ?? c.nextSelectable(from: cur.cursor, step: -1) ?? 0
    }
    let rows = layout(state, c).pageRows
    if cur.cursor < cur.scroll { cur.scroll = cur.cursor }
    if cur.cursor >= cur.scroll + rows { cur.scroll = cur.cursor - rows + 1 }
    if cur.cursor == cur.scroll, cur.cursor > 0, !c.isSelectable(cur.cursor - 1), rows > 1 {
      cur.scroll = cur.cursor - 1
    }
    cur.scroll = min(max(0, cur.scroll), max(0, count - rows))
    if cur.cursor < cur.scroll { cur.scroll = cur.cursor }
    state.current = cur
  }

  /// ← → in the timetable: the event in the venue beside (the next one with events) that starts
  /// nearest the selected one.
  func moveAcrossVenues(_ state: inout AppState, _ table: Timetable, by step: Int) {
    guard table.blocks.indices.contains(state.current.cursor) else { return }
    let selected = table.blocks[state.current.cursor]
    var venue = selected.venue + step
    while venue >= 0 && venue < table.venues.count {
      let candidates = table.blocks.indices.filter { table.blocks[$0].venue == venue }
      if let nearest = candidates.min(by: {
        abs(table.blocks[$0].start.timeIntervalSince(selected.start))
          < abs(table.blocks[$1].start.timeIntervalSince(selected.start))
      }) {
        state.current.cursor = nearest
        keepVisible(&state)
        return
      }
      venue += step
    }
    state.message = UIText(state.language).edgeOfTimetable
  }
}
