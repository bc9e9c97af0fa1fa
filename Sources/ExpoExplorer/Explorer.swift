import ExpoModel
import ExpoNavigation
import ExpoUI
import Foundation

/// Where a walk starts: the terminal's size, the language, the detail pane and the clock.
public struct ExplorerSetup: Hashable, Sendable {
  public var width: Int
  public var height: Int
  public var language: Language
  public var pane: Bool
  public var now: Date
  /// The keys (a walk with the settings file's rebinding).
  public var keymaps = Keymaps.standard

  public init(width: Int = 80, height: Int = 24, language: Language = .english, pane: Bool = true, now: Date) {
    self.width = width
    self.height = height
    self.language = language
    self.pane = pane
    self.now = now
  }
}

/// A walk that broke an invariant (or a Back that did not return): the setup and the actions up to
/// and including the failing one.
public struct ExplorerFailure: Error, CustomStringConvertible, Sendable {
  public init(setup: ExplorerSetup, actions: [Action], problem: String) {
    self.setup = setup
    self.actions = actions
    self.problem = problem
  }

  public var setup: ExplorerSetup
  public var actions: [Action]
  public var problem: String

  public var description: String {
    let last = actions.last.map(ActionScript.line) ?? "(start)"
    return "\(problem) — after \(actions.count) actions, the last `\(last)`"
  }

  /// The problem without its numbers: two failures with one signature are the same bug.
  var signature: String { String(problem.filter { !$0.isNumber }) }
}

/// Walks the guide's state space in-process: the reducer and the renderer over a navigator's
/// source, with the effects carried out in memory (bookmarks, notes, visited marks). After every
/// step it checks `Invariants` and that Back after an Open returns to the screen as it was; every
/// so often it draws the frame again with a fresh renderer and compares (the renderer's caches
/// must not change what is drawn). Seeded: the same seed gives the same walk.
public struct Explorer {
  public let navigator: Navigator
  let renderer = Renderer()
  /// Called with each action before it is taken (a crash recorder keeps the walk so far).
  public var willTake: ((Action) -> Void)?
  /// A further check of every frame (after the invariants): a problem, or nil.
  public var frameCheck: ((AppState, Scene, Frame) -> String?)?

  public init(navigator: Navigator) { self.navigator = navigator }

  /// A walk of `steps` random actions (or until `deadline`). Returns the failure, if any, and how
  /// many steps were taken.
  public func walk(
    _ setup: ExplorerSetup, seed: UInt64, steps: Int, deadline: Date = .distantFuture
  ) -> (failure: ExplorerFailure?, steps: Int) {
    var run = Run(explorer: self, setup: setup)
    var random = RandomActions(seed: seed, now: setup.now)
    for step in 0..<steps {
      if step % 256 == 0, Date() > deadline { return (nil, step) }
      if let failure = run.step(random.next(run.state)) { return (failure, step + 1) }
    }
    return (nil, steps)
  }

  /// Replays `actions` from `setup`; the first failure, if any.
  public func replay(_ setup: ExplorerSetup, _ actions: [Action]) -> ExplorerFailure? {
    var run = Run(explorer: self, setup: setup)
    for action in actions {
      if let failure = run.step(action) { return failure }
    }
    return nil
  }

  /// The shortest sequence found that fails the same way (delta debugging: drops halves, then
  /// quarters, … then single actions, while the failure keeps its signature).
  public func shrink(_ failure: ExplorerFailure, budget: TimeInterval = 30) -> ExplorerFailure {
    Shrinker.shrink(failure, budget: budget) { setup, actions in replay(setup, actions) }
  }

  /// As `shrink`, with another way of replaying (a child process, for a walk that traps).
  public static func shrink(
    _ failure: ExplorerFailure, budget: TimeInterval, replay: (ExplorerSetup, [Action]) -> ExplorerFailure?
  ) -> ExplorerFailure {
    Shrinker.shrink(failure, budget: budget, replay: replay)
  }

  /// One walk's moving parts.
  struct Run {
    let explorer: Explorer
    let setup: ExplorerSetup
    var state: AppState
    var effects = MemoryEffects()
    var actions: [Action] = []
    /// The true counts of lists whole enough to count (a screen in a context always has the same
    /// rows), so that a walk does not fetch every row at every step.
    var counts: [CountsKey: ItemCounts] = [:]

    struct CountsKey: Hashable {
      var screen: Screen
      var context: ContentContext
    }

    init(explorer: Explorer, setup: ExplorerSetup) {
      self.explorer = explorer
      self.setup = setup
      state = Run.start(explorer.navigator, setup, width: setup.width, height: setup.height)
    }

    static func start(_ navigator: Navigator, _ setup: ExplorerSetup, width: Int, height: Int) -> AppState {
      var state = navigator.initialState(width: width, height: height, now: setup.now, language: setup.language)
      state.showPane = setup.pane
      state.keymaps = setup.keymaps
      return state
    }

    mutating func step(_ action: Action) -> ExplorerFailure? {
      let navigator = explorer.navigator
      explorer.willTake?(action)
      actions.append(action)
      let before = state
      var pending = navigator.reduce(into: &state, action)
      // Effects come back as actions, as the terminal loop passes them on.
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        if effect == .quit { continue }
        for result in effects.perform(effect, state: state) { pending += navigator.reduce(into: &state, result) }
      }
      if !state.isRunning {
        state = Run.start(navigator, setup, width: state.width, height: state.height)
        return nil
      }
      if let problem = backProblem(before, action) { return failure(problem) }
      let scene = navigator.scene(state)
      let frame = explorer.renderer.render(state, scene)
      var truth: ItemCounts?
      if scene.content.count > 0, scene.content.count <= 4_000 {
        let key = CountsKey(screen: state.screen, context: state.context(for: state.screen))
        if let known = counts[key] {
          truth = known
        } else {
          let fresh = ItemCounts.of(navigator, state, scene.content)
          if counts.count > 512 { counts.removeAll() }
          counts[key] = fresh
          truth = fresh
        }
      }
      if let problem = Invariants.check(navigator, state, scene, frame, counts: truth) { return failure(problem) }
      if let problem = explorer.frameCheck?(state, scene, frame) { return failure(problem) }
      // A fresh renderer draws the same frame (no stale cache), every so often.
      if actions.count % 16 == 0, Renderer().render(state, scene).grid != frame.grid {
        return failure("a fresh renderer draws another frame (a stale cache)")
      }
      return nil
    }

    /// Esc goes back one screen; after an Open, Back returns to the screen as it was left.
    func backProblem(_ before: AppState, _ action: Action) -> String? {
      let navigator = explorer.navigator
      if action == .key(.escape), before.editor == nil, !before.showHelp, before.stack.count > 1,
        state.stack.count != before.stack.count - 1
      {
        return "Esc did not go back from \(before.screen)"
      }
      guard state.stack.count == before.stack.count + 1, state.editor == nil, !state.showHelp else { return nil }
      var back = state
      _ = navigator.reduce(into: &back, .key(.escape))
      if back.stack != Array(state.stack.dropLast()) {
        return "Back after opening \(state.screen) did not return to \(before.screen) as it was"
      }
      return nil
    }

    func failure(_ problem: String) -> ExplorerFailure {
      ExplorerFailure(
        setup: setup, actions: actions,
        problem: "\(problem) (on \(state.screen) at \(state.width)×\(state.height), \(state.language.rawValue))")
    }
  }
}

/// The reducer's effects carried out in memory, answered with the actions the guide's effect
/// runner sends (the bookmarks as stored, a notice).
public struct MemoryEffects {
  var records: [BookmarkKey: Bookmark] = [:]
  var clock = Date(timeIntervalSince1970: 1_698_000_000)

  /// Where the plan is "exported" (long, for the status bar).
  public static let exportFolder = "/tmp/a folder with a rather long name/for the status bar"

  mutating func perform(_ effect: Effect, state: AppState) -> [Action] {
    clock += 1
    switch effect {
    case .quit: return []
    case .reloadBookmarks: return [loaded]
    case .toggleBookmark(let key):
      if records.removeValue(forKey: key) == nil { records[key] = Bookmark(key: key, created: clock) }
      return [loaded]
    case .saveNote(let key, let text):
      records[key, default: Bookmark(key: key, created: clock)].note = text
      return [loaded]
    case .setVisited(let key, let visited):
      records[key, default: Bookmark(key: key, created: clock)].visited = visited
      return [loaded]
    case .exportPlan:
      return [
        .notice(UIText(state.language).wrote("expo-plan", folder: MemoryEffects.exportFolder))
      ]
    case .bell: return []
    }
  }

  var loaded: Action {
    .bookmarkRecordsLoaded(records.values.sorted { ($0.created, $0.key.id) < ($1.created, $1.key.id) })
  }
}

extension ExplorerSetup {
  /// 11:00 on the expo's second day (its first when it has only one), when its schedule runs.
  public static func moment(_ header: ExpoHeader) -> Date {
    guard let day = header.days.dropFirst().first ?? header.days.first else {
      return Date(timeIntervalSince1970: 1_698_375_600)
    }
    return day.startOfDay(in: header.zone).addingTimeInterval(11 * 3_600)
  }
}
