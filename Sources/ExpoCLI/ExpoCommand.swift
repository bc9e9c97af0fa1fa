import ArgumentParser

/// `expo`: the interactive guide by default, plus scripting subcommands.
public struct ExpoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expo",
    abstract: "Expo Guide: browse halls, pavilions, exhibitors, products and events in the terminal.",
    subcommands: [GenerateCommand.self, ValidateCommand.self])

  public init() {}
}
