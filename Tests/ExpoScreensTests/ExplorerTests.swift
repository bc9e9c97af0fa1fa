import ExpoExplorer
import ExpoModel
import ExpoSample
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation

/// The explorer walks the guide (reducer + renderer + the screens over real catalogues) on the
/// sample, a generated fair, the hostile fixture and every import fixture, in English and Chinese,
/// pane on and off, at sizes from 1×1 to 300×100, and checks the invariants after every step. The
/// walks are seeded (the same steps in every run); a failure is shrunk and printed as a `.walk`
/// file to save under Tests/ExpoScreensTests/Walks, which `savedWalksStayFixed` replays.
@Suite struct ExplorerTests {
  /// Datasets by name, compiled once per process.
  enum Datasets {
    static let names = [
      "sample", "fair", "hostile", "minimal", "import/c3voc.json", "import/calendar.ics", "import/exhibitors.csv",
      "import/frab.xml", "import/pentabarf.xml", "sample+news",
    ]

    /// Catalogues are compiled once and shared (they serialise their reads); each caller gets its
    /// own navigator, because a `CachedScreenSource` belongs to one guide and one thread.
    nonisolated(unsafe) static var catalogues: [String: Catalogue] = [:]
    static let lock = NSLock()

    /// "sample+news": the sample as a new version of the data (`ChangedSample`).
    static func navigator(_ name: String) throws -> Navigator {
      if name == "sample+news" {
        return Navigator(source: try CachedScreenSource(catalogue: try catalogue("sample"), news: ChangedSample.news))
      }
      return Navigator(source: try CachedScreenSource(catalogue: try catalogue(name)))
    }

    static func catalogue(_ name: String) throws -> Catalogue {
      // A walk saved by Scripts/explore.sh names the fixture by its path.
      if name.hasPrefix("Tests/Fixtures/") { return try catalogue(String(name.dropFirst("Tests/Fixtures/".count))) }
      lock.lock()
      defer { lock.unlock() }
      if let catalogue = catalogues[name] { return catalogue }
      let catalogue: Catalogue
      switch name {
      case "fair": catalogue = TestCatalogues.fair
      case "minimal": catalogue = TestCatalogues.minimal
      default:
        let url =
          name == "sample"
          ? try #require(ExpoSample.folder()) : TestCatalogues.fixtures.appendingPathComponent(name)
        let path = TestCatalogues.folder.appendingPathComponent(
          name.replacingOccurrences(of: "/", with: "-") + ".sqlite")
        try CatalogueCompiler.compile(try Importer.load(url).dataset, to: path.path)
        catalogue = try Catalogue(path: path.path)
      }
      catalogues[name] = catalogue
      return catalogue
    }
  }

  static let setups: [(Int, Int, Language, Bool)] = [
    (80, 24, .english, true), (80, 24, .chinese, true), (200, 50, .english, true), (100, 30, .chinese, false),
  ]

  /// Steps per dataset and setup: 9 datasets × 4 setups × 2,800 = 100,800 steps.
  static let steps = 2_800

  @Test(arguments: Datasets.names)
  func walksKeepTheInvariants(dataset: String) throws {
    let navigator = try Datasets.navigator(dataset)
    let explorer = Explorer(navigator: navigator)
    let start = Date()
    var total = 0
    for (n, (width, height, language, pane)) in Self.setups.enumerated() {
      let setup = ExplorerSetup(
        width: width, height: height, language: language, pane: pane, now: ExplorerSetup.moment(navigator.header))
      let (failure, steps) = explorer.walk(setup, seed: 2023_1027 + UInt64(n), steps: Self.steps)
      total += steps
      if let failure {
        let shrunk = explorer.shrink(failure, budget: 20)
        let walk = ActionScript.Walk(dataset: dataset, setup: setup, actions: shrunk.actions, comment: shrunk.problem)
        Issue.record("\(shrunk)\nSave as a regression walk:\n\(ActionScript.text(walk))")
        return
      }
    }
    #expect(total == Self.setups.count * Self.steps)
    let rate = Double(total) / max(0.001, Date().timeIntervalSince(start))
    print("explorer \(dataset): \(total) steps, \(Int(rate)) steps/s")
  }

  /// With keys of the user's own (bookmark on x, help on F2, the schedule's filters on Y and V), the
  /// status bar offers only bound keys, the help lists them, and every invariant holds.
  @Test func reboundKeysKeepTheInvariants() throws {
    let (keymaps, problems) = Keymaps.standard.applying([
      "bookmark": ["x"], "help": ["F2"], "filter-kind": ["Y"], "filter-venue": ["V"],
    ])
    #expect(problems.isEmpty)
    // Its own catalogue and navigator: the other walks run at the same time, and a navigator's
    // caches are not shared between threads.
    let path = TestCatalogues.folder.appendingPathComponent("rebound-frab.sqlite").path
    try CatalogueCompiler.compile(
      try Importer.load(TestCatalogues.fixtures.appendingPathComponent("import/frab.xml")).dataset, to: path)
    let navigator = Navigator(source: try CachedScreenSource(catalogue: try Catalogue(path: path)))
    let explorer = Explorer(navigator: navigator)
    for (n, language) in [Language.english, .chinese].enumerated() {
      var setup = ExplorerSetup(
        width: 80, height: 24, language: language, pane: true, now: ExplorerSetup.moment(navigator.header))
      setup.keymaps = keymaps
      let (failure, steps) = explorer.walk(setup, seed: 77 + UInt64(n), steps: 2_000)
      if let failure { Issue.record("\(explorer.shrink(failure, budget: 10))") }
      #expect(steps == 2_000)
    }
  }

  /// Every saved walk (a shrunk failure of an earlier walk, or a visitor's report) replays clean.
  @Test func savedWalksStayFixed() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Walks")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".walk") }
    #expect(!files.isEmpty)
    for file in files.sorted() {
      let walk = try ActionScript.parse(String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
      let explorer = Explorer(navigator: try Datasets.navigator(walk.dataset))
      if let failure = explorer.replay(walk.setup, walk.actions) {
        Issue.record("\(file): \(failure)")
      }
    }
  }
}
