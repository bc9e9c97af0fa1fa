import ArgumentParser
import ExpoModel

/// `expo`: the interactive guide by default (`expo [--data …] [--now …]` runs `expo guide`), plus
/// scripting subcommands. The root has no options of its own, so each subcommand's options (such
/// as `schedule --now`) are its own.
public struct ExpoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expo",
    abstract: "Expo Guide: browse halls, pavilions, exhibitors, products and events in the terminal.",
    version: ExpoCommand.version,
    subcommands: [
      GuideCommand.self, InfoCommand.self, HallsCommand.self, PavilionsCommand.self, CountriesCommand.self,
      ExhibitorsCommand.self, ProductsCommand.self, EventsCommand.self, SearchCommand.self, ValidateCommand.self,
      CompileCommand.self, GenerateCommand.self, BookmarksCommand.self, ExportCommand.self, MapCommand.self,
      BenchCommand.self, ConfigCommand.self, ChangesCommand.self, UpdateCommand.self,
    ],
    defaultSubcommand: GuideCommand.self)

  public init() {}

  /// The program's version (`expo --version`).
  public static let version = "0.17.0"

  /// A first word that is neither an option nor a command (nor an alias): `expo foo` would
  /// otherwise be read as an argument of the default command and answered with its usage.
  /// Returns the message for it, or nil.
  public static func unknownCommand(_ arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    var names: [String] = []
    for command in configuration.subcommands {
      let c = command.configuration
      names.append(c.commandName ?? "")
      names += c.aliases
    }
    guard !names.contains(first), first != "help" else { return nil }
    let listed = configuration.subcommands.compactMap { $0.configuration.commandName }.filter { $0 != "bench" }
    return "expo: unknown command \"\(Sanitize.line(first))\"; commands: " + listed.joined(separator: ", ")
      + " (expo --help says more)"
  }
}
