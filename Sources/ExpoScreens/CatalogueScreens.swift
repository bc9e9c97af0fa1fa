import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Builds the content of every screen from the catalogue: a pure function of the screen, the
/// context (language, clock, bookmarks, filter) and the catalogue, which does not change. Rows of
/// long lists are fetched per page (`rows(of:in:offset:limit:)`). Caching is the job of
/// `CachedScreenSource`, which wraps this.
public struct CatalogueScreens: Sendable {
  public let catalogue: any CatalogueReading
  public let info: ExpoInfo
  /// The data's version and what changed into it (marks, the Changes screen, Home, About).
  public var news: DataNews
  private let indexes: Indexes

  /// Lookup tables read from the catalogue when first needed (the first screen needs none of
  /// them: reading the halls decodes their plan features).
  final class Indexes: @unchecked Sendable {
    let catalogue: any CatalogueReading
    private let lock = NSLock()
    private var countries: [String: CountryRow]?
    private var halls: [String: HallRow]?
    private var pavilions: [String: PavilionRow]?
    private var venues: (index: [String: VenueRow], order: [String])?

    init(_ catalogue: any CatalogueReading) { self.catalogue = catalogue }

    private func once<T>(_ slot: ReferenceWritableKeyPath<Indexes, T?>, _ make: () -> T) -> T {
      lock.lock()
      defer { lock.unlock() }
      if let value = self[keyPath: slot] { return value }
      let value = make()
      self[keyPath: slot] = value
      return value
    }

    var countryIndex: [String: CountryRow] {
      once(\.countries) {
        Dictionary(((try? catalogue.countries()) ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
      }
    }
    var hallIndex: [String: HallRow] {
      once(\.halls) {
        Dictionary(((try? catalogue.halls()) ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      }
    }
    var pavilionIndex: [String: PavilionRow] {
      once(\.pavilions) {
        Dictionary(
          ((try? catalogue.pavilions(PavilionQuery())) ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      }
    }
    var venueTable: (index: [String: VenueRow], order: [String]) {
      once(\.venues) {
        let venues = (try? catalogue.venues()) ?? []
        return (Dictionary(venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), venues.map(\.id))
      }
    }
  }

  var countryIndex: [String: CountryRow] { indexes.countryIndex }
  var hallIndex: [String: HallRow] { indexes.hallIndex }
  var pavilionIndex: [String: PavilionRow] { indexes.pavilionIndex }
  var venueIndex: [String: VenueRow] { indexes.venueTable.index }
  var venueOrder: [String] { indexes.venueTable.order }

  public init(catalogue: any CatalogueReading, news: DataNews = .none) throws {
    self.catalogue = catalogue
    self.news = news
    info = try catalogue.info()
    indexes = Indexes(catalogue)
  }

  public var zone: ZoneRules { info.zone }

  public var header: ExpoHeader {
    ExpoHeader(
      id: info.expo.id, name: info.expo.name, days: info.expo.days, zone: info.zone, timeZoneName: info.expo.timeZone,
      dayChange: info.expo.dayChange ?? 0)
  }

  /// The content of `screen` in `context`.
  public func content(for screen: Screen, in context: ContentContext) throws -> ScreenContent {
    try build(screen, context.language, context.now, context.bookmarks, context.filter, context.keymaps)
  }

  /// What a screen shows when the catalogue cannot be read (not cached: the next visit tries again).
  public static func failure(_ error: any Error, _ language: Language) -> ScreenContent {
    ScreenContent(title: UIText(language).error, card: [CardLine(.text, unreadable(error, language))], emptyText: "")
  }

  /// The row a long list shows where its rows could not be read (the rows after it are blank).
  public static func failureRow(_ error: any Error, _ language: Language) -> Row {
    Row(kind: .note, cells: [unreadable(error, language)], target: nil)
  }

  /// "The catalogue could not be read: …", with the damaged file and chunk when a packed
  /// catalogue's read failed (SQLite says only "disk I/O error").
  static func unreadable(_ error: any Error, _ language: Language) -> String {
    UIText(language).catalogueUnreadable(PackedCatalogue.lastDamage()?.description ?? "\(error)")
  }

  /// Rows of a long list.
  public func rows(of listing: Listing, in context: ContentContext, offset: Int, limit: Int) throws -> [Row] {
    let c = catalogue
    let language = context.language
    switch listing {
    case .exhibitors(let hall, let country, let pavilion, let category, let sort):
      let query = ExhibitorQuery(hall: hall, country: country, pavilion: pavilion, category: category, sort: sort)
      return try c.exhibitors(query, offset: offset, limit: limit).map { exhibitorRow($0, language) }
    case .products(let category):
      return try c.products(ProductQuery(category: category), offset: offset, limit: limit).map {
        var row = productRow($0, language)
        if category != nil { row.columns = CatalogueScreens.productColumns(UIText(language)) }
        return row
      }
    case .productsOf(let exhibitor):
      return try c.products(ProductQuery(exhibitor: exhibitor), offset: offset, limit: limit).map {
        .item(
          [name($0.name, language), UIText(language).category($0.category)], opens: .product($0.id),
          columns: CatalogueScreens.ownProductColumns(UIText(language)))
      }
    case .searchResults(let query, let kind, let boost):
      let results = try c.search(query, kinds: [kind], limit: 0, boost: boost)
      let page = try c.hits(results, kind: kind, offset: offset, limit: limit)
      return try c.label(page).map { try searchRow($0, query: query, language) }
    }
  }

  /// The values the schedule filters cycle through: only those some event has.
  public func scheduleFilterOptions() throws -> ScheduleFilterOptions {
    let all = try catalogue.events(EventQuery(), offset: 0, limit: max(1, info.counts.events))
    let usedVenues = Set(all.map(\.venue))
    let usedPavilions = Set(all.compactMap(\.pavilion))
    return ScheduleFilterOptions(
      kinds: Array(Set(all.map(\.kind))).sorted(),
      venues: venueOrder.filter { usedVenues.contains($0) }.compactMap { venueIndex[$0] }.map {
        ScheduleFilterOptions.Option(id: $0.id, name: $0.name)
      },
      pavilions: try catalogue.pavilions(PavilionQuery()).filter { usedPavilions.contains($0.id) }.map {
        ScheduleFilterOptions.Option(id: $0.id, name: $0.name)
      })
  }

  func name(_ text: LocalizedText, _ language: Language) -> String { text.text(language) }

  func countryName(_ code: String, _ language: Language, _ countries: [String: CountryRow]) -> String {
    countries[code].map { name($0.name, language) } ?? code
  }

  // MARK: - Row makers

  static func exhibitorColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnExhibitor, .flexible(min: 16, weight: 3)), Column(t.columnCountryCode, .fixed(2)),
      Column(t.columnBooth, .fixed(8)), Column(t.columnProducts, .fixed(8), alignRight: true),
    ]
  }

  func exhibitorRow(_ e: ExhibitorRow, _ language: Language) -> Row {
    .item(
      [
        marked(name(e.name, language), .exhibitor, e.id), e.country, e.booths.first ?? "",
        Format.grouped(e.productCount),
      ],
      opens: .exhibitor(e.id))
  }

  static func productColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnProduct, .flexible(min: 16, weight: 3)), Column(t.columnCountryCode, .fixed(2)),
      Column(t.columnCategory, .flexible(min: 8, weight: 1)), Column(t.columnExhibitor, .flexible(min: 10, weight: 2)),
    ]
  }

  /// Products on their exhibitor's screen: no exhibitor column.
  static func ownProductColumns(_ t: UIText) -> [Column] {
    [Column(t.columnProduct, .flexible(min: 16, weight: 3)), Column(t.columnCategory, .fixed(20))]
  }

  func productRow(_ p: ProductRow, _ language: Language) -> Row {
    .item(
      [
        marked(name(p.name, language), .product, p.id), p.country, UIText(language).category(p.category),
        name(p.exhibitorName, language),
      ],
      opens: .product(p.id))
  }

  static func eventColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnTime, .fixed(12)), Column(t.columnEvent, .flexible(min: 16, weight: 3)),
      Column(t.columnVenue, .flexible(min: 8, weight: 1)), Column(t.columnKind, .fixed(12)),
    ]
  }

  static func datedEventColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnTime, .fixed(t.isChinese ? 25 : 22)), Column(t.columnEvent, .flexible(min: 16, weight: 3)),
      Column(t.columnVenue, .flexible(min: 8, weight: 1)), Column(t.columnKind, .fixed(12)),
    ]
  }

  /// An event's row: time (with the day, on lists of several days; ▶ when it runs now), title,
  /// venue, and its kind or "⚠ clash" when it overlaps another bookmarked event.
  func eventRow(
    _ e: EventRow, _ language: Language, withDay: Bool = false, running: Bool = false, clash: Bool = false,
    columns: [Column]? = nil
  ) -> Row {
    let t = UIText(language)
    let day = info.expo.days.indices.contains(e.day) ? t.day(info.expo.days[e.day]) + " " : ""
    let time =
      (running ? "▶" : "") + (withDay ? day : "")
      + "\(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
    let cells = [
      time, marked(name(e.title, language), .event, e.id), name(e.venueName, language),
      clash ? t.clash : t.eventKind(e.kind),
    ]
    return .item(
      Array(cells.prefix(columns?.count ?? cells.count)), opens: .event(e.id),
      columns: columns ?? (withDay ? CatalogueScreens.datedEventColumns(t) : CatalogueScreens.eventColumns(t)))
  }

  /// `text` led by the mark of its item's change in this version (✚ new, Δ changed), if any.
  func marked(_ text: String, _ kind: DatasetChanges.Item.Kind, _ id: String) -> String {
    guard let change = news.change(kind, id) else { return text }
    return UIText.changeMark(change.status) + " " + text
  }

  func pavilionRow(_ p: PavilionRow, _ language: Language) -> Row {
    let t = UIText(language)
    return .item(
      [name(p.name, language), t.inHall(p.hall), t.count(p.exhibitorCount, .exhibitor)],
      opens: .pavilion(p.id),
      columns: CatalogueScreens.pavilionColumns(t))
  }

  static func pavilionColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnPavilion, .flexible(min: 16, weight: 3)), Column(t.columnHall, .fixed(8)),
      Column(t.columnExhibitors, .fixed(16), alignRight: true),
    ]
  }

  // MARK: - Screens

  func build(
    _ screen: Screen, _ language: Language, _ now: Date, _ bookmarks: [Bookmark], _ filter: ScheduleFilter,
    _ keys: Keymaps
  ) throws -> ScreenContent {
    switch screen {
    case .home: return try home(language, now, bookmarks, keys)
    case .about: return about(language, keys)
    case .changes(let scope): return try changes(scope, language, now, bookmarks, keys)
    case .plan:
      return try plan(bookmarks, language, now, keys)
    case .halls:
      return try hallList(language)
    case .hall(let id):
      return try hallScreen(id, language)
    case .countries:
      return try countryList(language)
    case .country(let code):
      return try countryScreen(code, language)
    case .pavilion(let id):
      return try pavilionScreen(id, language)
    case .exhibitors(let sort):
      return try exhibitorList(sort, language, keys)
    case .exhibitor(let id):
      return try exhibitor(id, language, bookmarks)
    case .products:
      return try productList(language, keys)
    case .product(let id):
      return try product(id, language, bookmarks)
    case .schedule(let day), .timetable(let day):
      return try schedule(screen, day, language, now, bookmarks, filter, keys)
    case .event(let id):
      return try event(id, language, bookmarks)
    case .search(let query, let kind):
      return try search(query, kind, language, bookmarks, keys)
    case .venueMap(let focus):
      return try venueMap(language, focus: focus)
    case .hallMap(let hall, let focus):
      return try hallMap(hall, focus, language, bookmarks)
    case .categories:
      return try categoryList(language)
    case .category(let name):
      return try categoryScreen(name, language)
    }
  }

  func missing(_ text: String, _ id: String) -> ScreenContent {
    ScreenContent(title: id, card: [CardLine(.text, text)], emptyText: "")
  }

}
