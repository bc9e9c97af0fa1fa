import ExpoModel

/// Everything one frame shows, gathered from the source for the renderer, which queries nothing:
/// the screen's content and layout, the visible rows, the breadcrumbs, the status bar's key
/// hints, the help overlay's lines and the detail pane.
public struct Scene: Sendable {
  public struct Hint: Hashable, Sendable {
    public var key: String
    public var text: String
    /// What the key does (nil for "any key").
    public var command: Command?
  }

  public struct HelpLine: Hashable, Sendable {
    public var key: String
    public var text: String
    public var isTitle: Bool
  }

  /// The detail pane: the card of the selected row's item (wrapped to the pane) and the first
  /// rows of its screen.
  public struct Pane: Sendable {
    public var target: Screen
    public var content: ScreenContent
    public var card: [CardRow]
    public var rows: [Row]
  }

  public var header: ExpoHeader
  public var content: ScreenContent
  public var layout: Layout
  /// The list rows from the scroll position down (as many as the list shows).
  public var rows: [Row]
  public var crumbs: [String]
  public var hints: [Hint]
  public var help: [HelpLine]
  public var pane: Pane?
}

extension Navigator {
  /// The frame's data for `state`.
  public func scene(_ state: AppState) -> Scene {
    let content = currentContent(state)
    let layout = self.layout(state, content)
    let context = state.context(for: state.screen)
    var rows: [Row] = []
    if layout.body == .list, layout.listRows > 0 {
      rows = source.rows(of: content, in: context, offset: state.current.scroll, limit: layout.listRows)
    }
    var pane: Scene.Pane?
    if layout.paneX != nil {
      let target: Screen? =
        switch state.paneHold {
        case .card(let held): held
        case .blank: nil
        case nil:
          rows.indices.contains(state.current.cursor - state.current.scroll)
            ? rows[state.current.cursor - state.current.scroll].target : nil
        }
      if let target {
        let paneContent = self.content(for: target, in: state)
        let paneRows = source.rows(
          of: paneContent, in: state.context(for: target), offset: 0, limit: max(0, state.height - 4))
        pane = Scene.Pane(
          target: target, content: paneContent, card: wrap(paneContent.card, layout.paneWidth - 2), rows: paneRows)
      }
    }
    return Scene(
      header: source.header, content: content, layout: layout, rows: rows,
      crumbs: state.stack.map { self.content(for: $0.screen, in: state).title },
      hints: hints(state),
      help: state.showHelp ? helpLines(Mode.of(state.screen), UIText(state.language), state.keymaps) : [],
      pane: pane)
  }

  /// The key hints that matter on the current screen, with the keys of the active mode (a command
  /// the mode does not bind is not offered).
  public func hints(_ state: AppState) -> [Scene.Hint] {
    let key = HintMemo.Key(mode: Mode.of(state), screen: state.screen, language: state.language, keymaps: state.keymaps)
    if let last = lastHints.last, last.key == key { return last.hints }
    let hints = makeHints(state)
    lastHints.last = (key, hints)
    return hints
  }

  private func makeHints(_ state: AppState) -> [Scene.Hint] {
    let mode = Mode.of(state)
    let t = UIText(state.language)
    var wanted: [(Command, String?)]
    switch mode {
    case .help: return [Scene.Hint(key: t.hintAnyKey, text: t.hintClosesHelp, command: nil)]
    case .noteEditor: wanted = [(.save, nil), (.cancel, nil)]
    case .search:
      wanted = [
        (.open, nil), (.nextTab, t.hintFilter), (.bookmark, nil), (.findOnMap, t.hint(.findOnMap)), (.back, nil),
        (.quit, nil),
      ]
    default:
      wanted = [(.open, nil), (.back, nil)]
      switch state.screen {
      case .venueMap: wanted += [(.zoomIn, nil), (.zoomOut, nil)]
      case .hallMap: wanted += [(.zoomIn, nil), (.zoomOut, nil), (.toggleRoute, nil), (.bookmark, nil)]
      case .pavilion, .hall: wanted.append((.findOnMap, nil))
      case .exhibitor, .event: wanted += [(.findOnMap, nil), (.bookmark, nil), (.note, nil)]
      case .product: wanted += [(.bookmark, nil), (.note, nil)]
      case .schedule: wanted += [(.nextTab, nil), (.timetable, nil), (.filterKind, nil), (.filterVenue, nil)]
      case .timetable: wanted += [(.nextTab, nil), (.timetable, t.hintList), (.filterKind, nil), (.filterVenue, nil)]
      case .exhibitors: wanted += [(.sort, nil), (.categories, nil)]
      case .products: wanted.append((.categories, nil))
      case .changes: wanted += [(.nextTab, t.hintFilter), (.bookmark, nil)]
      case .home: wanted = [(.open, nil), (.section(.halls), nil)]
      case .plan: wanted += [(.visited, nil), (.note, nil), (.exportPlan, nil), (.findOnMap, nil)]
      default: break
      }
      wanted += [(.toggleLanguage, nil), (.help, nil), (.quit, nil)]
    }
    let keymap = state.keymaps[mode]
    return wanted.compactMap { command, text in
      let key = command == .section(.halls) && text == nil ? keymap.sectionsLabel : keymap.label(for: command)
      return key.map { Scene.Hint(key: $0, text: text ?? t.hint(command), command: command) }
    }
  }

  /// The help overlay for `mode`, generated from its keymap (every command and its keys).
  public func helpLines(_ mode: Mode, _ t: UIText, _ keymaps: Keymaps = .standard) -> [Scene.HelpLine] {
    let keymap = keymaps[mode]
    var out: [Scene.HelpLine] = []
    // Group by group (each heading once), commands in table order within it.
    var groups: [UIText.HelpGroup] = []
    for command in Command.allCases where !groups.contains(command.group) { groups.append(command.group) }
    for group in groups {
      let commands = Command.allCases.filter { $0.group == group && !keymap.keys(for: $0).isEmpty }
      guard !commands.isEmpty else { continue }
      out.append(Scene.HelpLine(key: "", text: t.helpGroup(group), isTitle: true))
      for command in commands {
        let keys = keymap.keys(for: command)
        out.append(
          Scene.HelpLine(key: keys.map(\.label).joined(separator: " "), text: t.help(command, in: mode), isTitle: false)
        )
      }
    }
    if keymap.insertsText {
      out.append(Scene.HelpLine(key: "", text: t.otherKeysType, isTitle: false))
    }
    return out
  }
}

/// The hints of the last screen asked for, by what they are made from (the mode, the screen, the
/// language and the keys).
final class HintMemo {
  struct Key: Equatable {
    var mode: Mode
    var screen: Screen
    var language: Language
    var keymaps: Keymaps
  }

  var last: (key: Key, hints: [Scene.Hint])?
}
