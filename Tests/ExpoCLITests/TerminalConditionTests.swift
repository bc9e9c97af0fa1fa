import ExpoModel
import Foundation
import Testing

/// Terminal conditions end to end: signals and their exit statuses, the tty restored, bookmarks kept,
/// Ctrl-Z and fg, unusable terminals, and resize storms down to 1×1.
extension TmuxTests {
  func userFile() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("expo-cond-\(UUID().uuidString).sqlite").path
  }

  /// Sends `signal` to the guide started with this unique user file (not to the tmux server, whose
  /// command line holds the same words).
  func kill(_ signal: String, _ user: String) throws {
    _ = try Shell.run("pkill -\(signal) -f \(Shell.quote("^" + ExpoBinary.path + " guide --user-data " + user))")
  }

  func ttyRestored(_ s: Session) throws -> Bool {
    let screen = try s.waitFor("TTY ")
    return screen.contains("TTY echo icanon") || screen.contains("TTY icanon echo")
  }

  @Test func sigtermRestoresTheTerminalAndKeepsBookmarks() throws {
    let user = userFile()
    let s = try Session(width: 100, height: 30, arguments: "guide --user-data '\(user)' --open exhibitors")
    try s.waitFor("Alexandria Crafts Trading")
    try s.keys("b")
    try s.waitFor("★ Bookmarked")
    try kill("TERM", user)
    let after = try s.waitFor("EXPO-EXITED-143")
    #expect(try ttyRestored(s))
    #expect(!after.contains("1 Halls  2 Countries"), "the alternate screen was left")
    let list = try ExpoBinary.run(["bookmarks", "list", "--user-data", user])
    #expect(list.stdout.contains("Alexandria Crafts Trading"))
  }

  @Test func sighupExits129() throws {
    let user = userFile()
    let s = try Session(width: 80, height: 24, arguments: "guide --user-data '\(user)'")
    try s.waitFor("1 Halls  2 Countries")
    try kill("HUP", user)
    try s.waitFor("EXPO-EXITED-129")
    #expect(try ttyRestored(s))
  }

  /// Every signal whose default action ends the process restores the terminal on the way out.
  @Test func otherEndingSignalsRestoreTheTerminal() throws {
    for (signal, status) in [("USR1", 138), ("USR2", 140), ("ALRM", 142), ("PIPE", 141)] {
      let user = userFile()
      let s = try Session(width: 80, height: 24, arguments: "guide --user-data '\(user)'")
      try s.waitFor("1 Halls  2 Countries")
      try kill(signal, user)
      let after = try s.waitFor("EXPO-EXITED-\(status)")
      #expect(try ttyRestored(s), "SIG\(signal)")
      #expect(!after.contains("1 Halls  2 Countries"), "SIG\(signal) left the alternate screen")
    }
  }

  /// A terminal that goes away without SIGHUP (its tmux server killed under `setsid -w`): the guide
  /// ends instead of spinning on reads that return at once.
  @Test func aVanishedTerminalEndsTheGuide() throws {
    let user = userFile()
    let pattern = Shell.quote("^" + ExpoBinary.path + " guide --user-data " + user)
    let s = try Session(
      width: 80, height: 24,
      command:
        "env -u NO_COLOR LANG=C.UTF-8 XDG_CACHE_HOME=\(ExpoBinary.cache) XDG_CONFIG_HOME=\(ExpoBinary.cache)/config-conditions setsid -w '\(ExpoBinary.path)' guide "
        + "--user-data \(user); sleep 60")
    try s.waitFor("1 Halls  2 Countries")
    #expect(try Shell.run("pgrep -f \(pattern)").status == 0)
    try s.run(["kill-server"])
    var running = true
    for _ in 0..<60 where running {
      usleep(100_000)
      running = try Shell.run("pgrep -f \(pattern)").status == 0
    }
    #expect(!running, "the guide still runs after its terminal went away")
    if running { _ = try Shell.run("pkill -KILL -f \(pattern)") }
  }

  @Test func quitRestoresTheTty() throws {
    let s = try Session(width: 80, height: 24)
    try s.waitFor("1 Halls  2 Countries")
    try s.quit()
    #expect(try ttyRestored(s))
  }

  @Test func unusableTerminalsGetOneLineAndExit2() throws {
    for environment in ["TERM=dumb", "TERM=no-such-terminal-xyz", "-u TERM"] {
      let env = environment.hasPrefix("-u") ? "env -u TERM" : environment
      let s = try Session(width: 80, height: 24, environment: env)
      let screen = try s.waitFor("EXPO-EXITED-2")
      let text = screen.replacingOccurrences(of: "\n", with: "")
      #expect(text.contains("expo info"), "points at the subcommands (\(environment)):\n\(screen)")
      #expect(try ttyRestored(s))
    }
  }

  /// A TERM value carrying escape sequences is named in the error with placeholders: the raw bytes
  /// that reach the terminal (read with pipe-pane) hold no escape from it.
  @Test func aHostileTermIsNotEchoedRaw() throws {
    let raw = FileManager.default.temporaryDirectory.appendingPathComponent("expo-term-\(UUID().uuidString)").path
    let s = try Session(
      width: 80, height: 24,
      command: "sleep 0.5; TERM=\"$(printf 'x\\033]0;PWNED\\007')\" '\(ExpoBinary.path)'; sleep 30")
    try s.run(["pipe-pane", "-o", "cat > \(Shell.quote(raw))"])
    let screen = try s.waitFor("unknown terminal type")
    #expect(screen.contains("x␛]0;PWNED␇"), "\(screen)")
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: raw))) ?? Data()
    #expect(!bytes.isEmpty)
    #expect(!String(decoding: bytes, as: UTF8.self).contains("\u{1B}]0;PWNED"), "the title escape reached the terminal")
  }

  @Test func resizeStormDownToOneByOneAndBack() throws {
    let s = try Session(width: 100, height: 30)
    try s.waitFor("1 Halls  2 Countries")
    try s.keys("7", "Enter")
    try s.waitFor("Plan N1")
    for (w, h) in [(1, 1), (200, 60), (2, 2), (39, 9), (40, 10), (1, 50), (250, 1), (80, 24), (13, 7), (160, 48)] {
      try s.run(["resize-window", "-x", "\(w)", "-y", "\(h)"])
    }
    try s.run(["resize-window", "-x", "1", "-y", "1"])
    usleep(200_000)
    try s.run(["resize-window", "-x", "30", "-y", "8"])
    try s.waitFor("Enlarge")
    try s.run(["resize-window", "-x", "120", "-y", "36"])
    let back = try s.waitFor(all: ["Plan N1", "1 Halls  2 Countries"])
    #expect(back.contains("1 Halls  2 Countries"))
    #expect(back.split(separator: "\n").allSatisfy { $0.count <= 120 })
    try s.quit()
  }

  @Test func ctrlZAndFgBringTheScreenBack() throws {
    let s = try Session(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile -i")
    try s.waitFor("$")
    let command =
      "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=\(ExpoBinary.cache) XDG_CONFIG_HOME=\(ExpoBinary.cache)/config-conditions "
      + "'\(ExpoBinary.path)' --open countries"
    try s.keys(command, "Enter")
    try s.waitFor("Countries and pavilions")
    try s.keys("C-z")
    let stopped = try s.waitFor("Stopped")
    #expect(!stopped.contains("Countries and pavilions"), "the shell's screen is back while stopped")
    try s.keys("fg", "Enter")
    let back = try s.waitFor(all: ["Countries and pavilions", "1 Halls  2 Countries"])
    #expect(back.contains("1 Halls  2 Countries"), "the whole screen is repainted")
    try s.keys("j")
    try s.waitFor("2 of")
    try s.keys("q")
    try s.keys("echo EXPO-EXITED-$?", "Enter")
    let done = try s.waitFor("\nEXPO-EXITED-0")
    #expect(!done.contains("Countries and pavilions"))
  }
}

extension TmuxTests {
  /// A Swift runtime trap (here a deliberate fatalError) still restores the tty and leaves the
  /// alternate screen: the terminal guard's fatal-signal handlers run before the default action.
  @Test func aTrapRestoresTheTerminal() throws {
    let s = try Session(
      width: 90, height: 26, environment: "TERM=xterm-256color EXPO_DEBUG_TRAP=1 SWIFT_BACKTRACE=enable=no")
    try s.waitFor("1 Halls  2 Countries")
    try s.keys("C-\\")
    let after = try s.waitFor("EXPO-EXITED-")
    #expect(!after.contains("1 Halls  2 Countries"), "the alternate screen was left:\n\(after)")
    #expect(!after.contains("EXPO-EXITED-0"), "a trap is not a clean exit")
    #expect(try ttyRestored(s))
  }
}

extension TmuxTests {
  /// The selection shows on monochrome (reverse video), NO_COLOR, 8-colour and 256-colour terminals.
  @Test func selectionIsVisibleInEveryColourMode() throws {
    let modes = [
      ("TERM=vt100", "7m"), ("TERM=xterm-256color NO_COLOR=1", "7m"), ("TERM=xterm", "46m"),
      ("TERM=xterm-256color", "46m"),
    ]
    for (environment, mark) in modes {
      let s = try Session(width: 80, height: 24, arguments: "--open countries", environment: environment)
      try s.waitFor("Countries and pavilions")
      let screen = try s.run(["capture-pane", "-p", "-e"])
      let row = screen.split(separator: "\n").first { $0.contains("Argentina") } ?? ""
      #expect(row.contains(mark), "\(environment): the selected row carries \(mark): \(row.debugDescription)")
      #expect(row.contains("AR Argentina"))
    }
  }

  static let strace = ["/usr/bin/strace", "/usr/local/bin/strace"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// A keystroke's frame reaches the terminal in one write(2). ncurses 6.4 flushes after every
  /// cursor move until its screen has been resumed once (see TerminalScreen.init): without that,
  /// a one-row move took three to ten writes. Counted with strace, without the detail pane (which
  /// draws a second frame once the cursor rests: PaneHold).
  @Test func aFrameLeavesInOneWrite() throws {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("expo-strace-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let s = try Session(
      width: 200, height: 50,
      command:
        "env -u NO_COLOR LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=\(ExpoBinary.cache) XDG_CONFIG_HOME=\(ExpoBinary.cache)/config-conditions "
        + "XDG_DATA_HOME=\(ExpoBinary.cache)/data \(TmuxTests.strace!) -o \(Shell.quote(log)) -e trace=read,write "
        + "\(Shell.quote(ExpoBinary.path)) --open products --no-pane; echo EXPO-EXITED-$?; sleep 60")
    try s.waitFor("Products")
    for _ in 0..<6 {
      try s.keys("j")
      usleep(200_000)
    }
    try s.quit()
    // The writes to the terminal after each key read, up to the next read.
    var writes: [Int] = []
    for line in try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("read(0, \"j\"") {
        writes.append(0)
      } else if line.hasPrefix("read(0,") {
        break
      } else if line.hasPrefix("write(1,"), !writes.isEmpty {
        writes[writes.count - 1] += 1
      }
    }
    #expect(writes.count == 6)
    #expect(writes.allSatisfy { $0 == 1 }, "writes per keystroke: \(writes)")
  }

  /// The detail pane holds its card while keys repeat and shows the selected row once the cursor
  /// rests (PaneHold): one `j` and the pane shows the second exhibitor, without another key.
  @Test func thePaneFollowsTheCursorOnceItRests() throws {
    let s = try Session(width: 140, height: 30, arguments: "--open exhibitors")
    let screen = try s.waitFor("Alexandria Crafts Trading")
    let lines = screen.split(separator: "\n").map(String.init)
    let first = try #require(lines.firstIndex { $0.hasPrefix(" Alexandria Crafts Trading") })
    let second = try #require(lines[first + 1].split(separator: "  ").first).trimmingCharacters(in: .whitespaces)
    func paneShows(_ name: String, _ screen: String) -> Bool {
      screen.split(separator: "\n").contains { $0.split(separator: "│").dropFirst().joined().contains(name) }
    }
    #expect(paneShows("Alexandria Crafts Trading", screen))
    try s.keys("j")
    var last = ""
    for _ in 0..<100 where !paneShows(second, last) {
      usleep(20_000)
      last = try s.screen()
    }
    #expect(paneShows(second, last), "the pane shows \(second): \(last)")
  }
}
