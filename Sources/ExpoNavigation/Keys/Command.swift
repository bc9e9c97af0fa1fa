import ExpoModel

/// Every command of the guide, with its help text and its short status-bar hint: the one table
/// the help screen and the status bar are made from.
public enum Command: Hashable, Sendable {
  case moveDown, moveUp, moveLeft, moveRight, pageDown, pageUp, top, bottom
  case open, back, home
  /// One of the sections 1–7.
  case section(Section)
  case nextTab, previousTab, sort, categories, timetable
  case filterKind, filterVenue, filterPavilion, filterBookmarked
  /// The same filters cycled the other way, and all of them off at once.
  case filterKindBack, filterVenueBack, filterPavilionBack, clearFilters
  case toggleLanguage, togglePane, search, bookmark, note, visited, exportPlan, about, help, quit
  case findOnMap, zoomIn, zoomOut, toggleRoute
  /// Text fields (search, note editor).
  case deleteBackward, deleteForward, deleteWord, clearText, cursorLeft, cursorRight, cursorStart, cursorEnd
  case save, cancel
  /// The help overlay: any key closes it.
  case closeHelp

  public static let allCases: [Command] =
    [.moveDown, .moveUp, .moveLeft, .moveRight, .pageDown, .pageUp, .top, .bottom, .open, .back, .home]
    + Section.allCases.map(Command.section)
    + [
      .nextTab, .previousTab, .sort, .categories, .timetable, .filterKind, .filterKindBack, .filterVenue,
      .filterVenueBack, .filterPavilion, .filterPavilionBack, .filterBookmarked, .clearFilters, .toggleLanguage,
      .togglePane, .search, .bookmark, .note, .visited, .exportPlan,
      .findOnMap, .zoomIn, .zoomOut, .toggleRoute, .deleteBackward, .deleteForward, .deleteWord, .clearText,
      .cursorLeft, .cursorRight, .cursorStart, .cursorEnd, .save, .cancel, .about, .help, .closeHelp, .quit,
    ]

  public var help: String {
    switch self {
    case .moveDown: return "Move down"
    case .moveUp: return "Move up"
    case .moveLeft: return "Move left"
    case .moveRight: return "Move right"
    case .pageDown: return "Page down"
    case .pageUp: return "Page up"
    case .top: return "First row"
    case .bottom: return "Last row"
    case .open: return "Open"
    case .back: return "Back"
    case .home: return "Home"
    case .section(let s):
      switch s {
      case .exhibitors: return "All exhibitors"
      case .products: return "All products"
      case .schedule: return "Event schedule"
      case .map: return "Venue map"
      default: return s.title
      }
    case .findOnMap: return "Find on map"
    case .zoomIn: return "Zoom in"
    case .zoomOut: return "Zoom out"
    case .toggleRoute: return "Route on/off"
    case .togglePane: return "Detail pane on/off"
    case .nextTab: return "Next day"
    case .previousTab: return "Previous day"
    case .sort: return "Sort exhibitors"
    case .categories: return "By category"
    case .timetable: return "List/timetable"
    case .filterKind: return "Filter: kind"
    case .filterVenue: return "Filter: venue"
    case .filterPavilion: return "Filter: pavilion"
    case .filterBookmarked: return "Only bookmarked"
    case .filterKindBack: return "Filter: kind, back"
    case .filterVenueBack: return "Filter: venue, back"
    case .filterPavilionBack: return "Filter: pavilion, back"
    case .clearFilters: return "No filter"
    case .toggleLanguage: return "English/中文"
    case .search: return "Search"
    case .bookmark: return "Bookmark"
    case .note: return "Note"
    case .visited: return "Visited"
    case .exportPlan: return "Export plan"
    case .deleteBackward: return "Delete a character"
    case .deleteForward: return "Delete the next character"
    case .deleteWord: return "Delete a word"
    case .clearText: return "Clear"
    case .cursorLeft: return "Cursor left"
    case .cursorRight: return "Cursor right"
    case .cursorStart: return "To the start"
    case .cursorEnd: return "To the end"
    case .save: return "Save"
    case .cancel: return "Cancel"
    case .about: return "About"
    case .help: return "This help"
    case .closeHelp: return "Close the help"
    case .quit: return "Quit"
    }
  }

  /// The word beside the key in the status bar.
  public var hint: String {
    switch self {
    case .open: return "open"
    case .back: return "back"
    case .section: return "sections"
    case .zoomIn: return "zoom"
    case .zoomOut: return "out"
    case .toggleRoute: return "route"
    case .bookmark: return "bookmark"
    case .note: return "note"
    case .visited: return "visited"
    case .exportPlan: return "export"
    case .findOnMap: return "map"
    case .nextTab: return "next day"
    case .timetable: return "timetable"
    case .sort: return "sort"
    case .categories: return "category"
    case .filterKind: return "kind"
    case .filterVenue: return "venue"
    case .toggleLanguage: return "中文/EN"
    case .help: return "help"
    case .quit: return "quit"
    case .save: return "save"
    case .cancel: return "cancel"
    case .clearText: return "clear"
    case .closeHelp: return "closes"
    case .deleteBackward: return "delete"
    default: return help.lowercased()
    }
  }

  /// Group in the help screen.
  public var group: String {
    switch self {
    case .moveDown, .moveUp, .moveLeft, .moveRight, .pageDown, .pageUp, .top, .bottom, .open, .back: return "Move"
    case .section, .home: return "Go to"
    case .findOnMap, .zoomIn, .zoomOut, .toggleRoute: return "Map"
    case .nextTab, .previousTab, .timetable, .filterKind, .filterVenue, .filterPavilion, .filterBookmarked,
      .filterKindBack, .filterVenueBack, .filterPavilionBack, .clearFilters:
      return "Schedule"
    case .sort, .categories, .toggleLanguage, .togglePane, .search, .bookmark, .note, .visited, .exportPlan:
      return "Lists"
    case .deleteBackward, .deleteForward, .deleteWord, .clearText, .cursorLeft, .cursorRight, .cursorStart,
      .cursorEnd, .save, .cancel:
      return "Text"
    case .about, .help, .closeHelp, .quit: return "General"
    }
  }
}
