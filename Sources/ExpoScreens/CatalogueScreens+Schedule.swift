import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The schedule: a day's events with the filter, ▶ on what runs, ⚠ on clashes, and the timetable.
extension CatalogueScreens {
  func filterText(_ f: ScheduleFilter, _ language: Language, _ keys: Keymaps) -> String {
    let t = UIText(language)
    var parts: [String] = []
    if let k = f.kind { parts.append(t.filterKind(k)) }
    if let v = f.venue { parts.append(t.filterVenue(venueIndex[v].map { name($0.name, language) } ?? v)) }
    if let p = f.pavilion { parts.append(t.filterPavilion(pavilionIndex[p].map { name($0.name, language) } ?? p)) }
    if f.onlyBookmarked { parts.append(t.filterOnlyBookmarked) }
    func key(_ command: Command) -> String { keys.label(for: command, in: .schedule) }
    return parts.isEmpty
      ? t.filterKeys(
        kind: key(.filterKind), venue: key(.filterVenue), pavilion: key(.filterPavilion),
        bookmarked: key(.filterBookmarked))
      : " · " + parts.joined(separator: " · ")
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
    _ filter: ScheduleFilter, _ keys: Keymaps
  ) throws -> ScreenContent {
    let days = info.expo.days
    let day = min(max(0, day), max(0, days.count - 1))
    let query = EventQuery(day: day, venue: filter.venue, kind: filter.kind, pavilion: filter.pavilion)
    let bookmarked = try bookmarkedEvents(bookmarks)
    let bookmarkedIDs = Set(bookmarked.map(\.id))
    var events = try catalogue.events(query, offset: 0, limit: max(1, try catalogue.eventCount(query)))
    if filter.onlyBookmarked { events = events.filter { bookmarkedIDs.contains($0.id) } }
    let t = UIText(language)
    var card = [CardLine(.title, t.section(.schedule))]
    card.append(CardLine(.tabs(selected: day), "", tabs: days.map(t.day)))
    let today = days.indices.contains(day) && info.expo.day(of: now, in: zone) == days[day]
    // "Tab / [ ]": the first key of the next day, then the other keys of the previous and the next.
    let next = keys[.schedule].keys(for: .nextTab).map(\.label)
    let previous = keys[.schedule].keys(for: .previousTab).map(\.label)
    let labels = [next.first, previous.dropFirst().first, next.dropFirst().first].compactMap { $0 }
    let dayKeys = labels.count == 3 ? "\(labels[0]) / \(labels[1]) \(labels[2])" : labels.joined(separator: " ")
    card.append(
      CardLine(
        .subtitle,
        "\(t.count(events.count, .event))\(filterText(filter, language, keys)) · \(t.timesIn(info.expo.timeZone))"
          + (today ? " · " + t.nowAt(ExpoTime.hourMinute(now, zone: zone)) : "") + " · "
          + t.changeDay(dayKeys)))
    var rows: [Row] = []
    var cursor: Int?
    // Cancelled sessions stay in the day's list, struck through, at their old time (unfiltered
    // lists only: what they were is not known to the filters).
    // (Not on the timetable, whose blocks are the events.)
    var cancelled: [(start: Date, row: Row)] = []
    if filter.isEmpty, case .schedule = screen { cancelled = cancelledRows(day, t) }
    for e in events {
      while let first = cancelled.first, first.start < e.start { rows.append(cancelled.removeFirst().row) }
      if cursor == nil, e.end > now { cursor = rows.count }
      rows.append(
        eventRow(e, language, running: e.start <= now && now < e.end, clash: !clashes(e, bookmarked).isEmpty))
    }
    rows += cancelled.map(\.row)
    var content = ScreenContent(
      title: days.indices.contains(day) ? t.day(days[day]) : t.section(.schedule), card: card,
      columns: CatalogueScreens.eventColumns(t), showsHeader: true, segments: [.rows(rows)],
      emptyText: filter.isEmpty ? t.noEventsToday : t.noEventsWithFilter)
    // On today's tab the cursor starts on what is on now (or next).
    if today { content.preferredCursor = cursor }
    if case .timetable = screen {
      let used = Set(events.map(\.venue))
      var venues = venueOrder.filter { used.contains($0) }
      for e in events where !venues.contains(e.venue) { venues.append(e.venue) }
      let column = Dictionary(venues.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      content.timetable = Timetable(
        venues: venues.map { id in venueIndex[id].map { name($0.name, language) } ?? id },
        blocks: events.map { e in
          Timetable.Block(
            id: e.id, venue: column[e.venue] ?? 0, start: e.start, end: e.end,
            title: marked(name(e.title, language), .event, e.id),
            bookmarked: bookmarkedIDs.contains(e.id), clash: !clashes(e, bookmarked).isEmpty)
        }, zone: zone)
    }
    return content
  }
}
