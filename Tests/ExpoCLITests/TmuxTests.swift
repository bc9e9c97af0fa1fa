import ExpoModel
import Foundation
import Testing

/// The real binary in tmux on a private socket: keys in, screen text out.
@Suite(.serialized) struct TmuxTests {
  static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

  final class Session {
    let socket = "expo-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let tmux: String

    /// Runs the guide with `arguments` (and `environment`, e.g. `TERM=dumb`); after it exits the pane
    /// shows its exit status and whether the tty is back in canonical mode with echo.
    /// Each session has its own settings folder (`config`) unless given one: a key that is
    /// remembered (L, p) does not leak into the next test. Its data folder (`data`, see
    /// `ExpoBinary.dataFolder`) is its own too unless given one.
    convenience init(
      width: Int, height: Int, arguments: String = "", environment: String = "TERM=xterm-256color",
      config: String = ExpoBinary.cache + "/config-" + UUID().uuidString,
      data: String = ExpoBinary.cache + "/data-" + UUID().uuidString
    ) throws {
      let folder = ExpoBinary.dataFolder(data).sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }
      let command =
        // `swift test` sets NO_COLOR=1 for its own output: the guide gets only what the test asks for.
        "env -u NO_COLOR LANG=C.UTF-8 LC_ALL=C.UTF-8 \(environment) XDG_CACHE_HOME=\(ExpoBinary.cache) "
        + folder.joined(separator: " ") + " XDG_CONFIG_HOME=\(config) "
        + "'\(ExpoBinary.path)' \(arguments); echo EXPO-EXITED-$?; "
        + "echo TTY $(stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon -e -echo -e -icanon | tr '\\n' ' '); sleep 60"
      try self.init(width: width, height: height, command: command)
    }

    /// Runs any shell command in the pane (e.g. an interactive shell).
    init(width: Int, height: Int, command: String) throws {
      tmux = TmuxTests.tmux ?? "tmux"
      _ = try ExpoBinary.runProgram(
        tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command],
        detached: true)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
      try ExpoBinary.runProgram(tmux, ["-L", socket, "-f", "/dev/null"] + arguments, detached: true).stdout
    }

    func keys(_ keys: String...) throws {
      for key in keys { try run(["send-keys", key]) }
    }

    func screen() throws -> String { try run(["capture-pane", "-p"]) }

    /// `q`, then waits for the guide to have exited with status 0.
    func quit(sourceLocation: SourceLocation = #_sourceLocation) throws {
      try keys("q")
      try waitFor("EXPO-EXITED-0", sourceLocation: sourceLocation)
    }

    /// Waits (up to `timeout` seconds) until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Int = 10, sourceLocation: SourceLocation = #_sourceLocation) throws
      -> String
    {
      try waitFor(all: [text], timeout: timeout, sourceLocation: sourceLocation)
    }

    /// Waits (up to `timeout` seconds) until one screen contains every text; returns it.
    @discardableResult
    func waitFor(all texts: [String], timeout: Int = 10, sourceLocation: SourceLocation = #_sourceLocation) throws
      -> String
    {
      var last = ""
      for _ in 0..<(timeout * 20) {
        last = try screen()
        if texts.allSatisfy(last.contains) { return last }
        usleep(50_000)
      }
      Issue.record("timed out waiting for \(texts); screen:\n\(last)", sourceLocation: sourceLocation)
      // The test stops here: the waits after this one would only time out too.
      throw TimedOut(texts: texts)
    }

    struct TimedOut: Error {
      var texts: [String]
    }

    deinit { _ = try? ExpoBinary.runProgram(tmux, ["-L", socket, "kill-server"], detached: true) }
  }

  @Test func browseDrillDownBackHelpAndQuit() throws {
    let s = try Session(width: 80, height: 24)
    try s.waitFor("Chongqing International Consumer Products Expo 2023")
    try s.waitFor("1 Halls  2 Countries")
    try s.keys("2")
    try s.waitFor("Countries and pavilions")
    try s.keys("G", "k", "Enter")
    try s.waitFor("Uruguay (UY)")
    try s.keys("j", "Enter")
    try s.waitFor("Home › Countries › Uruguay › Artigas Gems Export S.A.")
    try s.keys("G", "Enter")
    let product = try s.waitFor(all: ["Category", "Origin     Uruguay"])
    #expect(product.contains("Origin     Uruguay"))
    try s.keys("Escape")
    try s.waitFor("Home › Countries › Uruguay › Artigas")
    try s.keys("BSpace")
    // Both on one capture (a capture can fall between the first and the last byte of a frame).
    let country = try s.waitFor(all: ["Home › Countries › Uruguay\n", "2 of 13"])
    #expect(country.contains("2 of 13"), "cursor restored on the exhibitor row")
    try s.keys("/")
    try s.waitFor("/ ▏")
    try s.keys("a", "m", "e", "t", "h", "i", "s", "t")
    try s.waitFor("Amethyst")
    try s.keys("Enter")
    let opened = try s.waitFor(all: ["Home › Countries › Uruguay › Search › ", "Amethyst"])
    #expect(opened.contains("Amethyst"))
    try s.keys("Escape")
    try s.waitFor("/ amethist▏")
    try s.keys("Escape")
    try s.waitFor("Home › Countries › Uruguay\n")
    try s.keys("?")
    let help = try s.waitFor(all: ["Keys · any key closes", "Find on map"])
    #expect(help.contains("Find on map"))
    try s.keys("q")
    try s.waitFor("Uruguay (UY)")
    try s.keys("q")
    let after = try s.waitFor("EXPO-EXITED-0")
    #expect(!after.contains("Uruguay (UY)"), "the alternate screen was left")
  }

  @Test func aChineseLocaleOpensInChineseAndLIsRemembered() throws {
    let config = ExpoBinary.cache + "/config-" + UUID().uuidString
    // LANG=zh_CN.UTF-8 (not installed here: the guide still draws Chinese, through C.UTF-8).
    let s = try Session(
      width: 80, height: 24, arguments: "--now 2023-10-28T14:05",
      environment: "TERM=xterm-256color LC_ALL= LANG=zh_CN.UTF-8", config: config)
    try s.waitFor(all: ["1 展馆  2 国家", "10月28日 周六"])
    // L switches to English and is written to the settings file; a restart keeps it.
    try s.keys("L")
    try s.waitFor("Interface and names in English")
    try s.quit()
    let file = try String(contentsOfFile: config + "/expo-guide/config.toml", encoding: .utf8)
    #expect(file.contains("language = \"en\""))
    #expect(file.contains("# Expo Guide settings."), "the commented default file")
    let again = try Session(
      width: 80, height: 24, arguments: "--now 2023-10-28T14:05",
      environment: "TERM=xterm-256color LC_ALL= LANG=zh_CN.UTF-8", config: config)
    try again.waitFor(all: ["1 Halls  2 Countries", "Sat 28 Oct"])
    try again.keys("L", "q")
    try again.waitFor("EXPO-EXITED-0")
    let back = try String(contentsOfFile: config + "/expo-guide/config.toml", encoding: .utf8)
    #expect(back.contains("language = \"zh\""))
    #expect(back.components(separatedBy: "\n").count == file.components(separatedBy: "\n").count, "one line changed")
  }

  /// A schedule republished with a bookmarked session moved: the next start says so, once.
  @Test func aNewVersionOfTheDataIsAnnouncedOnce() throws {
    let folder = ExpoBinary.cache + "/versions-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/announced.xml"
    try FileManager.default.copyItem(atPath: ChangesCLITests.old, toPath: file)
    let environment = ExpoBinary.dataFolder(folder + "/data")
    #expect(try ExpoBinary.run(["info", "--data", file], environment: environment).status == 0)
    #expect(
      try ExpoBinary.run(["bookmarks", "add", "event", "g-101", "--data", file], environment: environment).status == 0)
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.copyItem(atPath: ChangesCLITests.new, toPath: file)
    func guide() throws -> Session {
      try Session(
        width: 150, height: 24, arguments: "--data '\(file)'", config: folder + "/config", data: folder + "/data")
    }
    let first = try guide()
    let screen = try first.waitFor("★ Opening <Ceremony>: time 10:30 → 11:30")
    #expect(screen.contains("· 2 changes in all"), "\(screen)")
    // Home leads with it; All changes opens the Changes screen on your bookmarks' changes.
    #expect(screen.contains("Δ time 10:30 → 11:30"), "\(screen)")
    try first.keys("Down", "Enter")
    let changes = try first.waitFor(all: ["Your bookmarks (1)", "All (2)"])
    #expect(changes.contains("Opening <Ceremony>"))
    try first.keys("Tab", "Tab")
    try first.waitFor("✗ cancelled")
    try first.quit()
    // Told once: the next start is quiet (Home still leads with what changed in this version).
    let second = try guide()
    let again = try second.waitFor("1 Halls")
    #expect(!again.contains("changes in all"), "\(again)")
    #expect(again.contains("All changes"), "\(again)")
    try second.quit()
  }

  /// The schedule file edited while the guide runs: the guide reads the new version, says what
  /// changed to the bookmarks, and shows it where the visitor is; a broken edit is named, and the
  /// version before stays.
  @Test func aFileEditedWhileTheGuideRunsIsPickedUp() throws {
    let folder = ExpoBinary.cache + "/live-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/live.xml"
    try FileManager.default.copyItem(atPath: ChangesCLITests.old, toPath: file)
    let environment = ExpoBinary.dataFolder(folder + "/data")
    #expect(
      try ExpoBinary.run(["bookmarks", "add", "event", "g-101", "--data", file], environment: environment).status == 0)
    let s = try Session(
      width: 80, height: 24, arguments: "--data '\(file)' --now 2024-12-27T09:00", config: folder + "/config",
      data: folder + "/data")
    try s.waitFor(all: ["Fri 27 Dec", "10:30–11:15"])
    // A broken edit: named, and the schedule stays as it was.
    try "<schedule><conference>".write(toFile: file, atomically: true, encoding: .utf8)
    let broken = try s.waitFor("New version not read: live.xml:", timeout: 30)
    #expect(broken.contains("10:30–11:15"), "\(broken)")
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.copyItem(atPath: ChangesCLITests.new, toPath: file)
    let moved = try s.waitFor("★ Opening <Ceremony>: time 10:30 → 11:30", timeout: 30)
    #expect(moved.contains("11:30–12:15"), "the day's list shows the new time: \(moved)")
    try s.quit()
  }

  /// Home and End as tmux sends them (ESC [1~, ESC [4~) under TERM=xterm-256color, whose terminfo
  /// knows other sequences: the first and the last row, not Esc and "1" (the Halls).
  @Test func homeAndEndWorkWhateverTheTerminalSends() throws {
    let s = try Session(width: 80, height: 24, arguments: "--open products")
    try s.waitFor("Home › Products")
    try s.keys("End")
    try s.waitFor("10,400 of 10,400")
    try s.keys("Home")
    let top = try s.waitFor("1 of 10,400")
    #expect(top.contains("Home › Products"), "\(top)")
    try s.quit()
  }

  @Test func aBrokenSettingsFileIsNamedAndTheGuideStarts() throws {
    let config = ExpoBinary.cache + "/config-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: config + "/expo-guide", withIntermediateDirectories: true)
    try "# mine\ntheme = \"blue\"\npane = yes\n".write(
      toFile: config + "/expo-guide/config.toml", atomically: true, encoding: .utf8)
    let s = try Session(width: 120, height: 24, config: config)
    let screen = try s.waitFor("Settings: defaults used · config.toml:3:")
    #expect(screen.contains("1 Halls"))
    // L is not remembered in a file with errors: the user's text stays as it is.
    try s.keys("L")
    try s.waitFor("未记住")
    try s.quit()
    let file = try String(contentsOfFile: config + "/expo-guide/config.toml", encoding: .utf8)
    #expect(file == "# mine\ntheme = \"blue\"\npane = yes\n")
  }

  @Test func aRebindingInTheSettingsChangesTheKeyTheHelpAndTheHints() throws {
    let config = ExpoBinary.cache + "/config-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: config + "/expo-guide", withIntermediateDirectories: true)
    try "[keys]\nbookmark = [\"x\"]\nhelp = [\"F2\"]\n".write(
      toFile: config + "/expo-guide/config.toml", atomically: true, encoding: .utf8)
    let s = try Session(width: 100, height: 30, config: config)
    try s.keys("3", "Enter")
    let exhibitor = try s.waitFor("x bookmark")
    #expect(exhibitor.contains("F2 help"))
    try s.keys("x")
    try s.waitFor("★ Bookmarked")
    try s.keys("F2")
    let help = try s.waitFor("This help")
    #expect(help.range(of: #" x +Bookmark"#, options: .regularExpression) != nil, "\(help)")
    #expect(help.range(of: #"\bb +Bookmark"#, options: .regularExpression) == nil)
    try s.keys("q", "q")
    try s.waitFor("EXPO-EXITED-0")
  }

  @Test func chineseNamesLargeAndTinyTerminals() throws {
    let s = try Session(width: 132, height: 40, arguments: "--zh --now 2023-10-28T14:05")
    // --zh: the interface in Chinese too (tabs, dates, the too-small message).
    let schedule = try s.waitFor(all: ["10月28日 周六", "2023重庆国际消费品博览会", "重庆新能源汽车出口产业峰会"])
    #expect(schedule.contains("1 展馆  2 国家"))
    #expect(!schedule.contains("Sat 28 Oct"))
    try s.run(["resize-window", "-x", "20", "-y", "6"])
    try s.waitFor("请把终端放大")
    try s.run(["resize-window", "-x", "100", "-y", "30"])
    try s.waitFor("1 展馆  2 国家")
    try s.keys("C-c")
    try s.waitFor("EXPO-EXITED-130")
  }

  /// What the terminal shows after frames written as differences is what a whole repaint of the
  /// same state shows: in Chinese (wide characters moving between columns from frame to frame), over
  /// every section, moves and a scroll. (A faster way of writing runs of cells once dropped the last
  /// character of labels and names after a section change, and only in Chinese.)
  @Test(arguments: ["--zh --now 2023-10-28T14:05", "--now 2023-10-28T14:05"])
  func framesWrittenAsDifferencesMatchAWholeRepaint(arguments: String) throws {
    let s = try Session(width: 80, height: 24, arguments: arguments)
    try s.waitFor(arguments.contains("--zh") ? "1 展馆" : "1 Halls")
    /// The screen once two captures a fifth of a second apart agree (the pane's delayed card drawn).
    func settled() throws -> String {
      var last = try s.screen()
      for _ in 0..<25 {
        usleep(200_000)
        let now = try s.screen()
        if now == last { return now }
        last = now
      }
      return last
    }
    var differing: [String] = []
    for key in ["5", "j", "j", "j", "]", "1", "j", "2", "j", "j", "3", "J", "4", "6", "7", "0", "2"] {
      try s.keys(key)
      let drawn = try settled()
      // A resize and back: the guide repaints the whole screen.
      try s.run(["resize-window", "-x", "81", "-y", "24"])
      _ = try settled()
      try s.run(["resize-window", "-x", "80", "-y", "24"])
      let whole = try settled()
      if drawn != whole {
        let lines = zip(
          drawn.split(separator: "\n", omittingEmptySubsequences: false),
          whole.split(separator: "\n", omittingEmptySubsequences: false)
        )
        .filter { $0 != $1 }.prefix(2).map { "\($0)\n   whole: \($1)" }
        differing.append("after \(key): \(lines.joined(separator: "\n"))")
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(3).joined(separator: "\n"))")
    try s.keys("q")
    try s.waitFor("EXPO-EXITED-0")
  }

  @Test func aBookmarkSurvivesARestart() throws {
    let user = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-e2e-user-\(UUID().uuidString).sqlite")
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: user.path + suffix) }
    }
    do {
      let s = try Session(width: 100, height: 30, arguments: "guide --user-data '\(user.path)' --open exhibitors")
      try s.waitFor("Alexandria Crafts Trading")
      try s.keys("b")
      try s.waitFor("★ Bookmarked")
      try s.quit()
    }
    let again = try Session(width: 100, height: 30, arguments: "guide --user-data '\(user.path)'")
    try again.waitFor("1 Halls  2 Countries")
    try again.keys("6")
    let plan = try again.waitFor("1 booth · 0 events")
    #expect(plan.contains("Alexandria Crafts Trading"))
    #expect(plan.contains("★"))
    try again.keys("q")
  }

  @Test func terminationSignalRestoresTheTerminal() throws {
    let s = try Session(width: 80, height: 24)
    try s.waitFor("1 Halls  2 Countries")
    _ = try Shell.run("pkill -TERM -f \(Shell.quote("^" + ExpoBinary.path + "$"))")
    try s.waitFor("EXPO-EXITED-143")
  }

  /// `--open` opens every section (one key's screen each); the breadcrumb says which.
  @Test func openEverySectionFromTheCommandLine() throws {
    let titles: [(String, String)] = [
      ("halls", "Home › Halls"), ("countries", "Home › Countries"), ("exhibitors", "Home › Exhibitors"),
      ("products", "Home › Products"), ("schedule", "Home › Fri 27 Oct"), ("plan", "Home › My plan"),
      ("map", "Home › Map"),
    ]
    // All seven start at once (each on its own tmux server), then each is checked.
    let sessions = try titles.map { name, _ in
      try Session(width: 80, height: 24, arguments: "--now 2023-10-27T09:00 --open \(name)")
    }
    for (s, (_, crumb)) in zip(sessions, titles) {
      try s.waitFor(crumb)
      try s.quit()
    }
  }

  /// The timetable with a venue filter draws exactly that venue's events, and j walks them.
  @Test func theTimetableShowsExactlyTheFilteredEvents() throws {
    let s = try Session(width: 100, height: 30, arguments: "--now 2023-10-28T09:00 --open schedule")
    try s.waitFor("Home › Sat 28 Oct")
    try s.keys("t")
    try s.waitFor("Forum Hall A")
    try s.keys("W")
    let screen = try s.waitFor(all: ["venue: Main Stage", "Main Stage"])
    let lines = screen.components(separatedBy: "\n")
    let header = lines.first { $0.contains("┊") == false && $0.contains("Main Stage") && !$0.contains("venue:") } ?? ""
    #expect(header.trimmingCharacters(in: .whitespaces) == "Main Stage", "venues shown: \(header)")
    #expect(!screen.contains("Forum Hall A") && !screen.contains("Fashion Runway"))
    let count = screen.components(separatedBy: "events · venue: Main Stage").first?.split(separator: " ").last
    #expect(screen.contains("1 of \(count ?? "?")"), "the status bar counts the filtered events")
    try s.quit()
  }

  /// A bracketed paste into the note editor is text: ESC, 6 and e in it neither cancel the note,
  /// nor open My plan, nor export.
  @Test func aPasteIntoANoteIsText() throws {
    let user = FileManager.default.temporaryDirectory.appendingPathComponent("expo-paste-\(UUID().uuidString).sqlite")
    let s = try Session(width: 100, height: 30, arguments: "guide --user-data '\(user.path)' --open exhibitors")
    try s.waitFor("Alexandria Crafts Trading")
    try s.keys("n")
    try s.waitFor("Note ▸")
    try s.run(["set-buffer", "Great booth\u{1B}6e"])
    try s.run(["paste-buffer", "-p"])
    try s.waitFor("Great booth6e")
    try s.keys("Enter")
    try s.waitFor("Note saved")
    let screen = try s.screen()
    #expect(screen.contains("Home › Exhibitors") && !screen.contains("My plan ·"))
    try s.quit()
    let list = try ExpoBinary.run(["bookmarks", "list", "--user-data", user.path])
    #expect(list.stdout.contains("Great booth6e"))
  }

  /// `/ r u` at 80×24 used to end the guide (a highlight computed on the uncut name ran past the
  /// screen): it shows results, and the guide goes on.
  @Test func searchingRuAt80x24ShowsResults() throws {
    let s = try Session(width: 80, height: 24)
    try s.waitFor("1 Halls  2 Countries")
    try s.keys("/", "r", "u")
    let screen = try s.waitFor(all: ["/ ru", "Russia Pavilion"])
    #expect(!screen.contains("EXPO-EXITED"))
    // The events tab: the speech whose "Russia" lies past column 80.
    try s.keys("Tab", "Tab", "Tab")
    let events = try s.waitFor(all: ["Speech by", "Events ("])
    #expect(!events.contains("EXPO-EXITED"))
    try s.keys("Escape", "q")
    try s.waitFor("EXPO-EXITED-0")
  }
}
