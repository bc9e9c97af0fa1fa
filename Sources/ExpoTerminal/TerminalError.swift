/// Why the interactive guide cannot start on this terminal.
public enum TerminalError: Error, CustomStringConvertible {
  case notATerminal(String)
  case unusableTerminal(String)

  public var description: String {
    switch self {
    case .notATerminal(let which):
      return "the interactive guide needs a terminal (\(which) is not one); "
        + "use a subcommand such as `expo info`, `expo exhibitors` or `expo events` (see `expo --help`)"
    case .unusableTerminal(let why):
      return "cannot use this terminal (\(why)); set TERM to your terminal's type (e.g. xterm-256color), "
        + "or use a subcommand such as `expo info` (see `expo --help`)"
    }
  }
}
