import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Home, About and the screens of single items: exhibitor, product, event.
extension CatalogueScreens {
  /// Now and next on Home: time, title, venue (the day and time in Chinese, 12月27日 周五
  /// 11:00–11:45, take 25 columns).
  static func homeEventColumns(_ t: UIText) -> [Column] {
    [
      Column("", .fixed(t.isChinese ? 25 : 23)), Column("", .flexible(min: 10, weight: 3)),
      Column("", .flexible(min: 8, weight: 1)),
    ]
  }

  func home(_ language: Language, _ now: Date, _ bookmarks: [Bookmark], _ keys: Keymaps) throws -> ScreenContent {
    let expo = info.expo
    let counts = info.counts
    let t = UIText(language)
    var card = [CardLine(.title, name(expo.name, language))]
    if let zh = expo.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(t.dateRange(expo.startDate, expo.endDate)) · \(name(expo.venue.name, language))"
          + (expo.venue.address.map { t.comma + name($0, language) } ?? "")))
    card.append(
      CardLine(
        .text,
        t.expoCounts(
          exhibitors: counts.exhibitors, countries: counts.countries, products: counts.products,
          pavilions: counts.pavilions, events: counts.events)))
    // When the data changed: what changed of yours, and the way to every change.
    var rows: [Row] = changeRows(t, bookmarks, keys)
    rows.append(.section(t.sections))
    // Each section with the key that opens it (from the keymap) and what it holds.
    func key(_ command: Command) -> String { keys.label(for: command, in: .list) }
    let sections: [(Command, String, String, Screen)] = [
      (.section(.halls), t.section(.halls), t.count(counts.halls, .hall), .halls),
      (
        .section(.countries), t.section(.countries),
        t.list([t.count(counts.countries, .country), t.count(counts.pavilions, .pavilion)]), .countries
      ),
      (.section(.exhibitors), t.section(.exhibitors), t.count(counts.exhibitors, .exhibitor), .exhibitors(.name)),
      (.section(.products), t.section(.products), t.count(counts.products, .product), .products),
      (
        .section(.schedule), t.section(.schedule), t.eventsOverDays(counts.events, expo.days.count),
        .schedule(day: dayIndex(for: now))
      ),
      (.section(.plan), t.section(.plan), t.planSummary, .plan),
      (.section(.map), t.section(.map), t.mapSummary(counts.halls), .venueMap()),
      (.about, t.about, t.aboutSummary, .about),
    ]
    for (command, title, detail, target) in sections {
      rows.append(.item(["\(key(command))  \(title)", detail], opens: target))
    }
    let upcoming = try nextEvents(now, limit: 5, t)
    if !upcoming.events.isEmpty {
      rows.append(.section(upcoming.heading))
      // ▶ on what is running, as in the schedule.
      rows += upcoming.events.map {
        eventRow(
          $0, language, withDay: true, running: $0.start <= now && now < $0.end,
          columns: CatalogueScreens.homeEventColumns(t))
      }
    }
    return ScreenContent(
      title: t.home, card: card,
      columns: [Column("", .flexible(min: 14, weight: 1)), Column("", .flexible(min: 10, weight: 2))],
      segments: [.rows(rows)])
  }

  /// The expo day that contains `now` (0 before the expo, the last day after it).
  public func dayIndex(for now: Date) -> Int { header.dayIndex(for: now) }

  /// Events running or starting after `now`; before the expo, the first events.
  func nextEvents(_ now: Date, limit: Int, _ t: UIText) throws -> (heading: String, events: [EventRow]) {
    let expo = info.expo
    let first = expo.start(of: expo.startDate, in: zone)
    let end = expo.start(of: expo.endDate.next, in: zone)
    if now < first || now >= end {
      let events = try catalogue.events(EventQuery(day: 0), offset: 0, limit: limit)
      let opening = t.day(expo.startDate)
      return (now < first ? t.firstEvents(opening) : t.expoEnded(opening), events)
    }
    var found: [EventRow] = []
    var day = dayIndex(for: now)
    while found.count < limit && day < expo.days.count {
      let events = try catalogue.events(EventQuery(day: day), offset: 0, limit: 500)
      found += events.filter { $0.end > now }
      day += 1
    }
    return (t.nowAndNext, Array(found.prefix(limit)))
  }

  func about(_ language: Language, _ keys: Keymaps) -> ScreenContent {
    let expo = info.expo
    let t = UIText(language)
    var card = [CardLine(.title, t.aboutTitle)]
    // Both names, the language's own first.
    let names = language == .chinese ? [expo.name.zh, expo.name.en] : [expo.name.en, expo.name.zh]
    card.append(CardLine(.field(t.fieldExpo), names.compactMap { $0 }.joined(separator: " · ")))
    card.append(
      CardLine(.field(t.fieldDates), t.withNote(t.dateRange(expo.startDate, expo.endDate), expo.timeZone)))
    card.append(
      CardLine(
        .field(t.fieldVenue),
        name(expo.venue.name, language) + (expo.venue.address.map { t.comma + name($0, language) } ?? "")))
    if let d = expo.description { card.append(CardLine(.text, name(d, language))) }
    if let note = expo.note { card.append(CardLine(.field(t.fieldData), note)) }
    if let website = expo.website { card.append(CardLine(.field(t.fieldWebsite), website)) }
    card.append(CardLine(.field(t.fieldCatalogue), t.catalogueCounts(info.counts)))
    if let version = news.version {
      card.append(CardLine(.field(t.fieldVersion), versionTime(version) + " · " + version))
    }
    if let checked = news.checked {
      card.append(CardLine(.field(t.fieldChecked), ExpoTime.utcMinute(checked)))
    }
    card.append(
      CardLine(
        .text,
        t.aboutKeys(helpKey: keys.label(for: .help, in: .detail), quitKey: keys.label(for: .quit, in: .detail))))
    // The way to what changed, once a version is kept.
    let rows: [Row] = news.version == nil ? [] : [.link(t.changesTitle, opens: .changes(.all))]
    return ScreenContent(title: t.about, card: card, segments: [.rows(rows)], emptyText: "")
  }

  func exhibitor(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let e = try c.exhibitor(id: id) else { return missing(t.missing(.exhibitor, id), id) }
    var card = [CardLine(.title, name(e.name, language))]
    if language == .english, let zh = e.name.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, e.name.zh != nil { card.append(CardLine(.subtitle, e.name.en)) }
    // What changed in this version, under the name (a long card is cut at its end on 80×24).
    card += changeLine(.exhibitor, id, t)
    card.append(
      CardLine(
        .field(t.fieldFrom),
        countryName(e.country, language, countryIndex) + (e.city.map { " · \(name($0, language))" } ?? "")))
    card.append(
      CardLine(
        .field(t.fieldBooth),
        (e.booths.isEmpty ? "—" : t.list(e.booths))
          + (e.hall.flatMap { hallIndex[$0] }.map { " · \(name($0.name, language))" } ?? "")))
    if !e.categories.isEmpty { card.append(CardLine(.field(t.fieldSells), t.list(e.categories.map(t.category)))) }
    if let w = e.website { card.append(CardLine(.field(t.fieldWeb), w)) }
    card += noteLine(BookmarkKey(.exhibitor, id), bookmarks, t)
    if let d = e.description { card.append(CardLine(.text, name(d, language))) }

    var links: [Row] = []
    links.append(.link(t.linkCountry(countryName(e.country, language, countryIndex)), opens: .country(e.country)))
    if let p = e.pavilion, let pav = pavilionIndex[p] {
      links.append(.link(t.linkPavilion(name(pav.name, language)), opens: .pavilion(p)))
    }
    if let h = e.hall, let hall = hallIndex[h] {
      links.append(.link(t.linkHall(name(hall.name, language)), opens: .hall(h)))
    }
    for category in e.categories {
      links.append(.link(t.linkCategory(t.category(category)), opens: .category(category)))
    }
    var segments: [ScreenContent.Segment] = [.rows(links)]
    let events = try c.events(EventQuery(exhibitor: id), offset: 0, limit: 200)
    if !events.isEmpty {
      segments.append(
        .rows([.section(t.heading(t.events, events.count))] + events.map { eventRow($0, language, withDay: true) }))
    }
    let count = e.productCount
    segments.append(.rows([.section(t.heading(t.products, count))]))
    segments.append(
      .paged(count: count, .productsOf(exhibitor: id)))
    return ScreenContent(
      title: name(e.name, language), card: card, columns: CatalogueScreens.ownProductColumns(t), segments: segments)
  }

  func product(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let p = try c.product(id: id) else { return missing(t.missing(.product, id), id) }
    var card = [CardLine(.title, name(p.name, language))]
    if language == .english, let zh = p.name.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, p.name.zh != nil { card.append(CardLine(.subtitle, p.name.en)) }
    // What changed in this version, under the name (a long card is cut at its end on 80×24).
    card += changeLine(.product, id, t)
    card.append(CardLine(.field(t.fieldCategory), t.category(p.category)))
    card.append(CardLine(.field(t.fieldOrigin), countryName(p.origin, language, countryIndex)))
    card.append(
      CardLine(
        .field(t.fieldShownBy),
        name(p.exhibitorName, language) + (p.booth.map { " · " + t.boothCode($0) } ?? "")))
    card += noteLine(BookmarkKey(.product, id), bookmarks, t)
    if let d = p.description { card.append(CardLine(.text, name(d, language))) }
    var links: [Row] = [
      .link(t.linkExhibitor(name(p.exhibitorName, language)), opens: .exhibitor(p.exhibitor)),
      .link(t.linkCountry(countryName(p.country, language, countryIndex)), opens: .country(p.country)),
      .link(t.linkCategory(t.category(p.category)), opens: .category(p.category)),
    ]
    if let h = p.hall, let hall = hallIndex[h] {
      links.append(.link(t.linkHall(name(hall.name, language)), opens: .hall(h)))
    }
    return ScreenContent(
      title: name(p.name, language), card: card, columns: CatalogueScreens.productColumns(t), segments: [.rows(links)])
  }

  func event(_ id: String, _ language: Language, _ bookmarks: [Bookmark]) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let e = try c.event(id: id) else { return missing(t.missing(.event, id), id) }
    let clashing = clashes(e, try bookmarkedEvents(bookmarks))
    let days = info.expo.days
    var card = [CardLine(.title, name(e.title, language))]
    if language == .english, let zh = e.title.zh { card.append(CardLine(.subtitle, zh)) }
    if language == .chinese, e.title.zh != nil { card.append(CardLine(.subtitle, e.title.en)) }
    // What changed in this version, under the name (a long card is cut at its end on 80×24).
    card += changeLine(.event, id, t)
    let dayText = days.indices.contains(e.day) ? t.day(days[e.day]) : ""
    let crossesMidnight = LocalDate(e.end.addingTimeInterval(-1), in: zone) != LocalDate(e.start, in: zone)
    card.append(
      CardLine(
        .field(t.fieldWhen),
        t.withNote(
          "\(dayText) \(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))",
          t.duration(e.end.timeIntervalSince(e.start)))
          + (crossesMidnight ? " · " + t.runsPastMidnight : "")))
    card.append(
      CardLine(
        .field(t.fieldWhere),
        name(e.venueName, language) + (e.hall.flatMap { hallIndex[$0] }.map { " · \(name($0.name, language))" } ?? "")))
    card.append(CardLine(.field(t.fieldKind), t.eventKind(e.kind)))
    if !clashing.isEmpty { card.append(CardLine(.field(t.fieldClashes), t.clashesWith(clashing))) }
    if !e.speakers.isEmpty { card.append(CardLine(.field(t.fieldSpeakers), e.speakers.joined(separator: "; "))) }
    card += noteLine(BookmarkKey(.event, id), bookmarks, t)
    if let d = e.description { card.append(CardLine(.text, name(d, language))) }
    var rows: [Row] = []
    if let p = e.pavilion, let pav = pavilionIndex[p] {
      rows.append(.link(t.linkPavilion(name(pav.name, language)), opens: .pavilion(p)))
    }
    if let h = e.hall, let hall = hallIndex[h] {
      rows.append(.link(t.linkHall(name(hall.name, language)), opens: .hall(h)))
    }
    rows.append(.link(t.scheduleOf(dayText), opens: .schedule(day: e.day)))
    var segments: [ScreenContent.Segment] = [.rows(rows)]
    let linked = try c.relatedExhibitors(event: e.id)
    if !linked.isEmpty {
      segments.append(
        .rows([.section(t.heading(t.exhibitors, linked.count))] + linked.map { exhibitorRow($0, language) }))
    }
    return ScreenContent(
      title: name(e.title, language), card: card, columns: CatalogueScreens.exhibitorColumns(t), segments: segments)
  }

  /// The user's note on a bookmarked item, in full, on the item's own screen.
  func noteLine(_ key: BookmarkKey, _ bookmarks: [Bookmark], _ t: UIText) -> [CardLine] {
    guard let note = bookmarks.first(where: { $0.key == key })?.note, !note.isEmpty else { return [] }
    return [CardLine(.field(t.fieldNote), note)]
  }
}
