import ExpoModel
import Foundation

/// Everything a screen's content depends on besides the screen itself. Screens that do not show
/// the clock, the bookmarks or the schedule's filter get them blanked (`ContentContext.for`), so
/// their content is cached once.
public struct ContentContext: Hashable, Sendable {
  public var language: Language
  /// The clock, to the minute (screens that show "now" and "next").
  public var now: Date
  public var bookmarks: [Bookmark]
  public var filter: ScheduleFilter
  /// The keys that texts on screens name ("s changes the order").
  public var keymaps: Keymaps

  public init(
    language: Language = .english, now: Date = Date(timeIntervalSince1970: 0), bookmarks: [Bookmark] = [],
    filter: ScheduleFilter = ScheduleFilter(), keymaps: Keymaps = .standard
  ) {
    self.keymaps = keymaps
    self.language = language
    self.now = now
    self.bookmarks = bookmarks
    self.filter = filter
  }

  /// Screens are cached by their context: the keymaps (some 400 bindings) are compared but not
  /// hashed, since hashing them at every lookup cost more than the lookup itself.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(language)
    hasher.combine(now)
    hasher.combine(bookmarks)
    hasher.combine(filter)
  }
}

/// The expo as the chrome and the reducer need it (title bar, day tabs, time zone).
public struct ExpoHeader: Hashable, Sendable {
  public var id: String
  public var name: LocalizedText
  public var days: [LocalDate]
  public var zone: ZoneRules
  public var timeZoneName: String
  /// Seconds after midnight at which a new day begins (see `Expo.dayChange`).
  public var dayChange: Int

  public init(
    id: String, name: LocalizedText, days: [LocalDate], zone: ZoneRules, timeZoneName: String, dayChange: Int = 0
  ) {
    self.id = id
    self.name = name
    self.days = days
    self.zone = zone
    self.timeZoneName = timeZoneName
    self.dayChange = dayChange
  }

  /// When day `index` begins.
  public func start(ofDay index: Int) -> Date {
    days[index].startOfDay(in: zone).addingTimeInterval(TimeInterval(dayChange))
  }

  /// The expo day that contains `now` (0 before the expo, the last day after it).
  public func dayIndex(for now: Date) -> Int {
    for i in days.indices.reversed() where now >= start(ofDay: i) { return i }
    return 0
  }
}

/// The values the schedule's filters cycle through (K, W, P).
public struct ScheduleFilterOptions: Hashable, Sendable {
  public struct Option: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public init(id: String, name: LocalizedText) {
      self.id = id
      self.name = name
    }
  }

  public var kinds: [String]
  public var venues: [Option]
  public var pavilions: [Option]

  public init(kinds: [String] = [], venues: [Option] = [], pavilions: [Option] = []) {
    self.kinds = kinds
    self.venues = venues
    self.pavilions = pavilions
  }
}

/// A long list served a page at a time: what it lists, as data (the source turns it into a query).
public enum Listing: Hashable, Sendable {
  case exhibitors(
    hall: String? = nil, country: String? = nil, pavilion: String? = nil, category: String? = nil,
    sort: ExhibitorSort = .name)
  /// Products with the exhibitor and category columns (all products, one category's).
  case products(category: String? = nil)
  /// One exhibitor's products (name and category only).
  case productsOf(exhibitor: String)
  /// Every match of a search of one kind, best first; `boost` are the bookmarks ("kind:id"),
  /// first among equals.
  case searchResults(query: String, kind: SearchKind, boost: Set<String>)
}

/// What the reducer and the scene builder know about screens: their content, the rows of long
/// lists, and where "find on the map" goes. Implemented over the catalogue by ExpoScreens, and in
/// memory by the navigation tests. Calls never fail: a screen that cannot be read says so in its
/// content.
public protocol ScreenSource {
  var header: ExpoHeader { get }
  var scheduleFilterOptions: ScheduleFilterOptions { get }
  func content(for screen: Screen, in context: ContentContext) -> ScreenContent
  /// Rows `offset ..< offset + limit` of a long list (fewer at its end).
  func rows(of listing: Listing, in context: ContentContext, offset: Int, limit: Int) -> [Row]
  /// Where "find on the map" goes from `screen` (with the selected row's target on lists).
  func mapTarget(for screen: Screen, selected: Screen?) -> Screen?
  /// The events with these ids, as reminders need them (unknown ids are left out).
  func reminderEvents(ids: [String]) -> [ReminderEvent]
}

extension ScreenSource {
  /// Rows `offset ..< offset + limit` of `content`'s list, fixed and paged segments alike.
  public func rows(of content: ScreenContent, in context: ContentContext, offset: Int, limit: Int) -> [Row] {
    var out: [Row] = []
    var start = max(0, offset)
    var remaining = max(0, limit)
    for segment in content.segments {
      guard remaining > 0 else { break }
      let n = segment.count
      if start >= n {
        start -= n
        continue
      }
      let take = min(remaining, n - start)
      switch segment {
      case .rows(let rows): out += rows[start..<(start + take)]
      case .paged(_, let listing):
        let part = rows(of: listing, in: context, offset: start, limit: take)
        // (A window inside one paged segment, as most are, is the source's array itself.)
        if out.isEmpty && take == remaining { return part }
        out += part
      }
      remaining -= take
      start = 0
    }
    return out
  }

  public func row(of content: ScreenContent, in context: ContentContext, at index: Int) -> Row? {
    rows(of: content, in: context, offset: index, limit: 1).first
  }
}
