import ExpoExplorer
import ExpoModel
import ExpoSample
import ExpoScreens
import ExpoStore
import ExpoUI
import Foundation
import Testing

@testable import ExpoNavigation

/// The whole interface in Chinese: random walks over every screen and mode of the sample in
/// Chinese, at 80×24 and 200×50, find no English word that is not data, a code or a key name.
///
/// To tell the interface's words from the data's, the sample's English data text is upper-cased
/// first (names, titles, descriptions, kinds, categories, speakers, websites): in a Chinese frame a
/// Latin word with a small letter is then the interface's own, unless it is a key's name
/// ("Enter", "Esc") or what the walk typed (a search query, a note).
@Suite struct ChineseInterfaceTests {
  /// Shared (reads are serialised); each test makes its own navigator, whose caches belong to one
  /// thread.
  static let catalogue: Catalogue = {
    let dataset = try! Importer.load(ExpoSample.folder()!).dataset
    let path = TestCatalogues.folder.appendingPathComponent("sample-upper.sqlite").path
    try! CatalogueCompiler.compile(upperCased(dataset), to: path)
    return try! Catalogue(path: path)
  }()

  static func navigator() -> Navigator { Navigator(source: try! CachedScreenSource(catalogue: catalogue)) }

  /// Every key name the keymaps show, the language switch's own word, and the time zone's name (a
  /// code, as the data gives it).
  static let allowed: Set<String> = {
    var words: Set<String> = ["English"]
    words.formUnion(latinWords((try! catalogue.info()).expo.timeZone))
    // Country names are data too (the search shows the other language's name beside a country).
    for code in Countries.codes { words.formUnion(latinWords(Countries.name(code).en)) }
    // File names and folders (the plan's export) are shown as they are.
    words.formUnion(latinWords(MemoryEffects.exportFolder + " expo-plan.ics .md .csv"))
    for mode in Mode.allCases {
      for binding in Keymap.for(mode).bindings { words.formUnion(latinWords(binding.key.label)) }
    }
    return words
  }()

  static func latinWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic && scalar.value < 0x250 {
        current.unicodeScalars.append(scalar)
      } else {
        if current.count >= 2 { words.append(current) }
        current = ""
      }
    }
    if current.count >= 2 { words.append(current) }
    return words
  }

  /// English words of the interface in a Chinese frame (nil when there are none).
  static func leak(_ state: AppState, _ lines: [String]) -> String? {
    guard state.language == .chinese else { return nil }
    var typed: Set<String> = []
    // What was typed, as drawn (a flag shows as its two letters).
    func add(_ text: String) { typed.formUnion(latinWords(text) + latinWords(DisplayWidth.drawn(text))) }
    if case .search(let query, _) = state.screen { add(query) }
    if let editor = state.editor { add(editor.text) }
    for note in state.notes.values { add(note) }
    for (y, line) in lines.enumerated() {
      for word in latinWords(line) where word != word.uppercased() {
        if allowed.contains(word) || typed.contains(where: { $0.contains(word) }) { continue }
        // A plan draws facilities as letters ("iii" is the information desk).
        if Set(word).count == 1 { continue }
        // A word cut with "…" is the start of an allowed one.
        if line.contains(word + "…"), allowed.contains(where: { $0.hasPrefix(word) }) { continue }
        return "English \"\(word)\" in Chinese on row \(y): \(line.trimmingCharacters(in: .whitespaces))"
      }
    }
    return nil
  }

  /// The name of a screen's case ("hallMap").
  static func kind(_ screen: Screen) -> String {
    String(String(describing: screen).prefix { $0 != "(" })
  }

  static let setups: [(Int, Int, Bool)] = [(80, 24, true), (200, 50, true), (80, 24, false), (120, 40, true)]

  /// One test over the setups in turn: the navigator's caches are not shared between threads.
  @Test func noEnglishInTheChineseInterface() throws {
    let navigator = ChineseInterfaceTests.navigator()
    var explorer = Explorer(navigator: navigator)
    for (index, (width, height, pane)) in ChineseInterfaceTests.setups.enumerated() {
      let seen = SeenKinds()
      explorer.frameCheck = { state, _, frame in
        if state.language == .chinese {
          seen.insert(ChineseInterfaceTests.kind(state.screen))
          if state.showHelp { seen.insert("help") }
          if state.editor != nil { seen.insert("editor") }
        }
        return ChineseInterfaceTests.leak(state, frame.grid.lines)
      }
      let setup = ExplorerSetup(
        width: width, height: height, language: .chinese, pane: pane,
        now: ExplorerSetup.moment(navigator.header))
      let (failure, _) = explorer.walk(setup, seed: 20_231_027 + UInt64(index), steps: 5_000)
      if let failure {
        Issue.record("\(explorer.shrink(failure, budget: 10))")
        return
      }
      // The walk saw every screen and mode in Chinese (else it proves little).
      let screens = [
        "home", "halls", "hall", "countries", "country", "pavilion", "exhibitors", "exhibitor", "products", "product",
        "schedule", "timetable", "event", "plan", "about", "categories", "category", "search", "venueMap", "hallMap",
        "help", "editor",
      ]
      let missed = screens.filter { !seen.contains($0) }
      #expect(missed.isEmpty, "the walk at \(width)×\(height) never showed \(missed) in Chinese")
    }
  }

  @Test func aLeakIsFound() {
    // The check itself: an English word of the interface in a Chinese frame is reported.
    var state = AppState(width: 40, height: 5, language: .chinese)
    state.message = "Bookmark removed"
    #expect(ChineseInterfaceTests.leak(state, ["", "已取消收藏 · Bookmark removed"])?.contains("Bookmark") == true)
    #expect(ChineseInterfaceTests.leak(state, ["RUSSIAN FOOD · Enter 打开 · PgDn"]) == nil)
    state.language = .english
    #expect(ChineseInterfaceTests.leak(state, ["Bookmark removed"]) == nil)
  }

  /// The sample with its English data text in capitals.
  static func upperCased(_ d: ExpoDataset) -> ExpoDataset {
    func up(_ t: LocalizedText) -> LocalizedText { LocalizedText(en: t.en.uppercased(), zh: t.zh) }
    func up(_ t: LocalizedText?) -> LocalizedText? { t.map(up) }
    func up(_ s: String?) -> String? { s?.uppercased() }
    var d = d
    d.expo.name = up(d.expo.name)
    d.expo.venue.name = up(d.expo.venue.name)
    d.expo.venue.address = up(d.expo.venue.address)
    d.expo.venue.city = up(d.expo.venue.city)
    d.expo.description = up(d.expo.description)
    d.expo.note = up(d.expo.note)
    d.expo.website = up(d.expo.website)
    for i in d.halls.indices {
      d.halls[i].name = up(d.halls[i].name)
      for f in d.halls[i].features.indices { d.halls[i].features[f].name = up(d.halls[i].features[f].name) }
    }
    for i in d.venues.indices { d.venues[i].name = up(d.venues[i].name) }
    for i in d.pavilions.indices {
      d.pavilions[i].name = up(d.pavilions[i].name)
      d.pavilions[i].description = up(d.pavilions[i].description)
    }
    for i in d.exhibitors.indices {
      d.exhibitors[i].name = up(d.exhibitors[i].name)
      d.exhibitors[i].city = up(d.exhibitors[i].city)
      d.exhibitors[i].description = up(d.exhibitors[i].description)
      d.exhibitors[i].website = up(d.exhibitors[i].website)
      d.exhibitors[i].categories = d.exhibitors[i].categories.map { $0.uppercased() }
    }
    for i in d.products.indices {
      d.products[i].name = up(d.products[i].name)
      d.products[i].category = d.products[i].category.uppercased()
      d.products[i].description = up(d.products[i].description)
    }
    for i in d.events.indices {
      d.events[i].title = up(d.events[i].title)
      d.events[i].kind = d.events[i].kind.uppercased()
      d.events[i].speakers = d.events[i].speakers.map { $0.uppercased() }
      d.events[i].description = up(d.events[i].description)
    }
    return d
  }
}

/// The screens a walk showed (the frame check is a non-escaping, non-Sendable closure).
final class SeenKinds: @unchecked Sendable {
  private var kinds: Set<String> = []
  func insert(_ kind: String) { kinds.insert(kind) }
  func contains(_ kind: String) -> Bool { kinds.contains(kind) }
}
