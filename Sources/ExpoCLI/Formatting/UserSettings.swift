import ExpoConfig
import ExpoModel
import ExpoNavigation
import Foundation

/// The user's settings file, read once per process: every command that needs the language, the
/// reminders or the keys asks here (a text command asked for its language several times).
enum UserSettings {
  static let path = SettingsFile.path(environment: ProcessEnvironment.variables)
  static let loaded: (settings: Settings, issues: [SettingsIssue]) = SettingsFile.load(path: path)
  static var settings: Settings { loaded.settings }

  /// The language asked for on the command line, else the file's, else the environment's.
  static func language(_ asked: Language?) -> Language {
    asked ?? Language(rawValue: Settings.language(settings: settings, environment: ProcessEnvironment.variables))
      ?? .english
  }

  /// The keymaps with the file's `[keys]`, and the rebindings that could not be made.
  static let keymaps: (keymaps: Keymaps, problems: [Keymaps.Problem]) = Keymaps.standard.applying(settings.keys)

  /// Every problem of the file, located, with `file` as the file's name (the keys' too).
  static func problems(file: String) -> [String] {
    loaded.issues.map { issue in
      var named = issue
      named.file = file
      return named.description
    } + keymaps.problems.map { "\(file): \($0.description)" }
  }
}
