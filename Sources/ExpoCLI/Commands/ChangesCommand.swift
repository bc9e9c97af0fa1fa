import ArgumentParser
import ExpoModel
import ExpoStore
import Foundation

extension DatasetChanges.Item.Kind: KindArgument {}

/// `expo changes --from OLD`: what changed from an older version of the data to the current one
/// (`--data`): events moved, retimed, renamed, new or cancelled; exhibitors that changed booth or
/// hall; products and booths new, changed or removed.
struct ChangesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "What changed since the last version of the data opened here, or since --from or --since.",
    discussion: """
      Each time the data changes, the guide and the commands compile it again and keep that version \
      (the newest 5 of each expo, in $XDG_DATA_HOME/expo-guide/versions). Without --from or --since, \
      the current data is compared with the newest kept version that differs from it. \
      Events are matched by their id (a schedule's guid, then its id), then by title on the same day; \
      exhibitors, products and booths by id. A cancelled or removed item is listed, never dropped. \
      Both versions are read as --data reads them (a folder or a schedule, calendar or exhibitor \
      file), with the same --columns, --time-zone and --encoding.
      """)

  @OptionGroup var data: DataOptions
  @Option(
    name: .customLong("from"),
    help: ArgumentHelp("The older version: a folder or file, as for --data.", valueName: "path"))
  var from: String?
  @Option(help: ArgumentHelp("A kept version to compare with (its name, or the start of it).", valueName: "version"))
  var since: String?
  @Flag(help: "List the kept versions of the data instead.") var versions = false
  @Flag(help: "Only what you bookmarked (and the booths of bookmarked exhibitors).") var bookmarked = false
  @Option(help: "Only this kind (repeatable; the plural works too).") var kind: [DatasetChanges.Item.Kind] = []
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text
  @OptionGroup var user: UserDataOptions
  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting {
      let options = try data.importOptions()
      let t = language.text
      if from != nil, since != nil { throw CLIError("expo changes: give --from or --since, not both", code: 64) }
      if let since, since.trimmingCharacters(in: .whitespaces).isEmpty {
        throw CLIError("--since needs a version's name (expo changes --versions lists them)", code: 64)
      }
      let source = try data.source()
      // Against a kept version: the current data compiled (and so kept) first.
      let hash = versions || from == nil ? try data.opened().sourceHash : nil
      let new = try Self.load(source, options)
      let store = VersionStore(directory: VersionStore.defaultDirectory())
      let kept = store.versions(expo: new.expo.id)
      // The current data's version: as the cache kept it, else by its contents.
      func current() -> String? {
        hash.flatMap { store.version(expo: new.expo.id, source: $0)?.name }
          ?? (try? VersionStore.digest(new)).flatMap { digest in kept.last { $0.digest == digest }?.name }
      }
      if versions {
        let currentName = current()
        for version in kept.reversed() {
          print(Sanitize.line(version.name + (version.name == currentName ? "  " + t.currentVersion : "")))
        }
        return
      }
      let old: ExpoDataset
      let since: String
      if let from {
        old = try Self.load(URL(fileURLWithPath: from), options)
        since = from
      } else {
        let currentName = current()
        let earlier = kept.filter { $0.name != currentName }
        if let name = self.since {
          if let current = kept.first(where: { $0.name == currentName && $0.name.hasPrefix(name) }),
            !earlier.contains(where: { $0.name.hasPrefix(name) })
          {
            throw CLIError(t.isCurrentVersion(current.name), code: 64)
          }
          let matches = earlier.filter { $0.name.hasPrefix(name) }
          if matches.count > 1, !matches.contains(where: { $0.name == name }) {
            throw CLIError(
              t.ambiguousVersion(Sanitize.line(name), matches: matches.map(\.name).joined(separator: ", ")), code: 64)
          }
        }
        let chosen =
          self.since.map { name in earlier.first { $0.name == name } ?? earlier.last { $0.name.hasPrefix(name) } }
          ?? earlier.last
        guard let chosen else {
          if let name = self.since {
            throw CLIError(
              t.unknownVersion(Sanitize.line(name), valid: earlier.map(\.name).joined(separator: ", ")), code: 64)
          }
          throw CLIError(t.noEarlierVersion, code: 66)
        }
        old = try store.load(chosen)
        since = chosen.name
      }
      if old.expo.id != new.expo.id {
        printError(t.differentExpos(Sanitize.line(old.expo.id), Sanitize.line(new.expo.id)))
      }
      var items = DatasetChanges.compare(old, new)
      if !kind.isEmpty { items = items.filter { kind.contains($0.kind) } }
      if bookmarked {
        let keys = Set(try user.open().bookmarks(expo: new.expo.id).map(\.key))
        let ids = Set(keys.filter { $0.kind == .exhibitor }.map(\.id))
        let booths = Set((old.exhibitors + new.exhibitors).filter { ids.contains($0.id) }.flatMap(\.booths))
        items = items.filter { $0.kind == .booth ? booths.contains($0.id) : $0.isBookmarked(in: keys) }
      }
      let zone = TimeZone(identifier: new.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
      let table = Table(
        columns: [
          .init(header: "KIND", key: "kind"), .init(header: "STATUS", key: "status"),
          // (In text the id gives way to the name and the changes: JSON and CSV carry it.)
          .init(header: "ID", key: "id", hiddenInText: true),
          .init(header: "WHEN", key: "when", onlyInText: true),
          .init(header: "NAME", key: "name", flexible: true),
          .init(header: "START", key: "start", hiddenInText: true),
          .init(header: "PREVIOUS ID", key: "previousId", hiddenInText: true),
          .init(header: "CHANGES", key: "changes", flexible: true),
        ],
        rows: items.map { item in
          [
            .string(format == .text ? t.changeKind(item.kind) : item.kind.rawValue),
            .string(format == .text ? t.changeStatus(item.status) : item.status.rawValue), .string(item.id),
            .string(
              item.start.map {
                ExpoTime.iso8601($0, zone: zone).dropFirst(5).prefix(11).replacingOccurrences(of: "T", with: " ")
              } ?? ""),
            .string(item.name.text(t.language)),
            item.start.map { .string(ExpoTime.iso8601($0, zone: zone)) } ?? .null,
            item.previousID.map { .string($0) } ?? .null,
            .string(t.changeDetails(item, separator: format == .text ? nil : "; ")),
          ]
        })
      switch format {
      case .json, .csv: print(table.render(format), terminator: "")
      case .text:
        if items.isEmpty {
          printError(t.noChanges(from: Sanitize.line(since)))
        } else {
          print(table.render(.text, t), terminator: "")
          printError(t.changeSummary(DatasetChanges.summary(items)))
        }
      }
    }
  }

  /// A version's dataset; an unreadable one names the file and its problems (exit 65).
  static func load(_ url: URL, _ options: ImportOptions) throws -> ExpoDataset {
    do {
      let result = try Importer.load(url, options: options)
      for warning in result.warnings { printError(Sanitize.line(warning.description)) }
      return result.dataset
    } catch {
      for issue in error.issues { printError(Sanitize.line(issue.description)) }
      throw CLIError(
        Sanitize.line(
          "\(url.path): \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"); cannot compare it"), code: 65)
    }
  }
}
