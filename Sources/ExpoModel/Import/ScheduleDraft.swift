import Foundation

/// A schedule read from a frab/Pentabarf XML, C3VOC JSON or iCalendar file, before it becomes an
/// expo: what the formats have in common.
struct ScheduleDraft {
  struct Session {
    /// The file's id and guid (either may be missing; neither is trusted to be unique).
    var id: String?
    var guid: String?
    var title: String
    var subtitle: String?
    var start: Date
    var end: Date
    var room: String
    var track: String?
    var type: String?
    var language: String?
    var abstract: String?
    var description: String?
    var persons: [String]
    var url: String?
    var links: [String]
    var position: SourcePosition?
  }

  var title: String
  var acronym: String?
  var timeZone: TimeZone
  var startDate: LocalDate?
  var endDate: LocalDate?
  var url: String?
  var note: String
  /// Where it takes place (Pentabarf's `<venue>`), if said.
  var venue: String?
  /// `day_change`: seconds after midnight at which the schedule's next day begins.
  var dayChange: Int?
  /// Rooms in the order the file lists them.
  var rooms: [String] = []
  var sessions: [Session] = []

  mutating func addRoom(_ name: String) {
    if !rooms.contains(name) { rooms.append(name) }
  }
}

/// Turns a schedule draft into an expo: rooms become venues, tracks (or types) event kinds,
/// persons speakers; repeated ids become distinct events.
enum ScheduleBuilder {
  static func build(_ draft: ScheduleDraft, sink: IssueSink) -> ExpoDataset {
    let zone = draft.timeZone
    var venueIDs: [String: String] = [:]
    var venues: [Venue] = []
    var usedVenueIDs = Set<String>()
    // Only rooms with events become venues (a <room name> its events do not use is no place).
    let used = Set(draft.sessions.map(\.room))
    for room in (draft.rooms + draft.sessions.map(\.room)).filter(used.contains) where venueIDs[room] == nil {
      let id = Slug.unique("room-" + Slug.make(room), in: &usedVenueIDs)
      venueIDs[room] = id
      venues.append(Venue(id: id, name: LocalizedText(en: room)))
    }
    var usedEventIDs = Set<String>()
    var events: [Event] = []
    var seen = Set<String>()
    for s in draft.sessions {
      // The same session listed twice (same id, title, room and times) is one event.
      let identity =
        "\(s.guid ?? s.id ?? "")|\(s.title)|\(s.room)|\(s.start.timeIntervalSince1970)|\(s.end.timeIntervalSince1970)"
      if !seen.insert(identity).inserted {
        sink.warning(
          "the session \"\(s.title)\" is listed again with the same id, room and times; imported once",
          at: s.position, path: nil)
        continue
      }
      let base = s.guid ?? s.id ?? Slug.make(s.title)
      var id = base
      if usedEventIDs.contains(id) {
        id = base + "@" + ExpoTime.iso8601(s.start, zone: zone).prefix(16).filter { $0.isNumber }
        sink.warning(
          "the id \"\(base)\" is used again (a repeated or merged session); imported as its own event \"\(id)\"",
          at: s.position, path: nil)
      }
      id = Slug.unique(id, in: &usedEventIDs)
      var text: [String] = []
      if let subtitle = s.subtitle { text.append(HTMLText.plain(subtitle)) }
      if let abstract = s.abstract { text.append(HTMLText.plain(abstract)) }
      if let description = s.description, description != s.abstract { text.append(HTMLText.plain(description)) }
      var facts: [String] = []
      if let type = s.type, s.track != nil { facts.append("Type: \(type)") }
      if let language = s.language { facts.append("Language: \(language)") }
      if let url = s.url { facts.append(url) }
      facts += s.links.filter { $0 != s.url }
      if !facts.isEmpty { text.append(facts.joined(separator: "\n")) }
      let kind = (s.track ?? s.type ?? "session").trimmingWhitespace()
      events.append(
        Event(
          id: id, title: LocalizedText(en: s.title), kind: kind.isEmpty ? "session" : kind, start: s.start,
          end: max(s.end, s.start), venue: venueIDs[s.room]!, speakers: s.persons,
          description: text.isEmpty ? nil : LocalizedText(en: text.joined(separator: "\n\n"))))
    }
    // The expo's days: those of its events (a conference <end> after the last event would add an
    // empty day, and the guide would open on it); the conference's own dates without events.
    var first = events.isEmpty ? draft.startDate : nil
    var last = events.isEmpty ? draft.endDate : nil
    let dayChange = draft.dayChange.flatMap { (1..<(12 * 3600)).contains($0) ? $0 : nil }
    for e in events {
      let day = LocalDate(e.start.addingTimeInterval(-TimeInterval(dayChange ?? 0)), in: zone)
      if first.map({ day < $0 }) ?? true { first = day }
      if last.map({ day > $0 }) ?? true { last = day }
    }
    let start = first ?? LocalDate(Date(timeIntervalSince1970: 0), in: zone)
    let end = max(last ?? start, start)
    let id = Slug.make(draft.acronym ?? draft.title)
    var expo = Expo(
      id: id.isEmpty ? "imported" : id, name: LocalizedText(en: draft.title),
      venue: VenueSite(name: LocalizedText(en: draft.venue ?? draft.title)), timeZone: zone.identifier,
      startDate: start,
      endDate: end, website: draft.url, note: draft.note)
    expo.dayChange = dayChange
    return ExpoDataset(expo: expo, venues: venues, events: events)
  }
}

/// Ids made from names: lower-case ASCII letters, digits and dashes.
enum Slug {
  static func make(_ text: String) -> String {
    var out = ""
    var dash = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if dash, !out.isEmpty { out += "-" }
        out.unicodeScalars.append(scalar)
        dash = false
      } else if !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if dash, !out.isEmpty { out += "-" }
        out.unicodeScalars.append(scalar)
        dash = false
      } else {
        dash = true
      }
    }
    return String(out.prefix(80))
  }

  /// `base`, or `base-2`, `base-3`… when taken; the result is added to `used`.
  static func unique(_ base: String, in used: inout Set<String>) -> String {
    var id = base.isEmpty ? "item" : base
    var n = 2
    while used.contains(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    used.insert(id)
    return id
  }
}
