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
  let countryIndex: [String: CountryRow]
  let hallIndex: [String: HallRow]
  let pavilionIndex: [String: PavilionRow]
  let venueIndex: [String: VenueRow]
  let venueOrder: [String]

  public init(catalogue: any CatalogueReading) throws {
    self.catalogue = catalogue
    info = try catalogue.info()
    countryIndex = Dictionary(try catalogue.countries().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    hallIndex = Dictionary(try catalogue.halls().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    pavilionIndex = Dictionary(
      try catalogue.pavilions(PavilionQuery()).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let venues = try catalogue.venues()
    venueIndex = Dictionary(venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    venueOrder = venues.map(\.id)
  }

  public var zone: TimeZone { info.zone }

  public var header: ExpoHeader {
    ExpoHeader(
      id: info.expo.id, name: info.expo.name, days: info.expo.days, zone: info.zone, timeZoneName: info.expo.timeZone)
  }

  /// The content of `screen` in `context`.
  public func content(for screen: Screen, in context: ContentContext) throws -> ScreenContent {
    try build(screen, context.language, context.now, context.bookmarks, context.filter)
  }

  /// What a screen shows when the catalogue cannot be read (not cached: the next visit tries again).
  public static func failure(_ error: any Error) -> ScreenContent {
    ScreenContent(
      title: "Error", card: [CardLine(.text, "The catalogue could not be read: \(error)")], emptyText: "")
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
        if category != nil { row.columns = CatalogueScreens.productColumns }
        return row
      }
    case .productsOf(let exhibitor):
      return try c.products(ProductQuery(exhibitor: exhibitor), offset: offset, limit: limit).map {
        .item(
          [name($0.name, language), $0.category], opens: .product($0.id), columns: CatalogueScreens.ownProductColumns)
      }
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

  private func name(_ text: LocalizedText, _ language: Language) -> String { text.text(language) }

  private func countryName(_ code: String, _ language: Language, _ countries: [String: CountryRow]) -> String {
    countries[code].map { name($0.name, language) } ?? code
  }

  // MARK: - Row makers

  static let exhibitorColumns = [
    Column("Exhibitor", .flexible(min: 16, weight: 3)), Column("CC", .fixed(2)), Column("Booth", .fixed(8)),
    Column("Products", .fixed(8), alignRight: true),
  ]

  private func exhibitorRow(_ e: ExhibitorRow, _ language: Language) -> Row {
    .item(
      [name(e.name, language), e.country, e.booths.first ?? "", Format.grouped(e.productCount)],
      opens: .exhibitor(e.id))
  }

  static let productColumns = [
    Column("Product", .flexible(min: 16, weight: 3)), Column("CC", .fixed(2)),
    Column("Category", .flexible(min: 8, weight: 1)), Column("Exhibitor", .flexible(min: 10, weight: 2)),
  ]

  /// Products on their exhibitor's screen: no exhibitor column.
  static let ownProductColumns = [Column("Product", .flexible(min: 16, weight: 3)), Column("Category", .fixed(20))]

  private func productRow(_ p: ProductRow, _ language: Language) -> Row {
    .item([name(p.name, language), p.country, p.category, name(p.exhibitorName, language)], opens: .product(p.id))
  }

  static let eventColumns = [
    Column("Time", .fixed(12)), Column("Event", .flexible(min: 16, weight: 3)),
    Column("Venue", .flexible(min: 8, weight: 1)), Column("Kind", .fixed(12)),
  ]

  static let datedEventColumns = [
    Column("Time", .fixed(22)), Column("Event", .flexible(min: 16, weight: 3)),
    Column("Venue", .flexible(min: 8, weight: 1)), Column("Kind", .fixed(12)),
  ]

  private func eventRow(_ e: EventRow, _ language: Language, withDay: Bool = false) -> Row {
    let zone = self.zone
    var time = "\(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
    if withDay {
      let days = info.expo.days
      time = (days.indices.contains(e.day) ? Format.day(days[e.day]) + " " : "") + time
    }
    return .item(
      [time, name(e.title, language), name(e.venueName, language), e.kind], opens: .event(e.id),
      columns: withDay ? CatalogueScreens.datedEventColumns : CatalogueScreens.eventColumns)
  }

  private func pavilionRow(_ p: PavilionRow, _ language: Language) -> Row {
    .item(
      [name(p.name, language), "hall \(p.hall)", "\(Format.grouped(p.exhibitorCount)) exhibitors"],
      opens: .pavilion(p.id),
      columns: CatalogueScreens.pavilionColumns)
  }

  static let pavilionColumns = [
    Column("Pavilion", .flexible(min: 16, weight: 3)), Column("Hall", .fixed(8)),
    Column("Exhibitors", .fixed(16), alignRight: true),
  ]

  // MARK: - Screens

  private func build(
    _ screen: Screen, _ language: Language, _ now: Date, _ bookmarks: [Bookmark], _ filter: ScheduleFilter
  ) throws -> ScreenContent {
    let c = catalogue
    switch screen {
    case .home: return try home(language, now)
    case .about: return about()
    case .plan:
      return try plan(bookmarks, language, now)
    case .halls:
      let halls = try c.halls()
      return ScreenContent(
        title: "Halls",
        card: [
          CardLine(.title, "Halls"),
          CardLine(.subtitle, "\(halls.count) halls at \(name(info.expo.venue.name, language))"),
        ],
        columns: [
          Column("Hall", .fixed(5)), Column("Name", .flexible(min: 16, weight: 1)),
          Column("Exhibitors", .fixed(10), alignRight: true), Column("Pavilions", .fixed(9), alignRight: true),
        ],
        showsHeader: true,
        segments: [
          .rows(
            halls.map {
              .item(
                [$0.id, name($0.name, language), Format.grouped($0.exhibitorCount), Format.grouped($0.pavilionCount)],
                opens: .hall($0.id))
            })
        ],
        emptyText: "This data has no halls (a schedule only?): 5 shows the schedule.")
    case .hall(let id):
      guard let hall = hallIndex[id] else { return missing("hall", id) }
      let pavilions = try c.pavilions(PavilionQuery(hall: id))
      let query = ExhibitorQuery(hall: id)
      let count = try c.exhibitorCount(query)
      var card = [CardLine(.title, name(hall.name, language))]
      if let zh = hall.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
      card.append(
        CardLine(
          .text,
          "\(Format.count(hall.exhibitorCount, "exhibitor")) · \(Format.count(pavilions.count, "pavilion")) · \(Format.count(hall.boothCount, "booth"))"
            + (hall.floor.map { " · floor \($0)" } ?? "")))
      var segments: [ScreenContent.Segment] = []
      if !pavilions.isEmpty {
        segments.append(
          .rows([.section("Pavilions (\(pavilions.count))")] + pavilions.map { pavilionRow($0, language) }))
      }
      segments.append(.rows([.section("Exhibitors (\(Format.grouped(count)))")]))
      segments.append(
        .paged(count: count, .exhibitors(hall: id)))
      return ScreenContent(
        title: hall.id, card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments,
        itemCount: pavilions.count + count)
    case .countries:
      let countries = try c.countries()
      return ScreenContent(
        title: "Countries",
        card: [
          CardLine(.title, "Countries and pavilions"),
          CardLine(.subtitle, "\(countries.count) countries · \(info.counts.pavilions) pavilions"),
        ],
        columns: [
          Column("CC", .fixed(2)), Column("Country", .flexible(min: 12, weight: 1)),
          Column("Pavilion", .fixed(8)), Column("Exhibitors", .fixed(10), alignRight: true),
          Column("Products", .fixed(8), alignRight: true),
        ],
        showsHeader: true,
        segments: [
          .rows(
            countries.map {
              .item(
                [
                  $0.code, name($0.name, language), $0.pavilionCount > 0 ? "yes" : "",
                  Format.grouped($0.exhibitorCount), Format.grouped($0.productCount),
                ], opens: .country($0.code))
            })
        ])
    case .country(let code):
      guard let country = countryIndex[code] else { return missing("country", code) }
      let pavilions = try c.pavilions(PavilionQuery(country: code))
      let query = ExhibitorQuery(country: code)
      let count = try c.exhibitorCount(query)
      var card = [CardLine(.title, "\(name(country.name, language)) (\(code))")]
      if let zh = country.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
      card.append(
        CardLine(
          .text,
          "\(Format.grouped(country.exhibitorCount)) exhibitors · \(Format.grouped(country.productCount)) products · "
            + (pavilions.isEmpty
              ? "no national pavilion" : "pavilion in hall \(pavilions.map(\.hall).joined(separator: ", "))")))
      var segments: [ScreenContent.Segment] = []
      if !pavilions.isEmpty {
        segments.append(.rows([.section("Pavilion")] + pavilions.map { pavilionRow($0, language) }))
      }
      segments.append(.rows([.section("Exhibitors (\(Format.grouped(count)))")]))
      segments.append(
        .paged(count: count, .exhibitors(country: code)))
      return ScreenContent(
        title: name(country.name, language), card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments,
        itemCount: pavilions.count + count)
    case .pavilion(let id):
      guard let p = pavilionIndex[id] else { return missing("pavilion", id) }
      let query = ExhibitorQuery(pavilion: id)
      let count = try c.exhibitorCount(query)
      let events = try c.events(EventQuery(pavilion: id), offset: 0, limit: 200)
      var card = [CardLine(.title, name(p.name, language))]
      if let zh = p.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
      card.append(CardLine(.field("Hall"), hallIndex[p.hall].map { name($0.name, language) } ?? p.hall))
      if let d = p.description { card.append(CardLine(.text, d)) }
      var segments: [ScreenContent.Segment] = [
        .rows([
          .link("Country: " + countryName(p.country, language, countryIndex), opens: .country(p.country)),
          .link("Hall: " + (hallIndex[p.hall].map { name($0.name, language) } ?? p.hall), opens: .hall(p.hall)),
        ])
      ]
      if !events.isEmpty {
        segments.append(
          .rows([.section("Events (\(events.count))")] + events.map { eventRow($0, language, withDay: true) }))
      }
      segments.append(.rows([.section("Exhibitors (\(Format.grouped(count)))")]))
      segments.append(
        .paged(count: count, .exhibitors(pavilion: id)))
      return ScreenContent(
        title: name(p.name, language), card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments,
        itemCount: count)
    case .exhibitors(let sort):
      let query = ExhibitorQuery(sort: sort)
      let count = try c.exhibitorCount(query)
      return ScreenContent(
        title: "Exhibitors",
        card: [
          CardLine(.title, "Exhibitors"), CardLine(.subtitle, "sorted by \(sort.rawValue) · s changes the order"),
        ],
        columns: CatalogueScreens.exhibitorColumns, showsHeader: true,
        segments: [
          .paged(count: count, .exhibitors(sort: sort))
        ])
    case .exhibitor(let id):
      return try exhibitor(id, language)
    case .products:
      let count = try c.productCount(ProductQuery())
      return ScreenContent(
        title: "Products",
        card: [
          CardLine(.title, "Products"),
          CardLine(.subtitle, "\(Format.count(count, "product")), by name · f filters by category"),
        ],
        columns: CatalogueScreens.productColumns, showsHeader: true,
        segments: [
          .paged(count: count, .products())
        ])
    case .product(let id):
      return try product(id, language)
    case .schedule(let day), .timetable(let day):
      return try schedule(screen, day, language, now, bookmarks, filter)
    case .event(let id):
      return try event(id, language, bookmarks)
    case .search(let query, let kind):
      return try search(query, kind, language)
    case .venueMap:
      return try venueMap(language)
    case .hallMap(let hall, let focus):
      return try hallMap(hall, focus, language, bookmarks)
    case .categories:
      let names = try c.categories().sorted()
      let rows: [Row] = try names.map { name in
        .item(
          [
            name, Format.count(try c.exhibitorCount(ExhibitorQuery(category: name)), "exhibitor"),
            Format.count(try c.productCount(ProductQuery(category: name)), "product"),
          ], opens: .category(name))
      }
      return ScreenContent(
        title: "Categories",
        card: [CardLine(.title, "Categories"), CardLine(.subtitle, "Choose one to list its exhibitors and products")],
        columns: [
          Column("Category", .flexible(min: 16, weight: 1)), Column("Exhibitors", .fixed(16), alignRight: true),
          Column("Products", .fixed(16), alignRight: true),
        ], showsHeader: true, segments: [.rows(rows)])
    case .category(let name):
      let exhibitorQuery = ExhibitorQuery(category: name)
      let productQuery = ProductQuery(category: name)
      let exhibitors = try c.exhibitorCount(exhibitorQuery)
      let products = try c.productCount(productQuery)
      return ScreenContent(
        title: name,
        card: [
          CardLine(.title, name),
          CardLine(
            .text, "\(Format.count(exhibitors, "exhibitor")) · \(Format.count(products, "product")) in this category"),
        ],
        columns: CatalogueScreens.exhibitorColumns,
        segments: [
          .rows([.section("Exhibitors (\(Format.grouped(exhibitors)))")]),
          .paged(count: exhibitors, .exhibitors(category: name)),
          .rows([.section("Products (\(Format.grouped(products)))")]),
          .paged(count: products, .products(category: name)),
        ], itemCount: exhibitors + products)
    }
  }

  private func missing(_ what: String, _ id: String) -> ScreenContent {
    ScreenContent(title: id, card: [CardLine(.text, "No \(what) \"\(id)\" in this catalogue.")], emptyText: "")
  }

  private func home(_ language: Language, _ now: Date) throws -> ScreenContent {
    let expo = info.expo
    let counts = info.counts
    var card = [CardLine(.title, name(expo.name, language))]
    if let zh = expo.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(Format.dateRange(expo.startDate, expo.endDate)) · \(name(expo.venue.name, language))"
          + (expo.venue.address.map { ", \(name($0, language))" } ?? "")))
    card.append(
      CardLine(
        .text,
        "\(Format.count(counts.exhibitors, "exhibitor")) from \(Format.count(counts.countries, "country", "countries")) · "
          + "\(Format.count(counts.products, "product")) · \(Format.count(counts.pavilions, "pavilion")) · "
          + Format.count(counts.events, "event")))
    var rows: [Row] = [.section("Sections")]
    rows.append(.item(["1  Halls", Format.count(counts.halls, "hall")], opens: .halls))
    rows.append(
      .item(
        [
          "2  Countries",
          "\(Format.count(counts.countries, "country", "countries")), \(Format.count(counts.pavilions, "pavilion"))",
        ], opens: .countries))
    rows.append(.item(["3  Exhibitors", Format.count(counts.exhibitors, "exhibitor")], opens: .exhibitors(.name)))
    rows.append(.item(["4  Products", Format.count(counts.products, "product")], opens: .products))
    rows.append(
      .item(
        ["5  Schedule", "\(Format.count(counts.events, "event")) over \(Format.count(expo.days.count, "day"))"],
        opens: .schedule(day: dayIndex(for: now))))
    rows.append(.item(["6  My plan", "bookmarks and visit plan"], opens: .plan))
    rows.append(.item(["i  About", "this expo and its data"], opens: .about))
    let upcoming = try nextEvents(now, limit: 5)
    if !upcoming.events.isEmpty {
      rows.append(.section(upcoming.heading))
      rows += upcoming.events.map { e -> Row in
        let r = eventRow(e, language, withDay: true)
        return .item(
          [r.cells[0], r.cells[1], r.cells[2]], opens: r.target,
          columns: [
            Column("", .fixed(22)), Column("", .flexible(min: 10, weight: 3)), Column("", .flexible(min: 8, weight: 1)),
          ])
      }
    }
    return ScreenContent(
      title: "Home", card: card,
      columns: [Column("", .flexible(min: 14, weight: 1)), Column("", .flexible(min: 10, weight: 2))],
      segments: [.rows(rows)], itemCount: rows.filter(\.isSelectable).count)
  }

  /// The expo day that contains `now` (0 before the expo, the last day after it).
  public func dayIndex(for now: Date) -> Int { header.dayIndex(for: now) }

  /// Events running or starting after `now`; before the expo, the first events.
  func nextEvents(_ now: Date, limit: Int) throws -> (heading: String, events: [EventRow]) {
    let expo = info.expo
    let first = expo.startDate.startOfDay(in: zone)
    let end = expo.endDate.next.startOfDay(in: zone)
    if now < first || now >= end {
      let events = try catalogue.events(EventQuery(day: 0), offset: 0, limit: limit)
      let opening = Format.day(expo.startDate)
      return (now < first ? "First events · \(opening)" : "The expo has ended · events of \(opening)", events)
    }
    var found: [EventRow] = []
    var day = dayIndex(for: now)
    while found.count < limit && day < expo.days.count {
      let events = try catalogue.events(EventQuery(day: day), offset: 0, limit: 500)
      found += events.filter { $0.end > now }
      day += 1
    }
    return ("Now and next", Array(found.prefix(limit)))
  }

  private func about() -> ScreenContent {
    let expo = info.expo
    var card = [CardLine(.title, "About this expo")]
    card.append(CardLine(.field("Expo"), expo.name.en + (expo.name.zh.map { " · \($0)" } ?? "")))
    card.append(CardLine(.field("Dates"), "\(Format.dateRange(expo.startDate, expo.endDate)) (\(expo.timeZone))"))
    card.append(CardLine(.field("Venue"), expo.venue.name.en + (expo.venue.address.map { ", \($0.en)" } ?? "")))
    if let d = expo.description { card.append(CardLine(.text, d)) }
    if let note = expo.note { card.append(CardLine(.field("Data"), note)) }
    if let website = expo.website { card.append(CardLine(.field("Website"), website)) }
    let c = info.counts
    card.append(
      CardLine(
        .field("Catalogue"),
        "\(c.halls) halls, \(c.pavilions) pavilions, \(c.countries) countries, \(Format.grouped(c.exhibitors)) exhibitors, "
          + "\(Format.grouped(c.booths)) booths, \(Format.grouped(c.products)) products, \(c.events) events"))
    card.append(CardLine(.text, "Expo Guide — a terminal guide. Press ? for the keys, q to quit."))
    return ScreenContent(title: "About", card: card, emptyText: "")
  }

  private func exhibitor(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    guard let e = try c.exhibitor(id: id) else { return missing("exhibitor", id) }
    var card = [CardLine(.title, name(e.name, language))]
    if language == .english, let zh = e.name.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, e.name.zh != nil { card.append(CardLine(.subtitle, e.name.en)) }
    card.append(
      CardLine(
        .field("From"),
        countryName(e.country, language, countryIndex) + (e.city.map { " · \(name($0, language))" } ?? "")))
    card.append(
      CardLine(
        .field("Booth"),
        (e.booths.isEmpty ? "—" : e.booths.joined(separator: ", "))
          + (e.hall.flatMap { hallIndex[$0] }.map { " · \(name($0.name, language))" } ?? "")))
    if !e.categories.isEmpty { card.append(CardLine(.field("Sells"), e.categories.joined(separator: ", "))) }
    if let w = e.website { card.append(CardLine(.field("Web"), w)) }
    if let d = e.description { card.append(CardLine(.text, d)) }

    var links: [Row] = []
    links.append(.link("Country: \(countryName(e.country, language, countryIndex))", opens: .country(e.country)))
    if let p = e.pavilion, let pav = pavilionIndex[p] {
      links.append(.link("Pavilion: \(name(pav.name, language))", opens: .pavilion(p)))
    }
    if let h = e.hall, let hall = hallIndex[h] {
      links.append(.link("Hall: \(name(hall.name, language))", opens: .hall(h)))
    }
    for category in e.categories { links.append(.link("Category: \(category)", opens: .category(category))) }
    var segments: [ScreenContent.Segment] = [.rows(links)]
    let events = try c.events(EventQuery(exhibitor: id), offset: 0, limit: 200)
    if !events.isEmpty {
      segments.append(
        .rows([.section("Events (\(events.count))")] + events.map { eventRow($0, language, withDay: true) }))
    }
    let count = e.productCount
    segments.append(.rows([.section("Products (\(Format.grouped(count)))")]))
    segments.append(
      .paged(count: count, .productsOf(exhibitor: id)))
    return ScreenContent(
      title: name(e.name, language), card: card, columns: CatalogueScreens.ownProductColumns, segments: segments)
  }

  private func product(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    guard let p = try c.product(id: id) else { return missing("product", id) }
    var card = [CardLine(.title, name(p.name, language))]
    if language == .english, let zh = p.name.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, p.name.zh != nil { card.append(CardLine(.subtitle, p.name.en)) }
    card.append(CardLine(.field("Category"), p.category))
    card.append(CardLine(.field("Origin"), countryName(p.origin, language, countryIndex)))
    card.append(
      CardLine(
        .field("Shown by"),
        name(p.exhibitorName, language) + (p.booth.map { " · booth \($0)" } ?? "")))
    if let d = p.description { card.append(CardLine(.text, d)) }
    var links: [Row] = [
      .link("Exhibitor: \(name(p.exhibitorName, language))", opens: .exhibitor(p.exhibitor)),
      .link("Country: \(countryName(p.country, language, countryIndex))", opens: .country(p.country)),
      .link("Category: \(p.category)", opens: .category(p.category)),
    ]
    if let h = p.hall, let hall = hallIndex[h] {
      links.append(.link("Hall: \(name(hall.name, language))", opens: .hall(h)))
    }
    return ScreenContent(
      title: name(p.name, language), card: card, columns: CatalogueScreens.productColumns, segments: [.rows(links)])
  }

  private func filterText(_ f: ScheduleFilter, _ language: Language) -> String {
    var parts: [String] = []
    if let k = f.kind { parts.append("kind: \(k)") }
    if let v = f.venue { parts.append("venue: " + (venueIndex[v].map { name($0.name, language) } ?? v)) }
    if let p = f.pavilion { parts.append("pavilion: " + (pavilionIndex[p].map { name($0.name, language) } ?? p)) }
    if f.onlyBookmarked { parts.append("only bookmarked") }
    return parts.isEmpty ? " (K kind · W venue · P pavilion · o bookmarked)" : " · " + parts.joined(separator: " · ")
  }

  /// Titles of the other bookmarked events that overlap the event `id` (empty when it is not
  /// bookmarked or clashes with nothing).
  private func clashes(_ e: EventRow, _ bookmarked: [EventRow]) -> [String] {
    guard bookmarked.contains(where: { $0.id == e.id }) else { return [] }
    return bookmarked.filter { $0.id != e.id && $0.start < e.end && e.start < $0.end }.map(\.title.en)
  }

  private func bookmarkedEvents(_ bookmarks: [Bookmark]) throws -> [EventRow] {
    try bookmarks.filter { $0.key.kind == .event }.compactMap { try catalogue.event(id: $0.key.id) }
  }

  /// One day of the schedule with the filter applied: the list (▶ on what runs now, ⚠ on clashes)
  /// and, on the timetable, the same events as a grid.
  private func schedule(
    _ screen: Screen, _ day: Int, _ language: Language, _ now: Date, _ bookmarks: [Bookmark],
    _ filter: ScheduleFilter
  ) throws -> ScreenContent {
    let days = info.expo.days
    let day = min(max(0, day), max(0, days.count - 1))
    let query = EventQuery(day: day, venue: filter.venue, kind: filter.kind, pavilion: filter.pavilion)
    let bookmarked = try bookmarkedEvents(bookmarks)
    let bookmarkedIDs = Set(bookmarked.map(\.id))
    var events = try catalogue.events(query, offset: 0, limit: max(1, try catalogue.eventCount(query)))
    if filter.onlyBookmarked { events = events.filter { bookmarkedIDs.contains($0.id) } }
    var card = [CardLine(.title, "Schedule")]
    card.append(CardLine(.tabs(selected: day), "", tabs: days.map(Format.day)))
    let today = days.indices.contains(day) && LocalDate(now, in: zone) == days[day]
    card.append(
      CardLine(
        .subtitle,
        "\(Format.count(events.count, "event"))\(filterText(filter, language)) · times in \(info.expo.timeZone)"
          + (today ? " · now \(ExpoTime.hourMinute(now, zone: zone)) ▶" : "") + " · Tab / [ ] change the day"))
    let rows: [Row] = events.map { e in
      var row = eventRow(e, language)
      if e.start <= now && now < e.end { row.cells[0] = "▶" + row.cells[0] }
      if !clashes(e, bookmarked).isEmpty { row.cells[3] = "⚠ clash" }
      return row
    }
    var content = ScreenContent(
      title: days.indices.contains(day) ? Format.day(days[day]) : "Schedule", card: card,
      columns: CatalogueScreens.eventColumns, showsHeader: true, segments: [.rows(rows)],
      emptyText: filter.isEmpty ? "No events on this day." : "No events on this day with this filter.")
    // On today's tab the cursor starts on what is on now (or next).
    if today { content.preferredCursor = events.firstIndex { $0.end > now } }
    if case .timetable = screen {
      let used = Set(events.map(\.venue))
      var venues = venueOrder.filter { used.contains($0) }
      for e in events where !venues.contains(e.venue) { venues.append(e.venue) }
      let column = Dictionary(venues.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      content.timetable = Timetable(
        venues: venues.map { id in venueIndex[id].map { name($0.name, language) } ?? id },
        blocks: events.map { e in
          Timetable.Block(
            id: e.id, venue: column[e.venue] ?? 0, start: e.start, end: e.end, title: name(e.title, language),
            bookmarked: bookmarkedIDs.contains(e.id), clash: !clashes(e, bookmarked).isEmpty)
        }, zone: zone)
    }
    return content
  }

  private func event(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
    let c = catalogue
    guard let e = try c.event(id: id) else { return missing("event", id) }
    let clashing = clashes(e, try bookmarkedEvents(bookmarks))
    let days = info.expo.days
    var card = [CardLine(.title, name(e.title, language))]
    if language == .english, let zh = e.title.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, e.title.zh != nil { card.append(CardLine(.subtitle, e.title.en)) }
    let dayText = days.indices.contains(e.day) ? Format.day(days[e.day]) : ""
    let crossesMidnight = LocalDate(e.end.addingTimeInterval(-1), in: zone) != LocalDate(e.start, in: zone)
    card.append(
      CardLine(
        .field("When"),
        "\(dayText) \(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone)) "
          + "(\(Format.duration(e.end.timeIntervalSince(e.start))))"
          + (crossesMidnight ? " · runs past midnight, listed on the day it starts" : "")))
    card.append(
      CardLine(
        .field("Where"),
        name(e.venueName, language) + (e.hall.flatMap { hallIndex[$0] }.map { " · \(name($0.name, language))" } ?? "")))
    card.append(CardLine(.field("Kind"), e.kind))
    if !clashing.isEmpty { card.append(CardLine(.field("⚠ Clashes"), "with " + clashing.joined(separator: "; "))) }
    if !e.speakers.isEmpty { card.append(CardLine(.field("Speakers"), e.speakers.joined(separator: "; "))) }
    if let d = e.description { card.append(CardLine(.text, d)) }
    var rows: [Row] = []
    if let p = e.pavilion, let pav = pavilionIndex[p] {
      rows.append(.link("Pavilion: \(name(pav.name, language))", opens: .pavilion(p)))
    }
    if let h = e.hall, let hall = hallIndex[h] {
      rows.append(.link("Hall: \(name(hall.name, language))", opens: .hall(h)))
    }
    rows.append(.link("Schedule of \(dayText)", opens: .schedule(day: e.day)))
    var segments: [ScreenContent.Segment] = [.rows(rows)]
    let linked = try c.relatedExhibitors(event: e.id)
    if !linked.isEmpty {
      segments.append(.rows([.section("Exhibitors (\(linked.count))")] + linked.map { exhibitorRow($0, language) }))
    }
    return ScreenContent(
      title: name(e.title, language), card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments)
  }

  private func search(_ query: String, _ kind: SearchKind?, _ language: Language) throws -> ScreenContent {
    let filterText = SearchKind.filters.map { $0?.plural ?? "All" }
    let selected = SearchKind.filters.firstIndex(of: kind) ?? 0
    var card = [
      CardLine(.input, query),
      CardLine(.tabs(selected: selected), "", tabs: filterText),
    ]
    guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
      card.append(
        CardLine(
          .subtitle,
          "Type to search exhibitors, products, countries, pavilions, events and booth codes — in English or 中文. "
            + "Tab changes the filter, Enter opens, Esc goes back."))
      return ScreenContent(title: "Search", card: card, emptyText: "")
    }
    let results = try catalogue.search(query, kinds: kind.map { [$0] }, limit: 300)
    var rows: [Row] = []
    // Groups in the order of their best result (an exact country before a hundred products).
    var groups: [SearchKind] = []
    for result in results.results where !groups.contains(result.kind) { groups.append(result.kind) }
    for group in groups {
      let items = results.results.filter { $0.kind == group }
      guard !items.isEmpty else { continue }
      let total = results.counts[group] ?? items.count
      rows.append(.section("\(group.plural) (\(Format.grouped(total))\(results.isTruncated ? "+" : ""))"))
      for item in items {
        var target: Screen
        switch item.kind {
        case .exhibitor: target = .exhibitor(item.ref)
        case .product: target = .product(item.ref)
        case .country: target = .country(item.ref)
        case .pavilion: target = .pavilion(item.ref)
        case .event: target = .event(item.ref)
        case .booth:
          let booth = try catalogue.booth(code: item.ref)
          target = booth?.exhibitor.map { .exhibitor($0) } ?? .hall(booth?.hall ?? "")
        }
        let other = language == .english ? item.name.zh ?? "" : (item.name.zh == nil ? "" : item.name.en)
        var row = Row.item([name(item.name, language), other], opens: target)
        row.highlight = query
        rows.append(row)
      }
    }
    card.append(
      CardLine(
        .subtitle,
        results.results.isEmpty
          ? "Nothing matches \"\(query)\"."
          : "\(Format.count(results.results.count, "result")) · best first in each group · Tab: filter"))
    return ScreenContent(
      title: "Search", card: card,
      columns: [Column("", .flexible(min: 16, weight: 3)), Column("", .flexible(min: 8, weight: 2))],
      segments: [.rows(rows)], itemCount: results.results.count, emptyText: "No results.")
  }

  /// My plan: bookmarked booths by hall in walking order (visited ticked, notes shown), events in
  /// time order with clashes and gaps, products, and bookmarks whose item has left the catalogue.
  private func plan(_ bookmarks: [Bookmark], _ language: Language, _ now: Date) throws -> ScreenContent {
    var card = [CardLine(.title, "My plan")]
    guard !bookmarks.isEmpty else {
      card.append(
        CardLine(
          .text,
          "Nothing bookmarked yet. Press b on an exhibitor, an event or a product (in any list or on its screen); "
            + "bookmarked rows carry ★ and gather here: booths in walking order, events in time order."))
      return ScreenContent(title: "My plan", card: card, emptyText: "")
    }
    let plan = try VisitPlan.build(catalogue, bookmarks: bookmarks)
    var rows: [Row] = []
    for hall in plan.halls {
      let visited = hall.stops.filter(\.bookmark.visited).count
      rows.append(
        .section(
          "\(name(hall.hallName, language)) · \(Format.count(hall.stops.count, "stop")) (\(visited) visited) · "
            + "about \(hall.metres) m on foot"))
      for (n, stop) in hall.stops.enumerated() {
        rows.append(
          .item(
            [
              "\(stop.bookmark.visited ? "✓" : " ") \(n + 1).", stop.booth?.code ?? stop.exhibitor.booths.first ?? "—",
              name(stop.exhibitor.name, language), stop.bookmark.note,
            ], opens: .exhibitor(stop.exhibitor.id), columns: CatalogueScreens.planBoothColumns))
      }
    }
    if !plan.events.isEmpty {
      rows.append(.section("Events (\(plan.events.count)) · in time order"))
      let days = info.expo.days
      for item in plan.events {
        let e = item.event
        var note = ""
        if let other = item.clashes.first {
          note = "clashes with \(other)" + (item.clashes.count > 1 ? " +\(item.clashes.count - 1)" : "")
        } else if let gap = item.gapBefore, gap >= 30 * 60 {
          note = "\(Format.duration(gap)) free before"
        }
        if !item.bookmark.note.isEmpty { note += (note.isEmpty ? "" : " · ") + item.bookmark.note }
        let time =
          (days.indices.contains(e.day) ? Format.day(days[e.day]) + " " : "")
          + "\(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
        rows.append(
          .item([time, name(e.title, language), note], opens: .event(e.id), columns: CatalogueScreens.planEventColumns))
      }
    }
    if !plan.products.isEmpty {
      rows.append(.section("Products (\(plan.products.count))"))
      for (p, _) in plan.products { rows.append(productRow(p, language)) }
    }
    if !plan.missing.isEmpty {
      rows.append(.section("No longer in the catalogue (\(plan.missing.count))"))
      for b in plan.missing {
        rows.append(
          Row(
            kind: .item, cells: ["\(b.key.kind.rawValue) \(b.key.id) · kept; b removes it"], target: nil,
            columns: [Column("", .flexible(min: 10, weight: 1))]))
      }
    }
    card.append(
      CardLine(
        .text,
        "\(Format.count(plan.boothCount, "booth")) · \(Format.count(plan.events.count, "event")) · "
          + Format.count(plan.products.count, "product") + " · v ticks a booth, n adds a note, e exports"))
    if let next = plan.events.first(where: { $0.event.end > now })?.event {
      card.append(
        CardLine(
          .field(next.start <= now ? "Now" : "Next up"),
          "\(name(next.title, language)) · \(ExpoTime.hourMinute(next.start, zone: zone)) · \(name(next.venueName, language))"
        ))
    }
    return ScreenContent(
      title: "My plan", card: card, columns: CatalogueScreens.productColumns, segments: [.rows(rows)],
      itemCount: rows.filter(\.isSelectable).count)
  }

  static let planBoothColumns = [
    Column("", .fixed(6), alignRight: true), Column("Booth", .fixed(8)),
    Column("Exhibitor", .flexible(min: 16, weight: 2)), Column("Note", .flexible(min: 4, weight: 1)),
  ]

  static let planEventColumns = [
    Column("Time", .fixed(22)), Column("Event", .flexible(min: 16, weight: 2)),
    Column("", .flexible(min: 10, weight: 1)),
  ]
}
