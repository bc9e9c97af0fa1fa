import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The schedule: a day's events with the filter, ▶ on what runs, ⚠ on clashes, and the timetable.
extension CatalogueScreens {
  func filterText(_ f: ScheduleFilter, _ language: Language) -> String {
    var parts: [String] = []
    if let k = f.kind { parts.append("kind: \(k)") }
    if let v = f.venue { parts.append("venue: " + (venueIndex[v].map { name($0.name, language) } ?? v)) }
    if let p = f.pavilion { parts.append("pavilion: " + (pavilionIndex[p].map { name($0.name, language) } ?? p)) }
    if f.onlyBookmarked { parts.append("only bookmarked") }
    return parts.isEmpty ? " (K kind · W venue · P pavilion · o bookmarked)" : " · " + parts.joined(separator: " · ")
  }

  /// Titles of the other bookmarked events that overlap the event `id` (empty when it is not
  /// bookmarked or clashes with nothing).
  func clashes(_ e: EventRow, _ bookmarked: [EventRow]) -> [String] {
    guard bookmarked.contains(where: { $0.id == e.id }) else { return [] }
    return bookmarked.filter { $0.id != e.id && $0.start < e.end && e.start < $0.end }.map(\.title.en)
  }

  func bookmarkedEvents(_ bookmarks: [Bookmark]) throws -> [EventRow] {
    try bookmarks.filter { $0.key.kind == .event }.compactMap { try catalogue.event(id: $0.key.id) }
  }

  /// One day of the schedule with the filter applied: the list (▶ on what runs now, ⚠ on clashes)
  /// and, on the timetable, the same events as a grid.
  func schedule(
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
    let today = days.indices.contains(day) && info.expo.day(of: now, in: zone) == days[day]
    card.append(
      CardLine(
        .subtitle,
        "\(Format.count(events.count, "event"))\(filterText(filter, language)) · times in \(info.expo.timeZone)"
          + (today ? " · now \(ExpoTime.hourMinute(now, zone: zone)) ▶" : "") + " · Tab / [ ] change the day"))
    let rows: [Row] = events.map { e in
      eventRow(e, language, running: e.start <= now && now < e.end, clash: !clashes(e, bookmarked).isEmpty)
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
}
