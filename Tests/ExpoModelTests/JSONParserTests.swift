import ExpoModel
import Testing

@testable import ExpoModel

@Suite struct JSONParserTests {
  func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

  @Test func recordsLineAndColumnOfValues() throws {
    let node = try parse("{\n  \"a\": [1, \"x\"],\n  \"b\": {\"c\": null}\n}")
    guard case .object(let object) = node.value else {
      Issue.record("expected object")
      return
    }
    #expect(object["a"]?.position == SourcePosition(line: 2, column: 8))
    #expect(object.members[1].keyPosition == SourcePosition(line: 3, column: 3))
    guard case .array(let items) = object["a"]?.value else {
      Issue.record("expected array")
      return
    }
    #expect(items[1].value == .string("x"))
    #expect(items[1].position == SourcePosition(line: 2, column: 12))
  }

  @Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "expected a member name"),
    ("[1, 2", 1, 6, "unexpected end of file"),
    ("{\"a\" 1}", 1, 6, "expected ':'"),
    ("\n\n  [01]", 3, 5, "leading zeros"),
    ("[tru]", 1, 2, "expected true"),
    ("", 1, 1, "empty"),
    ("[1] 2", 1, 5, "after the end"),
    ("[1,]", 1, 4, "trailing comma"),
    ("\"a\\x\"", 1, 3, "invalid escape"),
  ])
  func reportsSyntaxErrorsWithPositions(text: String, line: Int, column: Int, message: String) {
    do {
      _ = try parse(text)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.position == SourcePosition(line: line, column: column), "\(text): \(error)")
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test func decodesEscapesSurrogatesAndUnicode() throws {
    let node = try parse(#"["\u00e9\ud83d\ude00\n", "重庆", "\ud800"]"#)
    guard case .array(let items) = node.value else {
      Issue.record("unexpected node: \(node)")
      return
    }
    #expect(items[0].value == .string("é😀\n"))
    #expect(items[1].value == .string("重庆"))
    #expect(items[2].value == .string("\u{FFFD}"))
  }

  @Test func limitsNestingDepthInsteadOfOverflowingTheStack() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try parse(deep) }
  }

  @Test func skipsByteOrderMarkAndRepairsInvalidUTF8() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("[\"a".utf8) + [0xFF] + Array("b\"]".utf8)
    let node = try JSONParser.parse(bytes)
    guard case .array(let items) = node.value else {
      Issue.record("unexpected node: \(node)")
      return
    }
    #expect(items[0].value == .string("a\u{FFFD}b"))
  }

  @Test func numbersKnowWhetherTheyAreIntegers() throws {
    let node = try parse("[1, -2.5, 3e2]")
    guard case .array(let items) = node.value else {
      Issue.record("unexpected node: \(node)")
      return
    }
    #expect(items[0].value == .number(1, isInteger: true))
    #expect(items[1].value == .number(-2.5, isInteger: false))
    #expect(items[2].value == .number(300, isInteger: false))
  }
}

/// Streaming list files: elements go to the visitor one at a time, with their positions.
@Suite struct JSONStreamTests {
  final class Seen: @unchecked Sendable {
    var items: [(Int, SourcePosition, String)] = []
  }

  func stream(_ text: String, key: String = "products") throws(JSONSyntaxError) -> (Seen, JSONNode, Bool) {
    let seen = Seen()
    let (root, streamed) = try JSONParser.stream(Array(text.utf8), key: key) { node, i in
      var id = ""
      if case .object(let o) = node.value, case .string(let s)? = o["id"]?.value { id = s }
      seen.items.append((i, node.position, id))
    }
    return (seen, root, streamed)
  }

  @Test func streamsTheKeyedArrayAndKeepsTheRest() throws {
    let (seen, root, streamed) = try stream(
      "{\"v\": 1,\n \"products\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}\n], \"x\": [1]}")
    #expect(streamed)
    #expect(seen.items.map(\.2) == ["a", "b"])
    #expect(seen.items.map(\.0) == [0, 1])
    #expect(seen.items[1].1 == SourcePosition(line: 4, column: 3))
    guard case .object(let o) = root.value else {
      Issue.record("root")
      return
    }
    #expect(o["products"]?.value == .array([]), "the streamed array is not kept")
    #expect(o["x"]?.value == .array([JSONNode(.number(1, isInteger: true), at: SourcePosition(line: 5, column: 10))]))
  }

  @Test func streamsABareArrayAndReportsWhatIsNotAList() throws {
    let (seen, _, streamed) = try stream("[{\"id\": \"a\"}]")
    #expect(streamed && seen.items.count == 1)
    let (none, _, notStreamed) = try stream("{\"products\": 5}")
    #expect(!notStreamed && none.items.isEmpty, "not an array: the caller reports it")
    let (missing, _, missed) = try stream("{\"other\": []}")
    #expect(!missed && missing.items.isEmpty)
  }

  @Test func syntaxErrorsKeepTheirPositionAfterStreamedElements() {
    #expect(throws: JSONSyntaxError.self) { try stream("{\"products\": [{\"id\": \"a\"},]}") }
    do {
      _ = try stream("{\"products\": [\n {\"id\": \"a\"}\n {\"id\": \"b\"}]}")
      Issue.record("accepted")
    } catch {
      #expect(error.position == SourcePosition(line: 3, column: 2))
    }
  }
}
