import ExpoModel
import Foundation

/// What happened (the reducer decides what it means).
public enum Action: Hashable, Sendable {
  case key(Key)
  /// A pasted text (bracketed paste): text for the search or the note editor, never keys.
  case paste(String)
  case resized(width: Int, height: Int)
  /// Mouse: a click or double click on the list row with this index; the wheel.
  case clickRow(Int)
  case doubleClickRow(Int)
  case wheel(Int)
  /// The detail pane holds a card or stays empty while the cursor runs (nil: it shows the
  /// selected row again). See `PaneHold`.
  case holdPane(PaneHold?)
  /// The clock moved.
  case tick(Date)
  /// The bookmarks as stored (at start, after a reload, after a failed write).
  case bookmarksLoaded(Set<BookmarkKey>)
  /// The bookmarks with notes and visited marks, as stored.
  case bookmarkRecordsLoaded([Bookmark])
  /// What carrying out an effect came to, for the status bar ("Wrote …", "could not be saved: …").
  case notice(String)
}

/// Side effects the terminal layer carries out.
public enum Effect: Hashable, Sendable {
  case quit
  /// Write the toggle to the user file.
  case toggleBookmark(BookmarkKey)
  /// Read the bookmarks again (another instance may have changed them).
  case reloadBookmarks
  case saveNote(BookmarkKey, String)
  case setVisited(BookmarkKey, Bool)
  /// Write the plan as iCalendar, Markdown and CSV files.
  case exportPlan
  /// Ring the terminal's bell (a reminder).
  case bell
}

/// Carries out the reducer's effects (the guide's is ExpoScreens' `EffectRunner`) and returns what
/// came of them as actions.
public protocol EffectPerforming {
  /// The bookmarks as stored, at start.
  func load() -> Action?
  func perform(_ effect: Effect, state: AppState) -> [Action]
}
