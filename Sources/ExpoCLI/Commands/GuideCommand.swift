import ArgumentParser
import ExpoConfig
import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import ExpoTerminal
import Foundation

/// Options of the interactive guide (also accepted by `expo` with no subcommand).
struct GuideOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Set the clock, e.g. 2023-10-28T14:05 (in the expo's time zone); default $EXPO_NOW or the real time.",
      valueName: "time"))
  var now: String?

  @OptionGroup var language: LanguageOption

  @Flag(name: .customLong("zh"), help: "The same as --lang zh.") var chinese = false

  @Option(name: .customLong("open"), help: "Open a section first.")
  var section: Section?

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).") var noColor = false

  @Flag(name: .customLong("no-pane"), help: "Start without the detail pane beside lists (p toggles it).")
  var noPane = false

  /// The options as plain values.
  var choice: GuideChoice {
    GuideChoice(
      now: now, language: language.language, chinese: chinese, section: section, noColor: noColor, noPane: noPane)
  }
}

/// The guide's options as plain values (made by the fast lane without the parser).
struct GuideChoice: Equatable, Sendable {
  var now: String?
  var language: Language?
  var chinese = false
  var section: Section?
  var noColor = false
  var noPane = false
}

func runGuide(data: DataChoice, options: GuideChoice, userData: String? = nil) throws {
  try runReporting {
    // The bookmarks file opens on another core while the catalogue opens (each took about 2 ms of
    // a start of 10).
    let storePath = userData ?? UserStore.defaultPath()
    let opening = Started {
      Profile.mark("(bookmarks: open)")
      defer { Profile.mark("(bookmarks: opened)") }
      return try UserStore(path: storePath)
    }
    let opened: CatalogueCache.Opened
    do {
      opened = try data.opened()
    } catch {
      // (The bookmarks file is left whole before the error ends the program.)
      _ = try? opening.value()
      throw error
    }
    Profile.mark("catalogue open")
    let catalogue = opened.catalogue
    var builder = try CatalogueScreens(catalogue: catalogue)
    let header = builder.header
    Profile.mark("catalogue info")
    let environment = ProcessEnvironment.variables
    let settings = UserSettings.settings
    let language = UserSettings.language(options.language ?? (options.chinese ? .chinese : nil))
    let t = UIText(language)
    var clock: any ExpoClock = SystemClock()
    var startOnSchedule = false
    if let text = options.now ?? environment["EXPO_NOW"], !text.isEmpty {
      guard let date = ExpoTime.parse(text, zone: header.zone.timeZone) else {
        throw CLIError(t.badTime(text), code: 64)
      }
      clock = OffsetClock(start: date)
      startOnSchedule = true
    }
    let initial: Section? = options.section ?? (startOnSchedule ? .schedule : nil)
    // The file's problems by its name (the whole path would fill the status bar).
    let problems = UserSettings.problems(file: URL(fileURLWithPath: UserSettings.path).lastPathComponent)
    let colour = !options.noColor && (environment["NO_COLOR"] ?? "").isEmpty
    Profile.mark("settings")
    // What changed since the version shown last (the bookmarks' part once their file is open).
    let (news, toAnnounce) = dataNews(opened, expo: header.id, data: data)
    builder.news = news
    Profile.mark("versions")
    // The terminal is set up while the bookmarks file may still be opening.
    let theme = colour ? ColourTheme(rawValue: settings.theme.rawValue) ?? .dark : .monochrome
    let terminal: PreparedTerminal
    do {
      terminal = try PreparedTerminal(theme: theme, mouse: settings.mouse)
    } catch let error as TerminalError {
      _ = try? opening.value()
      throw CLIError(error.description, code: 2)
    }
    Profile.mark("terminal")
    var store: UserStore?
    // A broken settings file is named in the status bar (the guide starts with the defaults).
    var startMessage: String? = problems.first.map { t.settingsProblem($0, more: problems.count - 1) }
    do {
      store = try opening.value()
      if let store, store.isReadOnly {
        startMessage = t.bookmarksReadOnly(store.path)
      } else if let aside = store?.recoveredFrom {
        startMessage = t.bookmarksRecovered(aside)
      }
    } catch {
      startMessage = t.bookmarksCannotBeSaved("\(error)")
    }
    Profile.mark("bookmarks")
    // (Renumbered sessions move their bookmarks whatever the status bar says first.)
    let newsMessage = announce(toAnnounce, expo: header.id, store: store, t)
    if startMessage == nil { startMessage = newsMessage }
    let source = CachedScreenSource(builder: builder)
    var effects = EffectRunner(
      catalogue: catalogue, userStore: store, expoID: header.id,
      exportFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    effects.alarmMinutes = settings.reminderMinutes
    var app = TerminalApp(
      navigator: Navigator(source: source), clock: clock, theme: theme, mouse: settings.mouse,
      language: language, initialSection: initial, effects: effects, startMessage: startMessage)
    // L and p are remembered in the settings file.
    app.saveSettings = { change, language in
      SettingsWriteBack.save(change, to: UserSettings.path, UIText(language))
    }
    // Box drawing needs a UTF-8 locale; elsewhere plans are drawn in ASCII.
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    app.asciiPlans = !(locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8"))
    app.showPane = !options.noPane && settings.pane
    app.keymaps = UserSettings.keymaps.keymaps
    app.reminders = Reminders(minutes: settings.reminderMinutes, bell: settings.bell)
    // A new version arriving while the guide runs (a followed URL, a file or folder edited).
    let watcher = data.watcher(shownHash: opened.sourceHash, urlMinutes: settings.updateMinutes)
    watcher?.start()
    defer { watcher?.stop() }
    app.startMarks = { Profile.mark($0) }
    app.updates = {
      guard let arrived = watcher?.take() else { return nil }
      switch arrived {
      case .failed(let reason):
        return TerminalApp.DataUpdate(source: nil, effects: nil, message: t.newVersionUnreadable(reason))
      case .opened(let next):
        guard var builder = try? CatalogueScreens(catalogue: next.catalogue) else { return nil }
        let (news, items) = dataNews(next, expo: builder.header.id, data: data)
        let message = announce(items, expo: builder.header.id, store: store, t)
        builder.news = news
        var runner = effects
        runner.catalogue = next.catalogue
        return TerminalApp.DataUpdate(
          source: CachedScreenSource(builder: builder), effects: runner,
          message: message ?? t.newVersionShown)
      }
    }
    do {
      let status = try app.run(on: terminal)
      if status != 0 { throw ExitCode(status) }
    } catch let error as TerminalError {
      throw CLIError(error.description, code: 2)
    }
  }
}

/// The data's version and what changed into it (marks in lists, the Changes screen, Home), and
/// the first time a version is shown, the changes to announce (`announce`).
func dataNews(_ opened: CatalogueCache.Opened, expo: String, data: DataChoice) -> (
  news: DataNews, toAnnounce: [DatasetChanges.Item]
) {
  let versions = VersionStore(directory: VersionStore.defaultDirectory())
  guard let hash = opened.sourceHash, let news = versions.news(expo: expo, hash: hash) else { return (.none, []) }
  let items = news.changes?.items ?? []
  let shown = DataNews(
    version: news.version.name, checked: data.checked(),
    since: news.changes?.since, items: items, gone: versions.gone(expo: expo))
  return (shown, news.firstTime ? items : [])
}

/// The news of a version shown for the first time, for the status bar; a bookmarked session that
/// the new version renumbered keeps its bookmark, note and mark. nil: nothing changed.
func announce(_ items: [DatasetChanges.Item], expo: String, store: UserStore?, _ t: UIText) -> String? {
  guard !items.isEmpty else { return nil }
  for item in items {
    guard let previous = item.previousBookmarkKey, let key = item.bookmarkKey else { continue }
    _ = try? store?.move(previous, to: key, expo: expo)
  }
  let marks = Set(((try? store?.bookmarks(expo: expo)) ?? []).map(\.key))
  return newsMessage(items, bookmarks: marks, t)
}

/// The status bar's news on the first start on a new version: a bookmark's change first (a
/// cancelled or removed one before a moved one; a renumbered one is no news), then the counts.
func newsMessage(_ items: [DatasetChanges.Item], bookmarks: Set<BookmarkKey>, _ t: UIText) -> String {
  let rank: [DatasetChanges.Item.Status: Int] = [.cancelled: 0, .removed: 0, .changed: 1, .new: 2, .renumbered: 3]
  let mine = items.filter { $0.status != .renumbered && $0.isBookmarked(in: bookmarks) }
    .sorted { rank[$0.status, default: 9] < rank[$1.status, default: 9] }
  return t.dataChanged(
    DatasetChanges.summary(items), bookmarked: mine.count,
    first: mine.first.map { item in
      // (The name shortened so that what changed fits 80 columns.)
      DisplayWidth.truncate(item.name.text(t.language), to: 24)
        + t.afterName + (item.fields.first.map { t.fieldChange($0) } ?? t.changeStatus(item.status))
    })
}

struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide", abstract: "Open the interactive guide (the default when no subcommand is given).")
  @OptionGroup var data: DataOptions
  @OptionGroup var options: GuideOptions
  @OptionGroup var user: UserDataOptions

  func run() throws { try request.run() }
}

/// Writes a setting changed with a key (L, p) back to the settings file, changing only that
/// value's line (comments and layout are kept). A file that does not parse cleanly is left alone:
/// the user's own text is never rewritten on a guess.
enum SettingsWriteBack {
  /// nil when saved (or nothing changed), else what the status bar says.
  static func save(_ change: SettingChange, to path: String, _ t: UIText) -> String? {
    let existing = try? String(contentsOfFile: path, encoding: .utf8)
    let text = existing ?? SettingsFile.defaultText
    if existing != nil, !SettingsParser.parse(text, file: path).1.isEmpty { return t.settingsNotSavedBroken(path) }
    let updated: String
    switch change {
    case .language(let language): updated = SettingsWriter.set("language", to: .string(language.rawValue), in: text)
    case .pane(let on): updated = SettingsWriter.set("pane", to: .bool(on), in: text)
    }
    if updated == existing { return nil }
    do {
      try SettingsFile.save(text: updated, to: path)
      return nil
    } catch {
      return t.settingsNotSaved(error.description)
    }
  }
}
