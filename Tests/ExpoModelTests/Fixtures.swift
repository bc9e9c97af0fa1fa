import ExpoModel
import Foundation

/// The shared test fixtures in Tests/Fixtures.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func folder(_ name: String) -> URL { root.appendingPathComponent(name) }
}

extension Fixtures {
  static func importFile(_ name: String) -> URL { root.appendingPathComponent("import").appendingPathComponent(name) }

  /// Real published files (`../shared/data/real` beside the repository, or `$EXPO_REAL_DATA`); nil when absent.
  static func realFile(_ name: String) -> URL? {
    let folder =
      ProcessInfo.processInfo.environment["EXPO_REAL_DATA"].map { URL(fileURLWithPath: $0) }
      ?? root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/data/real")
    let url = folder.appendingPathComponent(name)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
