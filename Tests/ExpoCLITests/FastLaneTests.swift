import ArgumentParser
import Foundation
import PropertyBased
import Testing

@testable import ExpoCLI

/// The fast lane (the guide, `info`, `search` read without swift-argument-parser's reflection)
/// takes only what the parser reads to the same command: over generated command lines, every one
/// the lane takes is parsed by swift-argument-parser to a command whose plain values are the
/// lane's.
struct FastLaneTests {
  /// Words a command line is made of: options, their values good and bad, flags, search words,
  /// and what the lane must leave to the parser.
  static let pieces = [
    "--data", "/tmp/expo", "--data=/tmp/x.sqlite", "--columns", "name=Company", "--time-zone", "Europe/Berlin",
    "--encoding", "latin1", "--encoding", "utf-9", "--now", "2023-10-28T14:05", "--lang", "zh", "--lang=EN",
    "--lang", "fr", "--open", "schedule", "--open", "3", "--open", "nowhere", "--user-data", "/tmp/u.sqlite",
    "--zh", "--no-color", "--no-pane", "--zh=1", "--format", "json", "--format", "csv", "--format", "xml",
    "--kind", "events", "--kind", "Product", "--kind", "stalls", "--limit", "5", "--limit", "+7", "--limit", "x",
    "amber", "重庆", "n3-a14", "a=b", "--", "-", "-x", "-5", "--help", "-h", "--version", "--unknown", "--data=",
    "--limit=3", "", "guide", "info", "search",
  ]

  /// The parser's reading of `arguments`, as the lane's plain values.
  static func parsed(_ arguments: [String]) throws -> FastLane.Request? {
    (try ExpoCommand.parseAsRoot(arguments) as? any FastLaneCommand)?.request
  }

  @Test func whatTheLaneTakesTheParserReadsAlike() async {
    let commands = Gen.element(of: ["", "guide", "info", "search"])
    let line = Gen.element(of: FastLaneTests.pieces).array(of: 0...7)
    let taken = Counter()
    await propertyCheck(count: 1_500, input: commands, line) { command, pieces in
      let arguments = [command ?? ""].filter { !$0.isEmpty } + pieces.compactMap { $0 }
      guard let fast = FastLane.request(arguments) else { return }
      taken.add()
      do {
        #expect(try FastLaneTests.parsed(arguments) == fast, "\(arguments)")
      } catch {
        Issue.record("the lane took \(arguments), the parser refused it: \(error)")
      }
    }
    // (Not vacuous: many lines are taken.)
    #expect(taken.value > 150)
  }

  @Test func theCommonStartsAreTaken() throws {
    for arguments in [
      [], ["--data", "x.sqlite"], ["guide", "--zh", "--open", "schedule"], ["info"], ["info", "--format", "json"],
      ["search", "amber"], ["search", "russian", "food", "--kind", "event", "--limit", "3", "--lang", "zh"],
    ] {
      let fast = try #require(FastLane.request(arguments), "\(arguments)")
      #expect(try FastLaneTests.parsed(arguments) == fast, "\(arguments)")
    }
  }

  @Test func helpVersionErrorsAndOtherCommandsAreLeftToTheParser() {
    for arguments in [
      ["--help"], ["-h"], ["--version"], ["help"], ["search"], ["search", "--", "-x"], ["info", "extra"],
      ["--data"], ["--lang", "fr"], ["--data", "a", "--data", "b"], ["search", "a", "--limit", "x"],
      ["schedule"], ["bookmarks", "list"], ["--open=nowhere"], ["search", "-5"],
    ] {
      #expect(FastLane.request(arguments) == nil, "\(arguments)")
    }
  }
}

/// A count shared with the property's closure.
final class Counter: @unchecked Sendable {
  private var count = 0
  private let lock = NSLock()
  var value: Int { lock.withLock { count } }
  func add() { lock.withLock { count += 1 } }
}
