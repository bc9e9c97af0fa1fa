import Foundation

/// Decodes the files of one expo folder and cross-checks their references.
struct DatasetDecoder {
  /// A decoded value with the reader of its JSON object, to point cross-reference errors at fields.
  struct Located<Value> {
    var value: Value
    var reader: FieldReader
  }

  private var sinks: [IssueSink] = []
  private(set) var dataset: ExpoDataset?

  /// Every issue, file by file, in the order of their positions.
  var allIssues: [ValidationIssue] {
    sinks.flatMap { sink in
      sink.issues.enumerated().sorted { a, b in
        let pa = a.element.position ?? SourcePosition(line: 0, column: 0)
        let pb = b.element.position ?? SourcePosition(line: 0, column: 0)
        return (pa.line, pa.column, a.offset) < (pb.line, pb.column, b.offset)
      }.map(\.element)
    }
  }

  private mutating func sink(_ file: String) -> IssueSink {
    let sink = IssueSink(file: file)
    sinks.append(sink)
    return sink
  }

  /// Parses a file; reports a syntax error and returns nil on failure.
  private mutating func parse(_ file: String, _ bytes: [UInt8]?) -> (JSONNode, IssueSink)? {
    guard let bytes else { return nil }
    let sink = sink(file)
    do {
      return (try JSONParser.parse(bytes), sink)
    } catch {
      sink.error("malformed JSON: \(error.message)", at: error.position, path: nil)
      return nil
    }
  }

  static let productKeys: [String] = ["id", "exhibitor", "name", "category", "origin", "description"]

  /// Parses a list file streaming its elements to `visit`; reports a syntax error, or a missing or
  /// mistyped list, like `parse` and `list` do.
  private mutating func stream(
    _ file: String, _ bytes: [UInt8]?, key: String, visit: @escaping (JSONNode, Int, IssueSink) -> Void
  ) {
    guard let bytes else { return }
    let sink = sink(file)
    do {
      let (root, streamed) = try JSONParser.stream(bytes, key: key) { node, i in visit(node, i, sink) }
      if !streamed { _ = list(root, key: key, sink: sink) }
    } catch {
      sink.error("malformed JSON: \(error.message)", at: error.position, path: nil)
    }
  }

  /// The array of a list file: `{"key": [...]}` (or a bare array).
  private func list(_ root: JSONNode, key: String, sink: IssueSink) -> [JSONNode] {
    switch root.value {
    case .array(let items): return items
    case .object(let object):
      guard let node = object[key] else {
        sink.error("missing required field \"\(key)\" (an array)", at: root.position, path: "$")
        return []
      }
      guard case .array(let items) = node.value else {
        sink.error("expected an array, found \(node.typeDescription)", at: node.position, path: "$.\(key)")
        return []
      }
      return items
    default:
      sink.error(
        "expected an object {\"\(key)\": [...]}, found \(root.typeDescription)", at: root.position, path: "$")
      return []
    }
  }

  mutating func decode(files: [String: [UInt8]]) {
    guard let (expoRoot, expoSink) = parse("expo.json", files["expo.json"]) else {
      if files["expo.json"] == nil {
        sink("expo.json").error("missing: every expo folder needs an expo.json", at: nil, path: nil)
      }
      // Still report syntax errors of the other files.
      for name in DatasetLoader.fileNames.dropFirst() { _ = parse(name, files[name]) }
      return
    }
    guard let root = FieldReader(expoRoot, path: "$", sink: expoSink, what: "the expo") else { return }
    root.warnUnknownKeys([
      "formatVersion", "id", "name", "venue", "timeZone", "startDate", "endDate", "website", "description", "note",
      "halls", "venues", "pavilions",
    ])
    if let version = root.int("formatVersion"), version != 1 {
      expoSink.error(
        "unsupported formatVersion \(version); this program reads version 1", at: root.positionOf("formatVersion"),
        path: "$.formatVersion")
    }
    let expo = decodeExpo(root)
    let zone = expo.flatMap { TimeZone(identifier: $0.timeZone) }
    let (halls, featureReaders) = decodeHalls(root, expoSink)
    let hallIDs = uniqueIDs(halls, id: \.id, what: "hall")
    let venues = decodeVenues(root, expoSink, hallIDs: hallIDs)
    let venueIDs = uniqueIDs(venues, id: \.id, what: "venue")
    for (_, feature, reader) in featureReaders {
      if let venue = feature.venue { checkRef(venue, in: venueIDs, what: "venue", field: "venue", reader) }
    }
    let pavilions = decodePavilions(root, expoSink, hallIDs: hallIDs)
    let pavilionIDs = uniqueIDs(pavilions, id: \.id, what: "pavilion")
    let booths = decodeBooths(files, hallIDs: hallIDs)
    let boothCodes = uniqueIDs(booths, id: \.code, what: "booth", field: "code")
    checkGeometry(booths, halls: halls.map(\.value))
    let exhibitors = decodeExhibitors(files, boothCodes: boothCodes, pavilions: pavilions, pavilionIDs: pavilionIDs)
    let exhibitorIDs = uniqueIDs(exhibitors, id: \.id, what: "exhibitor")
    checkBoothOwners(exhibitors)
    let products = decodeProducts(files, exhibitorIDs: exhibitorIDs)
    let events = decodeEvents(
      files, expo: expo, zone: zone, venueIDs: venueIDs, pavilionIDs: pavilionIDs, exhibitorIDs: exhibitorIDs)

    guard let expo else { return }
    dataset = ExpoDataset(
      expo: expo, halls: halls.map(\.value), venues: venues.map(\.value), pavilions: pavilions.map(\.value),
      booths: booths.map(\.value), exhibitors: exhibitors.map(\.value), products: products, events: events)
  }

  /// expo.json's halls with their plan features (kept with their readers: a feature's venue is
  /// checked once the venues are known).
  private func decodeHalls(_ root: FieldReader, _ expoSink: IssueSink) -> (
    [Located<Hall>], [(hall: String, feature: HallFeature, reader: FieldReader)]
  ) {
    var halls: [Located<Hall>] = []
    var featureReaders: [(hall: String, feature: HallFeature, reader: FieldReader)] = []
    for (i, node) in root.array("halls", required: true).enumerated() {
      guard let r = FieldReader(node, path: "$.halls[\(i)]", sink: expoSink, what: "a hall") else { continue }
      r.warnUnknownKeys(["id", "name", "floor", "width", "depth", "x", "y", "features"])
      let id = r.string("id")
      let name = r.localized("name")
      guard let id, let name else { continue }
      var hall = Hall(
        id: id, name: name, floor: r.int("floor", range: -10...200), width: r.int("width", range: 1...Hall.maximumSide),
        depth: r.int("depth", range: 1...Hall.maximumSide), x: r.int("x", range: -100_000...100_000),
        y: r.int("y", range: -100_000...100_000))
      if let width = hall.width, let depth = hall.depth, width * depth > Hall.maximumArea {
        expoSink.error(
          "the hall is \(width) × \(depth) m = \(width * depth) m²; at most \(Hall.maximumArea) m² "
            + "(a plan's memory grows with its area)", at: r.positionOf("width"), path: r.memberPath("width"))
        hall.width = nil
        hall.depth = nil
      }
      for (j, featureNode) in r.array("features", required: false).enumerated() {
        guard
          let f = FieldReader(
            featureNode, path: "\(r.memberPath("features"))[\(j)]", sink: expoSink, what: "a plan feature")
        else { continue }
        f.warnUnknownKeys(["kind", "name", "x", "y", "width", "depth", "venue"])
        let kindText = f.string("kind")
        let kind = kindText.flatMap(HallFeature.Kind.init(rawValue:))
        if let kindText, kind == nil {
          expoSink.error(
            "unknown feature kind \"\(kindText)\"; expected one of "
              + HallFeature.Kind.allCases.map(\.rawValue).joined(separator: ", "),
            at: f.positionOf("kind"), path: f.memberPath("kind"))
        }
        let x = f.int("x", required: true, range: 0...Hall.maximumSide)
        let y = f.int("y", required: true, range: 0...Hall.maximumSide)
        let width = f.int("width", required: true, range: 1...Hall.maximumSide)
        let depth = f.int("depth", required: true, range: 1...Hall.maximumSide)
        guard let kind, let x, let y, let width, let depth else { continue }
        let feature = HallFeature(
          kind: kind, name: f.localized("name", required: false), x: x, y: y, width: width, depth: depth,
          venue: f.string("venue", required: false))
        if let message = Self.outside(x: x, y: y, width: width, depth: depth, of: hall) {
          expoSink.error("the \(kind.rawValue) \(message)", at: f.position, path: f.path)
        }
        hall.features.append(feature)
        featureReaders.append((hall.id, feature, f))
      }
      halls.append(Located(value: hall, reader: r))
    }
    return (halls, featureReaders)
  }

  private func decodeVenues(_ root: FieldReader, _ expoSink: IssueSink, hallIDs: Set<String>) -> [Located<Venue>] {
    var venues: [Located<Venue>] = []
    for (i, node) in root.array("venues", required: false).enumerated() {
      guard let r = FieldReader(node, path: "$.venues[\(i)]", sink: expoSink, what: "a venue") else { continue }
      r.warnUnknownKeys(["id", "name", "hall"])
      let id = r.string("id")
      let name = r.localized("name")
      guard let id, let name else { continue }
      let venue = Venue(id: id, name: name, hall: r.string("hall", required: false))
      if let hall = venue.hall { checkRef(hall, in: hallIDs, what: "hall", field: "hall", r) }
      venues.append(Located(value: venue, reader: r))
    }
    return venues
  }

  private func decodePavilions(_ root: FieldReader, _ expoSink: IssueSink, hallIDs: Set<String>)
    -> [Located<Pavilion>]
  {
    var pavilions: [Located<Pavilion>] = []
    for (i, node) in root.array("pavilions", required: false).enumerated() {
      guard let r = FieldReader(node, path: "$.pavilions[\(i)]", sink: expoSink, what: "a pavilion") else {
        continue
      }
      r.warnUnknownKeys(["id", "country", "name", "hall", "description"])
      let id = r.string("id")
      let country = r.string("country")
      let hall = r.string("hall")
      if let country { checkCountry(country, field: "country", r) }
      if let hall { checkRef(hall, in: hallIDs, what: "hall", field: "hall", r) }
      guard let id, let country, let hall else { continue }
      let name = r.localized("name", required: false) ?? Countries.name(country)
      let pavilion = Pavilion(
        id: id, country: country, name: name, hall: hall, description: r.localized("description", required: false))
      pavilions.append(Located(value: pavilion, reader: r))
    }
    return pavilions
  }

  /// booths.json.
  private mutating func decodeBooths(_ files: [String: [UInt8]], hallIDs: Set<String>) -> [Located<Booth>] {
    var booths: [Located<Booth>] = []
    if let (boothRoot, sink) = parse("booths.json", files["booths.json"]) {
      for (i, node) in list(boothRoot, key: "booths", sink: sink).enumerated() {
        guard let r = FieldReader(node, path: "$.booths[\(i)]", sink: sink, what: "a booth") else { continue }
        r.warnUnknownKeys(["code", "hall", "x", "y", "width", "depth"])
        let code = r.string("code")
        let hall = r.string("hall")
        if let hall { checkRef(hall, in: hallIDs, what: "hall", field: "hall", r) }
        guard let code, let hall else { continue }
        let booth = Booth(
          code: code, hall: hall, x: r.int("x", range: 0...Hall.maximumSide),
          y: r.int("y", range: 0...Hall.maximumSide),
          width: r.int("width", range: 1...Hall.maximumSide), depth: r.int("depth", range: 1...Hall.maximumSide))
        booths.append(Located(value: booth, reader: r))
      }
    }
    return booths
  }

  /// exhibitors.json: references to booths and pavilions checked.
  private mutating func decodeExhibitors(
    _ files: [String: [UInt8]], boothCodes: Set<String>, pavilions: [Located<Pavilion>], pavilionIDs: Set<String>
  ) -> [Located<Exhibitor>] {
    let pavilionCountry = Dictionary(
      pavilions.map { ($0.value.id, $0.value.country) }, uniquingKeysWith: { first, _ in first })
    var exhibitors: [Located<Exhibitor>] = []
    if let (exRoot, sink) = parse("exhibitors.json", files["exhibitors.json"]) {
      for (i, node) in list(exRoot, key: "exhibitors", sink: sink).enumerated() {
        guard let r = FieldReader(node, path: "$.exhibitors[\(i)]", sink: sink, what: "an exhibitor") else {
          continue
        }
        r.warnUnknownKeys([
          "id", "name", "country", "pavilion", "booths", "categories", "description", "website", "city",
        ])
        let id = r.string("id")
        let name = r.localized("name")
        let country = r.string("country")
        if let country { checkCountry(country, field: "country", r) }
        let pavilion = r.string("pavilion", required: false)
        if let pavilion {
          checkRef(pavilion, in: pavilionIDs, what: "pavilion", field: "pavilion", r)
          if let pc = pavilionCountry[pavilion], let country, pc != country, Countries.isKnown(country) {
            sink.warning(
              "exhibitor from \(country) is in the pavilion \"\(pavilion)\" of \(pc)", at: r.positionOf("pavilion"),
              path: r.memberPath("pavilion"))
          }
        }
        let boothList = r.strings("booths")
        for (j, code) in boothList.enumerated() where !boothCodes.contains(code) {
          sink.error(
            "unknown booth \"\(code)\"; expected a booth code listed in booths.json",
            at: r.object["booths"].flatMap { node -> SourcePosition? in
              if case .array(let items) = node.value, j < items.count { return items[j].position }
              return nil
            } ?? r.position, path: "\(r.memberPath("booths"))[\(j)]")
        }
        let categories = r.strings("categories")
        let description = r.localized("description", required: false)
        let website = r.string("website", required: false)
        let city = r.localized("city", required: false)
        guard let id, let name, let country else { continue }
        let exhibitor = Exhibitor(
          id: id, name: name, country: country, pavilion: pavilion, booths: boothList,
          categories: categories, description: description, website: website, city: city)
        exhibitors.append(Located(value: exhibitor, reader: r))
      }
    }
    return exhibitors
  }

  /// A booth belongs to one exhibitor.
  private func checkBoothOwners(_ exhibitors: [Located<Exhibitor>]) {
    var boothOwner: [String: String] = [:]
    for located in exhibitors {
      for code in located.value.booths {
        if let owner = boothOwner[code], owner != located.value.id {
          located.reader.sink.error(
            "booth \"\(code)\" is already assigned to the exhibitor \"\(owner)\"",
            at: located.reader.positionOf("booths"),
            path: located.reader.memberPath("booths"))
        } else {
          boothOwner[code] = located.value.id
        }
      }
    }
  }

  /// products.json, streamed: one element at a time (a million products never make one tree).
  private mutating func decodeProducts(_ files: [String: [UInt8]], exhibitorIDs: Set<String>) -> [Product] {
    final class Products {
      var list: [Product] = []
      var seen = Set<String>()
    }
    let decoded = Products()
    let checker = self
    let decodeProduct: (JSONNode, Int, IssueSink) -> Void = { node, i, sink in
      guard let r = FieldReader(node, path: "$.products[\(i)]", sink: sink, what: "a product") else { return }
      r.warnUnknownKeys(DatasetDecoder.productKeys)
      let id = r.string("id")
      let exhibitor = r.string("exhibitor")
      let name = r.localized("name")
      let category = r.string("category")
      if let id, !decoded.seen.insert(id).inserted {
        sink.error("duplicate product id \"\(id)\"", at: r.positionOf("id"), path: r.memberPath("id"))
      }
      if let exhibitor { checker.checkRef(exhibitor, in: exhibitorIDs, what: "exhibitor", field: "exhibitor", r) }
      let origin = r.string("origin", required: false)
      if let origin { checker.checkCountry(origin, field: "origin", r) }
      guard let id, let exhibitor, let name, let category else { return }
      decoded.list.append(
        Product(
          id: id, exhibitor: exhibitor, name: name, category: category, origin: origin,
          description: r.localized("description", required: false)))
    }
    stream("products.json", files["products.json"], key: "products", visit: decodeProduct)
    let products = decoded.list
    return products
  }

  /// events.json: times in the expo's zone, within its days.
  private mutating func decodeEvents(
    _ files: [String: [UInt8]], expo: Expo?, zone: TimeZone?, venueIDs: Set<String>, pavilionIDs: Set<String>,
    exhibitorIDs: Set<String>
  ) -> [Event] {
    var events: [Event] = []
    if let (evRoot, sink) = parse("events.json", files["events.json"]) {
      var seen = Set<String>()
      for (i, node) in list(evRoot, key: "events", sink: sink).enumerated() {
        guard let r = FieldReader(node, path: "$.events[\(i)]", sink: sink, what: "an event") else { continue }
        r.warnUnknownKeys([
          "id", "title", "kind", "start", "end", "venue", "speakers", "pavilion", "exhibitors", "description",
        ])
        let id = r.string("id")
        let title = r.localized("title")
        let kind = r.string("kind")
        let venue = r.string("venue")
        let startText = r.string("start")
        let endText = r.string("end")
        let pavilion = r.string("pavilion", required: false)
        let related = r.strings("exhibitors")
        let speakers = r.strings("speakers")
        if let id, !seen.insert(id).inserted {
          sink.error("duplicate event id \"\(id)\"", at: r.positionOf("id"), path: r.memberPath("id"))
        }
        if let venue { checkRef(venue, in: venueIDs, what: "venue", field: "venue", r) }
        if let pavilion { checkRef(pavilion, in: pavilionIDs, what: "pavilion", field: "pavilion", r) }
        for (j, ex) in related.enumerated() where !exhibitorIDs.contains(ex) {
          sink.error(
            "unknown exhibitor \"\(ex)\"; expected an id from exhibitors.json", at: r.positionOf("exhibitors"),
            path: "\(r.memberPath("exhibitors"))[\(j)]")
        }
        guard let zone, let expo else { continue }
        let start = startText.flatMap { parseTime($0, field: "start", zone: zone, r) }
        let end = endText.flatMap { parseTime($0, field: "end", zone: zone, r) }
        if let start, let end {
          if end < start {
            sink.error(
              "the event ends (\(endText ?? "")) before it starts (\(startText ?? ""))", at: r.positionOf("end"),
              path: r.memberPath("end"))
          }
          let first = expo.startDate.startOfDay(in: zone)
          let last = expo.endDate.next.startOfDay(in: zone)
          if start < first || start >= last {
            sink.error(
              "starts at \(startText ?? "") in \(expo.timeZone), outside the expo's days "
                + "(\(expo.startDate) to \(expo.endDate))", at: r.positionOf("start"), path: r.memberPath("start"))
          } else if end > last.addingTimeInterval(12 * 3600) {
            sink.error(
              "ends at \(endText ?? ""), more than 12 hours after the expo's last day (\(expo.endDate))",
              at: r.positionOf("end"), path: r.memberPath("end"))
          }
        }
        guard let id, let title, let kind, let venue, let start, let end else { continue }
        events.append(
          Event(
            id: id, title: title, kind: kind, start: start, end: end, venue: venue, speakers: speakers,
            pavilion: pavilion, exhibitors: related, description: r.localized("description", required: false)))
      }
    }
    return events
  }

  private func decodeExpo(_ r: FieldReader) -> Expo? {
    let id = r.string("id")
    let name = r.localized("name")
    let zoneName = r.string("timeZone")
    if let zoneName, TimeZone(identifier: zoneName) == nil {
      r.sink.error(
        "unknown time zone \"\(zoneName)\"; expected an IANA name such as \"Asia/Shanghai\"",
        at: r.positionOf("timeZone"), path: r.memberPath("timeZone"))
    }
    let start = r.string("startDate").flatMap { date($0, field: "startDate", r) }
    let end = r.string("endDate").flatMap { date($0, field: "endDate", r) }
    if let start, let end, end < start {
      r.sink.error(
        "endDate \(end) is before startDate \(start)", at: r.positionOf("endDate"), path: r.memberPath("endDate"))
    }
    if let start, let end, LocalDate.range(from: start, through: end).count >= 366 {
      r.sink.error("an expo lasts at most 365 days", at: r.positionOf("endDate"), path: r.memberPath("endDate"))
    }
    var site: VenueSite?
    if let v = r.object("venue", required: true, what: "the venue {\"name\": ..., \"address\": ...}") {
      v.warnUnknownKeys(["name", "address", "city"])
      if let name = v.localized("name") {
        site = VenueSite(
          name: name, address: v.localized("address", required: false), city: v.localized("city", required: false))
      }
    }
    guard let id, let name, let zoneName, TimeZone(identifier: zoneName) != nil, let start, let end, end >= start,
      let site
    else { return nil }
    return Expo(
      id: id, name: name, venue: site, timeZone: zoneName, startDate: start, endDate: end,
      website: r.string("website", required: false), description: r.localized("description", required: false),
      note: r.string("note", required: false))
  }

  private func date(_ text: String, field: String, _ r: FieldReader) -> LocalDate? {
    guard let date = LocalDate(text) else {
      r.sink.error(
        "expected a date YYYY-MM-DD, found \"\(text)\"", at: r.positionOf(field), path: r.memberPath(field))
      return nil
    }
    return date
  }

  private func parseTime(_ text: String, field: String, zone: TimeZone, _ r: FieldReader) -> Date? {
    guard let date = ExpoTime.parse(text, zone: zone) else {
      r.sink.error(
        "expected a date-time such as \"2023-10-27T09:30\" (in the expo's time zone) or "
          + "\"2023-10-27T09:30:00+08:00\", found \"\(text)\"", at: r.positionOf(field), path: r.memberPath(field))
      return nil
    }
    return date
  }

  private func checkCountry(_ code: String, field: String, _ r: FieldReader) {
    guard !Countries.isKnown(code) else { return }
    let hint = Countries.isKnown(code.uppercased()) ? " (codes are upper case: \"\(code.uppercased())\")" : ""
    r.sink.error(
      "unknown country code \"\(code)\"; expected an ISO 3166-1 alpha-2 code such as \"UY\"\(hint)",
      at: r.positionOf(field), path: r.memberPath(field))
  }

  /// "extends outside hall N1 (…)" when the rectangle is not inside the hall's plan; nil when it is
  /// (or the hall has no size).
  static func outside(x: Int, y: Int, width: Int, depth: Int, of hall: Hall) -> String? {
    var problems: [String] = []
    if let w = hall.width, x + width > w { problems.append("x \(x)–\(x + width) is beyond its width \(w)") }
    if let d = hall.depth, y + depth > d { problems.append("y \(y)–\(y + depth) is beyond its depth \(d)") }
    guard !problems.isEmpty else { return nil }
    return "extends outside hall \(hall.id): " + problems.joined(separator: " and ")
  }

  /// Booth geometry: all four numbers or none, inside the hall, no two booths overlapping, no booth
  /// on a stage or facility.
  private func checkGeometry(_ booths: [Located<Booth>], halls: [Hall]) {
    let hallByID = Dictionary(halls.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var placed: [String: [(rect: (Int, Int, Int, Int), code: String, line: Int)]] = [:]
    for located in booths {
      let b = located.value
      let r = located.reader
      let given = [("x", b.x), ("y", b.y), ("width", b.width), ("depth", b.depth)]
      let present = given.filter { $0.1 != nil }
      if !present.isEmpty, present.count < 4 {
        r.sink.error(
          "booth geometry needs x, y, width and depth; missing "
            + given.filter { $0.1 == nil }.map(\.0).joined(separator: ", "),
          at: r.position, path: r.path)
        continue
      }
      guard let x = b.x, let y = b.y, let w = b.width, let d = b.depth, let hall = hallByID[b.hall] else { continue }
      if let message = Self.outside(x: x, y: y, width: w, depth: d, of: hall) {
        r.sink.error("booth \"\(b.code)\" \(message)", at: r.position, path: r.path)
      }
      for f in hall.features where !f.kind.isWalkable {
        if x < f.x + f.width, f.x < x + w, y < f.y + f.depth, f.y < y + d {
          r.sink.error(
            "booth \"\(b.code)\" overlaps the \(f.kind.rawValue)\(f.name.map { " \"\($0.en)\"" } ?? "") of hall \(hall.id)",
            at: r.position, path: r.path)
        }
      }
      placed[b.hall, default: []].append(((x, y, w, d), b.code, r.position.line))
    }
    // Overlaps: sweep each hall's booths by x.
    for (_, list) in placed {
      let sorted = list.enumerated().sorted { ($0.element.rect.0, $0.offset) < ($1.element.rect.0, $1.offset) }
      var active: [(rect: (Int, Int, Int, Int), code: String, line: Int)] = []
      for (_, item) in sorted {
        let (x, y, _, d) = item.rect
        active.removeAll { $0.rect.0 + $0.rect.2 <= x }
        for other in active where y < other.rect.1 + other.rect.3 && other.rect.1 < y + d {
          let (first, second) = other.line <= item.line ? (other, item) : (item, other)
          if let located = booths.first(where: { $0.value.code == second.code }) {
            located.reader.sink.error(
              "booth \"\(second.code)\" overlaps booth \"\(first.code)\" (line \(first.line))",
              at: located.reader.position, path: located.reader.path)
          }
        }
        active.append(item)
      }
    }
  }

  private func checkRef(_ id: String, in ids: Set<String>, what: String, field: String, _ r: FieldReader) {
    guard !ids.contains(id) else { return }
    r.sink.error(
      "unknown \(what) \"\(id)\"; expected the id of \("aeiou".contains(what.prefix(1)) ? "an" : "a") \(what) defined in the data",
      at: r.positionOf(field),
      path: r.memberPath(field))
  }

  /// The set of ids, reporting each duplicate at its position.
  private func uniqueIDs<T>(_ items: [Located<T>], id: KeyPath<T, String>, what: String, field: String = "id")
    -> Set<String>
  {
    var seen: [String: SourcePosition] = [:]
    for item in items {
      let key = item.value[keyPath: id]
      if let first = seen[key] {
        item.reader.sink.error(
          "duplicate \(what) \(field) \"\(key)\" (first defined at line \(first.line))",
          at: item.reader.positionOf(field), path: item.reader.memberPath(field))
      } else {
        seen[key] = item.reader.positionOf(field)
      }
    }
    return Set(seen.keys)
  }
}
