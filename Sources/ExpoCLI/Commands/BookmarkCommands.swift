import ArgumentParser
import ExpoConfig
import ExpoModel
import ExpoStore
import Foundation

/// `--user-data FILE`: the bookmarks file.
struct UserDataOptions: ParsableArguments {
  @Option(
    name: .customLong("user-data"),
    help: ArgumentHelp(
      "The bookmarks file (default: $EXPO_USER_DATA or $XDG_DATA_HOME/expo-guide/user.sqlite).", valueName: "file"))
  var userData: String?

  func open() throws -> UserStore {
    let store = try UserStore(path: userData ?? UserStore.defaultPath())
    if let aside = store.recoveredFrom {
      printError("expo: the bookmarks file could not be read; it was kept as \(aside) and a new one started")
    }
    return store
  }
}

struct BookmarksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bookmarks", abstract: "List, add, remove, export and import bookmarks.",
    subcommands: [List.self, Add.self, Remove.self, Export.self, Import.self, Stress.self], defaultSubcommand: List.self
  )

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bookmarks of the expo.")
    @OptionGroup var data: DataOptions
    @OptionGroup var user: UserDataOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
      try runReporting {
        let catalogue = try data.open()
        let expo = try catalogue.info().expo.id
        let marks = try user.open().bookmarks(expo: expo)
        let departed = VersionStore(directory: VersionStore.defaultDirectory()).gone(expo: expo)
        let table = Table(
          columns: [
            .init(header: "KIND", key: "kind"), .init(header: "ID", key: "id"),
            .init(header: "NAME", key: "name", flexible: true), .init(header: "VISITED", key: "visited"),
            .init(header: "NOTE", key: "note", flexible: true),
          ],
          rows: try marks.map { b in
            var name: String?
            switch b.key.kind {
            case .exhibitor: name = try catalogue.exhibitor(id: b.key.id)?.name.en
            case .event: name = try catalogue.event(id: b.key.id)?.title.en
            case .product: name = try catalogue.product(id: b.key.id)?.name.en
            }
            // An item a later version cancelled or removed: what it was called, and why it is gone.
            let gone = name == nil ? departed[VersionStore.goneKey(b.key.kind.rawValue, b.key.id)] : nil
            let missing =
              gone.map { "\($0.name.en) (\(UIText.english.changeStatus($0.status)); no longer in the catalogue)" }
              ?? "(no longer in the catalogue)"
            return [
              .string(b.key.kind.rawValue), .string(b.key.id), .string(name ?? missing), .bool(b.visited),
              .string(b.note),
            ]
          })
        print(table.render(output.format, output.language.text), terminator: "")
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Bookmark an exhibitor, event or product by id.")
    @OptionGroup var data: DataOptions
    @OptionGroup var user: UserDataOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: "What is bookmarked.") var kind: BookmarkKind
    @Argument(help: "The item's id (see `expo exhibitors --format json`).") var id: String
    @Option(help: "A note.") var note: String = ""

    func run() throws {
      try runReporting {
        let kind = self.kind
        let catalogue = try data.open()
        let expo = try catalogue.info().expo.id
        let exists: Bool
        switch kind {
        case .exhibitor: exists = try catalogue.exhibitor(id: id) != nil
        case .event: exists = try catalogue.event(id: id) != nil
        case .product: exists = try catalogue.product(id: id) != nil
        }
        guard exists else {
          throw CLIError(
            "no \(kind.rawValue) has the id \"\(id)\" in this catalogue; `expo \(kind.rawValue)s --format json` "
              + "lists the ids (`expo search NAME` finds one)", code: 64)
        }
        let store = try user.open()
        let added = try store.add(BookmarkKey(kind, id), expo: expo, note: note)
        if !note.isEmpty { try store.setNote(note, for: BookmarkKey(kind, id), expo: expo) }
        say(language.text.bookmarkedItem(kind, id, added: added))
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a bookmark.")
    @OptionGroup var data: DataOptions
    @OptionGroup var user: UserDataOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: "What is bookmarked.") var kind: BookmarkKind
    @Argument var id: String

    func run() throws {
      try runReporting {
        let key = BookmarkKey(kind, id)
        let expo = try data.open().info().expo.id
        let store = try user.open()
        guard try store.keys(expo: expo).contains(key) else {
          throw CLIError(language.text.notBookmarked(kind, id), code: 1)
        }
        try store.toggle(key, expo: expo)
        say(language.text.removedItem(key.kind, id))
      }
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write the bookmarks to a JSON file to share.")
    @OptionGroup var data: DataOptions
    @OptionGroup var user: UserDataOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: "The JSON file to write (- for standard output).") var file: String

    func run() throws {
      try runReporting {
        let expo = try data.open().info().expo.id
        let marks = try user.open().bookmarks(expo: expo)
        let json =
          JSONText.Value.object([
            ("format", .string("expo-guide-bookmarks")), ("version", .int(1)), ("expo", .string(expo)),
            (
              "bookmarks",
              .array(
                marks.map {
                  .object([
                    ("kind", .string($0.key.kind.rawValue)), ("id", .string($0.key.id)), ("note", .string($0.note)),
                    ("visited", .bool($0.visited)),
                    ("created", .string(ISO8601DateFormatter().string(from: $0.created))),
                  ])
                })
            ),
          ]).pretty() + "\n"
        if file == "-" {
          print(json, terminator: "")
        } else {
          try FileOutput.write(json, to: file)
          say(language.text.wroteBookmarks(marks.count, file))
        }
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Merge a friend's bookmarks (from `expo bookmarks export`): nothing is duplicated or overwritten.")
    @OptionGroup var data: DataOptions
    @OptionGroup var user: UserDataOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: "The JSON file to read.") var file: String

    func run() throws {
      try runReporting {
        guard let bytes = FileManager.default.contents(atPath: file) else {
          throw CLIError("\(file): cannot be read", code: 66)
        }
        let root: JSONNode
        do {
          root = try JSONParser.parse(Array(bytes))
        } catch let error as JSONSyntaxError {
          throw CLIError("\(file):\(error.position): malformed JSON: \(error.message)", code: 65)
        }
        guard case .object(let object) = root.value, case .array(let items)? = object["bookmarks"]?.value else {
          throw CLIError(
            "\(file): expected an object with a \"bookmarks\" array (made by `expo bookmarks export`)", code: 65)
        }
        // (A file of another program, or of a later version of this format, is refused, not read
        // as far as its fields happen to match.)
        if let format = object["format"], format.value != .string("expo-guide-bookmarks") {
          throw CLIError(
            "\(file):\(format.position): $.format: expected \"expo-guide-bookmarks\" (a file made by `expo bookmarks export`)",
            code: 65)
        }
        if let version = object["version"], version.value != .number(1, isInteger: true) {
          throw CLIError(
            "\(file):\(version.position): $.version: this program reads version 1 of the bookmarks format; "
              + "a later version needs a later expo", code: 65)
        }
        let catalogue = try data.open()
        let expo = try catalogue.info().expo.id
        if case .string(let other)? = object["expo"]?.value, other != expo {
          printError("expo: note: the file is for the expo \"\(other)\"; importing into \"\(expo)\"")
        }
        let store = try user.open()
        var added = 0
        var existing = 0
        var problems: [String] = []
        for (i, item) in items.enumerated() {
          guard case .object(let entry) = item.value, case .string(let kindText)? = entry["kind"]?.value,
            let kind = BookmarkKind(rawValue: kindText), case .string(let id)? = entry["id"]?.value
          else {
            problems.append(
              "\(file):\(item.position): $.bookmarks[\(i)]: expected {\"kind\": exhibitor|event|product, \"id\": …}")
            continue
          }
          var note = ""
          if case .string(let n)? = entry["note"]?.value { note = n }
          var visited = false
          if case .bool(let v)? = entry["visited"]?.value { visited = v }
          let known: Bool
          switch kind {
          case .exhibitor: known = try catalogue.exhibitor(id: id) != nil
          case .event: known = try catalogue.event(id: id) != nil
          case .product: known = try catalogue.product(id: id) != nil
          }
          if !known {
            problems.append("\(file):\(item.position): \(kind.rawValue) \"\(id)\" is not in this catalogue (kept)")
          }
          if try store.add(BookmarkKey(kind, id), expo: expo, note: note, visited: visited) {
            added += 1
          } else {
            existing += 1
          }
        }
        for problem in problems { printError(Sanitize.line(problem)) }
        say(language.text.imported(added, existing: existing, reported: problems.count))
      }
    }
  }
}

extension BookmarksCommand {
  /// Test helper: toggles COUNT bookmarks one transaction each, printing every committed key (so a
  /// test can kill the process mid-stream and check that nothing printed was lost).
  struct Stress: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stress", abstract: "Write many bookmarks (for tests).", shouldDisplay: false)
    @OptionGroup var user: UserDataOptions
    @Option var expo = "stress"
    @Option var prefix = "x"
    @Option var count = 500

    func run() throws {
      let store = try user.open()
      for i in 0..<count {
        let key = BookmarkKey(.exhibitor, "\(prefix)-\(i)")
        try store.add(key, expo: expo)
        FileHandle.standardOutput.write(Data("\(key.id)\n".utf8))
      }
    }
  }
}

extension ExportCommand {
  /// `--alarm`, else the settings file's reminder minutes; a value out of 0…1440 is an error.
  func alarmMinutes() throws -> Int {
    if let alarm {
      guard (0...1440).contains(alarm) else {
        throw CLIError("--alarm: expected minutes from 0 to 1440 (got \(alarm))", code: 64)
      }
      return alarm
    }
    return UserSettings.settings.reminderMinutes
  }
}

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export the visit plan: iCalendar (events, booths as to-dos), Markdown, CSV.")
  @OptionGroup var data: DataOptions
  @OptionGroup var user: UserDataOptions
  @Option(help: "Write the bookmarked events as an iCalendar file (RFC 5545).") var ics: String?
  @Flag(help: "With --ics: add the bookmarked booths as to-dos in walking order.") var booths = false
  @Option(help: "Write the whole plan as Markdown.") var md: String?
  @Option(help: "Write the whole plan as CSV (UTF-8 with a byte order mark, for spreadsheets).") var csv: String?
  @Flag(name: .customLong("no-bom"), help: "Write the CSV without the UTF-8 byte order mark.") var noBOM = false
  @Option(
    help: ArgumentHelp(
      "With --ics: an alarm this many minutes before each event (default: the settings' reminders, 10).",
      valueName: "minutes"))
  var alarm: Int?
  @Flag(name: .customLong("no-alarm"), help: "With --ics: no alarms.") var noAlarm = false
  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting {
      guard ics != nil || md != nil || csv != nil else {
        throw CLIError(language.text.sayWhatToWrite, code: 64)
      }
      let catalogue = try data.open()
      let expo = try catalogue.info().expo.id
      let plan = try VisitPlan.build(catalogue, bookmarks: try user.open().bookmarks(expo: expo))
      let written = try PlanFiles.write(
        plan, ics: ics, markdown: md, csv: csv, booths: booths, language: language.resolved, csvByteOrderMark: !noBOM,
        alarmMinutes: noAlarm ? nil : try alarmMinutes())
      for path in written {
        say(language.text.wroteFile(path))
      }
    }
  }
}
