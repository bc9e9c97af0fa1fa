import ArgumentParser
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

  @Flag(name: .customLong("zh"), help: "Start with names in Chinese.") var chinese = false

  @Option(name: .customLong("open"), help: "Open a section first.")
  var section: Section?

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).") var noColor = false

  @Flag(name: .customLong("no-pane"), help: "Start without the detail pane beside lists (p toggles it).")
  var noPane = false

}

func runGuide(data: DataOptions, options: GuideOptions, userData: String? = nil) throws {
  try runReporting {
    let catalogue = try data.open()
    let source = try CachedScreenSource(catalogue: catalogue)
    let header = source.header
    var clock: any ExpoClock = SystemClock()
    var startOnSchedule = false
    if let text = options.now ?? ProcessInfo.processInfo.environment["EXPO_NOW"], !text.isEmpty {
      guard let date = ExpoTime.parse(text, zone: header.zone) else {
        throw CLIError("--now: expected a time such as 2023-10-28T14:05 (got \"\(text)\")", code: 64)
      }
      clock = OffsetClock(start: date)
      startOnSchedule = true
    }
    let initial: Section? = options.section ?? (startOnSchedule ? .schedule : nil)
    let colour = !options.noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    var store: UserStore?
    var startMessage: String?
    do {
      store = try UserStore(path: userData ?? UserStore.defaultPath())
      if let store, store.isReadOnly {
        startMessage = "Bookmarks are shown but cannot be saved: \(store.path) is read-only"
      } else if let aside = store?.recoveredFrom {
        startMessage = "The bookmarks file could not be read; it was kept as \(aside) and a new one started"
      }
    } catch {
      startMessage = "Bookmarks cannot be saved: \(error)"
    }
    let effects = EffectRunner(
      catalogue: catalogue, userStore: store, expoID: header.id,
      exportFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    var app = TerminalApp(
      navigator: Navigator(source: source), clock: clock, colour: colour,
      language: options.chinese ? .chinese : .english, initialSection: initial, effects: effects,
      startMessage: startMessage)
    // Box drawing needs a UTF-8 locale; elsewhere plans are drawn in ASCII.
    let environment = ProcessInfo.processInfo.environment
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    app.asciiPlans = !(locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8"))
    app.showPane = !options.noPane
    do {
      let status = try app.run()
      if status != 0 { throw ExitCode(status) }
    } catch let error as TerminalError {
      throw CLIError(error.description, code: 2)
    }
  }
}

struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide", abstract: "Open the interactive guide (the default when no subcommand is given).")
  @OptionGroup var data: DataOptions
  @OptionGroup var options: GuideOptions
  @OptionGroup var user: UserDataOptions

  func run() throws { try runGuide(data: data, options: options, userData: user.userData) }
}
