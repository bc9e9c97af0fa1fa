import ExpoModel
import Foundation

/// The visit plan as iCalendar (RFC 5545), Markdown and CSV.
public enum PlanExport {
  // MARK: iCalendar

  /// TEXT value escaping (RFC 5545 §3.3.11).
  public static func icsText(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default:
        // No control, bidi or invisible format character reaches a calendar (C0, DEL, C1 too).
        if Sanitize.isUnsafe(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Folds a content line at 75 octets (CRLF + space), never inside a UTF-8 sequence (§3.1).
  public static func fold(_ line: String) -> String {
    var out = ""
    var count = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if count + size > 75 {
        out += "\r\n "
        count = 1
      }
      out.unicodeScalars.append(scalar)
      count += size
    }
    return out + "\r\n"
  }

  static func utc(_ date: Date) -> String {
    let p = ExpoTime.components(date, zone: TimeZone(secondsFromGMT: 0)!)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(p.year)\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))Z"
  }

  /// Bookmarked events as VEVENTs; with `booths`, bookmarked booths as VTODOs. UIDs are stable
  /// (expo id + item id), times are UTC.
  /// With `alarmMinutes`, each event carries a VALARM that many minutes before it starts.
  public static func ics(
    _ plan: VisitPlan, booths: Bool, stamp: Date = Date(), _ t: UIText = .english, alarmMinutes: Int? = nil
  ) -> String {
    let l = t.language
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Expo Guide//Visit plan//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + icsText(t.calendarName(plan.expo.name.text(l))),
      // Times are UTC; the zone tells calendar apps (and our importer) where the expo is.
      "X-WR-TIMEZONE:" + icsText(plan.expo.timeZone),
    ]
    let expo = plan.expo.id
    for item in plan.events {
      let e = item.event
      var description = e.description?.text(l) ?? ""
      if !e.speakers.isEmpty {
        description += (description.isEmpty ? "" : "\n") + t.exportSpeakers(e.speakers.joined(separator: "; "))
      }
      if !item.clashes.isEmpty { description += "\n" + t.exportClashes(item.clashes.joined(separator: "; ")) }
      if !item.bookmark.note.isEmpty { description += "\n" + t.exportNote(item.bookmark.note) }
      lines += [
        "BEGIN:VEVENT", "UID:\(icsText("\(expo)-event-\(e.id)"))@expo-guide", "DTSTAMP:\(utc(stamp))",
        "DTSTART:\(utc(e.start))", "DTEND:\(utc(max(e.end, e.start)))",
        // Both names, the chosen language's first.
        "SUMMARY:"
          + icsText(
            [e.title.text(l), e.title.zh == nil ? nil : e.title.text(l.toggled)].compactMap { $0 }.joined(
              separator: " · ")),
        "LOCATION:" + icsText(t.list([e.venueName.text(l)] + (e.hall.map { [t.hallCode($0)] } ?? []))),
        "CATEGORIES:" + icsText(t.eventKind(e.kind)),
      ]
      if !description.isEmpty { lines.append("DESCRIPTION:" + icsText(description)) }
      if let minutes = alarmMinutes {
        lines += [
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + icsText(e.title.text(l)),
          "TRIGGER:-PT\(max(0, minutes))M", "END:VALARM",
        ]
      }
      lines.append("END:VEVENT")
    }
    if booths {
      for hall in plan.halls {
        for (n, stop) in hall.stops.enumerated() {
          let booth = stop.booth?.code ?? stop.exhibitor.booths.first ?? ""
          lines += [
            "BEGIN:VTODO", "UID:\(icsText("\(expo)-exhibitor-\(stop.exhibitor.id)"))@expo-guide",
            "DTSTAMP:\(utc(stamp))",
            "SUMMARY:" + icsText(t.visitBooth(stop.exhibitor.name.text(l), booth: booth)),
            "LOCATION:" + icsText(t.hallBooth(hall.hallName.text(l), booth: booth)),
            "PRIORITY:\(min(9, n + 1))", "STATUS:" + (stop.bookmark.visited ? "COMPLETED" : "NEEDS-ACTION"),
          ]
          if !stop.bookmark.note.isEmpty { lines.append("DESCRIPTION:" + icsText(stop.bookmark.note)) }
          lines.append("END:VTODO")
        }
      }
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined()
  }

  // MARK: Markdown

  public static func markdown(_ plan: VisitPlan, _ t: UIText = .english) -> String {
    let zone = TimeZone(identifier: plan.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
    let l = t.language
    func cell(_ text: String) -> String { Sanitize.markdown(text) }
    func header(_ columns: [String]) -> String {
      "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
    }
    var out = "# \(cell(t.myPlanOf(plan.expo.name.text(l))))\n\n"
    out +=
      "\(t.count(plan.boothCount, .booth)) · \(t.count(plan.events.count, .event)) · \(t.count(plan.products.count, .product))\n"
    for hall in plan.halls {
      out +=
        "\n## \(cell(t.walkingOrder(hall.hallName.text(l), metres: hall.metres)))\n\n" + header(t.exportBoothColumns)
      for (n, stop) in hall.stops.enumerated() {
        out +=
          "| \(n + 1) | \(cell(stop.booth?.code ?? "")) | \(cell(stop.exhibitor.name.text(l))) | \(stop.bookmark.visited ? "✓" : "") | \(cell(stop.bookmark.note)) |\n"
      }
    }
    if !plan.events.isEmpty {
      out += "\n## \(t.exportEvents)\n\n" + header(t.exportEventColumns)
      for item in plan.events {
        let e = item.event
        let when =
          "\(ExpoTime.iso8601(e.start, zone: zone).prefix(10)) \(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
        let note =
          ([item.clashes.isEmpty ? "" : t.exportClashesWith(t.list(item.clashes))] + [item.bookmark.note])
          .filter { !$0.isEmpty }.joined(separator: "; ")
        out += "| \(when) | \(cell(e.title.text(l))) | \(cell(e.venueName.text(l))) | \(cell(note)) |\n"
      }
    }
    if !plan.products.isEmpty {
      out += "\n## \(t.exportProducts)\n\n"
      for (p, b) in plan.products {
        out +=
          "- \(cell(p.name.text(l))) — \(cell(p.exhibitorName.text(l)))\(p.booth.map { t.comma + t.boothCode($0) } ?? "")\(b.note.isEmpty ? "" : " · \(cell(b.note))")\n"
      }
    }
    if !plan.missing.isEmpty {
      out += "\n## \(t.exportMissing)\n\n"
      for b in plan.missing { out += "- \(t.bookmarkKind(b.key.kind)) \(cell(b.key.id))\n" }
    }
    return out
  }

  // MARK: CSV

  /// The column names and kinds stay English (a file for programs); names, yes/no and notes are
  /// in the chosen language.
  public static func csv(_ plan: VisitPlan, _ t: UIText = .english) -> String {
    let l = t.language
    let zone = TimeZone(identifier: plan.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
    func field(_ text: String) -> String { Sanitize.csvField(text) }
    var rows = [
      ["kind", "id", "name", "hall", "booth", "order", "start", "end", "venue", "clashes", "visited", "note"]
    ]
    for hall in plan.halls {
      for (n, stop) in hall.stops.enumerated() {
        rows.append([
          "exhibitor", stop.exhibitor.id, stop.exhibitor.name.text(l), hall.hall, stop.booth?.code ?? "", String(n + 1),
          "",
          "",
          "", "", stop.bookmark.visited ? t.exportYes : t.exportNo, stop.bookmark.note,
        ])
      }
    }
    for item in plan.events {
      let e = item.event
      rows.append([
        "event", e.id, e.title.text(l), e.hall ?? "", "", "", ExpoTime.iso8601(e.start, zone: zone),
        ExpoTime.iso8601(e.end, zone: zone), e.venueName.text(l), item.clashes.joined(separator: "; "), "",
        item.bookmark.note,
      ])
    }
    for (p, b) in plan.products {
      rows.append(["product", p.id, p.name.text(l), p.hall ?? "", p.booth ?? "", "", "", "", "", "", "", b.note])
    }
    for b in plan.missing {
      rows.append([
        b.key.kind.rawValue, b.key.id, t.exportMissingName, "", "", "", "", "", "", "", "", b.note,
      ])
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }
}
