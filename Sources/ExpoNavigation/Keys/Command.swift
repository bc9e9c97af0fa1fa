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
}
