import ArgumentParser

/// `expo`: the interactive guide by default, plus scripting subcommands.
public struct ExpoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expo",
    abstract: "Expo Guide: browse halls, pavilions, exhibitors, products and events in the terminal.",
    subcommands: [
      GuideCommand.self, InfoCommand.self, HallsCommand.self, PavilionsCommand.self, CountriesCommand.self,
      ExhibitorsCommand.self,
      ProductsCommand.self, EventsCommand.self, SearchCommand.self, ValidateCommand.self, CompileCommand.self,
      GenerateCommand.self,
      BookmarksCommand.self, ExportCommand.self, BenchCommand.self,
    ])

  @OptionGroup var data: DataOptions
  @OptionGroup var options: GuideOptions

  public init() {}

  public func run() throws { try runGuide(data: data, options: options) }
}
