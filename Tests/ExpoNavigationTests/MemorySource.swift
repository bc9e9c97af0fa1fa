import ExpoModel
import ExpoNavigation
import Foundation

/// A small expo held in memory: the navigation tests drive the reducer over it with no catalogue.
/// Home, a long exhibitor list served in pages, exhibitor screens with links and products, three
/// days of events (filters, timetable), search over the exhibitor names, and a 4×3 hall plan.
final class MemorySource: ScreenSource {
  static let zone = TimeZone(identifier: "Asia/Shanghai")!
  /// 27 Oct 2023, 10:20 in Shanghai (the first day).
  static let now = Date(timeIntervalSince1970: 1_698_373_200)

  let exhibitors: Int
  /// How many pages of long lists were served (the tests check that paging stays lazy).
  private(set) var pagesServed = 0

  init(exhibitors: Int = 500) { self.exhibitors = exhibitors }

  let header = ExpoHeader(
    id: "memory", name: LocalizedText(en: "Memory Expo", zh: "内存博览会"),
    days: [
      LocalDate(year: 2023, month: 10, day: 27), LocalDate(year: 2023, month: 10, day: 28),
      LocalDate(year: 2023, month: 10, day: 29),
    ], zone: ZoneRules(MemorySource.zone), timeZoneName: "Asia/Shanghai")

  let scheduleFilterOptions = ScheduleFilterOptions(
    kinds: ["forum", "show"],
    venues: [
      .init(id: "stage", name: LocalizedText(en: "Main Stage", zh: "主舞台")),
      .init(id: "hall-a", name: LocalizedText(en: "Forum Hall A")),
    ])

  struct Event {
    var id: String
    var day: Int
    var hour: Int
    var venue: String
    var kind: String
  }

  /// Day 0: four events in two venues; day 1: one; day 2: none.
  let events = [
    Event(id: "opening", day: 0, hour: 9, venue: "stage", kind: "show"),
    Event(id: "forum-1", day: 0, hour: 10, venue: "hall-a", kind: "forum"),
    Event(id: "show-1", day: 0, hour: 11, venue: "stage", kind: "show"),
    Event(id: "forum-2", day: 0, hour: 14, venue: "hall-a", kind: "forum"),
    Event(id: "closing", day: 1, hour: 16, venue: "stage", kind: "show"),
  ]

  func start(_ e: Event) -> Date {
    header.days[e.day].startOfDay(in: MemorySource.zone).addingTimeInterval(Double(e.hour) * 3600)
  }

  /// Every 97th name is hostile (escape sequences, a bidi override, CJK): no screen may pass them on.
  func exhibitorName(_ i: Int) -> String {
    i % 97 == 3 ? "Exhibitor \(i) \u{1B}]0;PWNED\u{07}\u{202E}重庆\r\t火锅" : "Exhibitor \(i)"
  }

  private var cache: [ScreenKey: ScreenContent] = [:]

  struct ScreenKey: Hashable {
    var screen: Screen
    var context: ContentContext
  }

  /// Kept per screen and context, as the guide's source does.
  func content(for screen: Screen, in context: ContentContext) -> ScreenContent {
    let key = ScreenKey(screen: screen, context: context)
    if let hit = cache[key] { return hit }
    let content = build(screen, context)
    if cache.count > 256 { cache.removeAll() }
    cache[key] = content
    return content
  }

  func build(_ screen: Screen, _ context: ContentContext) -> ScreenContent {
    switch screen {
    case .home:
      let rows: [Row] =
        [.section("Sections")]
        + Section.allCases.map { Row.item([UIText.english.section($0)], opens: $0.screen) }
        + [.item(["About"], opens: .about)]
      return ScreenContent(
        title: "Home", card: [CardLine(.title, header.name.text(context.language))],
        columns: [Column("", .flexible(min: 10, weight: 1))], segments: [.rows(rows)])
    case .exhibitors(let sort):
      return ScreenContent(
        title: "Exhibitors", card: [CardLine(.title, "Exhibitors"), CardLine(.subtitle, "by \(sort.rawValue)")],
        columns: [Column("Exhibitor", .flexible(min: 10, weight: 1))], showsHeader: true,
        segments: [.paged(count: exhibitors, .exhibitors(sort: sort))])
    case .exhibitor(let id):
      return ScreenContent(
        title: id, card: [CardLine(.title, id), CardLine(.field("Booth"), "N1-\(id)")],
        columns: [Column("", .flexible(min: 10, weight: 1))],
        segments: [
          .rows([
            .link("Country: Hungary", opens: .country("HU")), .section("Products (2)"),
            .item(["\(id) vase"], opens: .product("\(id)-vase")), .item(["\(id) cup"], opens: .product("\(id)-cup")),
          ])
        ])
    case .schedule(let day), .timetable(let day):
      let shown = dayEvents(day, context)
      var content = ScreenContent(
        title: "Day \(day + 1)", card: [CardLine(.title, "Schedule"), CardLine(.subtitle, "\(shown.count) events")],
        columns: [Column("Time", .fixed(5)), Column("Event", .flexible(min: 10, weight: 1))], showsHeader: true,
        segments: [.rows(shown.map { .item(["\($0.hour):00", $0.id], opens: .event($0.id)) })],
        emptyText: "No events on this day.")
      if case .timetable = screen {
        let venues = scheduleFilterOptions.venues.filter { v in shown.contains { $0.venue == v.id } }
        content.timetable = Timetable(
          venues: venues.map { $0.name.en },
          blocks: shown.map { e in
            Timetable.Block(
              id: e.id, venue: venues.firstIndex { $0.id == e.venue } ?? 0, start: start(e),
              end: start(e).addingTimeInterval(3600), title: e.id, bookmarked: false, clash: false)
          }, zone: ZoneRules(MemorySource.zone))
      }
      return content
    case .search(let query, _):
      var card = [CardLine(.input, query), CardLine(.tabs(selected: 0), "", tabs: ["All"])]
      guard !query.isEmpty else {
        card.append(CardLine(.subtitle, "Type to search"))
        return ScreenContent(title: "Search", card: card, emptyText: "")
      }
      let hits = (0..<exhibitors).filter { exhibitorName($0).lowercased().contains(query.lowercased()) }.prefix(50)
      var rows: [Row] = []
      if !hits.isEmpty { rows.append(.section("Exhibitors (\(hits.count))")) }
      for i in hits {
        var row = Row.item([exhibitorName(i)], opens: .exhibitor("e\(i)"))
        row.highlight = query
        rows.append(row)
      }
      return ScreenContent(
        title: "Search", card: card, columns: [Column("", .flexible(min: 10, weight: 1))], segments: [.rows(rows)],
        emptyText: "No results.")
    case .hallMap(let hall, _):
      // 4 × 3 booths, 10 m apart.
      let items = (0..<12).map { i in
        FloorPlan.Item(
          rect: PlanRect(x: 5 + (i % 4) * 10, y: 5 + (i / 4) * 10, width: 6, depth: 6), label: "\(i)",
          name: exhibitorName(i), code: "\(hall)-\(i)")
      }
      var content = ScreenContent(
        title: "Plan \(hall)", card: [CardLine(.title, "Plan")],
        columns: [Column("Booth", .fixed(6)), Column("Exhibitor", .flexible(min: 10, weight: 1))],
        segments: [.rows(items.map { .item([$0.code, $0.name], opens: .exhibitor("e\($0.label)")) })])
      content.plan = FloorPlan(kind: .hall(hall), title: hall, width: 50, depth: 40, items: items)
      return content
    case .venueMap:
      return self.content(for: .hallMap("N1", focus: nil), in: context)
    case .event(let id):
      // A long description (a real schedule's abstract) above three links.
      let sentences = (1...14).map { "Sentence \($0) of the abstract of \(id), long enough to wrap on a screen." }
      return ScreenContent(
        title: id,
        card: [
          CardLine(.title, id), CardLine(.field("When"), "Fri 27 Oct 09:00–10:00"),
          CardLine(.text, sentences.joined(separator: " ") + " The end."),
        ],
        columns: [Column("", .flexible(min: 10, weight: 1))],
        segments: [
          .rows([
            .link("Schedule of Fri 27 Oct", opens: .schedule(day: 0)), .link("Hall: N1", opens: .hall("N1")),
            .link("Home", opens: .home),
          ])
        ])
    default:
      return ScreenContent(
        title: "\(screen)", card: [CardLine(.title, "\(screen)")], columns: [Column("", .flexible(min: 10, weight: 1))],
        segments: [.rows([.link("Home", opens: .home)])])
    }
  }

  func dayEvents(_ day: Int, _ context: ContentContext) -> [Event] {
    let bookmarked = Set(context.bookmarks.filter { $0.key.kind == .event }.map(\.key.id))
    return events.filter { e in
      e.day == day && (context.filter.kind.map { e.kind == $0 } ?? true)
        && (context.filter.venue.map { e.venue == $0 } ?? true)
        && (!context.filter.onlyBookmarked || bookmarked.contains(e.id))
    }
  }

  func rows(of listing: Listing, in context: ContentContext, offset: Int, limit: Int) -> [Row] {
    pagesServed += 1
    guard case .exhibitors = listing else { return [] }
    let end = min(exhibitors, offset + limit)
    guard offset < end else { return [] }
    return (offset..<end).map { .item([exhibitorName($0)], opens: .exhibitor("e\($0)")) }
  }

  func reminderEvents(ids: [String]) -> [ReminderEvent] {
    events.filter { ids.contains($0.id) }.map {
      ReminderEvent(
        id: $0.id, title: LocalizedText(en: "Event \($0.id)", zh: "活动\($0.id)"),
        venue: LocalizedText(en: $0.venue), start: start($0))
    }
  }

  func mapTarget(for screen: Screen, selected: Screen?) -> Screen? {
    switch screen {
    case .exhibitor(let id): return .hallMap("N1", focus: .booth("N1-\(id)"))
    case .venueMap, .hallMap: return nil
    default: return .venueMap()
    }
  }
}
