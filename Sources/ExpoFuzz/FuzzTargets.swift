import ExpoExplorer
import ExpoGenerator
import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import ExpoUI
import Foundation
import GRDB

/// One fuzz target per parser, and one for key sequences through the reducer and the renderer.
/// Each must never crash or hang, whatever the bytes; the checks inside trap on a broken invariant.
enum FuzzTargets {
  static let names = ["json", "xml", "c3voc", "ics", "csv", "keys", "catalogue", "packed"]

  /// A valid expo.json for fuzzing the list files against.
  static let expo = Array(
    """
    {"id": "f", "name": "F", "venue": {"name": "V"}, "timeZone": "UTC", "startDate": "2024-01-01",
     "endDate": "2024-01-02", "halls": [{"id": "A", "name": "A", "width": 20, "depth": 20}],
     "venues": [{"id": "s", "name": "S", "hall": "A"}]}
    """.utf8)

  static func run(_ target: String, _ bytes: [UInt8]) {
    switch target {
    case "json":
      _ = try? JSONParser.parse(bytes)
      // The same bytes as each of our files.
      check(try? DatasetLoader.load(files: ["expo.json": bytes]).dataset)
      for name in ["booths.json", "exhibitors.json", "products.json", "events.json"] {
        check(try? DatasetLoader.load(files: ["expo.json": expo, name: bytes]).dataset)
      }
    case "xml":
      _ = try? XMLReader.parse(bytes)
      check(try? Importer.load(bytes: bytes, name: "schedule.xml").dataset)
    case "c3voc": check(try? Importer.load(bytes: bytes, name: "schedule.json").dataset)
    case "ics": check(try? Importer.load(bytes: bytes, name: "calendar.ics").dataset)
    case "csv":
      check(try? Importer.load(bytes: bytes, name: "exhibitors.csv").dataset)
      check(try? Importer.load(bytes: bytes, name: "e.csv", options: ImportOptions(columns: ["name": "a"])).dataset)
    case "keys": KeysTarget.run(bytes)
    case "catalogue": CatalogueTarget.run(bytes)
    case "packed": PackedTarget.run(bytes)
    default: fatalError("unknown fuzz target \(target); expected one of \(names.joined(separator: ", "))")
    }
  }

  /// This process's temporary folder for compiled catalogues.
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("expo-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }()

  /// A generated fair compiled into a catalogue in a temporary folder of this process.
  static func compiledFair(_ name: String, _ config: GeneratorConfig) -> String {
    let path = folder.appendingPathComponent("\(name).sqlite").path
    var generator = FairGenerator(config: config)
    try! CatalogueCompiler.compile(generator.makeDataset(), to: path)
    return path
  }

  /// Invariants of anything a loader accepts.
  static func check(_ dataset: ExpoDataset?) {
    guard let d = dataset else { return }
    precondition(Set(d.exhibitors.map(\.id)).count == d.exhibitors.count, "duplicate exhibitor ids")
    precondition(Set(d.events.map(\.id)).count == d.events.count, "duplicate event ids")
    precondition(Set(d.venues.map(\.id)).count == d.venues.count, "duplicate venue ids")
    let venues = Set(d.venues.map(\.id))
    precondition(d.events.allSatisfy { venues.contains($0.venue) && $0.end >= $0.start }, "event venue or times")
    precondition(d.expo.startDate <= d.expo.endDate, "expo days")
    precondition(d.expo.startDate.daysUntil(d.expo.endDate) <= 366, "more than a year of days")
  }
}

/// Key sequences: each byte picks a key (or a resize); after every step the screen must fit and the
/// state must be sound.
enum KeysTarget {
  nonisolated(unsafe) static var navigator: Navigator?

  static let keys: [Key] =
    [
      .up, .down, .left, .right, .enter, .escape, .backspace, .tab, .backTab, .pageUp, .pageDown, .home, .end,
    ] + "jkhlgGq/bnve0123456789tKWPosfL?mr+-=i ".map { Key.character($0) } + [
      .control("u"), .control("w"), .character("é"), .character("中"), .character("🇺🇾"),
    ]

  static func makeNavigator() -> Navigator {
    if let navigator { return navigator }
    let path = FuzzTargets.compiledFair(
      "fuzz",
      GeneratorConfig(
        profile: .synthetic, exhibitors: 60, products: 300, halls: 2, countries: 8, events: 12, seed: 3))
    let n = Navigator(source: try! CachedScreenSource(catalogue: try! Catalogue(path: path)))
    navigator = n
    return n
  }

  static func run(_ bytes: [UInt8]) {
    let n = makeNavigator()
    let renderer = Renderer()
    var state = n.initialState(width: 80, height: 24, now: Date(timeIntervalSince1970: 1_698_368_400))
    for (i, b) in bytes.prefix(400).enumerated() {
      if b >= 0xF0 {
        // A resize, from 1×1 up to 255×63.
        let w = Int(b & 0x0F) * 16 + 1
        let h = Int(bytes[(i + 1) % bytes.count] & 0x3F) + 1
        n.reduce(into: &state, .resized(width: w, height: h))
      } else {
        let key = keys[Int(b) % keys.count]
        if key == .character("q") { continue }
        n.reduce(into: &state, .key(key))
      }
      let scene = n.scene(state)
      if let problem = Invariants.check(n, state, scene, renderer.render(state, scene)) {
        preconditionFailure(problem)
      }
    }
  }
}

/// A catalogue changed by the bytes (read as SQL statements run on a copy of a small compiled
/// catalogue): opening it with the check either refuses it with a message or gives a catalogue
/// whose every section is drawn with the invariants of the key target. Never a trap or a hang.
enum CatalogueTarget {
  nonisolated(unsafe) static var template: String?

  static func makeTemplate() -> String {
    if let template { return template }
    let path = FuzzTargets.compiledFair(
      "template",
      GeneratorConfig(
        profile: .synthetic, exhibitors: 20, products: 60, halls: 2, countries: 4, events: 6, seed: 5))
    template = path
    return path
  }

  static func run(_ bytes: [UInt8]) {
    let template = makeTemplate()
    let path = template + ".case-\(getpid()).sqlite"
    try? FileManager.default.removeItem(atPath: path)
    guard (try? FileManager.default.copyItem(atPath: template, toPath: path)) != nil else { return }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let sql = String(decoding: bytes.prefix(4_096), as: UTF8.self)
    // Each statement on its own: a failing one does not stop the others.
    if let queue = try? DatabaseQueue(path: path) {
      for statement in sql.split(separator: ";") {
        try? queue.write { try $0.execute(sql: String(statement)) }
      }
      try? queue.close()
    }
    guard let catalogue = try? Catalogue(path: path, verify: true),
      let source = try? CachedScreenSource(catalogue: catalogue)
    else { return }
    let navigator = Navigator(source: source)
    let renderer = Renderer()
    var state = navigator.initialState(width: 80, height: 24, now: Date(timeIntervalSince1970: 1_704_067_200))
    for key in "1234567".map({ Key.character($0) }) + [.enter, .character("m"), .enter, .escape, .character("+")] {
      navigator.reduce(into: &state, .key(key))
      let frame = renderer.render(state, navigator.scene(state))
      precondition(frame.grid.width == 80 && frame.grid.height == 24, "grid size")
      for line in frame.grid.lines { precondition(DisplayWidth.of(line) <= 80, "a row wider than the screen") }
    }
  }
}

/// A packed catalogue damaged by the bytes: read as (offset: 4 bytes, value: 1 byte) edits of a
/// small packed catalogue's file (its header, index and chunks), or, when they start with the
/// packed magic, as the whole file. Opening it with the check refuses it by name, or gives the
/// catalogue that was packed, every section drawn: never a trap, a hang or a wrong screen.
enum PackedTarget {
  nonisolated(unsafe) static var template: (path: String, bytes: [UInt8])?

  static func makeTemplate() -> (path: String, bytes: [UInt8]) {
    if let template { return template }
    let plain = CatalogueTarget.makeTemplate()
    let path = plain + ".packed"
    try! PackedCatalogue.pack(plain, to: path, chunkSize: 1024)
    let made = (path, [UInt8](FileManager.default.contents(atPath: path)!))
    template = made
    return made
  }

  static func run(_ bytes: [UInt8]) {
    let template = makeTemplate()
    var file = template.bytes
    if bytes.starts(with: CatalogueHeader.packed) {
      file = bytes
    } else {
      var at = 0
      while at + 5 <= bytes.count {
        let offset = bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } % max(1, file.count)
        file[offset] = bytes[at + 4]
        at += 5
      }
    }
    let path = template.path + ".case-\(getpid()).sqlite"
    guard FileManager.default.createFile(atPath: path, contents: Data(file)) else { return }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let catalogue: Catalogue
    do {
      catalogue = try Catalogue(path: path, verify: true)
    } catch let error as CatalogueError {
      precondition(!bytes.isEmpty, "the packed catalogue itself was refused: \(error)")
      precondition(error.description.contains(path), "a refusal that does not name the file: \(error)")
      return
    } catch {
      preconditionFailure("a refusal that is not a CatalogueError: \(error)")
    }
    // Checked whole: the very catalogue that was packed.
    let original = try! Catalogue(path: CatalogueTarget.makeTemplate())
    precondition(try! catalogue.info() == original.info(), "a checked packed catalogue that differs")
    precondition(
      try! catalogue.search("a", limit: 30).results.map(\.ref) == original.search("a", limit: 30).results.map(\.ref),
      "a checked packed catalogue that searches differently")
  }
}
