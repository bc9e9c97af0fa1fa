/// An XML element with its attributes, text and children, and where it starts in the file.
public struct XMLElement: Sendable, Hashable {
  public var name: String
  public var attributes: [String: String]
  public var children: [XMLElement]
  /// The element's own character data (CDATA included), children's text excluded.
  public var text: String
  public var position: SourcePosition

  /// The first child named `name`.
  public func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

  /// The children named `name`, in document order.
  public func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

  /// The trimmed text of the first child named `name`; nil when absent or empty.
  public func value(_ name: String) -> String? {
    guard let text = child(name)?.text.trimmingWhitespace(), !text.isEmpty else { return nil }
    return text
  }
}

/// An XML syntax error with its position (Foundation's `XMLParser` gives a position but no message).
public typealias XMLSyntaxError = SyntaxError

/// A small non-validating XML 1.0 reader that builds a tree of elements with positions: enough for
/// schedule files (frab/Pentabarf). Comments, processing instructions and the DOCTYPE are skipped;
/// the five predefined entities and character references are decoded; any other entity is an
/// error (no external entities, no entity expansion attacks). Nesting deeper than `maxDepth` is an
/// error.
public struct XMLReader {
  public static let defaultMaxDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private let maxDepth: Int

  private init(bytes: [UInt8], maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  /// Parses a whole document and returns its root element.
  public static func parse(_ bytes: [UInt8], maxDepth: Int = XMLReader.defaultMaxDepth) throws(XMLSyntaxError)
    -> XMLElement
  {
    var reader = XMLReader(bytes: bytes, maxDepth: maxDepth)
    return try reader.document()
  }

  private var position: SourcePosition { SourcePosition(line: line, column: index - lineStart + 1) }

  private func fail(_ message: String, at position: SourcePosition? = nil) -> XMLSyntaxError {
    XMLSyntaxError(message: message, position: position ?? self.position)
  }

  private func peek(_ text: String) -> Bool {
    var i = index
    for b in text.utf8 {
      guard i < bytes.count, bytes[i] == b else { return false }
      i += 1
    }
    return true
  }

  private mutating func advance() {
    if bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    index += 1
  }

  private mutating func advance(_ count: Int) { for _ in 0..<count where index < bytes.count { advance() } }

  /// Skips past `terminator`; an error naming `what` when the file ends first.
  private mutating func skip(past terminator: String, what: String) throws(XMLSyntaxError) {
    let start = position
    while index < bytes.count {
      if peek(terminator) {
        advance(terminator.utf8.count)
        return
      }
      advance()
    }
    throw fail("\(what) is not closed; expected \"\(terminator)\"", at: start)
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
  }

  private mutating func skipMisc() throws(XMLSyntaxError) {
    while true {
      skipSpace()
      if peek("<?") {
        try skip(past: "?>", what: "a processing instruction")
      } else if peek("<!--") {
        try skip(past: "-->", what: "a comment")
      } else if peek("<!DOCTYPE") {
        try skipDoctype()
      } else {
        return
      }
    }
  }

  private mutating func skipDoctype() throws(XMLSyntaxError) {
    let start = position
    var bracket = 0
    while index < bytes.count {
      let b = bytes[index]
      advance()
      if b == UInt8(ascii: "[") { bracket += 1 }
      if b == UInt8(ascii: "]") { bracket -= 1 }
      if b == UInt8(ascii: ">"), bracket <= 0 { return }
    }
    throw fail("the DOCTYPE is not closed; expected \">\"", at: start)
  }

  private mutating func document() throws(XMLSyntaxError) -> XMLElement {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      index = 3
      lineStart = 3
    }
    try skipMisc()
    guard index < bytes.count else { throw fail("the file is empty; expected an XML document") }
    guard bytes[index] == UInt8(ascii: "<") else {
      throw fail("expected \"<\" to start the root element, found \(describe(bytes[index]))")
    }
    let root = try element(depth: 0)
    try skipMisc()
    if index < bytes.count { throw fail("unexpected content after the root element </\(root.name)>") }
    return root
  }

  private func describe(_ byte: UInt8) -> String { SourcePosition.describe(byte) }

  private static func isNameByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
      return true
    default: return false
    }
  }

  private mutating func name(_ what: String) throws(XMLSyntaxError) -> String {
    let start = index
    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
    guard index > start else {
      throw fail("expected \(what), found \(index < bytes.count ? describe(bytes[index]) : "the end of the file")")
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Parses `<name attr="v">…</name>` or `<name/>`; `index` is at `<`.
  private mutating func element(depth: Int) throws(XMLSyntaxError) -> XMLElement {
    guard depth < maxDepth else { throw fail("elements nested deeper than \(maxDepth) levels") }
    let start = position
    advance()  // <
    let tag = try name("an element name")
    var element = XMLElement(name: tag, attributes: [:], children: [], text: "", position: start)
    while true {
      skipSpace()
      guard index < bytes.count else { throw fail("the file ends inside the tag <\(tag)>", at: start) }
      if peek("/>") {
        advance(2)
        return element
      }
      if bytes[index] == UInt8(ascii: ">") {
        advance()
        break
      }
      let attributePosition = position
      let key = try name("an attribute name or \">\" in <\(tag)>")
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        throw fail("expected \"=\" after the attribute \(key) of <\(tag)>")
      }
      advance()
      skipSpace()
      guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
        throw fail("expected a quoted value for the attribute \(key) of <\(tag)>")
      }
      let quote = bytes[index]
      advance()
      let value = try characterData(until: quote)
      advance()  // closing quote
      if element.attributes[key] != nil {
        throw fail("the attribute \(key) appears twice in <\(tag)>", at: attributePosition)
      }
      element.attributes[key] = value
    }
    // Content.
    var text = ""
    while true {
      guard index < bytes.count else {
        throw fail("the element <\(tag)> is not closed; expected </\(tag)>", at: start)
      }
      if bytes[index] != UInt8(ascii: "<") {
        text += try characterData(until: UInt8(ascii: "<"))
      } else if peek("</") {
        let closePosition = position
        advance(2)
        let closing = try name("an element name after \"</\"")
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
          throw fail("expected \">\" to end </\(closing)>")
        }
        advance()
        guard closing == tag else {
          throw fail(
            "</\(closing)> does not match <\(tag)> opened at \(start.line):\(start.column)", at: closePosition)
        }
        element.text = text
        return element
      } else if peek("<!--") {
        try skip(past: "-->", what: "a comment")
      } else if peek("<![CDATA[") {
        advance(9)
        let from = index
        try skip(past: "]]>", what: "a CDATA section")
        text += String(decoding: bytes[from..<(index - 3)], as: UTF8.self)
      } else if peek("<?") {
        try skip(past: "?>", what: "a processing instruction")
      } else {
        element.children.append(try self.element(depth: depth + 1))
      }
    }
  }

  /// Character data up to (not including) `terminator`, with references decoded.
  private mutating func characterData(until terminator: UInt8) throws(XMLSyntaxError) -> String {
    var out: [UInt8] = []
    while index < bytes.count, bytes[index] != terminator {
      let b = bytes[index]
      if b == UInt8(ascii: "&") {
        out += try reference()
      } else if b == UInt8(ascii: "<") {
        throw fail("\"<\" inside an attribute value; expected \"&lt;\"")
      } else {
        out.append(b)
        advance()
      }
    }
    guard index < bytes.count else { throw fail("unexpected end of file in character data") }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func reference() throws(XMLSyntaxError) -> [UInt8] {
    let start = position
    advance()  // &
    let from = index
    while index < bytes.count, bytes[index] != UInt8(ascii: ";"), index - from < 12 { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else {
      throw fail("\"&\" does not start an entity reference; expected \"&amp;\"", at: start)
    }
    let body = String(decoding: bytes[from..<index], as: UTF8.self)
    index += 1
    switch body {
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "amp": return [UInt8(ascii: "&")]
    case "quot": return [0x22]
    case "apos": return [0x27]
    default:
      var scalar: UInt32?
      if body.hasPrefix("#x") || body.hasPrefix("#X") {
        scalar = UInt32(body.dropFirst(2), radix: 16)
      } else if body.hasPrefix("#") {
        scalar = UInt32(body.dropFirst(), radix: 10)
      }
      guard let scalar else {
        throw fail("unknown entity &\(body); (only &lt; &gt; &amp; &quot; &apos; and &#…; are defined)", at: start)
      }
      guard let value = Unicode.Scalar(scalar), scalar != 0 else {
        throw fail("&\(body); is not a valid character", at: start)
      }
      return Array(String(Character(value)).utf8)
    }
  }
}

extension StringProtocol {
  /// The text with control characters shown as `\u{1}` (for messages quoting data).
  var escapingControls: String {
    var out = ""
    for scalar in unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The string without leading and trailing spaces, tabs and line breaks.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
