import ExpoModel

/// What the keys act on: each mode has its own keymap (as tig has per-view keymaps), and the help
/// overlay, the status bar and every message that names a key read the active mode's.
public enum Mode: String, CaseIterable, Hashable, Sendable {
  /// Home, the directory lists and My plan.
  case list
  /// What changed in the data: a list with tabs.
  case changes
  /// An item's screen: exhibitor, product, event, pavilion, hall, country, category, About.
  case detail
  case schedule
  case timetable
  case map
  /// The search field: printable keys type.
  case search
  /// The note being edited: printable keys type.
  case noteEditor
  /// The help overlay: any key closes it.
  case help

  /// The mode of the screen on top, ignoring the help overlay and the editor.
  public static func of(_ screen: Screen) -> Mode {
    switch screen {
    case .search: return .search
    case .venueMap, .hallMap: return .map
    case .schedule: return .schedule
    case .timetable: return .timetable
    case .exhibitor, .product, .event, .pavilion, .hall, .country, .category, .about: return .detail
    case .home, .halls, .countries, .exhibitors, .products, .categories, .plan: return .list
    case .changes: return .changes
    }
  }

  /// The mode the keys of `state` go to.
  public static func of(_ state: AppState) -> Mode {
    if state.editor != nil { return .noteEditor }
    if state.showHelp { return .help }
    return of(state.screen)
  }

  /// The section that leads to the mode's screens, if one does.
  public var section: Section? {
    switch self {
    case .schedule, .timetable: return .schedule
    case .map: return .map
    default: return nil
    }
  }
}
