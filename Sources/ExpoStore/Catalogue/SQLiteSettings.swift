import CSQLiteTuning
import ExpoModel

/// Process-wide SQLite settings (memory statistics off, no per-connection mutexes: GRDB
/// serialises each of its connections, `DirectConnection` locks around each read). They only take
/// effect before the first connection is opened, so the program applies them first thing; later
/// calls change nothing.
public enum SQLiteSettings {
  private static let applied: Bool = expo_sqlite_tune() == 0

  /// Whether the settings are in effect (false when SQLite was already in use).
  @discardableResult public static func apply() -> Bool { applied }
}
