import ExpoExplorer
import ExpoGenerator
import ExpoModel
import ExpoNavigation
import ExpoSample
import ExpoScreens
import ExpoStore
import Foundation

/// `expo-fuzz explore`: the explorer's long walks (Scripts/explore.sh runs millions of steps).
///
///     expo-fuzz explore [--steps N] [--seed S] [--out DIR] DATASET…   walks each dataset
///     expo-fuzz explore --replay FILE.walk                           replays a saved walk
///     expo-fuzz explore --shrink FILE.walk                           shrinks a walk that traps
///
/// A DATASET is `sample`, `fair` (600 exhibitors), `bigfair` (20,000 exhibitors, 200,000 products)
/// or a path the guide opens (an expo folder, a schedule, an exhibitor list). Each dataset is
/// walked at 80×24, 200×50 and random sizes, in English and Chinese, pane on and off. A broken
/// invariant is shrunk and written to DIR/DATASET-SEED.walk (exit 1). A trap ends the process:
/// the walk so far is in DIR/crash.walk, for `--shrink`.
enum Explore {
  static func main(_ arguments: [String]) -> Int32 {
    var steps = 1_000_000
    var seed: UInt64 = 1
    var out = "Fuzz/walks"
    var datasets: [String] = []
    var i = 0
    func value() -> String? {
      i += 1
      return i < arguments.count ? arguments[i] : nil
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--steps": steps = value().flatMap(Int.init) ?? steps
      case "--seed": seed = value().flatMap { UInt64($0) } ?? seed
      case "--out": out = value() ?? out
      case "--replay": return replay(value() ?? "")
      case "--shrink": return shrinkCrash(value() ?? "", out: out)
      default: datasets.append(arguments[i])
      }
      i += 1
    }
    if datasets.isEmpty { datasets = ["sample", "fair"] }
    try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    CrashRecorder.open(out + "/crash.walk")
    var status: Int32 = 0
    for dataset in datasets {
      guard let navigator = navigator(dataset) else { return 66 }
      status = max(status, walk(dataset, navigator, steps: steps, seed: seed, out: out))
    }
    return status
  }

  /// Sizes and languages the walks start in (random resizes happen during every walk).
  static let setups: [(Int, Int, Language, Bool)] = [
    (80, 24, .english, true), (80, 24, .chinese, true), (200, 50, .english, true), (200, 50, .chinese, false),
    (100, 30, .english, false), (40, 12, .chinese, true), (300, 100, .english, true), (1, 1, .chinese, true),
  ]

  static func walk(_ dataset: String, _ navigator: Navigator, steps: Int, seed: UInt64, out: String) -> Int32 {
    var explorer = Explorer(navigator: navigator)
    let start = Date()
    var done = 0
    var walks = 0
    let perWalk = 5_000
    while done < steps {
      let (width, height, language, pane) = setups[walks % setups.count]
      let setup = ExplorerSetup(
        width: width, height: height, language: language, pane: pane, now: ExplorerSetup.moment(navigator.header))
      let walkSeed = seed &+ UInt64(walks)
      CrashRecorder.begin(dataset: dataset, setup: setup, comment: "seed \(walkSeed): a trap")
      explorer.willTake = CrashRecorder.take
      let (failure, taken) = explorer.walk(setup, seed: walkSeed, steps: min(perWalk, steps - done))
      done += taken
      walks += 1
      if let failure {
        explorer.willTake = nil
        let shrunk = explorer.shrink(failure, budget: 60)
        let path = "\(out)/\(dataset.split(separator: "/").last ?? "walk")-\(walkSeed).walk"
        let text = ActionScript.text(
          ActionScript.Walk(dataset: dataset, setup: setup, actions: shrunk.actions, comment: shrunk.problem))
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        print("\(dataset): \(shrunk)\n  \(shrunk.actions.count) actions written to \(path)")
        return 1
      }
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "\(dataset): \(done) steps in \(walks) walks, \(String(format: "%.1f", seconds)) s, \(Int(Double(done) / max(0.001, seconds))) steps/s, no failure"
    )
    return 0
  }

  /// Replays a walk: exit 0 when it passes, 1 with the problem when it fails (a trap ends it).
  static func replay(_ path: String) -> Int32 {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      FileHandle.standardError.write(Data("expo-fuzz explore: \(path): cannot read the walk\n".utf8))
      return 66
    }
    do {
      let walk = try ActionScript.parse(text)
      guard let navigator = navigator(walk.dataset) else { return 66 }
      if let failure = Explorer(navigator: navigator).replay(walk.setup, walk.actions) {
        print("\(path): \(failure)")
        return 1
      }
      print("\(path): \(walk.actions.count) actions, no failure")
      return 0
    } catch {
      FileHandle.standardError.write(Data("expo-fuzz explore: \(path): \(error)\n".utf8))
      return 65
    }
  }

  /// Shrinks a walk that traps by replaying candidates in child processes.
  static func shrinkCrash(_ path: String, out: String) -> Int32 {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8), let walk = try? ActionScript.parse(text)
    else {
      FileHandle.standardError.write(Data("expo-fuzz explore: \(path): not a walk\n".utf8))
      return 65
    }
    let candidate = "\(out)/shrinking-\(getpid()).walk"
    func run(_ setup: ExplorerSetup, _ actions: [Action]) -> ExplorerFailure? {
      let text = ActionScript.text(ActionScript.Walk(dataset: walk.dataset, setup: setup, actions: actions))
      try? text.write(toFile: candidate, atomically: true, encoding: .utf8)
      let child = Process()
      child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      child.arguments = ["explore", "--replay", candidate]
      child.standardOutput = FileHandle.nullDevice
      child.standardError = FileHandle.nullDevice
      guard (try? child.run()) != nil else { return nil }
      child.waitUntilExit()
      guard child.terminationReason == .uncaughtSignal else { return nil }
      return ExplorerFailure(setup: setup, actions: actions, problem: "a trap (signal \(child.terminationStatus))")
    }
    guard let first = run(walk.setup, walk.actions) else {
      print("\(path): the walk does not trap")
      return 1
    }
    let shrunk = Explorer.shrink(first, budget: 300, replay: run)
    try? FileManager.default.removeItem(atPath: candidate)
    let result = path.replacingOccurrences(of: ".walk", with: "-shrunk.walk")
    let text2 = ActionScript.text(
      ActionScript.Walk(dataset: walk.dataset, setup: walk.setup, actions: shrunk.actions, comment: shrunk.problem))
    try? text2.write(toFile: result, atomically: true, encoding: .utf8)
    print("\(path): \(walk.actions.count) → \(shrunk.actions.count) actions, written to \(result)")
    return 0
  }

  /// The navigator of a dataset name or path, its catalogue compiled into a temporary folder.
  static func navigator(_ dataset: String) -> Navigator? {
    let path: String
    switch dataset {
    case "fair", "bigfair":
      let big = dataset == "bigfair"
      path = FuzzTargets.compiledFair(
        dataset,
        GeneratorConfig(
          profile: .synthetic, exhibitors: big ? 20_000 : 600, products: big ? 200_000 : 6_000, halls: big ? 12 : 5,
          countries: 25, events: big ? 400 : 60, seed: 11))
    default:
      let url = dataset == "sample" ? ExpoSample.folder() : URL(fileURLWithPath: dataset)
      path = FuzzTargets.folder.appendingPathComponent("explore-\(abs(dataset.hashValue)).sqlite").path
      do {
        guard let url else { throw ValidationReport(issues: []) }
        try CatalogueCompiler.compile(try Importer.load(url).dataset, to: path)
      } catch {
        FileHandle.standardError.write(Data("expo-fuzz explore: \(dataset): \(error)\n".utf8))
        return nil
      }
    }
    guard let catalogue = try? Catalogue(path: path), let source = try? CachedScreenSource(catalogue: catalogue) else {
      FileHandle.standardError.write(Data("expo-fuzz explore: \(dataset): the catalogue does not open\n".utf8))
      return nil
    }
    return Navigator(source: source)
  }
}

/// Keeps the current walk as text in memory and writes it to a file opened in advance when the
/// process traps (write(2) only, in the signal handler).
enum CrashRecorder {
  nonisolated(unsafe) static var fd: Int32 = -1
  nonisolated(unsafe) static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 22)
  nonisolated(unsafe) static var capacity = 1 << 22
  nonisolated(unsafe) static var length = 0

  static func open(_ path: String) {
    fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in
        if CrashRecorder.fd >= 0 {
          _ = ftruncate(CrashRecorder.fd, 0)
          _ = pwrite(CrashRecorder.fd, CrashRecorder.buffer, CrashRecorder.length, 0)
        }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
      }
      sigaction(signal, &action, nil)
    }
  }

  static func begin(dataset: String, setup: ExplorerSetup, comment: String) {
    length = 0
    let header = ActionScript.text(ActionScript.Walk(dataset: dataset, setup: setup, actions: [], comment: comment))
    append(header)
  }

  static func take(_ action: Action) { append(ActionScript.line(action) + "\n") }

  static func append(_ text: String) {
    let bytes = Array(text.utf8)
    if length + bytes.count > capacity {
      // Grown outside the signal handler, which only reads the pointer and the length.
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      bigger.update(from: buffer, count: length)
      buffer = bigger
      capacity *= 2
    }
    bytes.withUnsafeBufferPointer { (buffer + length).update(from: $0.baseAddress!, count: bytes.count) }
    length += bytes.count
  }
}
