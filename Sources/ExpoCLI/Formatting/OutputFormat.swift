import ArgumentParser
import ExpoConfig
import ExpoModel
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case csv
}

struct FormatOptions: ParsableArguments {
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text
  @OptionGroup var language: LanguageOption
}

/// `--lang zh|en` on every command that writes text for people: headers and messages of text
/// output (JSON and CSV keep their English keys and columns).
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of text output and messages (default: the settings file, else LC_ALL / LC_MESSAGES / LANG).",
      valueName: "zh|en"))
  var language: Language?

  /// The language asked for, else the settings file's, else the environment's.
  var resolved: Language {
    if let language { return language }
    let environment = ProcessInfo.processInfo.environment
    let (settings, _) = SettingsFile.load(path: SettingsFile.path(environment: environment))
    return Language(rawValue: Settings.language(settings: settings, environment: environment)) ?? .english
  }

  var text: UIText { UIText(resolved) }
}
