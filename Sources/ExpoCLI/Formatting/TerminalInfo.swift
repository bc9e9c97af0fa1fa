import CNcursesW
import ExpoModel
import Foundation

/// Facts about standard output, for plain-text output.
enum TerminalInfo {
  static var stdoutIsTerminal: Bool { isatty(1) == 1 }

  /// Columns of the terminal on stdout; `$COLUMNS` when not a terminal; nil for no limit.
  static var width: Int? {
    let columns = Int(expo_terminal_columns(1))
    if columns > 0 { return columns }
    if let env = ProcessEnvironment.variables["COLUMNS"], let n = Int(env), n > 0 { return n }
    return nil
  }

  /// Colour only on a terminal and without NO_COLOR.
  static var useColour: Bool {
    stdoutIsTerminal && (ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty
      && ProcessEnvironment.variables["TERM"] != "dumb"
  }
}
