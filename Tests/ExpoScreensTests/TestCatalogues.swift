import ExpoGenerator
import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation

@testable import ExpoNavigation
@testable import ExpoUI

/// Real SQLite catalogues for the tests, compiled once per process into a temporary folder.
enum TestCatalogues {
  static let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-nav-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The minimal fixture (3 exhibitors, 4 products, 3 events).
  static let minimal: Catalogue = {
    let path = folder.appendingPathComponent("minimal.sqlite").path
    let dataset = try! DatasetLoader.load(folder: fixtures.appendingPathComponent("minimal")).dataset
    try! CatalogueCompiler.compile(dataset, to: path)
    return try! Catalogue(path: path)
  }()

  /// A generated fair big enough for paging (600 exhibitors, 6,000 products).
  static let fair: Catalogue = {
    let path = folder.appendingPathComponent("fair.sqlite").path
    var generator = FairGenerator(
      config: GeneratorConfig(
        profile: .synthetic, exhibitors: 600, products: 6000, halls: 5, countries: 25, events: 60, seed: 11))
    try! CatalogueCompiler.compile(generator.makeDataset(), to: path)
    return try! Catalogue(path: path)
  }()

  /// A moment during the fixture expo (Asia/Shanghai): 27 Oct 2023, 09:00.
  static let duringExpo = Date(timeIntervalSince1970: 1_698_368_400)
}

extension Navigator {
  /// Rows of the current screen's list, as the source serves them.
  func rows(_ state: AppState, offset: Int = 0, limit: Int) -> [Row] {
    source.rows(of: currentContent(state), in: state.context(for: state.screen), offset: offset, limit: limit)
  }

  /// Rows of `content` shown in `state`'s context.
  func rows(_ content: ScreenContent, _ state: AppState, offset: Int = 0, limit: Int) -> [Row] {
    source.rows(of: content, in: state.context(for: state.screen), offset: offset, limit: limit)
  }
}

extension Renderer {
  /// Renders `state` with the scene the navigator gathers for it.
  func render(_ state: AppState, _ navigator: Navigator) -> Frame { render(state, navigator.scene(state)) }
}
