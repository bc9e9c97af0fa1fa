/// A JSON syntax error with its position.
public typealias JSONSyntaxError = SyntaxError

/// A strict RFC 8259 parser that records the line and column of every value, so that errors in
/// data files can name where they are. Foundation's decoders report no position for syntax errors.
///
/// Columns count UTF-8 bytes from 1 (as vim and most compilers do). Nesting deeper than `maxDepth` is an error (no stack
/// exhaustion on hostile input).
public struct JSONParser {
  public static let defaultMaxDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private let maxDepth: Int
  /// Streaming: the root member (or the root array when "") whose elements go to `visit` one at a
  /// time instead of into the tree.
  private var streamKey: String?
  private var visit: ((JSONNode, Int) -> Void)?
  private(set) var streamed = false

  public init(bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  /// Parses one JSON document (a UTF-8 byte-order mark is skipped).
  public static func parse(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONSyntaxError)
    -> JSONNode
  {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    return try parser.parseDocument()
  }

  /// Parses a list file without keeping its elements: each element of the root array, or of the
  /// root object's array member `key`, is handed to `visit` and dropped (a million products never
  /// make one tree). Returns the root (the streamed array left empty) and whether an array was
  /// streamed; when not (no such member, or not an array), the caller reports it from the root.
  public static func stream(
    _ bytes: [UInt8], key: String, maxDepth: Int = JSONParser.defaultMaxDepth,
    visit: @escaping (JSONNode, Int) -> Void
  ) throws(JSONSyntaxError) -> (root: JSONNode, streamed: Bool) {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    parser.streamKey = key
    parser.visit = visit
    let root = try parser.parseDocument()
    return (root, parser.streamed)
  }

  private var position: SourcePosition {
    SourcePosition(line: line, column: index - lineStart + 1)
  }

  private func fail(_ message: String, at position: SourcePosition? = nil) -> JSONSyntaxError {
    JSONSyntaxError(message: message, position: position ?? self.position)
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
      lineStart = 3
    }
    skipWhitespace()
    guard index < bytes.count else { throw fail("the file is empty; expected a JSON value") }
    let node = try parseValue(depth: 0)
    skipWhitespace()
    if index < bytes.count {
      throw fail("unexpected \(describe(bytes[index])) after the end of the JSON value")
    }
    return node
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private func describe(_ byte: UInt8) -> String { SourcePosition.describe(byte) }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
    guard index < bytes.count else { throw fail("unexpected end of file; expected a value") }
    let start = position
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(.object(try parseObject(depth: depth)), at: start)
    case UInt8(ascii: "["):
      if depth == 0, visit != nil {
        try streamArray(depth: depth)
        return JSONNode(.array([]), at: start)
      }
      return JSONNode(.array(try parseArray(depth: depth)), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let (number, isInteger) = try parseNumber()
      return JSONNode(.number(number, isInteger: isInteger), at: start)
    default:
      throw fail(
        "unexpected \(describe(bytes[index])); expected a value (object, array, string, number, true, false or null)")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let start = position
    let utf8 = Array(word.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else {
      throw fail("invalid literal; expected \(word)", at: start)
    }
    index += utf8.count
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONObject {
    index += 1
    var members: [JSONObject.Member] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return JSONObject(members: members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw fail("unexpected end of file inside an object; expected '}'") }
      guard bytes[index] == UInt8(ascii: "\"") else {
        throw fail("unexpected \(describe(bytes[index])); expected a member name in double quotes")
      }
      let keyPosition = position
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw fail("expected ':' after the member name \"\(key)\"")
      }
      index += 1
      skipWhitespace()
      let value: JSONNode
      if depth == 0, key == streamKey, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
        let start = position
        try streamArray(depth: depth + 1)
        value = JSONNode(.array([]), at: start)
      } else {
        value = try parseValue(depth: depth + 1)
      }
      members.append(JSONObject.Member(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      guard index < bytes.count else { throw fail("unexpected end of file inside an object; expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return JSONObject(members: members)
      }
      throw fail("unexpected \(describe(bytes[index])) in an object; expected ',' or '}'")
    }
  }

  /// Streaming mode: each element of the array goes to `visit` instead of into the tree.
  private mutating func streamArray(depth: Int) throws(JSONSyntaxError) {
    guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
    streamed = true
    let visit = self.visit
    var count = 0
    try forEachElement(depth: depth) { element in
      visit?(element, count)
      count += 1
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
    var items: [JSONNode] = []
    try forEachElement(depth: depth) { items.append($0) }
    return items
  }

  /// Parses `[v, …]` (`index` at `[`), handing each element to `body`.
  private mutating func forEachElement(depth: Int, _ body: (JSONNode) -> Void) throws(JSONSyntaxError) {
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return
    }
    while true {
      skipWhitespace()
      body(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw fail("unexpected end of file inside an array; expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          throw fail("trailing comma before ']'")
        }
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return
      }
      throw fail("unexpected \(describe(bytes[index])) in an array; expected ',' or ']'")
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = position
    index += 1
    var buffer: [UInt8] = []
    var runStart = index
    while true {
      guard index < bytes.count else { throw fail("unterminated string (started at \(start))", at: start) }
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        buffer.append(contentsOf: bytes[runStart..<index])
        index += 1
        break
      }
      if b < 0x20 {
        throw fail("control character \(describe(b)) inside a string; escape it (e.g. \\n)")
      }
      if b == UInt8(ascii: "\\") {
        buffer.append(contentsOf: bytes[runStart..<index])
        index += 1
        guard index < bytes.count else { throw fail("unterminated escape sequence") }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4()
          if (0xD800...0xDBFF).contains(scalar) {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
              index += 2
              let low = try parseHex4()
              if (0xDC00...0xDFFF).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
              } else {
                scalar = 0xFFFD
              }
            } else {
              scalar = 0xFFFD
            }
          } else if (0xDC00...0xDFFF).contains(scalar) {
            scalar = 0xFFFD
          }
          // \u0000 would cut the text where it is read back as a C string: shown as U+FFFD.
          if scalar == 0 { scalar = 0xFFFD }
          let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
          buffer.append(contentsOf: Array(String(character).utf8))
        default:
          throw fail(
            "invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string",
            at: SourcePosition(line: line, column: index - 2 - lineStart + 1))
        }
        runStart = index
        continue
      }
      index += 1
    }
    // Invalid UTF-8 is repaired (U+FFFD) rather than rejected: the text is shown, not executed.
    return String(decoding: buffer, as: UTF8.self)
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("incomplete \\u escape; expected four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 48)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 87)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 55)
      default: throw fail("invalid \\u escape; expected four hex digits")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> (Double, Bool) {
    let start = index
    var isInteger = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
    guard isDigit(index) else { throw fail("invalid number; expected a digit") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) { throw fail("invalid number; leading zeros are not allowed") }
    } else {
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard isDigit(index) else { throw fail("invalid number; expected a digit after '.'") }
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard isDigit(index) else { throw fail("invalid number; expected a digit in the exponent") }
      while isDigit(index) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else { throw fail("number out of range: \(text)") }
    return (value, isInteger)
  }
}
