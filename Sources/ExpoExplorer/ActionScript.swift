import ExpoModel
import ExpoNavigation
import Foundation

/// A walk written as text, one action per line, so that a shrunk failure becomes a regression
/// test (a `.walk` file the tests replay). Text is written as a JSON string, so that control and
/// bidi characters survive as escapes.
///
///     # what failed
///     dataset sample
///     setup 80x24 zh pane 2023-10-28T02:00:00Z
///     key down
///     char "中"
///     ctrl k
///     paste "ru"
///     resize 300x100
///     click 3 · dclick 3 · wheel -3 · hold blank · hold none · tick 2023-10-28T06:00:00Z
public enum ActionScript {
  public struct Walk: Sendable {
    public var dataset: String
    public var setup: ExplorerSetup
    public var actions: [Action]
    public var comment: String

    public init(dataset: String, setup: ExplorerSetup, actions: [Action], comment: String = "") {
      self.dataset = dataset
      self.setup = setup
      self.actions = actions
      self.comment = comment
    }
  }

  public struct ParseError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  static let named: [(String, Key)] = [
    ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("pgup", .pageUp), ("pgdn", .pageDown),
    ("home", .home), ("end", .end), ("enter", .enter), ("esc", .escape), ("bksp", .backspace), ("tab", .tab),
    ("backtab", .backTab),
  ]

  static func date(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

  static func quoted(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// One action as a line.
  public static func line(_ action: Action) -> String {
    switch action {
    case .key(let key):
      switch key {
      case .character(let c): return "char \(quoted(String(c)))"
      case .control(let c): return "ctrl \(c)"
      case .function(let n): return "f \(n)"
      default: return "key \(named.first { $0.1 == key }?.0 ?? "esc")"
      }
    case .paste(let text): return "paste \(quoted(text))"
    case .resized(let w, let h): return "resize \(w)x\(h)"
    case .clickRow(let row): return "click \(row)"
    case .doubleClickRow(let row): return "dclick \(row)"
    case .wheel(let n): return "wheel \(n)"
    case .holdPane(let hold): return hold == .blank ? "hold blank" : "hold none"
    case .tick(let date): return "tick \(self.date(date))"
    case .bookmarksLoaded, .bookmarkRecordsLoaded, .notice: return "# (an effect's result, replayed by the walk)"
    }
  }

  public static func text(_ walk: Walk) -> String {
    var lines: [String] = []
    for comment in walk.comment.split(separator: "\n") { lines.append("# " + Sanitize.line(String(comment))) }
    lines.append("dataset \(walk.dataset)")
    let s = walk.setup
    lines.append(
      "setup \(s.width)x\(s.height) \(s.language.rawValue) \(s.pane ? "pane" : "nopane") \(date(s.now))")
    lines += walk.actions.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  public static func parse(_ text: String) throws -> Walk {
    var dataset: String?
    var setup: ExplorerSetup?
    var actions: [Action] = []
    var comments: [String] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        comments.append(String(line.dropFirst().drop { $0 == " " }))
        continue
      }
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      let word = parts[0]
      let rest = parts.count > 1 ? parts[1] : ""
      func fail(_ expected: String) -> ParseError { ParseError(line: n + 1, message: "\(word): expected \(expected)") }
      func size(_ text: String) throws -> (Int, Int) {
        let wh = text.split(separator: "x").compactMap { Int($0) }
        guard wh.count == 2, wh[0] > 0, wh[1] > 0 else { throw fail("WIDTHxHEIGHT, e.g. 80x24") }
        return (wh[0], wh[1])
      }
      func string() throws -> String {
        guard let s = try? JSONDecoder().decode(String.self, from: Data(rest.utf8)) else {
          throw fail("a JSON string")
        }
        return s
      }
      func int() throws -> Int {
        guard let i = Int(rest) else { throw fail("a whole number") }
        return i
      }
      switch word {
      case "dataset": dataset = rest
      case "setup":
        let f = rest.split(separator: " ").map(String.init)
        guard f.count == 4, let language = Language(rawValue: f[1]), ["pane", "nopane"].contains(f[2]),
          let now = ISO8601DateFormatter().date(from: f[3])
        else { throw fail("WIDTHxHEIGHT en|zh pane|nopane ISO-8601-TIME") }
        let (w, h) = try size(f[0])
        setup = ExplorerSetup(width: w, height: h, language: language, pane: f[2] == "pane", now: now)
      case "key":
        guard let key = named.first(where: { $0.0 == rest })?.1 else {
          throw fail("one of \(named.map(\.0).joined(separator: ", "))")
        }
        actions.append(.key(key))
      case "char":
        let s = try string()
        guard s.count == 1, let c = s.first else { throw fail("one character") }
        actions.append(.key(.character(c)))
      case "ctrl":
        guard rest.count == 1, let c = rest.first else { throw fail("one letter") }
        actions.append(.key(.control(c)))
      case "f": actions.append(.key(.function(try int())))
      case "paste": actions.append(.paste(try string()))
      case "resize":
        let (w, h) = try size(rest)
        actions.append(.resized(width: w, height: h))
      case "click": actions.append(.clickRow(try int()))
      case "dclick": actions.append(.doubleClickRow(try int()))
      case "wheel": actions.append(.wheel(try int()))
      case "hold":
        guard ["blank", "none"].contains(rest) else { throw fail("blank or none") }
        actions.append(.holdPane(rest == "blank" ? .blank : nil))
      case "tick":
        guard let date = ISO8601DateFormatter().date(from: rest) else { throw fail("an ISO 8601 time") }
        actions.append(.tick(date))
      default:
        throw ParseError(
          line: n + 1,
          message:
            "unknown word \(Sanitize.line(word).debugDescription); expected dataset, setup, key, char, ctrl, f, paste, resize, click, dclick, wheel, hold or tick"
        )
      }
    }
    guard let dataset, let setup else {
      throw ParseError(line: 1, message: "a walk needs a `dataset` line and a `setup` line")
    }
    return Walk(dataset: dataset, setup: setup, actions: actions, comment: comments.joined(separator: "\n"))
  }
}
