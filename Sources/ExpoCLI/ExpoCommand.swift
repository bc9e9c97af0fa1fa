import ArgumentParser

/// `expo`: the interactive guide by default (`expo [--data …] [--now …]` runs `expo guide`), plus
/// scripting subcommands. The root has no options of its own, so each subcommand's options (such
/// as `schedule --now`) are its own.
public struct ExpoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expo",
    abstract: "Expo Guide: browse halls, pavilions, exhibitors, products and events in the terminal.",
    subcommands: [
      GuideCommand.self, InfoCommand.self, HallsCommand.self, PavilionsCommand.self, CountriesCommand.self,
      ExhibitorsCommand.self, ProductsCommand.self, EventsCommand.self, SearchCommand.self, ValidateCommand.self,
      CompileCommand.self, GenerateCommand.self, BookmarksCommand.self, ExportCommand.self, MapCommand.self,
      BenchCommand.self,
    ],
    defaultSubcommand: GuideCommand.self)

  public init() {}
}
