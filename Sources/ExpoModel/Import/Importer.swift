import Foundation

/// The formats the guide opens.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
  case expoJSON = "Expo Guide JSON"
  case frabXML = "frab/Pentabarf schedule XML"
  case c3vocJSON = "C3VOC schedule JSON"
  case iCalendar = "iCalendar"
  case exhibitorCSV = "exhibitor CSV"
}

/// How to read foreign files.
public struct ImportOptions: Sendable, Hashable {
  /// Exhibitor CSV columns given by the user: our field (`name`, `country`, …) → header name.
  public var columns: [String: String]
  /// `--time-zone`: the zone of a schedule that names none (and whose dates carry no offset).
  public var timeZone: TimeZone?
  /// `--encoding`: how to read a file that is not UTF-8 (UTF-8 and UTF-16 with a BOM are detected).
  public var encoding: TextEncoding?

  public init(columns: [String: String] = [:], timeZone: TimeZone? = nil, encoding: TextEncoding? = nil) {
    self.columns = columns
    self.timeZone = timeZone
    self.encoding = encoding
  }

  /// Parses `name=Company,country=Land` (a field may be given once).
  public static func parseColumns(_ text: String) throws(ValidationReport) -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, !parts[0].trimmingWhitespace().isEmpty, !parts[1].trimmingWhitespace().isEmpty else {
        throw ValidationReport(issues: [
          ValidationIssue(
            .error, file: "--columns", position: nil, path: nil,
            message: "\"\(pair)\" is not FIELD=HEADER; expected e.g. --columns name=Company,booth=Stand")
        ])
      }
      out[parts[0].trimmingWhitespace().lowercased()] = parts[1].trimmingWhitespace()
    }
    return out
  }

  /// A stable text for cache keys.
  public var cacheKey: String {
    // (The options of almost every start: no generic sorting and formatting to make "".)
    if columns.isEmpty && timeZone == nil && encoding == nil { return "" }
    return columns.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
      + (timeZone.map { "|tz=\($0.identifier)" } ?? "") + (encoding.map { "|enc=\($0.rawValue)" } ?? "")
  }
}

/// Opens an expo from a folder (our JSON files, and/or schedules and exhibitor lists in other
/// formats) or from one file (`schedule.xml`, a C3VOC `.json`, an `.ics`, a `.csv`), and reports
/// every problem with its file and position.
public enum Importer {
  /// Files in another format larger than this are refused (a clear error instead of exhausting memory).
  public static let maxForeignFileSize = 256_000_000
  static let foreignExtensions: Set<String> = ["xml", "json", "ics", "ical", "ifb", "csv", "tsv"]

  public struct Result: Sendable {
    public var dataset: ExpoDataset
    public var warnings: [ValidationIssue]
    /// Each file read and its format.
    public var sources: [(file: String, format: SourceFormat)]
  }

  /// The files that make up the source at `url` (what a cache key must cover).
  public static func sourceFiles(_ url: URL) -> [URL] {
    let path = url.path
    guard let names = sourceNames(path) else { return [url] }
    return names.map { url.appendingPathComponent($0) }
  }

  /// The names of the source's files in the folder at `path`, sorted; nil when `path` is a file
  /// (the file is the source), [] when nothing is there. (With opendir(3) and strings: the
  /// start asks for them each time, and Foundation's first file manager and URLs cost a quarter
  /// of a millisecond there.)
  public static func sourceNames(_ path: String) -> [String]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return [] }
    guard info.st_mode & S_IFMT == S_IFDIR else { return nil }
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".")
        && (DatasetLoader.fileNames.contains(name) || foreignExtensions.contains(extensionOf(name)))
      {
        names.append(name)
      }
    }
    return names.sorted()
  }

  /// A file name's extension, lowercased ("" when it has none), as `NSString.pathExtension` reads
  /// it for the names a source folder holds.
  static func extensionOf(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }

  /// The format of one file from its name and first bytes; nil when it is none we read.
  public static func format(of name: String, bytes: [UInt8]) -> SourceFormat? {
    let ext = (name as NSString).pathExtension.lowercased()
    var head = bytes.prefix(512)
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
    let text = String(decoding: head, as: UTF8.self).trimmingWhitespace()
    switch ext {
    case "xml": return .frabXML
    case "ics", "ical", "ifb": return .iCalendar
    case "csv", "tsv": return .exhibitorCSV
    case "json": return DatasetLoader.fileNames.contains((name as NSString).lastPathComponent) ? .expoJSON : .c3vocJSON
    default:
      if text.hasPrefix("<") { return .frabXML }
      if text.uppercased().hasPrefix("BEGIN:VCALENDAR") { return .iCalendar }
      if text.hasPrefix("{") { return .c3vocJSON }
      return nil
    }
  }

  public static func load(_ url: URL, options: ImportOptions = ImportOptions(), progress: ProgressHandler? = nil)
    throws(ValidationReport) -> Result
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw ValidationReport(issues: [
        ValidationIssue(.error, file: url.path, position: nil, path: nil, message: "no such file or folder")
      ])
    }
    if let reason = FileOutput.unreadableKind(url.path) {
      throw ValidationReport(issues: [
        ValidationIssue(.error, file: url.path, position: nil, path: nil, message: reason)
      ])
    }
    if isDirectory.boolValue {
      return try loadFolder(url, options: options, progress: progress)
    }
    let name = url.lastPathComponent
    if CatalogueHeader.kind(of: url.path) != nil {
      throw ValidationReport(issues: [
        ValidationIssue(
          .error, file: name, position: nil, path: nil,
          message: "a compiled catalogue; this reads the data a catalogue is compiled from (an expo folder, a "
            + "schedule, a calendar or an exhibitor list)")
      ])
    }
    let bytes = try read(url, name: name, limit: maxForeignFileSize)
    guard let format = format(of: name, bytes: bytes), format != .expoJSON || name != "expo.json" else {
      if name == "expo.json" { return try loadFolder(url.deletingLastPathComponent(), options: options) }
      throw ValidationReport(issues: [
        ValidationIssue(
          .error, file: name, position: nil, path: nil,
          message: "unknown format; expected an expo folder, a frab schedule .xml, a C3VOC schedule .json, an .ics "
            + "calendar, an exhibitor .csv or a compiled catalogue .sqlite")
      ])
    }
    var merger = Merger()
    merger.add(file: name, format: format, bytes: bytes, options: options, modified: modificationDate(url))
    return try merger.finish()
  }

  /// Imports one file's contents (its format from `name` and the bytes): for tests and fuzzing.
  public static func load(bytes: [UInt8], name: String, options: ImportOptions = ImportOptions())
    throws(ValidationReport) -> Result
  {
    guard let format = format(of: name, bytes: bytes), format != .expoJSON else {
      throw ValidationReport(issues: [
        ValidationIssue(.error, file: name, position: nil, path: nil, message: "unknown format")
      ])
    }
    var merger = Merger()
    merger.add(file: name, format: format, bytes: bytes, options: options, modified: Date(timeIntervalSince1970: 0))
    return try merger.finish()
  }

  /// `bytes` with every NUL byte replaced by U+FFFD (EF BF BD).
  static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    for b in bytes {
      if b == 0 { out += [0xEF, 0xBF, 0xBD] } else { out.append(b) }
    }
    return out
  }

  static func modificationDate(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }

  static func read(_ url: URL, name: String, limit: Int) throws(ValidationReport) -> [UInt8] {
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      if let size = attributes[.size] as? Int, size > limit {
        throw ValidationReport(issues: [
          ValidationIssue(
            .error, file: name, position: nil, path: nil, message: "file is \(size) bytes; the limit is \(limit) bytes")
        ])
      }
      return Array(try Data(contentsOf: url))
    } catch let report as ValidationReport {
      throw report
    } catch {
      throw ValidationReport(issues: [
        ValidationIssue(
          .error, file: name, position: nil, path: nil, message: "cannot be read: \(error.localizedDescription)")
      ])
    }
  }

  static func loadFolder(_ url: URL, options: ImportOptions, progress: ProgressHandler? = nil)
    throws(ValidationReport) -> Result
  {
    let files = sourceFiles(url)
    let foreign = files.filter { !DatasetLoader.fileNames.contains($0.lastPathComponent) }
    let hasExpo = files.contains { $0.lastPathComponent == "expo.json" }
    if foreign.isEmpty {
      let loaded = try DatasetLoader.load(folder: url, progress: progress)
      return Result(dataset: loaded.dataset, warnings: loaded.warnings, sources: [("expo.json", .expoJSON)])
    }
    var merger = Merger()
    var issues: [ValidationIssue] = []
    if hasExpo {
      do {
        let loaded = try DatasetLoader.load(folder: url)
        merger.base(loaded.dataset, warnings: loaded.warnings)
      } catch {
        issues += error.issues
      }
    }
    // Schedules first: their conference gives the expo when there is no expo.json.
    func rank(_ url: URL) -> Int { ["csv", "tsv"].contains(url.pathExtension.lowercased()) ? 1 : 0 }
    let ordered = foreign.sorted { (rank($0), $0.lastPathComponent) < (rank($1), $1.lastPathComponent) }
      .map { ($0, $0.lastPathComponent) }
    for (file, name) in ordered {
      do {
        let bytes = try read(file, name: name, limit: maxForeignFileSize)
        guard let format = format(of: name, bytes: bytes) else { continue }
        merger.add(file: name, format: format, bytes: bytes, options: options, modified: modificationDate(file))
      } catch {
        issues += error.issues
      }
    }
    merger.issues += issues
    return try merger.finish()
  }
}

/// Combines the parts of a folder into one expo: the first part with an expo (expo.json, else the
/// first schedule) gives its name, zone and days; halls, venues, booths, exhibitors and events of
/// the others are added (same-named venues and same halls are shared; clashing ids are renamed,
/// with a warning).
struct Merger {
  var dataset: ExpoDataset?
  var issues: [ValidationIssue] = []
  var sources: [(file: String, format: SourceFormat)] = []
  /// True when the expo came from an exhibitor list (no dates of its own).
  var expoIsPlaceholder = false
  var placeholderDate: Date?
  /// Every file read, also those that gave nothing.
  var attempted: [String] = []

  mutating func base(_ dataset: ExpoDataset, warnings: [ValidationIssue]) {
    self.dataset = dataset
    issues += warnings
    sources.append(("expo.json", .expoJSON))
  }

  mutating func add(file: String, format: SourceFormat, bytes raw: [UInt8], options: ImportOptions, modified: Date?) {
    let sink = IssueSink(file: file)
    attempted.append(file)
    defer { issues += sink.issues }
    // A NUL byte would cut the text at it when it is read back from the catalogue: text formats
    // get a visible U+FFFD and a warning instead (in JSON a raw NUL is a syntax error).
    // The text encoding: UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such; other
    // bytes are an error naming the first one, unless --encoding says how to read them.
    var bytes = raw
    switch TextEncoding.decodeToUTF8(raw, given: options.encoding) {
    case .success(let utf8): bytes = utf8
    case .failure(let problem):
      sink.error(problem.message, at: problem.position, path: nil)
      return
    }
    if format != .c3vocJSON && format != .expoJSON, let first = bytes.firstIndex(of: 0) {
      let line = bytes[..<first].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      bytes = Importer.replacingNUL(bytes)
      sink.warning(
        "NUL bytes in the text are shown as \u{FFFD}", at: SourcePosition(line: line, column: 1), path: nil)
    }
    var part: ExpoDataset?
    switch format {
    case .frabXML:
      part = FrabImporter.importXML(bytes, file: file, sink: sink, fallbackZone: options.timeZone).map {
        ScheduleBuilder.build($0, sink: sink)
      }
    case .iCalendar:
      part = ICalendarImporter.importCalendar(bytes, file: file, sink: sink).map {
        ScheduleBuilder.build($0, sink: sink)
      }
    case .c3vocJSON, .expoJSON:
      let root: JSONNode
      do {
        root = try JSONParser.parse(bytes)
      } catch {
        sink.error("malformed JSON: \(error.message)", at: error.position, path: nil)
        return
      }
      guard FrabImporter.isScheduleJSON(root) else {
        sink.warning(
          "not a schedule (no schedule.conference) and not one of our files (expo.json, exhibitors.json, …); ignored",
          at: root.position, path: nil)
        return
      }
      part = FrabImporter.importJSON(root, file: file, sink: sink, fallbackZone: options.timeZone).map {
        ScheduleBuilder.build($0, sink: sink)
      }
    case .exhibitorCSV:
      part = ExhibitorCSVImporter.importCSV(bytes, file: file, columns: options.columns, sink: sink)
      if part != nil, dataset == nil {
        expoIsPlaceholder = true
        placeholderDate = modified
      }
    }
    guard let part else { return }
    sources.append((file, format))
    merge(part, file: file, sink: sink)
  }

  mutating func merge(_ part: ExpoDataset, file: String, sink: IssueSink) {
    guard var d = dataset else {
      dataset = part
      return
    }
    if expoIsPlaceholder, !part.events.isEmpty {
      // A schedule after an exhibitor list: the schedule's expo is the real one.
      d.expo = part.expo
      expoIsPlaceholder = false
    }
    let hallIDs = Set(d.halls.map(\.id))
    d.halls += part.halls.filter { !hallIDs.contains($0.id) }
    var pavilionIDs = Set(d.pavilions.map(\.id))
    var pavilionMap: [String: String] = [:]
    for var p in part.pavilions {
      let id = Slug.unique(p.id, in: &pavilionIDs)
      pavilionMap[p.id] = id
      p.id = id
      d.pavilions.append(p)
    }
    let boothCodes = Set(d.booths.map(\.code))
    d.booths += part.booths.filter { !boothCodes.contains($0.code) }
    var exhibitorIDs = Set(d.exhibitors.map(\.id))
    for var e in part.exhibitors {
      let id = Slug.unique(e.id, in: &exhibitorIDs)
      if id != e.id {
        sink.warning(
          "the exhibitor id \"\(e.id)\" is already used by another file; imported as \"\(id)\"", at: nil, path: nil)
      }
      e.id = id
      e.pavilion = e.pavilion.flatMap { pavilionMap[$0] }
      d.exhibitors.append(e)
    }
    var venueByName: [String: String] = [:]
    for v in d.venues { venueByName[v.name.en] = v.id }
    var venueIDs = Set(d.venues.map(\.id))
    var venueMap: [String: String] = [:]
    for var v in part.venues {
      if let existing = venueByName[v.name.en] {
        venueMap[v.id] = existing
        continue
      }
      let id = Slug.unique(v.id, in: &venueIDs)
      venueMap[v.id] = id
      venueByName[v.name.en] = id
      v.id = id
      d.venues.append(v)
    }
    var eventIDs = Set(d.events.map(\.id))
    for var e in part.events {
      let id = Slug.unique(e.id, in: &eventIDs)
      if id != e.id {
        sink.warning(
          "the event id \"\(e.id)\" is already used by another file; imported as \"\(id)\"", at: nil, path: nil)
      }
      e.id = id
      e.venue = venueMap[e.venue] ?? e.venue
      d.events.append(e)
    }
    if part.expo.timeZone != d.expo.timeZone, !part.events.isEmpty {
      sink.warning(
        "times of this file are in \(part.expo.timeZone); they are shown in the expo's zone \(d.expo.timeZone)",
        at: nil, path: nil)
    }
    dataset = d
  }

  mutating func finish() throws(ValidationReport) -> Importer.Result {
    if dataset == nil, !issues.contains(where: { $0.severity == .error }) {
      issues.append(
        ValidationIssue(
          .error, file: attempted.last ?? ".", position: nil, path: nil,
          message: "nothing to import: no expo, schedule or exhibitor list was read"))
    }
    let report = ValidationReport(issues: issues)
    guard !report.hasErrors, var d = dataset else { throw report }
    let zone = TimeZone(identifier: d.expo.timeZone) ?? TimeZone(identifier: "UTC")!
    if expoIsPlaceholder {
      let day = LocalDate(placeholderDate ?? Date(timeIntervalSince1970: 0), in: zone)
      d.expo.startDate = day
      d.expo.endDate = day
      issues.append(
        ValidationIssue(
          .warning, file: sources.first?.file ?? ".", position: nil, path: nil,
          message: "an exhibitor list has no dates: the expo's day is the file's date (\(day)); "
            + "add an expo.json or a schedule for the real days"))
    }
    // Widen the days to every event's start day.
    for e in d.events {
      let day = d.expo.day(of: e.start, in: zone)
      if day < d.expo.startDate { d.expo.startDate = day }
      if day > d.expo.endDate { d.expo.endDate = day }
    }
    if d.expo.startDate.daysUntil(d.expo.endDate) > 365 {
      let last = d.expo.startDate.adding(days: 365)
      let dropped = d.events.filter { d.expo.day(of: $0.start, in: zone) > last }
      if !dropped.isEmpty {
        issues.append(
          ValidationIssue(
            .warning, file: sources.first?.file ?? ".", position: nil, path: nil,
            message: "\(dropped.count) events start more than a year after the first day; not imported"))
        d.events.removeAll { d.expo.day(of: $0.start, in: zone) > last }
      }
      d.expo.endDate = last
    }
    return Importer.Result(dataset: d, warnings: issues.filter { $0.severity == .warning }, sources: sources)
  }
}
