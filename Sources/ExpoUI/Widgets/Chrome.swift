import ExpoModel
import ExpoNavigation
import Foundation

/// The rows around the body: title bar, section tabs, breadcrumbs and status bar.
extension Renderer {
  /// The title bar's texts: the app's name, the expo's name cut to the room left by the clock,
  /// and the language and clock (made once a minute and width).
  func titleTexts(_ state: AppState, _ header: ExpoHeader) -> (app: String, left: String, right: String) {
    let key = TitleKey(minute: state.minute, language: state.language, width: state.width, name: header.name)
    return titleCache.value(key) {
      let t = UIText(state.language)
      let app = " " + t.appName
      let used = DisplayWidth.of(app)
      let parts = ExpoTime.components(state.now, zone: header.zone)
      let clock =
        "\(t.day(LocalDate(year: parts.year, month: parts.month, day: parts.day))) \(ExpoTime.hourMinute(state.now, zone: header.zone))"
      let right = "\(t.languageTag) · \(clock) "
      let room = max(0, state.width - used - DisplayWidth.of(right) - 1)
      return (app, DisplayWidth.truncate(" │ " + Sanitize.line(header.name.text(state.language)), to: room), right)
    }
  }

  /// What the title bar's texts are made from (the expo's name too: a new version of the data may
  /// rename it).
  struct TitleKey: Equatable {
    var minute: Int
    var language: Language
    var width: Int
    var name: LocalizedText
  }

  func drawTitleBar(_ grid: inout Grid, _ state: AppState, _ texts: (app: String, left: String, right: String)) {
    grid.fill(y: 0, style: .title)
    let used = grid.put(texts.app, x: 0, y: 0, style: .title)
    let rightWidth = DisplayWidth.of(texts.right)
    grid.put(texts.left, x: used, y: 0, style: .title, maxWidth: max(0, state.width - used - rightWidth - 1))
    if state.width - rightWidth > used + 10 { grid.put(texts.right, x: state.width - rightWidth, y: 0, style: .title) }
  }

  /// The section whose tab is lit: the one this path started in (a pavilion reached through a
  /// hall is in Halls).
  func tabSection(_ state: AppState) -> Section? {
    state.stack.dropFirst().first?.screen.section ?? state.screen.section
  }

  func drawSectionTabs(_ grid: inout Grid, _ state: AppState) {
    grid.fill(y: 1, style: .tab)
    var x = 1
    let current = tabSection(state)
    let keymap = state.keymaps[Mode.of(state.screen)]
    let t = UIText(state.language)
    for section in Section.allCases {
      let key = keymap.label(for: .section(section)).map { "\($0) " } ?? ""
      let label = " \(key)\(t.section(section)) "
      let style: Style = current == section ? .tabActive : .tab
      x += grid.put(label, x: x, y: 1, style: style, maxWidth: state.width - x)
      if x >= state.width { break }
    }
  }

  func drawBreadcrumbs(_ grid: inout Grid, _ state: AppState, _ titles: [String]) {
    // Measured as drawn (a control character shows as a visible placeholder).
    let titles = titles.map(Sanitize.line)
    var text = titles.joined(separator: " › ")
    let available = state.width - 2
    // Keep the end of the path visible: drop screens from the front, then cut the current
    // screen's own title with "…" when even that is wider than the screen.
    var dropped = 0
    while DisplayWidth.of(text) > available && dropped < titles.count - 1 {
      dropped += 1
      text = "… › " + titles.dropFirst(dropped).joined(separator: " › ")
    }
    if DisplayWidth.of(text) > available { text = titles.last ?? "" }
    grid.put(DisplayWidth.truncate(text, to: available), x: 1, y: 2, style: .crumb, maxWidth: available)
  }

  /// (In place: taking the grid by value and returning it copied the whole screen every frame.)
  /// The status bar's right end: the cursor's item among the list's ("12 of 520 "), or nothing.
  func statusPosition(_ state: AppState, _ content: ScreenContent) -> String {
    guard content.count > 0 else { return "" }
    return UIText(state.language).position(content.itemNumber(at: state.current.cursor), of: content.itemCount) + " "
  }

  func drawStatusBar(_ grid: inout Grid, _ state: AppState, _ scene: Scene) {
    let y = state.height - 1
    grid.fill(y: y, style: .status)
    let right = statusPosition(state, scene.content)
    let rightWidth = DisplayWidth.of(right)
    let leftWidth = state.width - rightWidth - 1
    if let editor = state.editor {
      drawNoteEditor(
        &grid, editor, y: y, hints: scene.hints, width: state.width, label: UIText(state.language).noteLabel)
      return
    }
    if let message = state.message {
      // Cut with "…" when it does not fit (never in the middle of a character), measured as
      // drawn: a control character from the data is shown as a visible symbol, one column wide.
      grid.put(
        " " + DisplayWidth.truncate(Sanitize.line(message), to: max(0, leftWidth - 1)), x: 0, y: y, style: .message)
    } else {
      var x = 1
      for hint in scene.hints {
        let need = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.text) + 2
        if x + need > leftWidth { break }
        x += grid.put(hint.key, x: x, y: y, style: .statusKey)
        x += grid.put(" " + hint.text + "  ", x: x, y: y, style: .status)
      }
    }
    if rightWidth > 0 && rightWidth < state.width { grid.put(right, x: state.width - rightWidth, y: y, style: .status) }
  }

  /// The note editor in the status bar: "Note ▸ before▏after  Enter save  Esc cancel", the cursor
  /// kept in view.
  private func drawNoteEditor(
    _ grid: inout Grid, _ editor: NoteEditor, y: Int, hints: [Scene.Hint], width: Int, label: String
  ) {
    let label = " \(label) ▸ "
    let hint = "  " + hints.map { "\($0.key) \($0.text)" }.joined(separator: " · ")
    let room = max(4, width - DisplayWidth.of(label) - DisplayWidth.of(hint) - 2)
    var before = Sanitize.line(String(editor.characters.prefix(editor.cursor)))
    let after = Sanitize.line(String(editor.characters.dropFirst(editor.cursor)))
    while DisplayWidth.of(before) > room - 1, !before.isEmpty { before.removeFirst() }
    var x = grid.put(label, x: 0, y: y, style: .statusKey)
    x += grid.put(before, x: x, y: y, style: .message, maxWidth: room)
    x += grid.put("▏", x: x, y: y, style: .message)
    let rest = max(0, room - DisplayWidth.of(before) - 1)
    x += grid.put(after, x: x, y: y, style: .message, maxWidth: rest)
    grid.put(hint, x: x, y: y, style: .status, maxWidth: max(0, width - x))
  }
}
