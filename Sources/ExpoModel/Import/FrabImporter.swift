import Foundation

/// frab / Pentabarf `schedule.xml` and the C3VOC schedule JSON (the same model as JSON).
///
/// frab files give each event a full `date` (with offset); Pentabarf files give only the day's
/// date and `start` (HH:MM), where times before the conference's `day_change` belong to the next
/// calendar day.
enum FrabImporter {
  // MARK: Shared helpers

  /// `HH:MM` or `HH:MM:SS` (hours may exceed 23 in durations) → seconds.
  static func clock(_ text: String) -> Int? {
    let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, (0...59).contains(m)
    else { return nil }
    let s = parts.count == 3 ? Int(parts[2]) : 0
    guard let s, (0...59).contains(s) else { return nil }
    return h * 3600 + m * 60 + s
  }

  /// A date (`YYYY-MM-DD`) or a date-time; the date part in `zone`.
  static func localDate(_ text: String?, zone: TimeZone) -> LocalDate? {
    guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
    if text.utf8.count > 10, let instant = ExpoTime.parse(text, zone: zone) { return LocalDate(instant, in: zone) }
    return LocalDate(String(text.prefix(10)))
  }

  /// The schedule's time zone: `time_zone_name`; else the offset its events' dates carry (named in a
  /// warning); else `--time-zone`; else UTC, which shows the times as written, with a warning that
  /// the instants are unknown.
  static func zone(
    named name: String?, dates: [String], fallback: TimeZone?, sink: IssueSink, at position: SourcePosition?
  ) -> TimeZone {
    let name = name?.trimmingWhitespace() ?? ""
    if !name.isEmpty, let zone = TimeZone(identifier: name) { return zone }
    let what = name.isEmpty ? "the file names no time zone (time_zone_name)" : "unknown time zone \"\(name)\""
    // The offsets in the events' full dates (2019-12-27T11:00:00+01:00), most common first.
    var counts: [Int: Int] = [:]
    for date in dates { if let offset = ExpoTime.offsetSeconds(date) { counts[offset, default: 0] += 1 } }
    if let offset = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key,
      let zone = TimeZone(secondsFromGMT: offset)
    {
      let others = counts.count > 1 ? " (the most common of \(counts.count) offsets)" : ""
      sink.warning(
        "\(what); the events' dates carry \(ExpoTime.offsetText(offset))\(others), used as the time zone",
        at: position, path: nil)
      return zone
    }
    if let fallback {
      sink.warning("\(what); times are read in \(fallback.identifier) (--time-zone)", at: position, path: nil)
      return fallback
    }
    sink.warning(
      "\(what) and its dates carry no offset: times are shown as written (read as UTC); "
        + "give --time-zone ZONE for the real instants", at: position, path: nil)
    return TimeZone(identifier: "UTC")!
  }

  /// The start of a session: its full `date` when given, else the day's date and `start`
  /// (moved to the next calendar day when before `dayChange`).
  static func start(
    date: String?, day: LocalDate?, start: String?, dayChange: Int?, zone: TimeZone
  ) -> Date? {
    if let date = date?.trimmingWhitespace(), !date.isEmpty, let instant = ExpoTime.parse(date, zone: zone) {
      return instant
    }
    guard let day, let start, let seconds = clock(start), seconds < 48 * 3600 else { return nil }
    var calendarDay = day
    if let dayChange, seconds < dayChange { calendarDay = day.next }
    return calendarDay.startOfDay(in: zone).addingTimeInterval(TimeInterval(seconds))
  }

  // MARK: XML

  static func importXML(_ bytes: [UInt8], file: String, sink: IssueSink, fallbackZone: TimeZone? = nil)
    -> ScheduleDraft?
  {
    let root: XMLElement
    do {
      root = try XMLReader.parse(bytes)
    } catch {
      sink.error("malformed XML: \(error.message)", at: error.position, path: nil)
      return nil
    }
    guard root.name == "schedule" else {
      sink.error(
        "the root element is <\(root.name)>; expected <schedule> (a frab/Pentabarf schedule.xml)",
        at: root.position, path: nil)
      return nil
    }
    let conference = root.child("conference")
    if conference == nil {
      sink.warning("no <conference> element; the schedule is untitled", at: root.position, path: nil)
    }
    let days = root.children("day")
    let dates = days.flatMap { $0.children("room").flatMap { $0.children("event").compactMap { $0.value("date") } } }
    let zone = zone(
      named: conference?.value("time_zone_name"), dates: dates, fallback: fallbackZone, sink: sink,
      at: conference?.position ?? root.position)
    let dayChange = conference?.value("day_change").flatMap(clock)
    var draft = ScheduleDraft(
      title: conference?.value("title") ?? file, acronym: conference?.value("acronym"), timeZone: zone,
      startDate: localDate(conference?.value("start"), zone: zone),
      endDate: localDate(conference?.value("end"), zone: zone), url: conference?.value("url"),
      note: "imported from \(file) (frab/Pentabarf schedule XML)")
    draft.venue = conference?.value("venue")
    draft.dayChange = dayChange
    if days.isEmpty { sink.warning("no <day> elements: the schedule has no events", at: root.position, path: nil) }
    for day in days {
      let dayDate = localDate(day.attributes["date"], zone: zone)
      for room in day.children("room") {
        let roomName = room.attributes["name"]?.trimmingWhitespace()
        if let roomName, !roomName.isEmpty { draft.addRoom(roomName) }
        for event in room.children("event") {
          let title = event.value("title")
          let roomText = event.value("room") ?? roomName
          guard let title else {
            sink.warning("an <event> without a <title> is skipped", at: event.position, path: nil)
            continue
          }
          guard let roomText, !roomText.isEmpty else {
            sink.warning("the event \"\(title)\" has no room; skipped", at: event.position, path: nil)
            continue
          }
          guard
            let begin = start(
              date: event.value("date"), day: dayDate, start: event.value("start"), dayChange: dayChange, zone: zone)
          else {
            sink.warning(
              "the event \"\(title)\" has no usable <date> or day date and <start> (HH:MM); skipped",
              at: event.position, path: nil)
            continue
          }
          var duration = 0
          if let text = event.value("duration") {
            if let seconds = clock(text) {
              duration = seconds
            } else {
              sink.warning(
                "the event \"\(title)\" has the duration \"\(text)\"; expected HH:MM; read as 0",
                at: event.child("duration")?.position, path: nil)
            }
          }
          let persons = (event.child("persons")?.children("person") ?? []).compactMap { p -> String? in
            let name = p.text.trimmingWhitespace()
            return name.isEmpty ? nil : name
          }
          let links = (event.child("links")?.children("link") ?? []).compactMap { $0.attributes["href"] }
          draft.addRoom(roomText)
          draft.sessions.append(
            ScheduleDraft.Session(
              id: event.attributes["id"], guid: event.attributes["guid"], title: title,
              subtitle: event.value("subtitle"), start: begin, end: begin.addingTimeInterval(TimeInterval(duration)),
              room: roomText, track: event.value("track"), type: event.value("type"),
              language: event.value("language"), abstract: event.value("abstract"),
              description: event.value("description"), persons: persons, url: event.value("url"), links: links,
              position: event.position))
        }
      }
    }
    return draft
  }

  // MARK: C3VOC JSON

  /// True when the parsed JSON looks like a C3VOC/frab schedule (`schedule.conference`).
  static func isScheduleJSON(_ root: JSONNode) -> Bool {
    guard case .object(let object) = root.value, let schedule = object["schedule"],
      case .object(let inner) = schedule.value
    else { return false }
    return inner["conference"] != nil
  }

  static func importJSON(_ root: JSONNode, file: String, sink: IssueSink, fallbackZone: TimeZone? = nil)
    -> ScheduleDraft?
  {
    guard case .object(let top) = root.value, let scheduleNode = top["schedule"],
      case .object(let schedule) = scheduleNode.value,
      let conferenceNode = schedule["conference"], case .object(let conference) = conferenceNode.value
    else {
      sink.error(
        "expected a C3VOC schedule: an object with schedule.conference", at: root.position, path: "$.schedule")
      return nil
    }
    var dates: [String] = []
    if let daysNode = conference["days"], case .array(let days) = daysNode.value {
      for day in days {
        guard case .object(let d) = day.value, let rooms = d["rooms"], case .object(let r) = rooms.value else {
          continue
        }
        for member in r.members {
          guard case .array(let events) = member.value.value else { continue }
          for e in events { if case .object(let o) = e.value, let date = o["date"]?.text { dates.append(date) } }
        }
      }
    }
    let zone = zone(
      named: conference["time_zone_name"]?.text, dates: dates, fallback: fallbackZone, sink: sink,
      at: conferenceNode.position)
    let dayChange = conference["day_change"]?.text.flatMap(clock)
    let title = conference["title"]?.text ?? file
    var draft = ScheduleDraft(
      title: title, acronym: conference["acronym"]?.text, timeZone: zone,
      startDate: localDate(conference["start"]?.text, zone: zone),
      endDate: localDate(conference["end"]?.text, zone: zone),
      url: conference["url"]?.text ?? schedule["base_url"]?.text,
      note: "imported from \(file) (C3VOC schedule JSON)")
    draft.venue = conference["venue"]?.text
    draft.dayChange = dayChange
    guard let daysNode = conference["days"], case .array(let days) = daysNode.value else {
      sink.warning(
        "no schedule.conference.days array: the schedule has no events", at: conferenceNode.position,
        path: "$.schedule.conference.days")
      return draft
    }
    for (d, dayNode) in days.enumerated() {
      guard case .object(let day) = dayNode.value else {
        sink.warning(
          "a day is \(dayNode.typeDescription); expected an object; skipped", at: dayNode.position,
          path: "$.schedule.conference.days[\(d)]")
        continue
      }
      let dayDate = localDate(day["date"]?.text, zone: zone)
      guard let roomsNode = day["rooms"], case .object(let rooms) = roomsNode.value else { continue }
      for member in rooms.members {
        let roomName = member.key.trimmingWhitespace()
        if !roomName.isEmpty { draft.addRoom(roomName) }
        guard case .array(let events) = member.value.value else {
          sink.warning(
            "the room \"\(roomName)\" holds \(member.value.typeDescription); expected an array of events",
            at: member.value.position, path: nil)
          continue
        }
        for (i, eventNode) in events.enumerated() {
          let path = "$.schedule.conference.days[\(d)].rooms[\(JSONText.quote(member.key))][\(i)]"
          guard case .object(let event) = eventNode.value else {
            sink.warning(
              "an event is \(eventNode.typeDescription); expected an object; skipped", at: eventNode.position,
              path: path)
            continue
          }
          guard let title = event["title"]?.text else {
            sink.warning("an event without a title is skipped", at: eventNode.position, path: path)
            continue
          }
          let room = event["room"]?.text ?? roomName
          guard
            let begin = start(
              date: event["date"]?.text, day: dayDate, start: event["start"]?.text, dayChange: dayChange, zone: zone)
          else {
            sink.warning(
              "the event \"\(title)\" has no usable date or start; skipped", at: eventNode.position, path: path)
            continue
          }
          var duration = 0
          if let text = event["duration"]?.text {
            if let seconds = clock(text) {
              duration = seconds
            } else {
              sink.warning(
                "the event \"\(title)\" has the duration \"\(text)\"; expected HH:MM; read as 0",
                at: event["duration"]?.position, path: path + ".duration")
            }
          }
          var persons: [String] = []
          if let personsNode = event["persons"], case .array(let list) = personsNode.value {
            for person in list {
              switch person.value {
              case .string(let name): persons.append(name)
              case .object(let p):
                if let name = p["public_name"]?.text ?? p["name"]?.text ?? p["full_public_name"]?.text {
                  persons.append(name)
                }
              default: break
              }
            }
          }
          var links: [String] = []
          if let linksNode = event["links"], case .array(let list) = linksNode.value {
            for link in list {
              if let url = link.text {
                links.append(url)
              } else if case .object(let l) = link.value, let url = l["url"]?.text {
                links.append(url)
              }
            }
          }
          draft.addRoom(room)
          draft.sessions.append(
            ScheduleDraft.Session(
              id: event["id"]?.text, guid: event["guid"]?.text, title: title, subtitle: event["subtitle"]?.text,
              start: begin, end: begin.addingTimeInterval(TimeInterval(duration)), room: room,
              track: event["track"]?.text, type: event["type"]?.text, language: event["language"]?.text,
              abstract: event["abstract"]?.text, description: event["description"]?.text, persons: persons,
              url: event["url"]?.text, links: links, position: eventNode.position))
        }
      }
    }
    return draft
  }
}

extension JSONNode {
  /// A string or a number as trimmed text; nil for anything else or an empty string.
  var text: String? {
    switch value {
    case .string(let s):
      let t = s.trimmingWhitespace()
      return t.isEmpty ? nil : t
    case .number(let n, let isInteger):
      return isInteger && abs(n) < 9e15 ? String(Int64(n)) : String(n)
    default: return nil
    }
  }
}
