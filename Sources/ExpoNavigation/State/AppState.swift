import ExpoModel
import Foundation

/// A screen on the stack with its cursor and scroll, restored exactly on Back.
public struct ScreenState: Hashable, Sendable {
  public var screen: Screen
  /// Index of the selected row in the screen's list.
  public var cursor: Int
  /// Index of the first visible row.
  public var scroll: Int

  public init(_ screen: Screen, cursor: Int = 0, scroll: Int = 0) {
    self.screen = screen
    self.cursor = cursor
    self.scroll = scroll
  }
}

/// Everything the guide shows, as plain data.
public struct AppState: Hashable, Sendable {
  /// The history stack; never empty (Home at the bottom).
  public private(set) var stack: [ScreenState]
  public var language: Language
  public var showHelp: Bool
  /// Terminal size in columns and rows.
  public var width: Int
  public var height: Int
  /// The expo clock ("now"), set by the terminal (or --now).
  public var now: Date
  /// A one-line message in the status bar (cleared by the next key).
  public var message: String?
  public var isRunning: Bool
  /// The user's bookmarks (loaded from the user file; toggled at once, written by the terminal).
  public var bookmarks: Set<BookmarkKey>
  /// Bumped on every change of `bookmarks` (screens built from them are rebuilt).
  public var bookmarkRevision: Int
  /// Notes of bookmarks, and the bookmarked booths marked visited.
  public var notes: [BookmarkKey: String] = [:]
  public var visited: Set<BookmarkKey> = []
  /// The note being edited, if any (keys go to it).
  public var editor: NoteEditor?
  /// The schedule's filter (kept while moving between days and views).
  public var scheduleFilter = ScheduleFilter()
  /// Plan zoom: 0 overview, 1 plan, 2 close-up; nil picks the closest that fits the terminal.
  public var mapZoom: Int?
  /// Whether hall plans draw the walking route through the bookmarked booths.
  public var showRoute = true
  /// The detail pane beside lists on wide terminals (`p` toggles).
  public var showPane = true
  /// Reminders before bookmarked events (off unless the guide sets them).
  public var reminders = Reminders()
  /// Every mode's keys (the standard ones, or rebound in the settings file).
  public var keymaps = Keymaps.standard
  /// What the detail pane shows while the cursor runs (see `PaneHold`); nil: the selected row.
  public var paneHold: PaneHold?

  /// The clock's minute (what cached texts that show the time are keyed by).
  public var minute: Int { Int(now.timeIntervalSince1970 / 60) }

  /// The bookmarks with their notes and visited marks (for the plan).
  public var bookmarkRecords: [Bookmark] {
    bookmarks.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }.map {
      Bookmark(key: $0, created: Date(timeIntervalSince1970: 0), note: notes[$0] ?? "", visited: visited.contains($0))
    }
  }

  public init(width: Int = 80, height: Int = 24, now: Date = Date(), language: Language = .english) {
    stack = [ScreenState(.home)]
    self.language = language
    showHelp = false
    self.width = width
    self.height = height
    self.now = now
    message = nil
    isRunning = true
    bookmarks = []
    bookmarkRevision = 0
  }

  /// What the content of `screen` depends on, as this state shows it: screens that do not show the
  /// clock, the bookmarks or the schedule's filter get them blanked (so they are cached once).
  public func context(for screen: Screen) -> ContentContext {
    ContentContext(
      language: language,
      now: screen.dependsOnClock ? Date(timeIntervalSince1970: Double(minute) * 60) : Date(timeIntervalSince1970: 0),
      bookmarks: screen.dependsOnBookmarks ? bookmarkRecords : [],
      filter: screen.isSchedule ? scheduleFilter : ScheduleFilter(), keymaps: keymaps)
  }

  public var current: ScreenState {
    get { stack[stack.count - 1] }
    set { stack[stack.count - 1] = newValue }
  }

  public var screen: Screen { current.screen }

  mutating func push(_ screen: Screen) { stack.append(ScreenState(screen)) }

  /// Pops one screen; false at Home.
  mutating func pop() -> Bool {
    guard stack.count > 1 else { return false }
    stack.removeLast()
    return true
  }

  /// Replaces the whole stack with Home + `screen` (section jumps).
  mutating func jump(to screen: Screen) {
    if let index = stack.firstIndex(where: { $0.screen == screen }) {
      stack.removeSubrange((index + 1)...)
    } else {
      stack = [stack[0], ScreenState(screen)]
    }
  }

  /// Replaces the current screen, keeping its place in the stack (day tabs, sort order).
  mutating func replace(with screen: Screen) { current = ScreenState(screen) }
}
