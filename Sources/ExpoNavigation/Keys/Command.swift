/// Every command of the guide, with its help text: the one table the help screen is made from.
public enum Command: String, CaseIterable, Sendable {
  case moveDown, moveUp, pageDown, pageUp, top, bottom
  case open, back
  case halls, countries, exhibitors, products, schedule, plan
  case home, nextTab, previousTab, sort, categories, timetable
  case filterKind, filterVenue, filterPavilion, filterBookmarked
  case toggleLanguage, search, bookmark, note, visited, exportPlan, about, help, quit

  public var help: String {
    switch self {
    case .moveDown: return "Move down"
    case .moveUp: return "Move up"
    case .pageDown: return "Page down"
    case .pageUp: return "Page up"
    case .top: return "First row"
    case .bottom: return "Last row"
    case .open: return "Open the selected row"
    case .back: return "Back (cursor restored)"
    case .halls: return "Halls"
    case .countries: return "Countries, pavilions"
    case .exhibitors: return "All exhibitors"
    case .products: return "All products"
    case .schedule: return "Event schedule"
    case .plan: return "My plan"
    case .home: return "Home"
    case .nextTab: return "Next day"
    case .previousTab: return "Previous day"
    case .sort: return "Sort exhibitors"
    case .categories: return "Filter by category"
    case .timetable: return "Schedule: list / timetable"
    case .filterKind: return "Schedule: next kind"
    case .filterVenue: return "Schedule: next venue"
    case .filterPavilion: return "Schedule: next pavilion"
    case .filterBookmarked: return "Schedule: only bookmarked"
    case .toggleLanguage: return "Names: English/中文"
    case .search: return "Search (type; Tab filters)"
    case .bookmark: return "Bookmark / unbookmark"
    case .note: return "Note on the bookmark"
    case .visited: return "Booth visited / not yet"
    case .exportPlan: return "Export the plan (.ics .md .csv)"
    case .about: return "About the expo, data"
    case .help: return "This help"
    case .quit: return "Quit"
    }
  }

  /// Group in the help screen.
  public var group: String {
    switch self {
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back: return "Move"
    case .halls, .countries, .exhibitors, .products, .schedule, .plan, .home: return "Go to"
    case .nextTab, .previousTab, .sort, .categories, .timetable, .filterKind, .filterVenue, .filterPavilion,
      .filterBookmarked,
      .toggleLanguage, .search, .bookmark, .note, .visited,
      .exportPlan:
      return "Lists"
    case .about, .help, .quit: return "General"
    }
  }
}
