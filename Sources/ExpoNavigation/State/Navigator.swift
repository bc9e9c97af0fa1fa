import ExpoModel
import ExpoStore
import Foundation

/// The reducer: applies actions to the state, reading the catalogue for list sizes and targets.
public struct Navigator {
  public let keymap: Keymap
  public let content: ContentProvider

  public init(content: ContentProvider, keymap: Keymap = .standard) {
    self.content = content
    self.keymap = keymap
  }

  /// The content of the screen on top of the stack.
  public func currentContent(_ state: AppState) -> ScreenContent { content(for: state.screen, in: state) }

  /// The content of any screen as the state shows it (language, clock, bookmarks, filter): the
  /// one way the reducer, the breadcrumbs, the detail pane and the prefetch ask for content.
  public func content(for screen: Screen, in state: AppState) -> ScreenContent {
    content.content(
      for: screen, language: state.language, now: state.now,
      bookmarks: screen.dependsOnBookmarks ? state.bookmarkRecords : [], scheduleFilter: state.scheduleFilter)
  }

  /// A fresh state on Home, its cursor on the first row.
  public func initialState(width: Int, height: Int, now: Date, language: Language = .english) -> AppState {
    var state = AppState(width: width, height: height, now: now, language: language)
    placeCursor(&state)
    return state
  }

  @discardableResult
  public func reduce(into state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
      state.message = nil
      if state.editor != nil { return editKey(key, &state) }
      if state.showHelp {
        // In the help overlay every key closes it; the quit keys too (q quits only from a screen).
        state.showHelp = false
        return []
      }
      if case .search(let query, let kind) = state.screen, let effects = searchKey(key, query, kind, &state) {
        return effects
      }
      if state.screen.isMap, let direction = mapDirection(key) {
        moveOnMap(&state, direction)
        return []
      }
      guard let command = keymap.command(for: key) else {
        state.message = "\(key.label) does nothing here · ? shows the keys"
        return []
      }
      return run(command, &state)
    case .resized(let width, let height):
      state.width = max(1, width)
      state.height = max(1, height)
      state.listRows = max(1, state.height - 8)
      keepVisible(&state)
    case .mapZoomShown(let zoom):
      state.shownMapZoom = zoom
    case .holdPane(let target):
      state.paneHold = target
    case .listHeight(let rows):
      state.listRows = max(1, rows)
      keepVisible(&state)
    case .clickRow(let index):
      let c = currentContent(state)
      if index >= 0, index < c.count, c.isSelectable(index) {
        state.current.cursor = index
        keepVisible(&state)
      }
    case .doubleClickRow(let index):
      let c = currentContent(state)
      if index >= 0, index < c.count, c.isSelectable(index) {
        state.current.cursor = index
        keepVisible(&state)
        return run(.open, &state)
      }
    case .wheel(let delta):
      let c = currentContent(state)
      let maxScroll = max(0, c.count - state.listRows)
      state.current.scroll = min(max(0, state.current.scroll + delta), maxScroll)
      // The cursor follows into view.
      let top = state.current.scroll
      let bottom = top + state.listRows - 1
      if state.current.cursor < top {
        state.current.cursor = nextSelectable(c, from: top, step: 1) ?? state.current.cursor
      } else if state.current.cursor > bottom {
        state.current.cursor = nextSelectable(c, from: min(bottom, c.count - 1), step: -1) ?? state.current.cursor
      }
      keepVisible(&state)
    case .tick(let now):
      state.now = now
    case .bookmarkRecordsLoaded(let records):
      let keys = Set(records.map(\.key))
      let notes = Dictionary(
        records.filter { !$0.note.isEmpty }.map { ($0.key, $0.note) }, uniquingKeysWith: { a, _ in a })
      let visited = Set(records.filter(\.visited).map(\.key))
      if keys != state.bookmarks || notes != state.notes || visited != state.visited {
        state.bookmarks = keys
        state.notes = notes
        state.visited = visited
        state.bookmarkRevision += 1
        keepVisible(&state)
      }
    case .bookmarksLoaded(let keys):
      if keys != state.bookmarks {
        state.bookmarks = keys
        state.bookmarkRevision += 1
        keepVisible(&state)
      }
    }
    return []
  }

  private func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    let c = currentContent(state)
    switch command {
    case .moveDown: move(&state, c, by: 1)
    case .moveUp: move(&state, c, by: -1)
    case .pageDown:
      page(&state, c, by: state.listRows)
    case .pageUp:
      page(&state, c, by: -state.listRows)
    case .top:
      state.current.cursor = nextSelectable(c, from: 0, step: 1) ?? 0
      state.current.scroll = 0
      keepVisible(&state)
    case .bottom:
      state.current.cursor = nextSelectable(c, from: c.count - 1, step: -1) ?? 0
      keepVisible(&state)
    case .open:
      guard c.count > 0, let row = try? c.row(at: state.current.cursor), let target = row.target else {
        state.message = "Nothing to open here"
        return []
      }
      state.push(target)
      placeCursor(&state)
    case .back:
      if state.pop() {
        // The list may have changed size meanwhile (resize): keep the restored cursor visible.
        keepVisible(&state)
      } else {
        state.message = "This is Home · q quits"
      }
    case .halls, .countries, .exhibitors, .products, .schedule, .plan, .map:
      let section: Section
      switch command {
      case .halls: section = .halls
      case .countries: section = .countries
      case .exhibitors: section = .exhibitors
      case .products: section = .products
      case .schedule: section = .schedule
      case .map: section = .map
      default: section = .plan
      }
      if state.screen.section == section && state.stack.count == 2 { return section == .plan ? [.reloadBookmarks] : [] }
      if let index = state.stack.firstIndex(where: {
        $0.screen.section == section && $0.screen == rootScreen(section, state)
      }) {
        while state.stack.count > index + 1 { _ = state.pop() }
        keepVisible(&state)
      } else {
        while state.pop() {}
        state.push(rootScreen(section, state))
        placeCursor(&state)
      }
      if section == .plan { return [.reloadBookmarks] }
    case .home:
      while state.pop() {}
      keepVisible(&state)
    case .nextTab, .previousTab:
      let days = content.info.expo.days.count
      switch state.screen {
      case .schedule(let day), .timetable(let day):
        let next = day + (command == .nextTab ? 1 : -1)
        guard next >= 0, next < days else { return [] }
        if case .timetable = state.screen {
          state.replace(with: .timetable(day: next))
        } else {
          state.replace(with: .schedule(day: next))
        }
        placeCursor(&state)
      default:
        state.message = "Tab switches days in the schedule (5)"
      }
    case .timetable:
      let cursor = state.current.cursor
      switch state.screen {
      case .schedule(let day):
        state.replace(with: .timetable(day: day))
        state.current.cursor = cursor
        keepVisible(&state)
      case .timetable(let day):
        state.replace(with: .schedule(day: day))
        state.current.cursor = cursor
        keepVisible(&state)
      default:
        state.message = "t switches the schedule (5) between list and timetable"
      }
    case .sort:
      guard case .exhibitors(let sort) = state.screen else {
        state.message = "s changes the order of the exhibitor list (3)"
        return []
      }
      let all = ExhibitorSort.allCases
      let next = all[(all.firstIndex(of: sort).map { $0 + 1 } ?? 0) % all.count]
      state.replace(with: .exhibitors(next))
      placeCursor(&state)
      state.message = "Exhibitors sorted by \(next.rawValue)"
    case .categories:
      if state.screen != .categories {
        state.push(.categories)
        placeCursor(&state)
      }
    case .toggleLanguage:
      state.language = state.language.toggled
      state.message = state.language == .chinese ? "名称：中文（无中文名时显示英文）" : "Names in English"
    case .search:
      if case .search = state.screen { return [] }
      state.push(.search(query: "", kind: nil))
      placeCursor(&state)
    case .note, .visited:
      guard let key = bookmarkTarget(c, state) else {
        state.message = "Choose an exhibitor, an event or a product first"
        return []
      }
      var effects: [Effect] = []
      if !state.bookmarks.contains(key) {
        state.bookmarks.insert(key)
        state.bookmarkRevision += 1
        effects.append(.toggleBookmark(key))
      }
      if command == .note {
        state.editor = NoteEditor(key: key, text: state.notes[key] ?? "")
        return effects
      }
      guard key.kind == .exhibitor else {
        state.message = "Visited applies to booths (exhibitors)"
        return effects
      }
      let now = !state.visited.contains(key)
      if now { state.visited.insert(key) } else { state.visited.remove(key) }
      state.bookmarkRevision += 1
      state.message = now ? "✓ Visited" : "Not visited yet"
      return effects + [.setVisited(key, now)]
    case .exportPlan:
      return [.exportPlan]
    case .findOnMap:
      let selected = (try? c.row(at: state.current.cursor))??.target
      guard let target = content.mapTarget(for: state.screen, selected: selected) else {
        state.message =
          state.screen.isMap ? "This is the map · 7 shows the venue" : "No booth or hall to show on the map"
        return []
      }
      if case .plan = state.screen { state.showRoute = true }
      state.push(target)
      placeCursor(&state)
    case .zoomIn, .zoomOut:
      guard state.screen.isMap else {
        state.message = "+ and - zoom the map (7, or m on an exhibitor)"
        return []
      }
      let current = state.mapZoom ?? state.shownMapZoom ?? 1
      state.mapZoom = max(0, min(2, current + (command == .zoomIn ? 1 : -1)))
      state.message = ["Overview", "Plan", "Close-up"][state.mapZoom!]
    case .togglePane:
      state.showPane.toggle()
      state.message = state.showPane ? "Detail pane on (110 columns and wider)" : "Detail pane off"
    case .toggleRoute:
      guard state.screen.isMap else {
        state.message = "r shows the route of your plan on a hall map (7)"
        return []
      }
      state.showRoute.toggle()
      state.message = state.showRoute ? "Route of My plan shown" : "Route hidden"
    case .filterKind, .filterVenue, .filterPavilion, .filterBookmarked:
      switch state.screen {
      case .schedule, .timetable: break
      default:
        state.message = "K, W, P and o filter the schedule (5)"
        return []
      }
      var f = state.scheduleFilter
      let options = content.scheduleFilterOptions()
      switch command {
      case .filterKind: f.kind = ScheduleFilter.cycle(f.kind, options.kinds)
      case .filterVenue: f.venue = ScheduleFilter.cycle(f.venue, options.venues.map(\.id))
      case .filterPavilion: f.pavilion = ScheduleFilter.cycle(f.pavilion, options.pavilions.map(\.id))
      default: f.onlyBookmarked.toggle()
      }
      state.scheduleFilter = f
      placeCursor(&state)
    case .bookmark:
      guard let key = bookmarkTarget(c, state) else {
        state.message = "Nothing to bookmark here: choose an exhibitor, an event or a product"
        return []
      }
      if state.bookmarks.remove(key) == nil {
        state.bookmarks.insert(key)
        state.message = "★ Bookmarked · 6 shows My plan"
      } else {
        state.message = "Bookmark removed"
      }
      state.bookmarkRevision += 1
      keepVisible(&state)
      return [.toggleBookmark(key)]
    case .about:
      if state.screen != .about { state.push(.about) }
    case .help:
      state.showHelp = true
    case .quit:
      state.isRunning = false
      return [.quit]
    }
    return []
  }

  /// Keys on the search screen: printable characters edit the query; arrows, Enter, Esc, Tab
  /// keep their meaning. Nil: not handled here (run the key's command).
  private func searchKey(_ key: Key, _ query: String, _ kind: SearchKind?, _ state: inout AppState) -> [Effect]? {
    func update(_ newQuery: String, _ newKind: SearchKind?) {
      state.replace(with: .search(query: newQuery, kind: newKind))
      placeCursor(&state)
    }
    switch key {
    case .character(let c):
      update(query + String(c), kind)
      return []
    case .backspace:
      if query.isEmpty { return nil }
      update(String(query.dropLast()), kind)
      return []
    case .control("u"):
      update("", kind)
      return []
    case .control("w"):
      var q = query
      while q.last == " " { q.removeLast() }
      while let last = q.last, last != " " { q.removeLast() }
      update(q, kind)
      return []
    case .tab, .backTab:
      let filters = ContentProvider.searchFilters
      let index = filters.firstIndex(of: kind) ?? 0
      let next = (index + (key == .tab ? 1 : filters.count - 1)) % filters.count
      update(query, filters[next])
      return []
    case .left, .right:
      return []
    default:
      return nil
    }
  }

  /// What b, n and v act on: the row under the cursor if it is an exhibitor, event or product,
  /// else the item whose screen this is.
  private func bookmarkTarget(_ c: ScreenContent, _ state: AppState) -> BookmarkKey? {
    ((try? c.row(at: state.current.cursor)) ?? nil)?.target?.bookmarkKey ?? state.screen.bookmarkKey
  }

  /// Keys while a note is edited: text goes in, Enter saves, Esc cancels.
  private func editKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var editor = state.editor else { return [] }
    switch key {
    case .character(let c): editor.insert(c)
    case .backspace: editor.backspace()
    case .control("d"): editor.delete()
    case .left: editor.left()
    case .right: editor.right()
    case .home, .control("a"): editor.home()
    case .end, .control("e"): editor.end()
    case .control("u"): editor.clear()
    case .escape:
      state.editor = nil
      state.message = "Note not changed"
      return []
    case .enter:
      state.editor = nil
      let text = editor.text
      if text.isEmpty { state.notes[editor.key] = nil } else { state.notes[editor.key] = text }
      state.bookmarkRevision += 1
      state.message = "Note saved"
      return [.saveNote(editor.key, text)]
    case .control("c"):
      state.isRunning = false
      return [.quit]
    default: break
    }
    state.editor = editor
    return []
  }

  private func rootScreen(_ section: Section, _ state: AppState) -> Screen {
    if section == .schedule { return .schedule(day: content.dayIndex(for: state.now)) }
    return section.screen
  }

  /// Puts the cursor on the first selectable row of a new screen.
  private func mapDirection(_ key: Key) -> FloorPlan.Direction? {
    switch key {
    case .up, .character("k"): return .up
    case .down, .character("j"): return .down
    case .left, .character("h"): return .left
    case .right, .character("l"): return .right
    default: return nil
    }
  }

  /// Arrow keys on a plan move to the nearest booth (or hall) that way.
  private func moveOnMap(_ state: inout AppState, _ direction: FloorPlan.Direction) {
    guard let plan = currentContent(state).plan, !plan.items.isEmpty else { return }
    if let next = plan.neighbour(of: state.current.cursor, direction) {
      state.current.cursor = next
      keepVisible(&state)
    } else {
      state.message = "Edge of the plan"
    }
  }

  private func placeCursor(_ state: inout AppState) {
    let c = currentContent(state)
    state.current.cursor = nextSelectable(c, from: c.preferredCursor ?? 0, step: 1) ?? 0
    state.current.scroll = 0
    keepVisible(&state)
  }

  func nextSelectable(_ c: ScreenContent, from start: Int, step: Int) -> Int? {
    var i = start
    var guardCount = 0
    while i >= 0 && i < c.count && guardCount < 10_000 {
      if c.isSelectable(i) { return i }
      i += step
      guardCount += 1
    }
    return nil
  }

  private func move(_ state: inout AppState, _ c: ScreenContent, by step: Int) {
    if let next = nextSelectable(c, from: state.current.cursor + step, step: step) {
      state.current.cursor = next
    }
    keepVisible(&state)
  }

  private func page(_ state: inout AppState, _ c: ScreenContent, by delta: Int) {
    guard c.count > 0 else { return }
    let target = min(max(0, state.current.cursor + delta), c.count - 1)
    let maxScroll = max(0, c.count - state.listRows)
    state.current.scroll = min(max(0, state.current.scroll + delta), maxScroll)
    state.current.cursor =
      nextSelectable(c, from: target, step: delta > 0 ? 1 : -1)
      ?? nextSelectable(c, from: target, step: delta > 0 ? -1 : 1) ?? state.current.cursor
    keepVisible(&state)
  }

  /// Keeps the cursor in range and on screen (showing a section heading right above it).
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
    let rows = max(1, state.listRows)
    if cur.cursor < cur.scroll { cur.scroll = cur.cursor }
    if cur.cursor >= cur.scroll + rows { cur.scroll = cur.cursor - rows + 1 }
    if cur.cursor == cur.scroll, cur.cursor > 0, !c.isSelectable(cur.cursor - 1), rows > 1 {
      cur.scroll = cur.cursor - 1
    }
    cur.scroll = min(max(0, cur.scroll), max(0, count - rows))
    if cur.cursor < cur.scroll { cur.scroll = cur.cursor }
    state.current = cur
  }
}
