import Foundation

/// The shared test fixtures in Tests/Fixtures.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func folder(_ name: String) -> URL { root.appendingPathComponent(name) }
}
