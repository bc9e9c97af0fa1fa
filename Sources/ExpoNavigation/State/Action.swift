import ExpoStore
import Foundation

/// What happened (the reducer decides what it means).
public enum Action: Hashable, Sendable {
  case key(Key)
  case resized(width: Int, height: Int)
  /// The renderer laid out `rows` list rows on the current screen.
  case listHeight(Int)
  /// The renderer drew the plan at this zoom (the base of + and -).
  case mapZoomShown(Int)
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
}
