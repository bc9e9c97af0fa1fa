import Foundation

/// iCalendar (RFC 5545) files: every VEVENT becomes an event; LOCATION a venue, CATEGORIES the kind.
///
/// Times: `…Z` is UTC, `TZID=` names a zone (IANA names, also behind a prefix such as
/// `/mozilla.org/…/Europe/Berlin`; else the offset of the file's VTIMEZONE), floating times are
/// read in `X-WR-TIMEZONE` (else the most used TZID, else UTC). All-day events run from midnight
/// to midnight. Recurring events keep their first occurrence, with a warning.
enum ICalendarImporter {
  struct Property {
    var name: String
    var parameters: [String: String]
    var value: String
    var line: Int
  }

  struct Component {
    var name: String
    var properties: [Property] = []
    var children: [Component] = []
    var line: Int

    func first(_ name: String) -> Property? { properties.first { $0.name == name } }
  }

  /// Unfolds content lines (a line starting with a space or tab continues the previous one).
  static func contentLines(_ bytes: [UInt8]) -> [(text: String, line: Int)] {
    var out: [(text: String, line: Int)] = []
    var current: [UInt8] = []
    var currentLine = 0
    var line = 0
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count {
      line += 1
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var slice = bytes[start..<end]
      if slice.last == 0x0D { slice = slice.dropLast() }
      if let first = slice.first, first == 0x20 || first == 0x09, currentLine > 0 {
        current += slice.dropFirst()
      } else {
        if currentLine > 0 { out.append((String(decoding: current, as: UTF8.self), currentLine)) }
        current = Array(slice)
        currentLine = line
      }
      start = end + 1
    }
    if currentLine > 0 { out.append((String(decoding: current, as: UTF8.self), currentLine)) }
    return out
  }

  /// `NAME;P=V;Q="V":value` → a property; nil when there is no colon.
  static func property(_ text: String, line: Int) -> Property? {
    var name = ""
    var parameters: [String: String] = [:]
    var index = text.startIndex
    // Name up to ';' or ':'.
    while index < text.endIndex, text[index] != ";", text[index] != ":" {
      name.append(text[index])
      index = text.index(after: index)
    }
    while index < text.endIndex, text[index] == ";" {
      index = text.index(after: index)
      var key = ""
      while index < text.endIndex, text[index] != "=", text[index] != ":", text[index] != ";" {
        key.append(text[index])
        index = text.index(after: index)
      }
      var value = ""
      if index < text.endIndex, text[index] == "=" {
        index = text.index(after: index)
        var quoted = false
        while index < text.endIndex {
          let c = text[index]
          if c == "\"" {
            quoted.toggle()
          } else if !quoted, c == ";" || c == ":" {
            break
          } else {
            value.append(c)
          }
          index = text.index(after: index)
        }
      }
      parameters[key.uppercased()] = value
    }
    guard index < text.endIndex, text[index] == ":", !name.isEmpty else { return nil }
    return Property(
      name: name.uppercased(), parameters: parameters, value: String(text[text.index(after: index)...]), line: line)
  }

  /// TEXT unescaping (§3.3.11).
  static func unescape(_ text: String) -> String {
    var out = ""
    var escaped = false
    for c in text {
      if escaped {
        switch c {
        case "n", "N": out.append("\n")
        default: out.append(c)
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    return out
  }

  static func components(_ bytes: [UInt8], sink: IssueSink) -> [Component] {
    var stack: [Component] = []
    var roots: [Component] = []
    for (text, line) in contentLines(bytes) where !text.isEmpty {
      guard let p = property(text, line: line) else {
        sink.warning("line is not NAME:value; ignored", at: SourcePosition(line: line, column: 1), path: nil)
        continue
      }
      if p.name == "BEGIN" {
        if stack.count >= 32 {
          sink.error("components nested deeper than 32 levels", at: SourcePosition(line: line, column: 1), path: nil)
          return roots
        }
        stack.append(Component(name: p.value.uppercased(), line: line))
      } else if p.name == "END" {
        guard let last = stack.popLast() else {
          sink.warning("END:\(p.value) without BEGIN; ignored", at: SourcePosition(line: line, column: 1), path: nil)
          continue
        }
        if last.name != p.value.uppercased() {
          sink.warning(
            "END:\(p.value) closes BEGIN:\(last.name) of line \(last.line)", at: SourcePosition(line: line, column: 1),
            path: nil)
        }
        if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].children.append(last) }
      } else if !stack.isEmpty {
        stack[stack.count - 1].properties.append(p)
      }
    }
    if let open = stack.first {
      sink.warning(
        "BEGIN:\(open.name) is never closed (END:\(open.name) missing); read to the end of the file",
        at: SourcePosition(line: open.line, column: 1), path: nil)
      var rest = stack
      while rest.count > 1 {
        let last = rest.removeLast()
        rest[rest.count - 1].children.append(last)
      }
      roots.append(rest[0])
    }
    return roots
  }

  /// A zone for a TZID: the IANA name itself or at the end of a path, else the VTIMEZONE's offset.
  static func zone(_ tzid: String, vtimezones: [String: Component]) -> TimeZone? {
    if let zone = TimeZone(identifier: tzid) { return zone }
    let parts = tzid.split(separator: "/")
    for n in [3, 2, 1] where parts.count >= n {
      if let zone = TimeZone(identifier: parts.suffix(n).joined(separator: "/")) { return zone }
    }
    if let vtz = vtimezones[tzid] {
      let standard = vtz.children.first { $0.name == "STANDARD" } ?? vtz.children.first
      if let offset = standard?.first("TZOFFSETTO")?.value, let seconds = utcOffset(offset) {
        return TimeZone(secondsFromGMT: seconds)
      }
    }
    return nil
  }

  /// `+0100`, `-0530`, `+010000` → seconds.
  static func utcOffset(_ text: String) -> Int? {
    let t = Array(text.utf8)
    guard t.count >= 5, t[0] == 43 || t[0] == 45, let h = Int(String(decoding: t[1..<3], as: UTF8.self)),
      let m = Int(String(decoding: t[3..<5], as: UTF8.self)), h <= 18, m <= 59
    else { return nil }
    return (t[0] == 45 ? -1 : 1) * (h * 3600 + m * 60)
  }

  /// A DATE or DATE-TIME value; `allDay` is true for a DATE.
  static func dateTime(_ value: String, zone: TimeZone) -> (date: Date, allDay: Bool)? {
    let t = Array(value.trimmingWhitespace().utf8)
    func n(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= t.count else { return nil }
      var v = 0
      for b in t[from..<(from + count)] {
        guard b >= 48, b <= 57 else { return nil }
        v = v * 10 + Int(b - 48)
      }
      return v
    }
    guard let y = n(0, 4), let mo = n(4, 2), let d = n(6, 2), (1...12).contains(mo),
      d >= 1, d <= LocalDate.daysIn(month: mo, year: y)
    else { return nil }
    if t.count == 8 { return (LocalDate(year: y, month: mo, day: d).startOfDay(in: zone), true) }
    guard t.count >= 15, t[8] == 84, let h = n(9, 2), let mi = n(11, 2), let s = n(13, 2), h <= 23, mi <= 59, s <= 60
    else { return nil }
    let utc = t.count == 16 && (t[15] == 90 || t[15] == 122)
    guard t.count == 15 || utc else { return nil }
    return (
      CivilTime.instant(year: y, month: mo, day: d, hour: h, minute: mi, second: s, in: utc ? ExpoTime.utc : zone),
      false
    )
  }

  /// `P1DT2H30M`, `PT45M`, `P1W`, `-PT5M` → seconds.
  static func duration(_ text: String) -> Int? {
    var t = Substring(text.trimmingWhitespace())
    var sign = 1
    if t.hasPrefix("-") {
      sign = -1
      t = t.dropFirst()
    } else if t.hasPrefix("+") {
      t = t.dropFirst()
    }
    guard t.hasPrefix("P") else { return nil }
    t = t.dropFirst()
    var total = 0
    var number = ""
    var inTime = false
    for c in t {
      if c.isASCII, c.isNumber {
        number.append(c)
        guard number.count <= 9 else { return nil }
        continue
      }
      if c == "T" {
        inTime = true
        continue
      }
      guard let v = Int(number) else { return nil }
      number = ""
      switch (c, inTime) {
      case ("W", false): total += v * 7 * 86_400
      case ("D", false): total += v * 86_400
      case ("H", true): total += v * 3600
      case ("M", true): total += v * 60
      case ("S", true): total += v
      default: return nil
      }
    }
    guard number.isEmpty else { return nil }
    return sign * total
  }

  static func importCalendar(_ bytes: [UInt8], file: String, sink: IssueSink) -> ScheduleDraft? {
    let roots = components(bytes, sink: sink)
    guard let calendar = roots.first(where: { $0.name == "VCALENDAR" }) else {
      sink.error(
        "no BEGIN:VCALENDAR; expected an iCalendar (.ics) file", at: SourcePosition(line: 1, column: 1), path: nil)
      return nil
    }
    var vtimezones: [String: Component] = [:]
    for c in calendar.children where c.name == "VTIMEZONE" {
      if let id = c.first("TZID")?.value { vtimezones[id] = c }
    }
    let vevents = calendar.children.filter { $0.name == "VEVENT" }
    // The calendar's zone: X-WR-TIMEZONE, else the most used TZID, else UTC.
    var tzidCounts: [String: Int] = [:]
    for e in vevents { if let id = e.first("DTSTART")?.parameters["TZID"] { tzidCounts[id, default: 0] += 1 } }
    let declared = calendar.first("X-WR-TIMEZONE")?.value.trimmingWhitespace()
    let common = tzidCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    var calendarZone = TimeZone(identifier: "UTC")!
    if let name = declared ?? common {
      if let zone = zone(name, vtimezones: vtimezones) {
        calendarZone = zone
      } else {
        sink.warning("unknown time zone \"\(name)\"; floating times are read as UTC", at: nil, path: nil)
      }
    }
    let others = Dictionary(
      grouping: calendar.children.filter { $0.name != "VEVENT" && $0.name != "VTIMEZONE" }, by: \.name)
    for (name, list) in others.sorted(by: { $0.key < $1.key }) {
      sink.warning(
        "\(list.count) \(name) component\(list.count == 1 ? "" : "s") skipped (only VEVENTs are events)",
        at: SourcePosition(line: list[0].line, column: 1), path: nil)
    }
    let title =
      [calendar.first("X-WR-CALNAME"), calendar.first("X-WR-CALDESC")].compactMap { $0 }
      .map { unescape($0.value).trimmingWhitespace() }.first { !$0.isEmpty }
      ?? file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? file
    var draft = ScheduleDraft(
      title: title, acronym: nil, timeZone: calendarZone, startDate: nil, endDate: nil, url: nil,
      note: "imported from \(file) (iCalendar)")
    for event in vevents {
      let at = SourcePosition(line: event.line, column: 1)
      func text(_ name: String) -> String? {
        guard let p = event.first(name) else { return nil }
        let t = unescape(p.value).trimmingWhitespace()
        return t.isEmpty ? nil : t
      }
      let summary = text("SUMMARY")
      if event.first("STATUS")?.value.uppercased() == "CANCELLED" {
        sink.warning("the event \"\(summary ?? "?")\" is cancelled (STATUS:CANCELLED); skipped", at: at, path: nil)
        continue
      }
      guard let summary else {
        sink.warning("a VEVENT without SUMMARY is skipped", at: at, path: nil)
        continue
      }
      func instant(_ p: Property) -> (date: Date, allDay: Bool)? {
        var zone = calendarZone
        if let tzid = p.parameters["TZID"] {
          if let z = Self.zone(tzid, vtimezones: vtimezones) {
            zone = z
          } else {
            sink.warning(
              "unknown TZID \"\(tzid)\" (no VTIMEZONE with that id); read in \(calendarZone.identifier)",
              at: SourcePosition(line: p.line, column: 1), path: nil)
          }
        }
        return dateTime(p.value, zone: zone)
      }
      guard let startProperty = event.first("DTSTART"), let start = instant(startProperty) else {
        sink.warning(
          "the event \"\(summary)\" has no valid DTSTART (YYYYMMDD or YYYYMMDDTHHMMSS[Z]); skipped", at: at, path: nil)
        continue
      }
      var end = start.date.addingTimeInterval(start.allDay ? 86_400 : 0)
      if let endProperty = event.first("DTEND") {
        if let e = instant(endProperty) {
          end = e.date
        } else {
          sink.warning(
            "the event \"\(summary)\" has an invalid DTEND \"\(endProperty.value)\"; it is given no duration",
            at: SourcePosition(line: endProperty.line, column: 1), path: nil)
        }
      } else if let durationProperty = event.first("DURATION") {
        if let seconds = duration(durationProperty.value), seconds >= 0 {
          end = start.date.addingTimeInterval(TimeInterval(seconds))
        } else {
          sink.warning(
            "the event \"\(summary)\" has an invalid DURATION \"\(durationProperty.value)\"; expected e.g. PT1H30M",
            at: SourcePosition(line: durationProperty.line, column: 1), path: nil)
        }
      }
      if end < start.date {
        sink.warning("the event \"\(summary)\" ends before it starts; it is given no duration", at: at, path: nil)
        end = start.date
      }
      if event.first("RRULE") != nil || event.first("RDATE") != nil {
        sink.warning(
          "the event \"\(summary)\" repeats (RRULE/RDATE); only its first occurrence is imported", at: at, path: nil)
      }
      var description = text("DESCRIPTION")
      var speakers: [String] = []
      // "Speaker: A" / "Speakers: A; B" lines (our own export writes them too).
      if let d = description {
        var kept: [String] = []
        for line in d.split(separator: "\n", omittingEmptySubsequences: false) {
          let l = line.trimmingWhitespace()
          if let colon = l.firstIndex(of: ":"), ["speaker", "speakers"].contains(l[..<colon].lowercased()) {
            let names: [Substring] = l[l.index(after: colon)...].split(whereSeparator: { $0 == ";" || $0 == "," })
            for name in names {
              let trimmed: String = name.trimmingWhitespace()
              if !trimmed.isEmpty { speakers.append(trimmed) }
            }
          } else {
            kept.append(String(line))
          }
        }
        let rest = kept.joined(separator: "\n").trimmingWhitespace()
        description = rest.isEmpty ? nil : rest
      }
      let categories = event.properties.filter { $0.name == "CATEGORIES" }
        .flatMap { splitList($0.value) }.map { unescape($0).trimmingWhitespace() }.filter { !$0.isEmpty }
      let room = text("LOCATION") ?? "Unspecified location"
      draft.addRoom(room)
      draft.sessions.append(
        ScheduleDraft.Session(
          id: text("UID"), guid: nil, title: summary, subtitle: nil, start: start.date, end: end, room: room,
          track: categories.first, type: nil, language: nil, abstract: nil, description: description,
          persons: speakers, url: text("URL"), links: [], position: at))
    }
    if vevents.isEmpty { sink.warning("the calendar has no VEVENT: no events", at: nil, path: nil) }
    return draft
  }

  /// Splits a comma-separated value list, keeping escaped commas.
  static func splitList(_ value: String) -> [String] {
    var out: [String] = []
    var current = ""
    var escaped = false
    for c in value {
      if escaped {
        current.append("\\")
        current.append(c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "," {
        out.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    out.append(current)
    return out
  }
}
