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
  private var previous: Grid?
  private var attributes: [Style: (attr: attr_t, pair: Int16)] = [:]
  /// `attributes` by raw value, for the per-cell loop.
  private var styleTable: [(attr: attr_t, pair: Int16)] = []
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
    setUpStyles(theme: has_colors() ? theme : .monochrome)
    styleTable = Style.allCases.map { attributes[$0] ?? (expo_a_normal(), 0) }
    // ncurses 6.4 flushes its output after every cursor movement until the screen has been
    // resumed once after an endwin (its `_endwin` stays "initial"): a keystroke that changes
    // ten places left in ten write(2) calls, each waking the terminal. One endwin and refresh
    // before anything is drawn puts it in the running state: a frame is then one write.
    // (Measured with strace: 9-11 writes per keystroke before, 1 after.)
    wrefresh(window)
    endwin()
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

  private func setUpStyles(theme: ColourTheme) {
    let bold = expo_a_bold()
    let reverse = expo_a_reverse()
    let dim = expo_a_dim()
    let normal = expo_a_normal()
    let underline = expo_a_underline()
    if theme != .monochrome {
      start_color()
      use_default_colors()
      let many = expo_colors() >= 256
      let light = theme == .light
      // (foreground, background); -1 is the terminal's default.
      let spec: [Style: (Int16, Int16, attr_t)] = [
        .normal: (-1, -1, normal),
        .title: (Int16(COLOR_WHITE), many ? 24 : Int16(COLOR_BLUE), bold),
        .tab: (-1, -1, dim),
        .tabActive: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
        .crumb: (Int16(COLOR_CYAN), -1, normal),
        .heading: (-1, -1, bold),
        .subtitle: (Int16(COLOR_YELLOW), -1, normal),
        .label: (Int16(COLOR_CYAN), -1, normal),
        .header: (-1, -1, bold | underline),
        .section: (Int16(COLOR_YELLOW), -1, bold),
        .selected: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), normal),
        .dim: (-1, -1, dim),
        .status: (Int16(COLOR_WHITE), many ? 236 : Int16(COLOR_BLACK), normal),
        .statusKey: (Int16(COLOR_YELLOW), many ? 236 : Int16(COLOR_BLACK), bold),
        .message: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), normal),
        .help: (-1, many ? 235 : -1, normal),
        .helpKey: (Int16(COLOR_YELLOW), many ? 235 : -1, bold),
        .helpTitle: (Int16(COLOR_CYAN), many ? 235 : -1, bold),
        .border: (Int16(COLOR_CYAN), -1, normal),
        .match: (Int16(COLOR_YELLOW), -1, bold | underline),
        .selectedMatch: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold | underline),
        .mark: (Int16(COLOR_YELLOW), -1, bold),
        .selectedMark: (Int16(COLOR_YELLOW), Int16(COLOR_CYAN), bold),
        .planWall: (Int16(COLOR_WHITE), -1, bold),
        .planBooth: (-1, -1, normal),
        .planPavilion: (Int16(COLOR_YELLOW), -1, normal),
        .planFeature: (Int16(COLOR_MAGENTA), -1, normal),
        .planEntrance: (Int16(COLOR_GREEN), -1, bold),
        .planRoute: (Int16(COLOR_GREEN), -1, bold),
        .planStop: (Int16(COLOR_BLACK), Int16(COLOR_GREEN), bold),
        .planLabel: (Int16(COLOR_CYAN), -1, normal),
        .planMark: (Int16(COLOR_YELLOW), -1, bold),
        .planSelected: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
      ]
      var pair: Int16 = 1
      for style in Style.allCases {
        var (fg, bg, attr) = spec[style] ?? (-1, -1, normal)
        // On a light background: yellow and white text turn dark, dark greys light.
        if light { (fg, bg) = ColourTheme.forLightBackground(fg, bg, many: many) }
        init_pair(pair, fg, bg)
        attributes[style] = (attr, pair)
        pair += 1
      }
    } else {
      // Monochrome (or NO_COLOR): bold, reverse and underline carry the meaning.
      let spec: [Style: attr_t] = [
        .title: reverse | bold, .tabActive: reverse, .tab: normal, .heading: bold, .header: underline | bold,
        .section: bold, .selected: reverse, .dim: dim, .status: reverse, .statusKey: reverse | bold,
        .message: reverse | bold, .helpKey: bold, .helpTitle: bold, .label: bold,
        .match: bold | underline, .selectedMatch: reverse | bold | underline, .mark: bold,
        .selectedMark: reverse | bold, .planWall: bold, .planEntrance: bold, .planStop: reverse | bold,
        .planSelected: reverse | bold, .planMark: bold, .planRoute: bold,
      ]
      for style in Style.allCases { attributes[style] = (spec[style] ?? normal, 0) }
    }
  }

  /// Writes the cells that differ from the previous frame, then one `doupdate`. The cells are
  /// compared through buffer pointers: going through `Grid`'s subscript retained and released its
  /// arrays for every cell (half of a keystroke's time in this function).
  func present(_ grid: Grid) {
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if full { werase(window) }
    let old = full ? nil : previous
    let oldCells = old?.cells ?? []
    var cc = cchar_t()
    var run: [wchar_t] = []
    run.reserveCapacity(grid.width + 1)
    grid.cells.withUnsafeBufferPointer { cur in
      oldCells.withUnsafeBufferPointer { before in
        /// Whether cell `i` shows something else than in the previous frame.
        func changed(_ i: Int) -> Bool {
          guard let old else { return true }
          let a = cur[i]
          let b = before[i]
          if a != b {
            return !(a.isCluster && b.isCluster && a.style == b.style && grid.text(of: a) == old.text(of: b))
          }
          return a.isCluster && grid.text(of: a) != old.text(of: b)
        }
        for y in 0..<grid.height {
          if let old, old.rowMatches(grid, y) { continue }
          let base = y * grid.width
          var x = 0
          while x < grid.width {
            let cell = cur[base + x]
            // Only changed cells are written. The grid never holds half a wide character, so a
            // changed continuation always comes with a changed left half, which is written.
            if cell.isContinuation || !changed(base + x) {
              x += 1
              continue
            }
            let style = styleTable[Int(cell.style.rawValue)]
            if !cell.isCluster && cell.code < 0x300 {
              // A run of changed narrow cells in one style goes out in one call. (Not with
              // `wadd_wchnstr`, which copies cells without `wadd_wch`'s work: where the run starts
              // on what was the right half of a wide character, it blanks back over the wide
              // character just written before the run — Chinese labels lost their last character.)
              run.removeAll(keepingCapacity: true)
              let start = x
              while x < grid.width {
                let next = cur[base + x]
                if next.isCluster || next.code >= 0x300 || next.code == 0 || next.style != cell.style { break }
                if x > start && !changed(base + x) { break }
                run.append(wchar_t(bitPattern: next.code))
                x += 1
              }
              run.append(0)
              wattr_set(window, style.attr, style.pair, nil)
              mvwaddnwstr(window, Int32(y), Int32(start), run, Int32(run.count - 1))
              continue
            }
            if cell.isCluster {
              var wide = Array(grid.text(of: cell).unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
              wide.append(0)
              setcchar(&cc, wide, style.attr, style.pair, nil)
            } else {
              var wide: (wchar_t, wchar_t) = (wchar_t(bitPattern: cell.code), 0)
              _ = withUnsafePointer(to: &wide) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) {
                  setcchar(&cc, $0, style.attr, style.pair, nil)
                }
              }
            }
            mvwadd_wch(window, Int32(y), Int32(x), &cc)
            x += 1
          }
        }
      }
    }
    wattr_set(window, expo_a_normal(), 0, nil)
    wnoutrefresh(window)
    doupdate()
    previous = grid
  }

  /// Forces a full repaint on the next `present` (after a resize).
  func invalidate() {
    previous = nil
    clearok(window, true)
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
