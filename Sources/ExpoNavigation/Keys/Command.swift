/// Every command of the guide, with its help text: the one table the help screen is made from.
public enum Command: String, CaseIterable, Sendable {
  case moveDown, moveUp, pageDown, pageUp, top, bottom
  case open, back
  case halls, countries, exhibitors, products, schedule, plan, map
  case home, nextTab, previousTab, sort, categories, timetable
  case filterKind, filterVenue, filterPavilion, filterBookmarked
  case toggleLanguage, togglePane, search, bookmark, note, visited, exportPlan, about, help, quit
  case findOnMap, zoomIn, zoomOut, toggleRoute

  public var help: String {
    switch self {
    case .moveDown: return "Move down"
    case .moveUp: return "Move up"
    case .pageDown: return "Page down"
    case .pageUp: return "Page up"
    case .top: return "First row"
    case .bottom: return "Last row"
    case .open: return "Open"
    case .back: return "Back"
    case .halls: return "Halls"
    case .countries: return "Countries"
    case .exhibitors: return "All exhibitors"
    case .products: return "All products"
    case .schedule: return "Event schedule"
    case .plan: return "My plan"
    case .map: return "Venue map"
    case .findOnMap: return "Find on map"
    case .zoomIn: return "Zoom in"
    case .zoomOut: return "Zoom out"
    case .toggleRoute: return "Route on/off"
    case .togglePane: return "Detail pane on/off"
    case .home: return "Home"
    case .nextTab: return "Next day"
    case .previousTab: return "Previous day"
    case .sort: return "Sort exhibitors"
    case .categories: return "By category"
    case .timetable: return "List/timetable"
    case .filterKind: return "Filter: kind"
    case .filterVenue: return "Filter: venue"
    case .filterPavilion: return "Filter: pavilion"
    case .filterBookmarked: return "Only bookmarked"
    case .toggleLanguage: return "English/中文"
    case .search: return "Search"
    case .bookmark: return "Bookmark"
    case .note: return "Note"
    case .visited: return "Visited"
    case .exportPlan: return "Export plan"
    case .about: return "About"
    case .help: return "This help"
    case .quit: return "Quit"
    }
  }

  /// Group in the help screen.
  public var group: String {
    switch self {
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back: return "Move"
    case .halls, .countries, .exhibitors, .products, .schedule, .plan, .map, .home: return "Go to"
    case .findOnMap, .zoomIn, .zoomOut, .toggleRoute: return "Map"
    case .nextTab, .previousTab, .sort, .categories, .timetable, .filterKind, .filterVenue, .filterPavilion,
      .filterBookmarked,
      .toggleLanguage, .togglePane, .search, .bookmark, .note, .visited,
      .exportPlan:
      return "Lists"
    case .about, .help, .quit: return "General"
    }
  }
}
