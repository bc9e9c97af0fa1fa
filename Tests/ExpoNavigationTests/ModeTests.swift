import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation

/// Every mode: each key the status bar or the help names is bound there and does what it says.
@Suite struct ModeTests {
  let source = MemorySource()
  var navigator: Navigator { Navigator(source: source) }

  /// A state in each mode, reached by keys as a visitor would.
  func states() -> [(Mode, AppState)] {
    func after(_ keys: [Key]) -> AppState {
      var state = navigator.initialState(width: 100, height: 30, now: MemorySource.now)
      for key in keys { navigator.reduce(into: &state, .key(key)) }
      return state
    }
    return [
      (.list, after([.character("3")])),
      (.list, after([])),
      (.detail, after([.character("3"), .enter])),
      (.schedule, after([.character("5")])),
      (.timetable, after([.character("5"), .character("t")])),
      (.map, after([.character("3"), .enter, .character("m")])),
      (.search, after([.character("/"), .character("E"), .character("x")])),
      (.noteEditor, after([.character("3"), .enter, .character("n"), .character("x")])),
      (.help, after([.character("3"), .character("?")])),
    ]
  }

  @Test func everyStateIsInTheModeItIsListedFor() {
    for (mode, state) in states() { #expect(Mode.of(state) == mode) }
  }

  @Test func everyHintedKeyIsBoundAndDoesSomething() {
    for (mode, state) in states() {
      let keymap = Keymap.for(mode)
      let hints = navigator.hints(state)
      #expect(!hints.isEmpty, "\(mode) offers no keys")
      for hint in hints {
        guard let command = hint.command else {
          // "any key closes": a key no mode binds.
          var s = state
          navigator.reduce(into: &s, .key(.character("x")))
          #expect(!s.showHelp, "\(mode): any key should close the help")
          continue
        }
        let keys =
          command == .section(.halls) && hint.text == "sections"
          ? Section.allCases.flatMap { keymap.keys(for: .section($0)) } : keymap.keys(for: command)
        let key = keys.first { $0.label == hint.key } ?? keys.first
        #expect(key != nil, "\(mode): the hint \(hint.key) \(hint.text) has no key")
        guard let key else { continue }
        #expect(keymap.command(for: key) == command, "\(mode): \(hint.key) is not \(command)")
        var s = state
        let effects = navigator.reduce(into: &s, .key(key))
        #expect(!(s.message ?? "").contains("does nothing"), "\(mode): \(hint.key) does nothing")
        #expect(s != state || !effects.isEmpty, "\(mode): \(hint.key) \(hint.text) changed nothing")
      }
    }
  }

  @Test func helpListsOnlyKeysBoundInTheMode() {
    for mode in Mode.allCases where mode != .help {
      let keymap = Keymap.for(mode)
      let lines = navigator.helpLines(mode, .english)
      #expect(!lines.isEmpty)
      for line in lines where !line.isTitle && !line.key.isEmpty {
        for label in line.key.split(separator: " ") {
          let key = keymap.bindings.first { $0.key.label == label }
          #expect(key != nil, "\(mode): help names \(label), which is not bound")
          #expect(
            key.map { UIText.english.help($0.command, in: mode) == line.text } ?? false,
            "\(mode): \(label) is not \(line.text)")
        }
      }
    }
  }

  @Test func messagesNameTheKeysOfTheKeymap() {
    var state = navigator.initialState(width: 100, height: 30, now: MemorySource.now)
    navigator.reduce(into: &state, .key(.character("t")))
    #expect(state.message == "t (List/timetable) works in the schedule (5)")
    navigator.reduce(into: &state, .key(.character("+")))
    #expect(state.message == "+ (Zoom in) works on the map (7)")
    navigator.reduce(into: &state, .key(.character("x")))
    #expect(state.message == "x does nothing here · ? shows the keys")
  }

  @Test func printableKeysTypeOnlyInTextModes() {
    for mode in Mode.allCases {
      let keymap = Keymap.for(mode)
      #expect(keymap.insertsText == (mode == .search || mode == .noteEditor))
      if keymap.insertsText {
        #expect(!keymap.bindings.contains { if case .character = $0.key { true } else { false } })
      }
    }
  }
}
