import ExpoModel
import Testing

@testable import ExpoNavigation

/// The settings file's `[keys]`: rebinding a command changes its key in every mode that binds it
/// (not in the text fields), and the help and hints follow; clashes and unknown names are refused.
@Suite struct KeymapsTests {
  @Test func keyNames() {
    #expect(Key(name: "b") == .character("b"))
    #expect(Key(name: "?") == .character("?"))
    #expect(Key(name: "Ctrl-B") == .control("b"))
    #expect(Key(name: "^g") == .control("g"))
    #expect(Key(name: "Enter") == .enter)
    #expect(Key(name: "PgDn") == .pageDown)
    #expect(Key(name: "F2") == .function(2))
    #expect(Key(name: "Space") == .character(" "))
    #expect(Key(name: "F13") == nil)
    #expect(Key(name: "ab") == nil)
    #expect(Key(name: "\u{1B}") == nil)
    #expect(Key(name: "") == nil)
  }

  @Test func aRebindingMovesTheCommandInEveryModeButTheTextFields() throws {
    let keys = try Keymaps.standard.rebinding("bookmark", to: ["x"]).get()
    for mode in [Mode.list, .detail, .schedule, .timetable, .map] {
      #expect(keys[mode].keys(for: .bookmark) == [.character("x")], "\(mode)")
      #expect(keys[mode].command(for: .character("b")) == nil, "\(mode): b is free")
    }
    // The search field keeps Ctrl-B (a printable key there types).
    #expect(keys[.search].keys(for: .bookmark) == [.control("b")])
    #expect(keys.label(for: .bookmark, in: .list) == "x")
    #expect(Keymaps.standard.label(for: .bookmark, in: .list) == "b")
  }

  @Test func clashesUnknownNamesAndCtrlCAreRefused() {
    func problem(_ name: String, _ keys: [String]) -> String? {
      if case .failure(let p) = Keymaps.standard.rebinding(name, to: keys) { return p.description }
      return nil
    }
    #expect(problem("bookmark", ["s"]) == "keys.bookmark: s is already sort exhibitors in lists")
    #expect(problem("fly", ["z"])?.hasPrefix("keys.fly: unknown command; commands: about, back, bookmark") == true)
    #expect(problem("bookmark", ["Hyper-Q"])?.contains("is not a key") == true)
    #expect(problem("quit", ["Ctrl-C"]) == "keys.quit: Ctrl-C always quits")
    #expect(problem("bookmark", []) == "keys.bookmark: give at least one key")
    // Its own key again is no clash.
    #expect(problem("bookmark", ["b", "x"]) == nil)
    let (keys, problems) = Keymaps.standard.applying(["bookmark": ["x"], "search": ["s"], "help": ["F2"]])
    #expect(problems.map(\.command) == ["search"])
    #expect(keys.label(for: .bookmark, in: .list) == "x")
    #expect(keys.label(for: .help, in: .list) == "F2")
    #expect(keys.label(for: .search, in: .list) == "/")
  }

  @Test func theHelpTheHintsAndTheReducerFollow() throws {
    let navigator = Navigator(source: MemorySource())
    var state = navigator.initialState(width: 100, height: 30, now: MemorySource.now)
    state.keymaps = try Keymaps.standard.rebinding("bookmark", to: ["x"]).get()
    navigator.reduce(into: &state, .key(.character("3")))
    let help = navigator.helpLines(.list, .english, state.keymaps)
    #expect(help.contains { $0.key == "x" && $0.text == "Bookmark" })
    #expect(!help.contains { $0.key.split(separator: " ").contains("b") })
    navigator.reduce(into: &state, .key(.character("x")))
    #expect(state.bookmarks.count == 1)
    #expect(state.message == "★ Bookmarked · 6 shows My plan")
    navigator.reduce(into: &state, .key(.character("b")))
    #expect(state.bookmarks.count == 1, "b does nothing now")
    #expect(state.message == "b does nothing here · ? shows the keys")
    // On an exhibitor's screen the status bar offers x for the bookmark.
    navigator.reduce(into: &state, .key(.enter))
    #expect(state.screen.bookmarkKey != nil, "\(state.screen)")
    #expect(navigator.hints(state).contains { $0.key == "x" && $0.command == .bookmark })
  }
}
