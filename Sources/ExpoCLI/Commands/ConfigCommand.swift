import ArgumentParser
import ExpoConfig
import Foundation

/// `expo config path|show|init`: where the settings file is, what it sets, and a commented one to
/// start from.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Show or create the settings file (config.toml).",
    discussion: """
      The settings file is $XDG_CONFIG_HOME/expo-guide/config.toml (or ~/.config/expo-guide/config.toml): \
      language, colour theme, the detail pane, the mouse and reminders. The guide writes back the language (L) \
      and the pane (p) without touching the rest of the file.
      """,
    subcommands: [Path.self, Show.self, Init.self], defaultSubcommand: Show.self)

  static var path: String { UserSettings.path }

  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the settings file's path.")
    func run() { say(ConfigCommand.path) }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Print the settings in effect and any problem in the file (exit 1 when there is one).")
    func run() throws {
      let path = UserSettings.path
      let settings = UserSettings.settings
      let exists = FileManager.default.fileExists(atPath: path)
      say("# \(path)\(exists ? "" : " (not there: the defaults)")")
      let language = UserSettings.language(nil).rawValue
      say("language = \"\(language)\"\(settings.language == nil ? "  # from the environment" : "")")
      say("theme = \"\(settings.theme.rawValue)\"")
      say("pane = \(settings.pane)")
      say("mouse = \(settings.mouse)")
      say("\n[reminders]\nminutes = \(settings.reminderMinutes)\nbell = \(settings.bell)")
      say("\n[updates]\nminutes = \(settings.updateMinutes)")
      if !settings.keys.isEmpty {
        say("\n[keys]")
        for (command, keys) in settings.keys.sorted(by: { $0.key < $1.key }) {
          say("\(command) = [\(keys.map { TOMLScalar.string($0).toml }.joined(separator: ", "))]")
        }
      }
      let problems = UserSettings.problems(file: path)
      for problem in problems { printError(problem) }
      if !problems.isEmpty { throw ExitCode(1) }
    }
  }

  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a commented settings file with the defaults (never over an existing one).")
    func run() throws {
      let path = ConfigCommand.path
      if FileManager.default.fileExists(atPath: path) {
        throw CLIError("\(path) exists: it is left as it is (expo config show prints what it sets)", code: 1)
      }
      do {
        try SettingsFile.save(text: SettingsFile.defaultText, to: path)
      } catch {
        throw CLIError(error.description, code: 1)
      }
      say("wrote \(path)")
    }
  }
}
