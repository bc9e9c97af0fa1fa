/// The user's settings, as read from `config.toml` (see `SettingsFile.defaultText` for the layout).
public struct Settings: Sendable, Hashable {
  /// "en" or "zh"; nil: from the environment (`Settings.language(settings:environment:)`).
  public var language: String?
  public var theme: Theme
  /// Whether the detail pane is shown beside lists (where the terminal is wide enough).
  public var pane: Bool
  public var mouse: Bool
  /// Whether a reminder rings the terminal bell (`[reminders] bell`).
  public var bell: Bool
  /// Minutes before an event that its reminder is due, `reminderRange` (`[reminders] minutes`).
  public var reminderMinutes: Int
  /// How often the guide checks a followed URL for a new version while it runs, in minutes; 0:
  /// never (`[updates] minutes`, within `reminderRange`).
  public var updateMinutes: Int
  /// Command name → key names (`[keys] bookmark = ["b"]`). Only the shape is checked here: the
  /// keymaps decide which commands and key names exist.
  public var keys: [String: [String]]

  public init(
    language: String? = nil, theme: Theme = .dark, pane: Bool = true, mouse: Bool = true, bell: Bool = true,
    reminderMinutes: Int = 10, updateMinutes: Int = 30, keys: [String: [String]] = [:]
  ) {
    self.updateMinutes = updateMinutes
    self.language = language
    self.theme = theme
    self.pane = pane
    self.mouse = mouse
    self.bell = bell
    self.reminderMinutes = reminderMinutes
    self.keys = keys
  }

  public static let defaults = Settings()

  /// The languages of the interface.
  public static let languages = ["en", "zh"]

  /// The valid values of `reminderMinutes` and `updateMinutes` (up to a day).
  public static let reminderRange = 0...1440

  public enum Theme: String, Sendable, Hashable, CaseIterable {
    case dark
    case light
    case monochrome
  }

  /// The language of the interface: `settings.language` when set, else the first non-empty of
  /// `LC_ALL`, `LC_MESSAGES` and `LANG` (the order in which POSIX lets them override each other).
  /// A value starting with "zh" (`zh_CN.UTF-8`, `zh_TW`) gives "zh", anything else "en".
  public static func language(settings: Settings, environment: [String: String]) -> String {
    if let language = settings.language, !language.isEmpty {
      return normalised(language)
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return normalised(value)
      }
    }
    return "en"
  }

  private static func normalised(_ value: String) -> String {
    value.lowercased().hasPrefix("zh") ? "zh" : "en"
  }
}
