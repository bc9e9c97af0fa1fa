import ArgumentParser
import ExpoModel

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case csv
}

struct FormatOptions: ParsableArguments {
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text
  @OptionGroup var language: LanguageOption
}

/// `--lang zh|en` on the guide and every command that writes text for people: the interface,
/// headers and messages (JSON and CSV keep their English keys and columns).
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of the interface, text output and messages (default: the settings file, else LC_ALL / "
        + "LC_MESSAGES / LANG).", valueName: "zh|en"))
  var language: Language?

  /// The language asked for, else the settings file's, else the environment's.
  var resolved: Language { UserSettings.language(language) }

  var text: UIText { UIText(resolved) }
}
