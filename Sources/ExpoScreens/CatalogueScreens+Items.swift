import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Home, About and the screens of single items: exhibitor, product, event.
extension CatalogueScreens {
  /// Now and next on Home: time, title, venue.
  static let homeEventColumns = [
    Column("", .fixed(23)), Column("", .flexible(min: 10, weight: 3)), Column("", .flexible(min: 8, weight: 1)),
  ]

  func home(_ language: Language, _ now: Date) throws -> ScreenContent {
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
    // Each section with the key that opens it (from the keymap) and what it holds.
    func key(_ command: Command) -> String { Keymap.label(for: command, in: .list) }
    let sections: [(Command, String, String, Screen)] = [
      (.section(.halls), "Halls", Format.count(counts.halls, "hall"), .halls),
      (
        .section(.countries), "Countries",
        "\(Format.count(counts.countries, "country", "countries")), \(Format.count(counts.pavilions, "pavilion"))",
        .countries
      ),
      (.section(.exhibitors), "Exhibitors", Format.count(counts.exhibitors, "exhibitor"), .exhibitors(.name)),
      (.section(.products), "Products", Format.count(counts.products, "product"), .products),
      (
        .section(.schedule), "Schedule",
        "\(Format.count(counts.events, "event")) over \(Format.count(expo.days.count, "day"))",
        .schedule(day: dayIndex(for: now))
      ),
      (.section(.plan), "My plan", "bookmarks and visit plan", .plan),
      (.section(.map), "Map", "the venue and its \(Format.count(counts.halls, "hall")) on plans", .venueMap()),
      (.about, "About", "this expo and its data", .about),
    ]
    for (command, title, detail, target) in sections {
      rows.append(.item(["\(key(command))  \(title)", detail], opens: target))
    }
    let upcoming = try nextEvents(now, limit: 5)
    if !upcoming.events.isEmpty {
      rows.append(.section(upcoming.heading))
      // ▶ on what is running, as in the schedule.
      rows += upcoming.events.map {
        eventRow(
          $0, language, withDay: true, running: $0.start <= now && now < $0.end,
          columns: CatalogueScreens.homeEventColumns)
      }
    }
    return ScreenContent(
      title: "Home", card: card,
      columns: [Column("", .flexible(min: 14, weight: 1)), Column("", .flexible(min: 10, weight: 2))],
      segments: [.rows(rows)])
  }

  /// The expo day that contains `now` (0 before the expo, the last day after it).
  public func dayIndex(for now: Date) -> Int { header.dayIndex(for: now) }

  /// Events running or starting after `now`; before the expo, the first events.
  func nextEvents(_ now: Date, limit: Int) throws -> (heading: String, events: [EventRow]) {
    let expo = info.expo
    let first = expo.start(of: expo.startDate, in: zone)
    let end = expo.start(of: expo.endDate.next, in: zone)
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

  func about() -> ScreenContent {
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

  func exhibitor(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
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
    card += noteLine(BookmarkKey(.exhibitor, id), bookmarks)
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

  func product(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
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
    card += noteLine(BookmarkKey(.product, id), bookmarks)
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

  func event(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
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
    card += noteLine(BookmarkKey(.event, id), bookmarks)
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

  /// The user's note on a bookmarked item, in full, on the item's own screen.
  func noteLine(_ key: BookmarkKey, _ bookmarks: [Bookmark]) -> [CardLine] {
    guard let note = bookmarks.first(where: { $0.key == key })?.note, !note.isEmpty else { return [] }
    return [CardLine(.field("Your note"), note)]
  }
}
