import ExpoModel
import ExpoNavigation
import Foundation

/// The actions of a walk: most of them keys a visitor would press where they are (the current
/// mode's keymap), the others keys of every mode, letters, digits, Chinese and hostile text, pastes,
/// mouse clicks and the wheel, resizes from 1×1 to 300×100, the pane's hold and the clock.
struct RandomActions {
  var rng: SplitMix64
  let now: Date

  init(seed: UInt64, now: Date) {
    rng = SplitMix64(seed: seed)
    self.now = now
  }

  /// Every key any mode binds, and text keys (not q and ^C, which end the walk's guide: Esc and
  /// the quit command still do now and then).
  static let allKeys: [Key] = {
    var keys = Set(Mode.allCases.flatMap { Keymap.for($0).bindings.map(\.key) })
    for c in "abcdeuxyzé0189 中文琥珀瓷😀🇺🇾" { keys.insert(.character(c)) }
    keys.remove(.control("c"))
    return keys.sorted { $0.label < $1.label }
  }()

  static let modeKeys: [Mode: [Key]] = Dictionary(
    uniqueKeysWithValues: Mode.allCases.map { ($0, keys(of: Keymap.for($0))) })

  static func keys(of keymap: Keymap) -> [Key] {
    keymap.bindings.map(\.key).filter { $0 != .control("c") }.sorted { $0.label < $1.label }
  }

  static let pastes = [
    "ru", "琥珀", "Uruguay amethyst", "hupo", "n3 a14", "\u{202E}evil\u{202C}", "a\tb\nc", "\u{1B}[31mred",
    String(repeating: "长", count: 90), "e\u{301}\u{301}\u{301}", "👩‍👩‍👧", "",
  ]

  mutating func next(_ state: AppState) -> Action {
    switch rng.below(1000) {
    case 0..<560:
      // The keys of the state's keymap (a walk with rebound keys presses the new ones).
      let mode = Mode.of(state)
      let keys =
        state.keymaps == .standard ? RandomActions.modeKeys[mode] ?? [] : RandomActions.keys(of: state.keymaps[mode])
      var key = keys.isEmpty ? .escape : keys[rng.below(keys.count)]
      // Quitting restarts the walk's guide; keep it rare.
      if key == .character("q"), rng.below(20) != 0 { key = .down }
      return .key(key)
    case 560..<800:
      let key = RandomActions.allKeys[rng.below(RandomActions.allKeys.count)]
      return .key(key == .character("q") ? .escape : key)
    case 800..<815: return .resized(width: 1 + rng.below(300), height: 1 + rng.below(100))
    case 815..<870:
      let sizes = [(80, 24), (80, 24), (100, 30), (132, 43), (200, 50), (40, 12), (60, 20), (79, 23)]
      let (w, h) = sizes[rng.below(sizes.count)]
      return .resized(width: w, height: h)
    case 870..<915: return .clickRow(rng.below(50) - 3)
    case 915..<935: return .doubleClickRow(rng.below(40) - 1)
    case 935..<965: return .wheel(rng.below(2) == 0 ? 3 : -3)
    case 965..<980: return .paste(RandomActions.pastes[rng.below(RandomActions.pastes.count)])
    case 980..<992: return .holdPane(rng.below(2) == 0 ? .blank : nil)
    default:
      // Anywhere from a day before the expo's moment to three days after, on the minute.
      let minutes = rng.below(4 * 24 * 60) - 24 * 60
      return .tick(now.addingTimeInterval(Double(minutes * 60)))
    }
  }
}
