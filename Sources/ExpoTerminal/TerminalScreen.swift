import CNcursesW
import CTerminalGuard
import ExpoModel
import ExpoUI
import Foundation

/// The ncursesw screen: set-up, presenting grids (only changed cells), reading input, and
/// restoring the terminal on every way out.
final class TerminalScreen {
  enum Input {
    case key(UInt32, isFunction: Bool)
    case mouse(x: Int, y: Int, kind: MouseKind)
    case resize
    case timeout
    /// The brackets of a pasted text (bracketed paste, mode 2004): what comes between is text.
    case pasteStart
    case pasteEnd
    /// The terminal is gone (end of file, an error, a hang-up without SIGHUP).
    case gone
  }

  enum MouseKind {
    case click, doubleClick, wheelUp, wheelDown
  }

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  /// Writes each frame as the bytes that change the last one (ncurses reads keys and sets the
  /// terminal up; it does not draw).
  private var writer: FrameWriter
  private var closed = false

  /// Reset sequence for the crash/signal guard: leave the alternate screen, show the cursor,
  /// reset attributes, stop mouse reporting.
  static let resetSequence =
    "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

  /// Bracketed paste on and off: a pasted text arrives between ESC [200~ and ESC [201~, so it is
  /// taken as text (a note, a search), never as keys.
  static let pasteOn = "\u{1B}[?2004h"
  static let pasteOff = "\u{1B}[?2004l"

  init(theme: ColourTheme, mouse: Bool) throws {
    guard isatty(0) == 1 else { throw TerminalError.notATerminal("standard input") }
    guard isatty(1) == 1 else { throw TerminalError.notATerminal("standard output") }
    let term = ProcessEnvironment.variables["TERM"] ?? ""
    if term.isEmpty { throw TerminalError.unusableTerminal("TERM is not set") }
    if term == "dumb" { throw TerminalError.unusableTerminal("TERM=dumb has no cursor addressing") }
    // The user's locale; when it is not installed (LANG=zh_CN.UTF-8 on a machine without it),
    // C.UTF-8 keeps wide characters drawable: ncurses needs a UTF-8 codeset, not a language.
    if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      let asked =
        ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { ProcessEnvironment.variables[$0] }
        .first { !$0.isEmpty }?.lowercased() ?? ""
      if asked.contains("utf-8") || asked.contains("utf8") { setlocale(LC_ALL, "C.UTF-8") }
    }
    // The guard saves the tty modes before ncurses changes them (newterm already turns off echo
    // and output newline translation), so a crash restores the user's modes, not ncurses'.
    _ = expo_guard_install(1, TerminalScreen.resetSequence)
    guard let screen = newterm(nil, expo_stdout(), expo_stdin()) else {
      expo_guard_uninstall()
      throw TerminalError.unusableTerminal("unknown terminal type \"\(term)\"")
    }
    guard let window = expo_stdscr() else {
      endwin()
      delscreen(screen)
      expo_guard_uninstall()
      throw TerminalError.unusableTerminal("no screen")
    }
    self.screen = screen
    self.window = window
    expo_guard_catch_termination()
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    // The cursor is hidden (the guide draws its own in a text field): no frame ends by moving it
    // back to where the window's cursor was.
    leaveok(window, true)
    if mouse {
      mouseinterval(200)
      mousemask(expo_button1_single() | expo_button1_double() | expo_button4_pressed() | expo_button5_pressed(), nil)
    }
    wtimeout(window, 1000)
    _ = define_key("\u{1B}[200~", expo_key_paste_start())
    _ = define_key("\u{1B}[201~", expo_key_paste_end())
    // Home and End as tmux, screen and rxvt send them whatever TERM says (xterm's terminfo has
    // \EOH): unknown, they read as Esc [ 1 ~, and "1" opened the Halls (a visitor's report).
    for (sequence, key) in [
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
      ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ] where key_defined(sequence) <= 0 {
      _ = define_key(sequence, key)
    }
    let pens = TerminalScreen.pens(theme: has_colors() ? theme : .monochrome)
    do {
      writer = FrameWriter(codes: try TerminalCodes.terminfo(pens: pens, term: term))
    } catch {
      endwin()
      delscreen(screen)
      expo_guard_uninstall()
      throw error
    }
    // ncurses takes the screen (the alternate screen, keypad mode, the cursor hidden) at its
    // first refresh; its window stays blank and untouched after that, so reading a key never
    // makes it draw.
    wrefresh(window)
    emit(TerminalScreen.pasteOn)
  }

  /// Rings the terminal's bell (BEL; a visible flash where the terminal is set up so).
  func bell() { emit("\u{07}") }

  /// Writes a control sequence straight to the terminal (ncurses has flushed its frame).
  private func emit(_ sequence: String) {
    let bytes = Array(sequence.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
  }

  var size: (width: Int, height: Int) {
    (Int(expo_getmaxx(window)), Int(expo_getmaxy(window)))
  }

  /// Each style's pen in `theme` on this terminal (colours when it has them, 256 when it has
  /// that many).
  private static func pens(theme: ColourTheme) -> [TerminalCodes.Pen] {
    typealias Pen = TerminalCodes.Pen
    let bold = Pen.bold
    let reverse = Pen.reverse
    let dim = Pen.dim
    let underline = Pen.underline
    if theme == .monochrome {
      // Monochrome (or NO_COLOR): bold, reverse and underline carry the meaning.
      let spec: [Style: UInt8] = [
        .title: reverse | bold, .tabActive: reverse, .tab: 0, .heading: bold, .header: underline | bold,
        .section: bold, .selected: reverse, .dim: dim, .status: reverse, .statusKey: reverse | bold,
        .message: reverse | bold, .helpKey: bold, .helpTitle: bold, .label: bold,
        .match: bold | underline, .selectedMatch: reverse | bold | underline, .mark: bold,
        .selectedMark: reverse | bold, .planWall: bold, .planEntrance: bold, .planStop: reverse | bold,
        .planSelected: reverse | bold, .planMark: bold, .planRoute: bold,
      ]
      return Style.allCases.map { Pen(attributes: spec[$0] ?? 0, foreground: -1, background: -1) }
    }
    // (start_color sets COLORS.)
    start_color()
    use_default_colors()
    let many = expo_colors() >= 256
    let light = theme == .light
    let black = Int16(COLOR_BLACK)
    let white = Int16(COLOR_WHITE)
    let yellow = Int16(COLOR_YELLOW)
    let cyan = Int16(COLOR_CYAN)
    // (foreground, background, attributes); -1 is the terminal's default.
    let spec: [Style: (Int16, Int16, UInt8)] = [
      .normal: (-1, -1, 0),
      .title: (white, many ? 24 : Int16(COLOR_BLUE), bold),
      .tab: (-1, -1, dim),
      .tabActive: (black, cyan, bold),
      .crumb: (cyan, -1, 0),
      .heading: (-1, -1, bold),
      .subtitle: (yellow, -1, 0),
      .label: (cyan, -1, 0),
      .header: (-1, -1, bold | underline),
      .section: (yellow, -1, bold),
      .selected: (black, cyan, 0),
      .dim: (-1, -1, dim),
      .status: (white, many ? 236 : black, 0),
      .statusKey: (yellow, many ? 236 : black, bold),
      .message: (black, yellow, 0),
      .help: (-1, many ? 235 : -1, 0),
      .helpKey: (yellow, many ? 235 : -1, bold),
      .helpTitle: (cyan, many ? 235 : -1, bold),
      .border: (cyan, -1, 0),
      .match: (yellow, -1, bold | underline),
      .selectedMatch: (black, cyan, bold | underline),
      .mark: (yellow, -1, bold),
      .selectedMark: (yellow, cyan, bold),
      .planWall: (white, -1, bold),
      .planBooth: (-1, -1, 0),
      .planPavilion: (yellow, -1, 0),
      .planFeature: (Int16(COLOR_MAGENTA), -1, 0),
      .planEntrance: (Int16(COLOR_GREEN), -1, bold),
      .planRoute: (Int16(COLOR_GREEN), -1, bold),
      .planStop: (black, Int16(COLOR_GREEN), bold),
      .planLabel: (cyan, -1, 0),
      .planMark: (yellow, -1, bold),
      .planSelected: (black, cyan, bold),
    ]
    return Style.allCases.map { style in
      var (fg, bg, attributes) = spec[style] ?? (-1, -1, 0)
      // On a light background: yellow and white text turn dark, dark greys light.
      if light { (fg, bg) = ColourTheme.forLightBackground(fg, bg, many: many) }
      return Pen(attributes: attributes, foreground: fg, background: bg)
    }
  }

  /// Writes the frame as the bytes that change the last one, in one write(2).
  func present(_ grid: Grid) {
    let bytes = writer.frame(grid)
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          return
        }
        offset += written
      }
    }
  }

  /// Forces a full repaint on the next `present` (after a resize).
  func invalidate() {
    writer.invalidate()
    // ncurses resized (or resumed) its screen: its refresh now, so that reading the next key does
    // not make it draw over the frame that follows.
    clearok(window, true)
    wrefresh(window)
  }

  /// How long `read` waits for a key before it returns `.timeout`.
  func setTimeout(milliseconds: Int) {
    wtimeout(window, Int32(max(0, milliseconds)))
  }

  func read() -> Input {
    var wch: wint_t = 0
    let result = wget_wch(window, &wch)
    if result == ERR { return terminalIsGone() ? .gone : .timeout }
    if result == KEY_CODE_YES {
      let code = Int32(wch)
      if code == KEY_RESIZE { return .resize }
      if code == expo_key_paste_start() { return .pasteStart }
      if code == expo_key_paste_end() { return .pasteEnd }
      if code == KEY_MOUSE {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .timeout }
        let state = event.bstate
        if state & expo_button4_pressed() != 0 { return .mouse(x: Int(event.x), y: Int(event.y), kind: .wheelUp) }
        if state & expo_button5_pressed() != 0 { return .mouse(x: Int(event.x), y: Int(event.y), kind: .wheelDown) }
        if state & expo_button1_double() != 0 { return .mouse(x: Int(event.x), y: Int(event.y), kind: .doubleClick) }
        if state & expo_button1_single() != 0 { return .mouse(x: Int(event.x), y: Int(event.y), kind: .click) }
        return .timeout
      }
      return .key(UInt32(wch), isFunction: true)
    }
    return .key(UInt32(wch), isFunction: false)
  }

  /// After a read that returned nothing: whether the terminal hung up or reached its end. (A
  /// terminal that closes without SIGHUP makes every read return at once; without this check
  /// the loop would spin.)
  private func terminalIsGone() -> Bool {
    var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    guard poll(&fds, 1, 0) >= 0 else { return errno != EINTR }
    let revents = Int32(fds.revents)
    if revents & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0 { return true }
    // Readable with no byte waiting: end of file. (Bytes waiting are a key that arrived just
    // after the timeout: not an end.)
    guard revents & Int32(POLLIN) != 0 else { return false }
    var waiting: Int32 = 0
    return ioctl(0, UInt(FIONREAD), &waiting) == 0 && waiting == 0
  }

  /// Ctrl-Z: gives the terminal back to the shell, stops until `fg`, then takes the screen again and
  /// repaints it whole.
  func suspend() {
    emit(TerminalScreen.pasteOff)
    endwin()
    expo_guard_stop_self()
    // Back from `fg`: the next update returns to program mode; repaint everything.
    invalidate()
    emit(TerminalScreen.pasteOn)
  }

  /// Restores the terminal (idempotent).
  func close() {
    guard !closed else { return }
    closed = true
    emit(TerminalScreen.pasteOff)
    endwin()
    delscreen(screen)
    expo_guard_uninstall()
  }

  deinit { close() }
}
