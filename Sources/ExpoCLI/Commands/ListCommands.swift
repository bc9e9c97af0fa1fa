import ArgumentParser
import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

private func zhValue(_ text: LocalizedText?) -> JSONText.Value {
  guard let zh = text?.zh else { return .null }
  return .string(zh)
}

private func optionalValue(_ text: String?) -> JSONText.Value { text.map { .string($0) } ?? .null }

/// Fetches every page of a list (1,000 rows at a time), up to `limit`.
/// When `--limit` cut a list: "20 of 151 exhibitors (--limit 20)" on standard error, so that a
/// cut list never passes for the whole one (the output itself stays the rows only).
func reportCut(shown: Int, of total: Int, _ what: Section, _ t: UIText) {
  guard shown < total else { return }
  printError(t.shownOf(shown, total, t.isChinese ? t.section(what) : t.section(what).lowercased()))
}

func allPages<T>(limit: Int?, _ fetch: (Int, Int) throws -> [T]) rethrows -> [T] {
  var out: [T] = []
  let page = 1000
  while true {
    let want = limit.map { min(page, $0 - out.count) } ?? page
    if want <= 0 { break }
    let rows = try fetch(out.count, want)
    out += rows
    if rows.count < want { break }
  }
  return out
}

struct HallsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "halls", abstract: "List the halls.")
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions

  func run() throws {
    try runReporting {
      let rows = try data.open().halls()
      let table = Table(
        columns: [
          .init(header: "ID", key: "id"), .init(header: "NAME", key: "name", flexible: true),
          .init(header: "中文", key: "nameZh", flexible: true),
          .init(header: "EXHIBITORS", key: "exhibitors", alignRight: true),
          .init(header: "PAVILIONS", key: "pavilions", alignRight: true),
          .init(header: "BOOTHS", key: "booths", alignRight: true),
        ],
        rows: rows.map {
          [
            .string($0.id), .string($0.name.en), zhValue($0.name), .int($0.exhibitorCount), .int($0.pavilionCount),
            .int($0.boothCount),
          ]
        })
      print(table.render(output.format, output.language.text), terminator: "")
    }
  }
}

struct PavilionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "pavilions", abstract: "List the country pavilions.")
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions
  @Option(help: "Only pavilions in this hall.") var hall: String?
  @Option(help: "Only pavilions of this country (ISO code or name).") var country: String?

  func run() throws {
    try runReporting {
      let catalogue = try data.open()
      let known = KnownValues(catalogue: catalogue, t: output.language.text)
      let rows = try catalogue.pavilions(PavilionQuery(hall: try known.hall(hall), country: try known.country(country)))
      let table = Table(
        columns: [
          .init(header: "ID", key: "id"), .init(header: "CC", key: "country"),
          .init(header: "NAME", key: "name", flexible: true), .init(header: "中文", key: "nameZh", flexible: true),
          .init(header: "HALL", key: "hall"), .init(header: "EXHIBITORS", key: "exhibitors", alignRight: true),
        ],
        rows: rows.map {
          [
            .string($0.id), .string($0.country), .string($0.name.en), zhValue($0.name), .string($0.hall),
            .int($0.exhibitorCount),
          ]
        })
      print(table.render(output.format, output.language.text), terminator: "")
    }
  }
}

struct CountriesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "countries", abstract: "List the exhibiting countries.")
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions

  func run() throws {
    try runReporting {
      let rows = try data.open().countries()
      let table = Table(
        columns: [
          .init(header: "CC", key: "id"), .init(header: "NAME", key: "name", flexible: true),
          .init(header: "中文", key: "nameZh", flexible: true),
          .init(header: "EXHIBITORS", key: "exhibitors", alignRight: true),
          .init(header: "PRODUCTS", key: "products", alignRight: true),
          .init(header: "PAVILIONS", key: "pavilions", alignRight: true),
        ],
        rows: rows.map {
          [
            .string($0.code), .string($0.name.en), zhValue($0.name), .int($0.exhibitorCount), .int($0.productCount),
            .int($0.pavilionCount),
          ]
        })
      print(table.render(output.format, output.language.text), terminator: "")
    }
  }
}

struct ExhibitorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "exhibitors", abstract: "List exhibitors.")
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions
  @Option(help: "Only exhibitors in this hall.") var hall: String?
  @Option(help: "Only exhibitors from this country (ISO code or name).") var country: String?
  @Option(help: "Only exhibitors of this pavilion.") var pavilion: String?
  @Option(help: "Only exhibitors in this category.") var category: String?
  @Option(help: "The order of the list.") var sort: ExhibitorSort = .name
  @Option(help: "At most this many rows.") var limit: Int?

  func run() throws {
    try runReporting {
      let order = sort
      let catalogue = try data.open()
      let known = KnownValues(catalogue: catalogue, t: output.language.text)
      let query = ExhibitorQuery(
        hall: try known.hall(hall), country: try known.country(country), pavilion: try known.pavilion(pavilion),
        category: try known.category(category), sort: order)
      let rows = try allPages(limit: limit) { try catalogue.exhibitors(query, offset: $0, limit: $1) }
      let table = Table(
        columns: [
          .init(header: "ID", key: "id"), .init(header: "NAME", key: "name", flexible: true),
          .init(header: "中文", key: "nameZh", flexible: true), .init(header: "CC", key: "country"),
          .init(header: "HALL", key: "hall"), .init(header: "BOOTHS", key: "booths"),
          .init(header: "PRODUCTS", key: "products", alignRight: true),
          .init(header: "PAVILION", key: "pavilion", hiddenInText: true),
          .init(header: "CATEGORIES", key: "categories", hiddenInText: true),
        ],
        rows: rows.map {
          [
            .string($0.id), .string($0.name.en), zhValue($0.name), .string($0.country), optionalValue($0.hall),
            .array($0.booths.map { .string($0) }), .int($0.productCount), optionalValue($0.pavilion),
            .array($0.categories.map { .string($0) }),
          ]
        })
      writeOut(table.render(output.format, output.language.text))
      if limit != nil {
        reportCut(shown: rows.count, of: try catalogue.exhibitorCount(query), .exhibitors, output.language.text)
      }
    }
  }
}

struct ProductsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "products", abstract: "List products.")
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions
  @Option(help: "Only products of this exhibitor (id).") var exhibitor: String?
  @Option(help: "Only products from exhibitors of this country (ISO code or name).") var country: String?
  @Option(help: "Only products in this category.") var category: String?
  @Option(help: "Only products shown in this hall.") var hall: String?
  @Option(help: "At most this many rows.") var limit: Int?

  func run() throws {
    try runReporting {
      let catalogue = try data.open()
      let known = KnownValues(catalogue: catalogue, t: output.language.text)
      let query = ProductQuery(
        exhibitor: try known.exhibitor(exhibitor), country: try known.country(country),
        category: try known.category(category), hall: try known.hall(hall))
      let rows = try allPages(limit: limit) { try catalogue.products(query, offset: $0, limit: $1) }
      let table = Table(
        columns: [
          .init(header: "ID", key: "id"), .init(header: "NAME", key: "name", flexible: true),
          .init(header: "中文", key: "nameZh", flexible: true), .init(header: "CC", key: "country"),
          .init(header: "CATEGORY", key: "category", flexible: true),
          .init(header: "EXHIBITOR", key: "exhibitor", hiddenInText: true),
          .init(header: "EXHIBITOR NAME", key: "exhibitorName", flexible: true),
          .init(header: "ORIGIN", key: "origin", hiddenInText: true),
        ],
        rows: rows.map {
          [
            .string($0.id), .string($0.name.en), zhValue($0.name), .string($0.country), .string($0.category),
            .string($0.exhibitor), .string($0.exhibitorName.en), .string($0.origin),
          ]
        })
      writeOut(table.render(output.format, output.language.text))
      if limit != nil {
        reportCut(shown: rows.count, of: try catalogue.productCount(query), .products, output.language.text)
      }
    }
  }
}

struct EventsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events", abstract: "List events in time order.", aliases: ["schedule"])
  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions
  @Option(help: "Only this day: 1, 2, 3… or a date YYYY-MM-DD.") var day: String?
  @Option(help: "Only this venue (id).") var venue: String?
  @Option(help: "Only this kind (e.g. forum, tasting).") var kind: String?
  @Option(help: "Only events of this pavilion (id).") var pavilion: String?
  @Option(
    help: ArgumentHelp(
      "The clock, e.g. 2023-10-28T14:05 in the expo's time zone (default $EXPO_NOW or the real time); "
        + "without --day, the day of this time.", valueName: "time"))
  var now: String?
  @Flag(help: "Print what is on now and what starts next, per venue.") var next = false
  @Flag(help: "Only your bookmarked events (with --next: what of yours is on and starts soon).")
  var bookmarked = false
  @OptionGroup var user: UserDataOptions

  func run() throws {
    try runReporting {
      let catalogue = try data.open()
      let zoneForNow = try catalogue.info().zone
      var clock: Date?
      if let text = now ?? ProcessEnvironment.variables["EXPO_NOW"], !text.isEmpty {
        guard let date = ExpoTime.parse(text, zone: zoneForNow.timeZone) else {
          throw CLIError(output.language.text.badTime(text), code: 64)
        }
        clock = date
      }
      // Your bookmarked events, when asked (nil: every event).
      let mine: Set<String>? =
        bookmarked
        ? Set(
          try user.open().bookmarks(expo: try catalogue.info().expo.id).filter { $0.key.kind == .event }.map(\.key.id))
        : nil
      if next {
        try printNowAndNext(catalogue, at: clock ?? Date(), only: mine)
        return
      }
      let info = try catalogue.info()
      let days = info.expo.days
      var dayIndex: Int?
      if let day {
        if let n = Int(day), n >= 1, n <= days.count {
          dayIndex = n - 1
        } else if let date = LocalDate(day), let i = days.firstIndex(of: date) {
          dayIndex = i
        } else {
          throw CLIError(
            output.language.text.badDay(
              days.count, from: info.expo.startDate.description, to: info.expo.endDate.description, got: day),
            code: 64)
        }
      }
      if dayIndex == nil, let clock {
        dayIndex = days.firstIndex(of: info.expo.day(of: clock, in: zoneForNow))
      }
      let known = KnownValues(catalogue: catalogue, t: output.language.text)
      let query = EventQuery(
        day: dayIndex, venue: try known.venue(venue), kind: try known.kind(kind), pavilion: try known.pavilion(pavilion)
      )
      let rows = try allPages(limit: nil) { try catalogue.events(query, offset: $0, limit: $1) }.filter {
        mine?.contains($0.id) ?? true
      }
      let zone = info.zone
      // Text for people in Chinese: the day, title, venue and kind as the Chinese interface shows
      // them (JSON and CSV keep the English values).
      let t = output.language.text
      let local = output.format == .text && t.isChinese
      let table = Table(
        columns: [
          .init(header: "ID", key: "id", hiddenInText: true),
          .init(header: "DAY", key: "day"), .init(header: "TIME", key: "time"),
          .init(header: "TITLE", key: "title", flexible: true),
          .init(header: "中文", key: "titleZh", hiddenInText: true),
          .init(header: "START", key: "start", hiddenInText: true),
          .init(header: "END", key: "end", hiddenInText: true),
          .init(header: "VENUE", key: "venue", flexible: true), .init(header: "HALL", key: "hall", hiddenInText: true),
          .init(header: "KIND", key: "kind"), .init(header: "SPEAKERS", key: "speakers", hiddenInText: true),
        ],
        rows: rows.map {
          [
            .string($0.id),
            .string(days.indices.contains($0.day) ? (local ? t.day(days[$0.day]) : days[$0.day].description) : ""),
            .string("\(ExpoTime.hourMinute($0.start, zone: zone))–\(ExpoTime.hourMinute($0.end, zone: zone))"),
            .string(local ? $0.title.text(.chinese) : $0.title.en), zhValue($0.title),
            .string(ExpoTime.iso8601($0.start, zone: zone)), .string(ExpoTime.iso8601($0.end, zone: zone)),
            .string(local ? $0.venueName.text(.chinese) : $0.venueName.en), optionalValue($0.hall),
            .string(local ? t.eventKind($0.kind) : $0.kind), .array($0.speakers.map { .string($0) }),
          ]
        })
      print(table.render(output.format, output.language.text), terminator: "")
    }
  }
}

extension EventsCommand {
  /// What is on at `now` and what starts next, per venue (in the expo's time zone).
  func printNowAndNext(_ catalogue: Catalogue, at now: Date, only mine: Set<String>?) throws {
    let info = try catalogue.info()
    let zone = info.zone
    let all = try allPages(limit: nil) {
      try catalogue.events(EventQuery(venue: venue, kind: kind, pavilion: pavilion), offset: $0, limit: $1)
    }.filter { mine?.contains($0.id) ?? true }
    let current = all.filter { $0.start <= now && now < $0.end }
    var next: [EventRow] = []
    var seenVenues = Set<String>()
    for e in all where e.start > now && !seenVenues.contains(e.venue) {
      seenVenues.insert(e.venue)
      next.append(e)
    }
    func json(_ e: EventRow) -> JSONText.Value {
      .object([
        ("id", .string(e.id)), ("title", .string(e.title.en)),
        ("start", .string(ExpoTime.iso8601(e.start, zone: zone))),
        ("end", .string(ExpoTime.iso8601(e.end, zone: zone))), ("venue", .string(e.venueName.en)),
        ("hall", e.hall.map { .string($0) } ?? .null), ("kind", .string(e.kind)),
        ("speakers", .array(e.speakers.map { .string($0) })),
      ])
    }
    switch output.format {
    case .json:
      print(
        JSONText.Value.object([
          ("now", .string(ExpoTime.iso8601(now, zone: zone))), ("current", .array(current.map(json))),
          ("next", .array(next.map(json))),
        ]).pretty())
    case .csv, .text:
      let t = output.language.text
      let l = t.language
      let day = LocalDate(now, in: zone)
      // (English keeps the ISO dates scripts read; Chinese says 10月28日 周六.)
      func dayText(_ d: LocalDate) -> String { t.isChinese ? t.day(d) : d.description }
      say(t.nowLine(dayText(day), ExpoTime.hourMinute(now, zone: zone), info.expo.timeZone))
      if current.isEmpty { say(t.nothingOn) }
      for e in current {
        say("  \(t.until(ExpoTime.hourMinute(e.end, zone: zone)))  \(e.title.text(l)) · \(e.venueName.text(l))")
      }
      say(t.nextPerVenue)
      if next.isEmpty { say(t.nothingLater) }
      for e in next {
        let date = LocalDate(e.start, in: zone)
        let when = (date == day ? "" : "\(dayText(date)) ") + ExpoTime.hourMinute(e.start, zone: zone)
        say("  \(when)  \(e.title.text(l)) · \(e.venueName.text(l))")
      }
    }
  }
}

struct CompileCommand: ParsableCommand {
  /// "1390.1 MB", "2.8 MB", "236 KB".
  static func megabytes(_ bytes: Int) -> String {
    if bytes < 1_000_000 { return "\((bytes + 500) / 1000) KB" }
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }

  static let configuration = CommandConfiguration(
    commandName: "compile",
    abstract: "Compile an expo (folder, schedule, calendar or exhibitor list) into a portable catalogue file (SQLite).")
  @Argument(
    help:
      "An expo folder or a schedule/calendar/exhibitor file; or a compiled catalogue, to pack (--compress) or unpack.")
  var path: String
  @Option(name: [.short, .customLong("output")], help: "The catalogue file to write.") var output: String
  @Option(
    name: .customLong("columns"),
    help: ArgumentHelp("Exhibitor CSV columns (as for --data).", valueName: "field=header,…"))
  var columns: String?
  @Option(
    name: .customLong("time-zone"),
    help: ArgumentHelp("The zone of a schedule that names none (as for --data).", valueName: "zone"))
  var timeZone: String?
  @Option(help: "How to read an imported file that is not UTF-8 (as for --data).") var encoding: TextEncoding?
  @Flag(
    help: ArgumentHelp(
      "Pack the catalogue for distribution: compressed in chunks, opened and searched in place (read-only)."))
  var compress = false
  @Option(
    help: ArgumentHelp(
      "Bytes per compressed chunk with --compress (a power of two from 512 to 16777216; default 32768): smaller "
        + "chunks pack less and read faster from a cold start.", valueName: "bytes"))
  var chunkSize: Int?

  func run() throws { try runReporting(compile) }

  private func compile() throws {
    let started = Date()
    Profile.begin()
    // (A FIFO or a device as the source is refused before anything opens it: a FIFO's open(2)
    // waits for a writer forever.)
    if let reason = FileOutput.unreadableKind(path) { throw CatalogueError.notAFile(path, reason: reason) }
    // (Before any work: a folder, a link or a device is refused, never replaced; a missing folder
    // is made, as a compile always did.)
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileOutput.checkFileTarget(output)
    let source = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
      CatalogueCache.isCatalogue(source)
    {
      return try repack(started)
    }
    let options = try DataOptions.importOptions(columns, timeZone: timeZone, encoding: encoding)
    let loaded: Importer.Result
    let bar = ProgressBar()
    do {
      loaded = try Importer.load(source, options: options, progress: bar.handler)
    } catch {
      for issue in error.issues { printError(Sanitize.line(issue.description)) }
      printError("\(path): \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"); nothing written")
      throw ExitCode(65)
    }
    Profile.mark("load and validate")
    for warning in loaded.warnings { printError(Sanitize.line(warning.description)) }
    let hash = try SourceHash.of(files: Importer.sourceFiles(source), options: options.cacheKey)
    Profile.mark("hash")
    let plain = compress ? Self.intermediate(output) : output
    defer { if compress { try? FileManager.default.removeItem(atPath: plain) } }
    try CatalogueCompiler.compile(loaded.dataset, to: plain, sourceHash: hash, progress: bar.handler)
    var packed: PackedCatalogue.Packed?
    if compress {
      bar.handler(ProgressEvent(phase: "packing", done: 0, total: 1))
      packed = try PackedCatalogue.pack(plain, to: output, chunkSize: chunkSize ?? PackedCatalogue.defaultChunkSize)
      Profile.mark("pack")
    }
    bar.finish()
    let ms = Int(Date().timeIntervalSince(started) * 1000)
    say(
      "wrote \(Sanitize.line(output)) (\(loaded.dataset.exhibitors.count) exhibitors, \(loaded.dataset.products.count) products, "
        + "\(loaded.dataset.events.count) events) in \(ms) ms"
        + (packed.map { "; packed \(Self.megabytes($0.plainBytes)) into \(Self.megabytes($0.packedBytes))" } ?? ""))
  }

  /// A compiled catalogue given: packed (`--compress`), or a packed one unpacked into a plain
  /// SQLite file. It is checked first, as `--data` checks a catalogue from elsewhere.
  private func repack(_ started: Date) throws {
    let packedSource = PackedCatalogue.isPacked(path)
    guard compress || packedSource else {
      throw CLIError(
        Sanitize.line("\(path): already a compiled catalogue; add --compress to pack it for distribution"), code: 64)
    }
    // A packed source is unpacked first (every chunk and the checksum checked once, there), then
    // its rows are checked in the plain file, which is packed again or becomes the output.
    let plain = Self.intermediate(output)
    try? FileManager.default.removeItem(atPath: plain)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    if packedSource { try PackedCatalogue.unpack(path, to: plain) }
    let catalogue: Catalogue
    do {
      catalogue = try Catalogue(path: packedSource ? plain : path, verify: true)
    } catch CatalogueError.notACatalogue(_, let reason) {
      throw CatalogueError.notACatalogue(path, reason: reason)
    } catch CatalogueError.incompatible(_, let found, let expected) {
      throw CatalogueError.incompatible(path, found: found, expected: expected)
    }
    let note: String
    if compress {
      let sizes = try PackedCatalogue.pack(
        packedSource ? plain : path, to: output, chunkSize: chunkSize ?? PackedCatalogue.defaultChunkSize)
      note = "packed \(Self.megabytes(sizes.plainBytes)) into \(Self.megabytes(sizes.packedBytes))"
    } else {
      try FileOutput.replace(output, with: plain)
      note = "unpacked into \(Self.megabytes(Int(Self.size(output))))"
    }
    let info = try catalogue.info()
    let ms = Int(Date().timeIntervalSince(started) * 1000)
    say(
      "wrote \(Sanitize.line(output)) (\(info.counts.exhibitors) exhibitors, \(info.counts.products) products, \(info.counts.events) events) "
        + "in \(ms) ms; \(note)")
  }

  func validate() throws {
    guard let chunkSize else { return }
    guard compress else { throw ValidationError("--chunk-size packs a catalogue: give it with --compress") }
    guard PackedCatalogue.isChunkSize(chunkSize) else {
      throw ValidationError("--chunk-size: \(chunkSize) is not a power of two from 512 to 16777216")
    }
  }

  /// The plain catalogue on its way to being packed, beside the output (named as a compile's
  /// temporary file, so that one killed is removed by the next compile to the same output).
  static func intermediate(_ output: String) -> String { output + ".tmp-\(getpid()).plain" }

  static func size(_ path: String) -> Int64 {
    var info = stat()
    return stat(path, &info) == 0 ? Int64(info.st_size) : 0
  }
}
