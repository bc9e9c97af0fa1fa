import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation

@testable import ExpoNavigation
@testable import ExpoUI

enum RenderFixture {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let catalogue: Catalogue = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-ui-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("minimal.sqlite").path
    let dataset = try! DatasetLoader.load(folder: fixtures.appendingPathComponent("minimal")).dataset
    try! CatalogueCompiler.compile(dataset, to: path)
    return try! Catalogue(path: path)
  }()

  /// 27 Oct 2023 09:40 in Shanghai: during the opening.
  static let now = Date(timeIntervalSince1970: 1_698_371_000)

  static func navigator() -> Navigator { Navigator(source: try! CachedScreenSource(catalogue: catalogue)) }

  /// Renders after feeding `keys`, with the list height fed back as the terminal does.
  static func render(width: Int, height: Int, keys: [Key] = [], language: Language = .english) -> Frame {
    let navigator = navigator()
    let renderer = Renderer()
    var state = navigator.initialState(width: width, height: height, now: now, language: language)
    for key in keys { navigator.reduce(into: &state, .key(key)) }
    return renderer.render(state, navigator.scene(state))
  }
}
