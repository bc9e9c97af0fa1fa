import ExpoModel
import Foundation

/// The reducer: applies actions to the state. It learns what it needs about screens (row counts,
/// which rows are headings, each row's target, plan neighbours) from a `ScreenSource`, and pages
/// and scrolls by the same `Layout` the renderer draws by. It touches no file, clock or terminal:
/// what should happen outside comes back as `Effect`s.
public struct Navigator {
  public let source: any ScreenSource
  private let wraps = CardWraps()
  /// The last screen's key hints (asked for at every frame).
  let lastHints = HintMemo()

  public init(source: any ScreenSource) { self.source = source }

  public var header: ExpoHeader { source.header }

  /// The content of any screen as the state shows it (language, clock, bookmarks, filter).
  public func content(for screen: Screen, in state: AppState) -> ScreenContent {
    source.content(for: screen, in: state.context(for: screen))
  }

  /// The content of the screen on top of the stack.
  public func currentContent(_ state: AppState) -> ScreenContent { content(for: state.screen, in: state) }

  public func layout(_ state: AppState) -> Layout { layout(state, currentContent(state)) }

  /// The layout of `state` showing `content` (the current screen's).
  func layout(_ state: AppState, _ content: ScreenContent) -> Layout {
    Layout(state: state, content: content, wrap: wrap)
  }

  /// The row at `index` of the current screen's list.
  public func row(_ state: AppState, at index: Int) -> Row? {
    guard index >= 0 else { return nil }
    return source.row(of: currentContent(state), in: state.context(for: state.screen), at: index)
  }

  /// A fresh state on Home, its cursor on the first row.
  public func initialState(width: Int, height: Int, now: Date, language: Language = .english) -> AppState {
    var state = AppState(width: width, height: height, now: now, language: language)
    placeCursor(&state)
    return state
  }

  /// Opens a section as its key does (`--open`).
  public func open(_ section: Section, _ state: inout AppState) {
    state.message = nil
    _ = run(.section(section), &state)
  }

  /// Warms the caches for the next move while the terminal is idle: the rows of the next and the
  /// previous page, and the screens and wrapped cards of the rows a move or a page away (the detail
  /// pane's next cards).
  public func prefetch(_ state: AppState) {
    let content = currentContent(state)
    let context = state.context(for: state.screen)
    let page = layout(state, content).pageRows
    _ = source.rows(of: content, in: context, offset: state.current.scroll + page, limit: page)
    _ = source.rows(of: content, in: context, offset: max(0, state.current.scroll - page), limit: page)
    guard state.showPane, state.width >= Layout.detailPaneWidth, !state.showHelp else { return }
    let c = state.current.cursor
    for index in [c + 1, c - 1, c + page, c - page] where index >= 0 && index < content.count {
      guard let target = source.row(of: content, in: context, at: index)?.target else { continue }
      let pane = self.content(for: target, in: state)
      _ = source.rows(of: pane, in: state.context(for: target), offset: 0, limit: state.height)
      _ = wrap(pane.card, Layout.paneWidth(state.width) - 2)
    }
  }

  /// A card wrapped to `width`, remembered (a layout is made at every action, a pane at every frame).
  func wrap(_ card: [CardLine], _ width: Int) -> [CardRow] { wraps.wrap(card, width) }

  /// The label of `command`'s key in the mode of `state`'s screen (for messages).
  func label(_ command: Command, _ state: AppState) -> String {
    let mode = Mode.of(state.screen)
    return state.keymaps[mode].label(for: command) ?? state.keymaps.label(for: command, in: .list)
  }

  /// Applies `action`; the cursor is then in range, on a selectable row and in view, whatever the
  /// action changed (the screen, its size, the language, the pane).
  @discardableResult
  public func reduce(into state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, &state)
    keepVisible(&state)
    return effects
  }

  /// What a key means where it was pressed: its command in the active mode, text in a text field,
  /// or a message saying where it works.
  private func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.message = nil
    let mode = Mode.of(state)
    let keymap = state.keymaps[mode]
    if let command = keymap.command(for: key) { return run(command, &state) }
    if keymap.insertsText, case .character(let c) = key {
      insert(c, &state)
      return []
    }
    let elsewhere = [Mode.list, .detail, .schedule, .map].first { state.keymaps[$0].command(for: key) != nil }
    if let elsewhere, let command = state.keymaps[elsewhere].command(for: key) {
      state.message = UIText(state.language).worksElsewhere(
        key: key.label, command: command, place: elsewhere,
        sectionKey: elsewhere.section.map { label(.section($0), state) })
    } else {
      state.message = UIText(state.language).doesNothingHere(
        key: key.label, helpKey: state.keymaps.label(for: .help, in: mode))
    }
    return []
  }

  private func apply(_ action: Action, _ state: inout AppState) -> [Effect] {
    switch action {
    case .key(let key):
      return press(key, &state)
    case .paste(let text):
      paste(text, &state)
    case .resized(let width, let height):
      state.width = max(1, width)
      state.height = max(1, height)
      keepVisible(&state)
    case .holdPane(let target):
      state.paneHold = target
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
      let rows = layout(state, c).pageRows
      let maxScroll = max(0, c.count - rows)
      state.current.scroll = min(max(0, state.current.scroll + delta), maxScroll)
      // The cursor follows into view.
      let top = state.current.scroll
      let bottom = top + rows - 1
      if state.current.cursor < top {
        state.current.cursor = c.nextSelectable(from: top, step: 1) ?? state.current.cursor
      } else if state.current.cursor > bottom {
        state.current.cursor = c.nextSelectable(from: min(bottom, c.count - 1), step: -1) ?? state.current.cursor
      }
      keepVisible(&state)
    case .tick(let now):
      state.now = now
      return remind(&state)
    case .bookmarkRecordsLoaded(let records):
      let keys = Set(records.map(\.key))
      let notes = Dictionary(
        records.filter { !$0.note.isEmpty }.map { ($0.key, $0.note) }, uniquingKeysWith: { a, _ in a })
      let visited = Set(records.filter(\.visited).map(\.key))
      if keys != state.bookmarks || notes != state.notes || visited != state.visited {
        let selected = row(state, at: state.current.cursor)?.target
        state.bookmarks = keys
        state.notes = notes
        state.visited = visited
        state.bookmarkRevision += 1
        follow(selected, &state)
      }
    case .bookmarksLoaded(let keys):
      if keys != state.bookmarks {
        let selected = row(state, at: state.current.cursor)?.target
        state.bookmarks = keys
        state.bookmarkRevision += 1
        follow(selected, &state)
      }
    case .notice(let text):
      state.message = text
    }
    return []
  }

  /// Runs `command` as its key would (the key was already looked up in the active mode).
  func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    if state.editor != nil { return edit(command, &state) }
    let t = UIText(state.language)
    if case .search(let query, let kind) = state.screen,
      let effects = searchCommand(command, query, kind, &state)
    {
      return effects
    }
    let c = currentContent(state)
    switch command {
    case .closeHelp:
      state.showHelp = false
    case .moveDown, .moveUp, .moveLeft, .moveRight:
      if state.screen.isMap {
        let direction: FloorPlan.Direction =
          switch command {
          case .moveDown: .down
          case .moveUp: .up
          case .moveLeft: .left
          default: .right
          }
        moveOnMap(&state, c, direction)
      } else if command == .moveDown || command == .moveUp {
        move(&state, c, by: command == .moveDown ? 1 : -1)
      } else if let table = c.timetable {
        moveAcrossVenues(&state, table, by: command == .moveRight ? 1 : -1)
      }
    case .pageDown, .pageUp:
      let rows = layout(state, c).pageRows
      page(&state, c, by: command == .pageDown ? rows : -rows)
    case .top:
      state.current.cursor = c.nextSelectable(from: 0, step: 1) ?? 0
      state.current.scroll = 0
      keepVisible(&state)
    case .bottom:
      state.current.cursor = c.nextSelectable(from: c.count - 1, step: -1) ?? 0
      keepVisible(&state)
    case .open:
      guard c.count > 0, let target = row(state, at: state.current.cursor)?.target else {
        state.message = t.nothingToOpen
        return []
      }
      state.push(target)
      placeCursor(&state)
    case .back:
      if state.pop() {
        // The list may have changed size meanwhile (resize): keep the restored cursor visible.
        keepVisible(&state)
      } else {
        state.message = t.thisIsHome(quitKey: label(.quit, state))
      }
    case .section(let section):
      if state.screen.section == section && state.stack.count == 2 { return section == .plan ? [.reloadBookmarks] : [] }
      let root = rootScreen(section, state)
      if let index = state.stack.firstIndex(where: { $0.screen.section == section && $0.screen == root }) {
        while state.stack.count > index + 1 { _ = state.pop() }
        keepVisible(&state)
      } else {
        while state.pop() {}
        state.push(root)
        placeCursor(&state)
      }
      if section == .plan { return [.reloadBookmarks] }
    case .home:
      while state.pop() {}
      keepVisible(&state)
    case .nextTab, .previousTab:
      let days = source.header.days.count
      switch state.screen {
      case .schedule(let day), .timetable(let day):
        let next = day + (command == .nextTab ? 1 : -1)
        guard next >= 0, next < days else {
          state.message = command == .nextTab ? t.lastDay : t.firstDay
          return []
        }
        if case .timetable = state.screen {
          state.replace(with: .timetable(day: next))
        } else {
          state.replace(with: .schedule(day: next))
        }
        placeCursor(&state)
      case .changes(let scope):
        let all = ChangesScope.allCases
        let index = all.firstIndex(of: scope) ?? 0
        state.replace(with: .changes(all[(index + (command == .nextTab ? 1 : all.count - 1)) % all.count]))
        placeCursor(&state)
      default:
        break  // bound only where there are days or scopes (and in the search, as its filter)
      }
    case .timetable:
      let cursor = state.current.cursor
      switch state.screen {
      case .schedule(let day):
        state.replace(with: .timetable(day: day))
      case .timetable(let day):
        state.replace(with: .schedule(day: day))
      default:
        return []  // bound only in the schedule
      }
      state.current.cursor = cursor
      keepVisible(&state)
    case .sort:
      guard case .exhibitors(let sort) = state.screen else {
        state.message = t.sortWorksOnExhibitors(
          sortKey: state.keymaps.label(for: .sort, in: .list), sectionKey: label(.section(.exhibitors), state))
        return []
      }
      let all = ExhibitorSort.allCases
      let next = all[(all.firstIndex(of: sort).map { $0 + 1 } ?? 0) % all.count]
      state.replace(with: .exhibitors(next))
      placeCursor(&state)
      state.message = t.sortedBy(next)
    case .categories:
      if state.screen != .categories {
        state.push(.categories)
        placeCursor(&state)
      }
    case .toggleLanguage:
      state.language = state.language.toggled
      state.message = UIText(state.language).languageSwitched
    case .search:
      state.push(.search(query: "", kind: nil))
      placeCursor(&state)
    case .note, .visited:
      return noteOrVisited(command, c, &state)
    case .exportPlan:
      return [.exportPlan]
    case .findOnMap:
      let selected = row(state, at: state.current.cursor)?.target
      guard let target = source.mapTarget(for: state.screen, selected: selected) else {
        state.message =
          state.screen.isMap ? t.thisIsTheMap(mapKey: label(.section(.map), state)) : t.nothingOnMap
        return []
      }
      if case .plan = state.screen { state.showRoute = true }
      state.push(target)
      placeCursor(&state)
    case .zoomIn, .zoomOut:
      guard state.screen.isMap else { return [] }  // bound only on maps
      let current = state.mapZoom ?? layout(state, c).mapZoom ?? 1
      let zoom = max(0, min(FloorPlan.zoomLevels - 1, current + (command == .zoomIn ? 1 : -1)))
      state.mapZoom = zoom
      state.message = t.zoomLevel(zoom)
    case .togglePane:
      state.showPane.toggle()
      state.message = state.showPane ? t.paneOn(columns: Layout.detailPaneWidth) : t.paneOff
    case .toggleRoute:
      guard state.screen.isMap else { return [] }  // bound only on maps
      state.showRoute.toggle()
      state.message = state.showRoute ? t.routeShown : t.routeHidden
    case .filterKind, .filterVenue, .filterPavilion, .filterBookmarked, .filterKindBack, .filterVenueBack,
      .filterPavilionBack, .clearFilters:
      guard state.screen.isSchedule else { return [] }  // bound only in the schedule
      var f = state.scheduleFilter
      let options = source.scheduleFilterOptions
      switch command {
      case .filterKind: f.kind = ScheduleFilter.cycle(f.kind, options.kinds)
      case .filterVenue: f.venue = ScheduleFilter.cycle(f.venue, options.venues.map(\.id))
      case .filterPavilion: f.pavilion = ScheduleFilter.cycle(f.pavilion, options.pavilions.map(\.id))
      case .filterKindBack: f.kind = ScheduleFilter.cycleBack(f.kind, options.kinds)
      case .filterVenueBack: f.venue = ScheduleFilter.cycleBack(f.venue, options.venues.map(\.id))
      case .filterPavilionBack: f.pavilion = ScheduleFilter.cycleBack(f.pavilion, options.pavilions.map(\.id))
      case .clearFilters:
        f = ScheduleFilter()
        state.message = t.noFilter
      default: f.onlyBookmarked.toggle()
      }
      state.scheduleFilter = f
      placeCursor(&state)
    case .bookmark:
      let selected = row(state, at: state.current.cursor)?.target
      defer { follow(selected, &state) }
      guard let key = bookmarkTarget(c, state) else {
        state.message = t.nothingToBookmark
        return []
      }
      if state.bookmarks.remove(key) == nil {
        state.bookmarks.insert(key)
        state.message = t.bookmarked(planKey: label(.section(.plan), state))
      } else {
        state.message = t.bookmarkRemoved
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
    case .deleteBackward, .deleteForward, .deleteWord, .clearText, .cursorLeft, .cursorRight, .cursorStart,
      .cursorEnd, .save, .cancel:
      // Text commands outside a text field are not bound in any keymap.
      break
    }
    return []
  }

  /// Announces the bookmarked events whose reminder is due (one message for all of them, the
  /// soonest named), once each; rings the bell when the settings want it.
  func remind(_ state: inout AppState) -> [Effect] {
    guard state.reminders.minutes != nil, state.editor == nil else { return [] }
    let ids = state.bookmarks.filter { $0.kind == .event }.map(\.id).sorted()
    guard !ids.isEmpty else { return [] }
    let due = state.reminders.due(source.reminderEvents(ids: ids), at: state.now)
    guard let first = due.first else { return [] }
    state.reminders.announced.formUnion(due.map(Reminders.key))
    let t = UIText(state.language)
    state.message = t.reminder(
      first.title.text(state.language), venue: first.venue.text(state.language),
      at: ExpoTime.hourMinute(first.start, zone: source.header.zone),
      inMinutes: Int((first.start.timeIntervalSince(state.now) / 60).rounded(.up)), more: due.count - 1)
    return state.reminders.bell ? [.bell] : []
  }

  /// n (note) and v (visited): bookmark the item first when it is not yet.
  private func noteOrVisited(_ command: Command, _ c: ScreenContent, _ state: inout AppState) -> [Effect] {
    let t = UIText(state.language)
    guard let key = bookmarkTarget(c, state) else {
      state.message = t.chooseItemFirst
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
      state.message = t.visitedIsForBooths
      return effects
    }
    let now = !state.visited.contains(key)
    if now { state.visited.insert(key) } else { state.visited.remove(key) }
    state.bookmarkRevision += 1
    state.message = now ? t.markedVisited : t.notVisited
    return effects + [.setVisited(key, now)]
  }

  /// What b, n and v act on: the item whose screen this is when the cursor is on one of its link
  /// rows ("Exhibitor: …" on a product's screen), else the row under the cursor if it is an
  /// exhibitor, event or product, else the screen's item.
  private func bookmarkTarget(_ c: ScreenContent, _ state: AppState) -> BookmarkKey? {
    let selected = row(state, at: state.current.cursor)
    if selected?.isLink == true, let own = state.screen.bookmarkKey { return own }
    // An item that left the data can lose its bookmark, not gain one.
    if selected?.target == nil, let gone = selected?.gone { return state.bookmarks.contains(gone) ? gone : nil }
    return selected?.bookmarkKey ?? state.screen.bookmarkKey
  }

  private func rootScreen(_ section: Section, _ state: AppState) -> Screen {
    if section == .schedule { return .schedule(day: source.header.dayIndex(for: state.now)) }
    return section.screen
  }

}
