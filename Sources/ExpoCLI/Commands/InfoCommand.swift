import ArgumentParser
import ExpoModel
import ExpoStore
import ExpoUI
import Foundation

struct InfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info", abstract: "The expo: name, dates, venue, time zone and counts.")

  @OptionGroup var data: DataOptions
  @OptionGroup var output: FormatOptions

  func run() throws { try request.run() }

  /// `expo info` with its options as plain values (the fast lane calls it too).
  static func run(data: DataChoice, format: OutputFormat, language: Language?) throws {
    try runReporting {
      let opened = try data.opened()
      let info = try opened.catalogue.info()
      let e = info.expo
      let c = info.counts
      let version = data.version(expo: e.id, sourceHash: opened.sourceHash)
      let checked = version.checked.map { ExpoTime.iso8601($0, zone: ExpoTime.utc) }
      let counts: [(String, Int)] = [
        ("halls", c.halls), ("pavilions", c.pavilions), ("countries", c.countries), ("exhibitors", c.exhibitors),
        ("booths", c.booths), ("products", c.products), ("events", c.events),
      ]
      switch format {
      case .json:
        var members: [(String, JSONText.Value)] = [
          ("id", .string(e.id)), ("name", .string(e.name.en)), ("nameZh", e.name.zh.map { .string($0) } ?? .null),
          ("venue", .string(e.venue.name.en)), ("address", e.venue.address.map { .string($0.en) } ?? .null),
          ("start", .string(e.startDate.description)), ("end", .string(e.endDate.description)),
          ("timeZone", .string(e.timeZone)),
        ]
        members.append(("counts", .object(counts.map { ($0.0, .int($0.1)) })))
        members.append(("note", e.note.map { .string($0) } ?? .null))
        members.append(("version", version.name.map { .string($0) } ?? .null))
        members.append(("checked", checked.map { .string($0) } ?? .null))
        print(JSONText.Value.object(members).pretty())
      case .csv:
        let table = Table(
          columns: [Table.Column(header: "key", key: "key"), Table.Column(header: "value", key: "value")],
          rows: [
            [.string("name"), .string(e.name.en)], [.string("start"), .string(e.startDate.description)],
            [.string("end"), .string(e.endDate.description)], [.string("timeZone"), .string(e.timeZone)],
          ] + counts.map { [.string($0.0), .int($0.1)] })
        print(table.render(.csv), terminator: "")
      case .text where UserSettings.language(language) == .chinese:
        let t = UIText.chinese
        var lines = [(e.name.zh ?? e.name.en) + (e.name.zh == nil ? "" : "  \(e.name.en)")]
        lines.append(t.withNote(t.dateRange(e.startDate, e.endDate), e.timeZone))
        lines.append(e.venue.name.text(.chinese) + (e.venue.address.map { t.comma + $0.text(.chinese) } ?? ""))
        let nouns: [(UIText.Noun, Int)] = [
          (.hall, c.halls), (.pavilion, c.pavilions), (.country, c.countries), (.exhibitor, c.exhibitors),
          (.booth, c.booths), (.product, c.products), (.event, c.events),
        ]
        lines.append(nouns.map { t.count($0.1, $0.0) }.joined(separator: " · "))
        if let note = e.note { lines.append(t.exportNote(note)) }
        if let name = version.name { lines.append("版本：\(name)" + (checked.map { "（\($0)检查更新）" } ?? "")) }
        for line in lines { print(Sanitize.line(line)) }
      case .text:
        var lines = [e.name.en + (e.name.zh.map { "  \($0)" } ?? "")]
        lines.append("\(e.startDate) – \(e.endDate)  (\(e.timeZone))")
        lines.append(e.venue.name.en + (e.venue.address.map { ", \($0.en)" } ?? ""))
        lines.append(counts.map { "\($0.1) \($0.0)" }.joined(separator: " · "))
        if let note = e.note { lines.append("Note: \(note)") }
        if let name = version.name { lines.append("Version: \(name)" + (checked.map { " (checked \($0))" } ?? "")) }
        for line in lines { print(Sanitize.line(line)) }
      }
      KeptUntilExit.keep(opened)
    }
  }
}

/// Runs `body`, turning `CLIError`s into a message on stderr and their exit code.
func runReporting(_ body: () throws -> Void) throws {
  Profile.mark("command")
  defer { Profile.mark("done") }
  do {
    try body()
  } catch let error as CLIError {
    printError("expo: " + error.message)
    throw ExitCode(error.code)
  } catch let error as CatalogueError {
    printError("expo: \(error)")
    throw ExitCode(66)
  } catch let error as UserStoreError {
    printError("expo: \(error)")
    if case .locked = error { throw ExitCode(75) }
    throw ExitCode(73)
  } catch let error as FileOutput.Failure {
    printError("expo: \(error)")
    throw ExitCode(73)
  } catch let error as ExitCode {
    throw error
  } catch {
    // A packed catalogue's chunk that failed its checksum: SQLite says "disk I/O error".
    if let damage = PackedCatalogue.lastDamage() {
      printError("expo: " + Sanitize.line(damage.description))
      throw ExitCode(66)
    }
    // Anything else in one line (not Foundation's userInfo dump), through the same policy.
    printError("expo: " + FileOutput.reason(error))
    throw ExitCode(70)
  }
}
