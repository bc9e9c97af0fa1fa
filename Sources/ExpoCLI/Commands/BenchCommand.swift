import ArgumentParser
import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import ExpoUI
import Foundation

/// In-process timings of the work behind each figure in docs/performance.md (release build):
/// load + validate + compile, catalogue open, first screen, and keystroke handling + rendering.
/// Terminal output cost is measured separately with ../shared/tools/ptydrive.py (Scripts/bench.sh).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure compile, open, first screen and keystroke times.", shouldDisplay: false)

  @OptionGroup var data: DataOptions
  @Option(help: "Repetitions of each measurement.") var runs = 20
  @Option(help: "Screen width.") var width = 200
  @Option(help: "Screen height.") var height = 50
  @Flag(help: "Only the search keystrokes, repeated --runs times (for a profiler).") var searchOnly = false

  struct Stats {
    var values: [Double]
    var median: Double { sorted[sorted.count / 2] }
    var p95: Double { sorted[Swift.min(sorted.count - 1, Int(Double(sorted.count) * 0.95))] }
    var min: Double { sorted.first ?? 0 }
    var max: Double { sorted.last ?? 0 }
    var sorted: [Double] { values.sorted() }

    var text: String {
      String(format: "median %8.3f ms   p95 %8.3f ms   min %8.3f ms   max %8.3f ms", median, p95, min, max)
    }
  }

  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
  }

  /// The bench's queries: every prefix of each is one keystroke.
  static let queries = [
    "amethyst", "porcelain", "琥珀", "重庆", "n3-a12", "saffron", "chongqing", "pistachio", "russian food", "wine",
    "amethist", "pecs",
  ]

  /// Each keystroke of `queries`: the search alone, and (given a clock) the search screen built
  /// from it, uncached.
  func searchKeystrokes(_ catalogue: Catalogue, screenAt now: Date? = nil) throws -> (raw: [Double], screen: [Double]) {
    var raw: [Double] = []
    var screen: [Double] = []
    for query in Self.queries {
      var typed = ""
      for c in query {
        typed.append(c)
        catalogue.forgetSearches()
        raw.append(try BenchCommand.time { _ = try catalogue.search(typed, kinds: nil, limit: 300) })
        if ProcessEnvironment.variables["EXPO_BENCH_KEYS"] != nil {
          printError(String(format: "%8.2f ms  %@", raw.last!, Sanitize.line(typed)))
        }
        guard let now else { continue }
        catalogue.forgetSearches()
        let fresh = try CatalogueScreens(catalogue: catalogue)
        screen.append(
          try BenchCommand.time {
            _ = try fresh.content(for: .search(query: typed, kind: nil), in: ContentContext(now: now))
          })
      }
    }
    return (raw, screen)
  }

  func run() throws {
    try runReporting {
      let source = try data.source()
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory)
      let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("expo-bench-\(getpid())")
      try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: tmp) }
      var path = source.path
      if isDirectory.boolValue {
        var loads: [Double] = []
        var compiles: [Double] = []
        var hashes: [Double] = []
        path = tmp.appendingPathComponent("bench.sqlite").path
        for _ in 0..<(searchOnly ? 1 : max(1, min(runs, 5))) {
          var loaded: DatasetLoader.Result?
          loads.append(try BenchCommand.time { loaded = try DatasetLoader.load(folder: source) })
          compiles.append(try BenchCommand.time { try CatalogueCompiler.compile(loaded!.dataset, to: path) })
          hashes.append(try BenchCommand.time { _ = try SourceHash.of(folder: source) })
        }
        let total = zip(loads, compiles).map(+)
        print("source               \(source.path)")
        print("hash of source       \(Stats(values: hashes).text)")
        print("load + validate      \(Stats(values: loads).text)")
        print("compile (SQLite)     \(Stats(values: compiles).text)")
        print("load+validate+compile \(Stats(values: total).text)")
      }
      if searchOnly {
        let catalogue = try Catalogue(path: path)
        var raw: [Double] = []
        for _ in 0..<runs { raw += try searchKeystrokes(catalogue).raw }
        print("search per keystroke \(Stats(values: raw).text)   (\(raw.count) keystrokes)")
        return
      }
      var opens: [Double] = []
      for _ in 0..<runs {
        opens.append(try BenchCommand.time { _ = try Catalogue(path: path).info() })
      }
      print("open catalogue       \(Stats(values: opens).text)")

      let catalogue = try Catalogue(path: path)
      let now = try catalogue.info().expo.startDate.startOfDay(in: catalogue.info().zone).addingTimeInterval(10 * 3600)
      var firsts: [Double] = []
      for _ in 0..<runs {
        firsts.append(
          try BenchCommand.time {
            let navigator = Navigator(source: try CachedScreenSource(catalogue: try Catalogue(path: path)))
            let state = navigator.initialState(width: width, height: height, now: now)
            _ = Renderer().render(state, navigator.scene(state))
          })
      }
      print("open + first screen  \(Stats(values: firsts).text)   (\(width)x\(height), no terminal)")

      let navigator = Navigator(source: try CachedScreenSource(catalogue: catalogue))
      let renderer = Renderer()
      func keys(_ name: String, setup: [Key], repeat key: Key, count: Int) {
        var state = navigator.initialState(width: width, height: height, now: now)
        for k in setup { navigator.reduce(into: &state, .key(k)) }
        _ = renderer.render(state, navigator.scene(state))
        var times: [Double] = []
        for _ in 0..<count {
          times.append(
            BenchCommand.time {
              navigator.reduce(into: &state, .key(key))
              _ = renderer.render(state, navigator.scene(state))
            })
        }
        print("\(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(Stats(values: times).text)")
      }
      keys("key j (products)", setup: [.character("4")], repeat: .character("j"), count: 500)
      keys("key PgDn (products)", setup: [.character("4")], repeat: .pageDown, count: 200)
      keys("key j (exhibitors)", setup: [.character("3")], repeat: .character("j"), count: 500)
      var state = navigator.initialState(width: width, height: height, now: now)
      var times: [Double] = []
      for i in 0..<200 {
        let key = Key.character(Character(String(i % 5 + 1)))
        times.append(
          BenchCommand.time {
            navigator.reduce(into: &state, .key(key))
            _ = renderer.render(state, navigator.scene(state))
          })
      }
      print("key 1-5 (sections)   \(Stats(values: times).text)")
      var cold: [Double] = []
      let sampleProducts = try catalogue.products(ProductQuery(), offset: 0, limit: 300)
      for p in sampleProducts {
        cold.append(
          BenchCommand.time { _ = navigator.source.content(for: .product(p.id), in: ContentContext(now: now)) })
      }
      print("product detail (cold) \(Stats(values: cold).text)")
      var coldEx: [Double] = []
      var coldExRows: [Double] = []
      for e in try catalogue.exhibitors(ExhibitorQuery(), offset: 0, limit: 300) {
        var content: ScreenContent?
        coldEx.append(
          BenchCommand.time { content = navigator.source.content(for: .exhibitor(e.id), in: ContentContext(now: now)) }
        )
        coldExRows.append(
          BenchCommand.time {
            if let content {
              _ = navigator.source.rows(of: content, in: ContentContext(now: now), offset: 0, limit: 40)
            }
          })
      }
      print("exhibitor detail (cold) \(Stats(values: coldEx).text)")
      print("exhibitor rows (cold) \(Stats(values: coldExRows).text)")
      var grids: [Double] = []
      for _ in 0..<200 {
        grids.append(
          BenchCommand.time {
            var g = Grid(width: width, height: height)
            for y in 0..<height {
              g.fill(y: y, style: .normal)
              g.put(String(repeating: "abcdefghij", count: width / 10), x: 0, y: y, style: .normal)
            }
          })
      }
      print("grid fill+put        \(Stats(values: grids).text)")
      let (raw, screen) = try searchKeystrokes(catalogue, screenAt: now)
      print(
        "search per keystroke \(Stats(values: raw).text)   (\(raw.count) keystrokes of \(Self.queries.count) queries)")
      print("search screen / key  \(Stats(values: screen).text)   (query + grouping + rows)")
      var deep: [Double] = []
      let count = try catalogue.productCount(ProductQuery())
      for i in 0..<runs {
        let offset = max(0, count - 1 - i * 37)
        deep.append(try BenchCommand.time { _ = try catalogue.products(ProductQuery(), offset: offset, limit: height) })
      }
      print("page at deep offset  \(Stats(values: deep).text)   (\(height) products near offset \(count))")
      var usage = rusage()
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
      print("peak memory (RSS)    \(usage.ru_maxrss / 1024) MB")
    }
  }
}
