import ArgumentParser

/// `expo`: the interactive guide by default, plus scripting subcommands.
public struct ExpoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expo",
    abstract: "Expo Guide: browse halls, pavilions, exhibitors, products and events in the terminal.",
    subcommands: [
      InfoCommand.self, HallsCommand.self, PavilionsCommand.self, CountriesCommand.self, ExhibitorsCommand.self,
      ProductsCommand.self, EventsCommand.self, ValidateCommand.self, CompileCommand.self, GenerateCommand.self,
    ])

  public init() {}
}
