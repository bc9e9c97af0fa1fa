import Foundation

/// An exhibitor list as a spreadsheet (CSV/TSV): one exhibitor per row, columns found by their
/// header name (several spellings and languages) or given with `--columns field=Header,…`.
enum ExhibitorCSVImporter {
  /// Our fields and the header names that mean them (folded: lower case, letters and digits only).
  static let fields: [(field: String, names: [String])] = [
    ("id", ["id", "exhibitorid", "exhibitor_id", "companyid", "number", "编号"]),
    (
      "name",
      [
        "name", "company", "companyname", "exhibitor", "exhibitorname", "firma", "firmenname", "nom", "名称", "公司",
        "公司名称", "展商", "展商名称", "企业名称",
      ]
    ),
    ("name_zh", ["namezh", "chinesename", "中文名", "中文名称"]),
    ("country", ["country", "countrycode", "nation", "land", "pays", "pais", "国家", "国家地区", "国别"]),
    ("hall", ["hall", "halls", "halle", "pavilionhall", "展馆", "展厅"]),
    ("booth", ["booth", "booths", "boothnumber", "boothno", "stand", "stands", "standnumber", "standnr", "展位", "展位号"]),
    ("description", ["description", "about", "profile", "companyprofile", "beschreibung", "简介", "介绍", "企业简介"]),
    ("description_zh", ["descriptionzh", "chinesedescription", "中文简介"]),
    (
      "categories",
      ["categories", "category", "tags", "sectors", "sector", "productgroups", "productgroup", "类别", "分类", "行业"]
    ),
    ("website", ["website", "web", "url", "homepage", "www", "网站", "网址"]),
    ("city", ["city", "town", "stadt", "ville", "城市"]),
    ("pavilion", ["pavilion", "countrypavilion", "国家馆", "展团"]),
  ]

  static func fold(_ header: String) -> String {
    String(
      header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// Splits `"A12; A14"` / `"A12, A14"` into codes.
  static func list(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" || $0 == "\n" })
      .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  static func importCSV(
    _ bytes: [UInt8], file: String, columns overrides: [String: String], sink: IssueSink
  ) -> ExpoDataset? {
    let records: [CSVRecord]
    do {
      records = try CSVReader.parse(bytes)
    } catch {
      sink.error("malformed CSV: \(error.message)", at: error.position, path: nil)
      return nil
    }
    guard let header = records.first else {
      sink.error(
        "the file is empty; expected a header row (name, country, hall, booth, …)",
        at: SourcePosition(line: 1, column: 1), path: nil)
      return nil
    }
    let folded = header.fields.map(fold)
    var column: [String: Int] = [:]
    for (field, names) in fields {
      if let override = overrides[field] {
        if let index = header.fields.firstIndex(where: { $0.trimmingWhitespace() == override })
          ?? folded.firstIndex(of: fold(override))
        {
          column[field] = index
        } else {
          sink.error(
            "--columns \(field)=\(override): no column \"\(override)\"; the header has "
              + header.fields.map { "\"\($0.escapingControls)\"" }.joined(separator: ", "),
            at: SourcePosition(line: header.line, column: 1), path: nil)
        }
      } else if let index = folded.firstIndex(where: { names.contains($0) }) {
        column[field] = index
      }
    }
    for key in overrides.keys where !fields.contains(where: { $0.field == key }) {
      sink.error(
        "--columns: unknown field \"\(key)\"; expected one of " + fields.map(\.field).joined(separator: ", "),
        at: nil, path: nil)
    }
    guard column["name"] != nil else {
      sink.error(
        "no name column; the header has " + header.fields.map { "\"\($0.escapingControls)\"" }.joined(separator: ", ")
          + "; expected a column such as name, company or exhibitor (or --columns name=HEADER)",
        at: SourcePosition(line: header.line, column: 1), path: nil)
      return nil
    }
    if column["country"] == nil {
      sink.warning(
        "no country column: exhibitors are listed under \"Country not given\" (ZZ); map one with --columns country=HEADER",
        at: SourcePosition(line: header.line, column: 1), path: nil)
    }
    let used = Set(column.values)
    let ignored = header.fields.enumerated().filter { !used.contains($0.offset) && !$0.element.isEmpty }.map(\.element)
    if !ignored.isEmpty {
      sink.warning(
        "columns not imported: " + ignored.map { "\"\($0.escapingControls)\"" }.joined(separator: ", "),
        at: SourcePosition(line: header.line, column: 1), path: nil)
    }

    var exhibitors: [Exhibitor] = []
    var halls: [Hall] = []
    var hallIDs = Set<String>()
    var booths: [Booth] = []
    var boothHall: [String: String] = [:]
    var exhibitorIDs = Set<String>()
    var unknownCountries: [String: [Int]] = [:]
    var sharedBooths: [String: Int] = [:]
    var pavilionMembers: [String: [Int]] = [:]
    var pavilionOrder: [String] = []
    for record in records.dropFirst() {
      func value(_ field: String) -> String? {
        guard let i = column[field], i < record.fields.count else { return nil }
        let v = record.fields[i].trimmingWhitespace()
        return v.isEmpty ? nil : v
      }
      let at = SourcePosition(line: record.line, column: 1)
      if record.fields.count > header.fields.count {
        sink.warning(
          "\(record.fields.count) fields, the header has \(header.fields.count); the extra fields are ignored",
          at: at, path: nil)
      }
      guard let name = value("name") else {
        sink.warning("a row without a name is skipped", at: at, path: nil)
        continue
      }
      var country = CountryNames.unknown
      if let text = value("country") {
        if let code = CountryNames.code(for: text) {
          country = code
        } else {
          unknownCountries[text, default: []].append(record.line)
        }
      }
      let hallList = value("hall").map(list) ?? []
      let boothList = value("booth").map(list) ?? []
      for hall in hallList where !hallIDs.contains(hall) {
        hallIDs.insert(hall)
        halls.append(Hall(id: hall, name: LocalizedText(en: hall.count <= 4 ? "Hall \(hall)" : hall)))
      }
      for (i, code) in boothList.enumerated() {
        let hall = hallList.isEmpty ? nil : hallList[min(i, hallList.count - 1)]
        if let existing = boothHall[code] {
          sharedBooths[code, default: 1] += 1
          if let hall, existing != hall {
            sink.warning(
              "booth \"\(code)\" is in hall \(existing) on an earlier row, here in hall \(hall)", at: at, path: nil)
          }
          continue
        }
        let hallID = hall ?? "none"
        if hall == nil, !hallIDs.contains(hallID) {
          hallIDs.insert(hallID)
          halls.append(Hall(id: hallID, name: LocalizedText(en: "Hall not given")))
        }
        boothHall[code] = hallID
        booths.append(Booth(code: code, hall: hallID))
      }
      let base = value("id") ?? Slug.make(name)
      if exhibitorIDs.contains(base) {
        sink.warning(
          "the id \"\(base)\" is used by an earlier row; this row is imported as its own exhibitor", at: at, path: nil)
      }
      let id = Slug.unique(base, in: &exhibitorIDs)
      if let pavilion = value("pavilion") {
        if pavilionMembers[pavilion] == nil { pavilionOrder.append(pavilion) }
        pavilionMembers[pavilion, default: []].append(exhibitors.count)
      }
      exhibitors.append(
        Exhibitor(
          id: id, name: LocalizedText(en: name, zh: value("name_zh")), country: country, booths: boothList,
          categories: value("categories").map(list) ?? [],
          description: value("description").map { LocalizedText(en: $0, zh: value("description_zh")) },
          website: value("website"), city: value("city").map { LocalizedText(en: $0) }))
    }
    for (text, lines) in unknownCountries.sorted(by: { $0.value[0] < $1.value[0] }) {
      sink.warning(
        "unknown country \"\(text.escapingControls)\" on \(lines.count) row\(lines.count == 1 ? " (line " : "s (lines ")"
          + lines.prefix(8).map(String.init).joined(separator: ", ") + (lines.count > 8 ? ", …" : "")
          + "); listed as \"Country not given\"; expected a country name or an ISO code",
        at: SourcePosition(line: lines[0], column: 1), path: nil)
    }
    if !sharedBooths.isEmpty {
      let top = sharedBooths.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
      sink.warning(
        "\(sharedBooths.count) booth\(sharedBooths.count == 1 ? " is" : "s are") shared by several exhibitors (e.g. "
          + top.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "); each exhibitor lists the booth",
        at: nil, path: nil)
    }
    // Pavilions: one per pavilion value, in the country most of its exhibitors come from.
    var pavilions: [Pavilion] = []
    var pavilionIDs = Set<String>()
    for name in pavilionOrder {
      let members = pavilionMembers[name] ?? []
      var countryCounts: [String: Int] = [:]
      for m in members { countryCounts[exhibitors[m].country, default: 0] += 1 }
      let country = countryCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? CountryNames.unknown
      let hall = members.lazy.compactMap { exhibitors[$0].booths.first.flatMap { boothHall[$0] } }.first
      guard let hall else {
        sink.warning(
          "the pavilion \"\(name)\" has no exhibitor with a booth in a hall; not shown as a pavilion", at: nil,
          path: nil)
        continue
      }
      let id = Slug.unique("pavilion-" + Slug.make(name), in: &pavilionIDs)
      pavilions.append(Pavilion(id: id, country: country, name: LocalizedText(en: name), hall: hall))
      for m in members { exhibitors[m].pavilion = id }
    }
    let title = file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? file
    let placeholder = Expo(
      id: Slug.make(title), name: LocalizedText(en: title), venue: VenueSite(name: LocalizedText(en: title)),
      timeZone: "UTC", startDate: LocalDate(year: 1970, month: 1, day: 1),
      endDate: LocalDate(year: 1970, month: 1, day: 1),
      note: "imported from \(file) (exhibitor list)")
    return ExpoDataset(expo: placeholder, halls: halls, pavilions: pavilions, booths: booths, exhibitors: exhibitors)
  }
}
