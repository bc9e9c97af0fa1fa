import ExpoModel

/// One screen of the guide. Navigation is a stack of these (with cursor and scroll each).
public enum Screen: Hashable, Sendable {
  case home
  case halls
  case hall(String)
  case countries
  case country(String)
  case pavilion(String)
  case exhibitors(ExhibitorSort)
  case exhibitor(String)
  case products
  case product(String)
  case schedule(day: Int)
  /// The same day as a grid: venues across, time down (`t` toggles).
  case timetable(day: Int)
  case event(String)
  case plan
  case about
  /// Every category, and one category's exhibitors and products (the category filter).
  case categories
  case category(String)
  /// Search as you type; `kind` narrows the results (nil: everything).
  case search(query: String, kind: SearchKind?)
  /// The venue's halls (and the venues outside them) as a block plan, opened on a venue when
  /// given.
  case venueMap(focus: String? = nil)
  /// One hall's plan, opened on a booth, a pavilion or a venue (stage) when given.
  case hallMap(String, focus: MapFocus?)
  /// What changed in the data since the version before, narrowed to a scope (Tab cycles).
  case changes(ChangesScope)

  /// Whether the screen's content changes with the clock (now and next, ▶ marks, "next up").
  public var dependsOnClock: Bool {
    switch self {
    case .home, .plan, .schedule, .timetable, .changes: return true
    default: return false
    }
  }

  /// Whether the screen's content changes with the bookmarks (the plan, clash marks, notes).
  public var dependsOnBookmarks: Bool {
    switch self {
    // (Search: the bookmarked come first among equals.)
    case .plan, .schedule, .timetable, .event, .exhibitor, .product, .hallMap, .search, .changes, .home: return true
    default: return false
    }
  }

  /// Whether the screen draws a plan instead of a list.
  public var isMap: Bool {
    switch self {
    case .venueMap, .hallMap: return true
    default: return false
    }
  }

  /// Whether the schedule's filter applies to the screen.
  public var isSchedule: Bool {
    switch self {
    case .schedule, .timetable: return true
    default: return false
    }
  }

  /// The item a bookmark on this screen is about (exhibitor, event, product screens).
  public var bookmarkKey: BookmarkKey? {
    switch self {
    case .exhibitor(let id): return BookmarkKey(.exhibitor, id)
    case .event(let id): return BookmarkKey(.event, id)
    case .product(let id): return BookmarkKey(.product, id)
    default: return nil
    }
  }

  /// The top-level section this screen belongs to (1–6), for the tab bar.
  public var section: Section? {
    switch self {
    case .halls, .hall: return .halls
    case .countries, .country, .pavilion: return .countries
    case .exhibitors, .exhibitor, .categories, .category: return .exhibitors
    case .products, .product: return .products
    case .schedule, .timetable, .event: return .schedule
    case .plan: return .plan
    case .venueMap, .hallMap: return .map
    case .home, .about, .search, .changes: return nil
    }
  }
}

extension BookmarkKey {
  /// The screen of the bookmarked item (the inverse of `Screen.bookmarkKey`).
  public var screen: Screen {
    switch kind {
    case .exhibitor: return .exhibitor(id)
    case .event: return .event(id)
    case .product: return .product(id)
    }
  }
}

/// Which changes the Changes screen lists.
public enum ChangesScope: String, Hashable, Sendable, CaseIterable {
  /// Changes to bookmarked items.
  case mine
  /// Everything but events that have ended.
  case upcoming
  case all
}

/// What a hall plan opens centred on.
public enum MapFocus: Hashable, Sendable {
  case booth(String)
  case pavilion(String)
  /// An event venue (its stage on the plan).
  case venue(String)
}

extension Section {
  /// The screen the section opens on (the schedule on its first day; the reducer picks today).
  public var screen: Screen {
    switch self {
    case .halls: return .halls
    case .countries: return .countries
    case .exhibitors: return .exhibitors(.name)
    case .products: return .products
    case .schedule: return .schedule(day: 0)
    case .plan: return .plan
    case .map: return .venueMap()
    }
  }
}
