import Foundation

/// Writes a dataset as a folder in our JSON format: `expo.json` indented, and one object per line
/// in the list files (small, diff-friendly, and error positions point at the right entity).
public enum DatasetWriter {
  public static func write(_ dataset: ExpoDataset, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let zone = TimeZone(identifier: dataset.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
    for (name, text) in files(dataset, zone: zone) {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
    }
  }

  /// File name -> contents.
  public static func files(_ dataset: ExpoDataset, zone: TimeZone) -> [(String, String)] {
    let expo = dataset.expo
    var root: [(String, JSONText.Value)] = [
      ("formatVersion", .int(1)), ("id", .string(expo.id)), ("name", localized(expo.name)),
    ]
    var venue: [(String, JSONText.Value)] = [("name", localized(expo.venue.name))]
    if let a = expo.venue.address { venue.append(("address", localized(a))) }
    if let c = expo.venue.city { venue.append(("city", localized(c))) }
    root.append(("venue", .object(venue)))
    root.append(("timeZone", .string(expo.timeZone)))
    root.append(("startDate", .string(expo.startDate.description)))
    root.append(("endDate", .string(expo.endDate.description)))
    optional(&root, "website", expo.website)
    optionalText(&root, "description", expo.description)
    optional(&root, "note", expo.note)
    root.append(
      (
        "halls",
        .array(
          dataset.halls.map { h in
            var m: [(String, JSONText.Value)] = [("id", .string(h.id)), ("name", localized(h.name))]
            for (k, v) in [("floor", h.floor), ("x", h.x), ("y", h.y), ("width", h.width), ("depth", h.depth)] {
              if let v { m.append((k, .int(v))) }
            }
            if !h.features.isEmpty {
              m.append(
                (
                  "features",
                  .array(
                    h.features.map { f in
                      var fm: [(String, JSONText.Value)] = [("kind", .string(f.kind.rawValue))]
                      if let name = f.name { fm.append(("name", localized(name))) }
                      fm += [("x", .int(f.x)), ("y", .int(f.y)), ("width", .int(f.width)), ("depth", .int(f.depth))]
                      optional(&fm, "venue", f.venue)
                      return .object(fm)
                    })
                ))
            }
            return .object(m)
          })
      ))
    root.append(
      (
        "venues",
        .array(
          dataset.venues.map { v in
            var m: [(String, JSONText.Value)] = [("id", .string(v.id)), ("name", localized(v.name))]
            optional(&m, "hall", v.hall)
            return .object(m)
          })
      ))
    root.append(
      (
        "pavilions",
        .array(
          dataset.pavilions.map { p in
            var m: [(String, JSONText.Value)] = [
              ("id", .string(p.id)), ("country", .string(p.country)), ("name", localized(p.name)),
              ("hall", .string(p.hall)),
            ]
            optionalText(&m, "description", p.description)
            return .object(m)
          })
      ))
    let expoText = JSONText.Value.object(root).pretty() + "\n"

    let booths = lines(
      "booths",
      dataset.booths.map { b in
        var m: [(String, JSONText.Value)] = [("code", .string(b.code)), ("hall", .string(b.hall))]
        for (k, v) in [("x", b.x), ("y", b.y), ("width", b.width), ("depth", b.depth)] {
          if let v { m.append((k, .int(v))) }
        }
        return .object(m)
      })
    let exhibitors = lines(
      "exhibitors",
      dataset.exhibitors.map { e in
        var m: [(String, JSONText.Value)] = [
          ("id", .string(e.id)), ("name", localized(e.name)), ("country", .string(e.country)),
        ]
        optional(&m, "pavilion", e.pavilion)
        m.append(("booths", .array(e.booths.map { .string($0) })))
        m.append(("categories", .array(e.categories.map { .string($0) })))
        if let city = e.city { m.append(("city", localized(city))) }
        optional(&m, "website", e.website)
        optionalText(&m, "description", e.description)
        return .object(m)
      })
    let products = lines(
      "products",
      dataset.products.map { p in
        var m: [(String, JSONText.Value)] = [
          ("id", .string(p.id)), ("exhibitor", .string(p.exhibitor)), ("name", localized(p.name)),
          ("category", .string(p.category)),
        ]
        optional(&m, "origin", p.origin)
        optionalText(&m, "description", p.description)
        return .object(m)
      })
    let events = lines(
      "events",
      dataset.events.map { e in
        var m: [(String, JSONText.Value)] = [
          ("id", .string(e.id)), ("title", localized(e.title)), ("kind", .string(e.kind)),
          ("start", .string(ExpoTime.iso8601(e.start, zone: zone))),
          ("end", .string(ExpoTime.iso8601(e.end, zone: zone))), ("venue", .string(e.venue)),
        ]
        if !e.speakers.isEmpty { m.append(("speakers", .array(e.speakers.map { .string($0) }))) }
        optional(&m, "pavilion", e.pavilion)
        if !e.exhibitors.isEmpty { m.append(("exhibitors", .array(e.exhibitors.map { .string($0) }))) }
        optionalText(&m, "description", e.description)
        return .object(m)
      })
    return [
      ("expo.json", expoText), ("booths.json", booths), ("exhibitors.json", exhibitors),
      ("products.json", products), ("events.json", events),
    ]
  }

  static func localized(_ text: LocalizedText) -> JSONText.Value {
    guard let zh = text.zh else { return .string(text.en) }
    return .object([("en", .string(text.en)), ("zh", .string(zh))])
  }

  static func optionalText(_ members: inout [(String, JSONText.Value)], _ key: String, _ value: LocalizedText?) {
    if let value { members.append((key, localized(value))) }
  }

  static func optional(_ members: inout [(String, JSONText.Value)], _ key: String, _ value: String?) {
    if let value { members.append((key, .string(value))) }
  }

  static func lines(_ key: String, _ items: [JSONText.Value]) -> String {
    var out = "{\n  \(JSONText.quote(key)): [\n"
    for (i, item) in items.enumerated() {
      out += "    " + item.compact + (i + 1 < items.count ? ",\n" : "\n")
    }
    out += "  ]\n}\n"
    return out
  }
}
