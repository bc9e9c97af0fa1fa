/// Where things are in a TOML text: table headers and key/value pairs with their byte ranges and
/// lines. TOMLKit gives values but no positions (only a syntax error has a line), so the parser
/// locates its issues here, and the writer edits the text here without re-serialising it.
///
/// The scan is tolerant: a line it cannot read is skipped and the scan goes on with the next
/// line. It does not check TOML (TOMLKit does): it only has to find what a valid file holds.
struct TOMLLayout {
  struct Header {
    /// The table's path (`[a."b c"]` → ["a", "b c"]).
    var path: [String]
    /// `[[array.of.tables]]`.
    var isArray: Bool
    /// The offset of the header's line.
    var lineStart: Int
  }

  enum Kind: Equatable {
    case scalar
    case array
    /// `{ … }`: whether it holds any pair.
    case inlineTable(empty: Bool)
  }

  struct Entry {
    /// The full path: the table's path and the dotted key (`[reminders]` + `minutes`).
    var path: [String]
    /// The index in `headers` of the table the pair is in; nil: the top level.
    var section: Int?
    /// Inside an inline table.
    var nested: Bool
    var keyStart: Int
    var valueStart: Int
    var valueEnd: Int
    var kind: Kind
  }

  let bytes: [UInt8]
  private(set) var headers: [Header] = []
  private(set) var entries: [Entry] = []
  /// The offset of each line's first byte (line n starts at `lineStarts[n - 1]`).
  private(set) var lineStarts: [Int] = [0]

  init(_ text: String) {
    bytes = Array(text.utf8)
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lineStarts.append(offset + 1)
    }
    var scanner = Scanner(bytes: bytes)
    scanner.scan()
    headers = scanner.headers
    entries = scanner.entries
  }

  static func isBareKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  /// The 1-based line of `offset`.
  func line(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The offset just after the line that holds `offset` (after its newline), or the end.
  func nextLine(after offset: Int) -> Int {
    var index = offset
    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
    return min(index + 1, bytes.count)
  }

  /// The path of a header's or the top level's table.
  func sectionPath(_ section: Int?) -> [String] {
    section.map { headers[$0].path } ?? []
  }

  /// The line where `path` is defined: its pair, or its header; else the nearest table above it
  /// that is (a value inside an inline table is found through the table).
  func line(ofPath path: [String]) -> Int? {
    var path = path
    while !path.isEmpty {
      if let entry = entries.first(where: { $0.path == path }) { return line(of: entry.keyStart) }
      if let header = headers.first(where: { $0.path == path }) { return line(of: header.lineStart) }
      path.removeLast()
    }
    return nil
  }
}

private struct Scanner {
  let bytes: [UInt8]
  var index = 0
  var headers: [TOMLLayout.Header] = []
  var entries: [TOMLLayout.Entry] = []
  var section: Int?
  var sectionPath: [String] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  struct Unreadable: Error {}

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private func peek(_ ahead: Int) -> UInt8? { index + ahead < bytes.count ? bytes[index + ahead] : nil }

  mutating func scan() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while index < bytes.count {
      let lineStart = index
      let entryCount = entries.count
      skipSpaces()
      do {
        switch peek {
        case nil: return
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): break
        case UInt8(ascii: "["): try header(lineStart: lineStart)
        default: try pair(table: sectionPath, nested: false, record: true)
        }
        try endOfLine()
      } catch {
        // A pair that could not be read to its end is not recorded (nor the pairs inside it).
        entries.removeSubrange(entryCount...)
        skipLine()
      }
    }
  }

  // MARK: Lines

  private mutating func skipSpaces() {
    while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
  }

  /// Spaces, newlines and comments (inside arrays and inline tables).
  private mutating func skipBlank() {
    while let byte = peek {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
      case UInt8(ascii: "#"): skipComment()
      default: return
      }
    }
  }

  private mutating func skipComment() {
    while let byte = peek, byte != UInt8(ascii: "\n") { index += 1 }
  }

  /// Past the next newline.
  private mutating func skipLine() {
    skipComment()
    if peek != nil { index += 1 }
  }

  /// Spaces, a comment, and the newline (or the end).
  private mutating func endOfLine() throws {
    skipSpaces()
    if peek == UInt8(ascii: "#") { skipComment() }
    if peek == UInt8(ascii: "\r") { index += 1 }
    guard peek == nil || peek == UInt8(ascii: "\n") else { throw Unreadable() }
    if peek != nil { index += 1 }
  }

  // MARK: Headers and pairs

  private mutating func header(lineStart: Int) throws {
    index += 1
    let isArray = peek == UInt8(ascii: "[")
    if isArray { index += 1 }
    let path = try keyPath()
    skipSpaces()
    for _ in 0..<(isArray ? 2 : 1) {
      guard peek == UInt8(ascii: "]") else { throw Unreadable() }
      index += 1
    }
    headers.append(.init(path: path, isArray: isArray, lineStart: lineStart))
    section = headers.count - 1
    sectionPath = path
  }

  /// `key.path = value`, recorded under `table`.
  private mutating func pair(table: [String], nested: Bool, record: Bool) throws {
    let keyStart = index
    let path = table + (try keyPath())
    skipSpaces()
    guard peek == UInt8(ascii: "=") else { throw Unreadable() }
    index += 1
    skipSpaces()
    let valueStart = index
    let entryIndex = entries.count
    if record {
      entries.append(
        .init(
          path: path, section: section, nested: nested, keyStart: keyStart, valueStart: valueStart,
          valueEnd: valueStart, kind: .scalar))
    }
    let kind = try value(path: path, record: record)
    if record {
      entries[entryIndex].valueEnd = index
      entries[entryIndex].kind = kind
    }
  }

  private mutating func keyPath() throws -> [String] {
    var parts: [String] = []
    while true {
      skipSpaces()
      parts.append(try simpleKey())
      skipSpaces()
      guard peek == UInt8(ascii: ".") else { return parts }
      index += 1
    }
  }

  private mutating func simpleKey() throws -> String {
    switch peek {
    case UInt8(ascii: "\""):
      index += 1
      return try basicString()
    case UInt8(ascii: "'"):
      index += 1
      let start = index
      while let byte = peek, byte != UInt8(ascii: "'") {
        guard byte != UInt8(ascii: "\n") else { throw Unreadable() }
        index += 1
      }
      guard peek != nil else { throw Unreadable() }
      index += 1
      return String(decoding: bytes[start..<index - 1], as: UTF8.self)
    default:
      let start = index
      while let byte = peek, TOMLLayout.isBareKeyByte(byte) { index += 1 }
      guard index > start else { throw Unreadable() }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }
  }

  // MARK: Values

  private mutating func value(path: [String], record: Bool) throws -> TOMLLayout.Kind {
    switch peek {
    case nil: throw Unreadable()
    case UInt8(ascii: "\""):
      if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
        index += 3
        try multilineString(quote: UInt8(ascii: "\""))
      } else {
        index += 1
        _ = try basicString()
      }
      return .scalar
    case UInt8(ascii: "'"):
      if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
        index += 3
        try multilineString(quote: UInt8(ascii: "'"))
      } else {
        index += 1
        while let byte = peek, byte != UInt8(ascii: "'") {
          guard byte != UInt8(ascii: "\n") else { throw Unreadable() }
          index += 1
        }
        guard peek != nil else { throw Unreadable() }
        index += 1
      }
      return .scalar
    case UInt8(ascii: "["):
      index += 1
      while true {
        skipBlank()
        if peek == UInt8(ascii: "]") { break }
        _ = try value(path: path, record: false)
        skipBlank()
        if peek == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard peek == UInt8(ascii: "]") else { throw Unreadable() }
        break
      }
      index += 1
      return .array
    case UInt8(ascii: "{"):
      index += 1
      var empty = true
      while true {
        skipBlank()
        if peek == UInt8(ascii: "}") { break }
        try pair(table: path, nested: true, record: record)
        empty = false
        skipBlank()
        if peek == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard peek == UInt8(ascii: "}") else { throw Unreadable() }
        break
      }
      index += 1
      return .inlineTable(empty: empty)
    default:
      try scalarToken()
      return .scalar
    }
  }

  /// After the opening quote of a one-line basic string: its decoded text (for quoted keys).
  private mutating func basicString() throws -> String {
    var decoded: [UInt8] = []
    while let byte = peek {
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\n"):
        throw Unreadable()
      case UInt8(ascii: "\\"):
        index += 1
        guard let escape = peek else { throw Unreadable() }
        index += 1
        switch escape {
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "e"): decoded.append(0x1B)
        case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x"):
          let digits = escape == UInt8(ascii: "u") ? 4 : escape == UInt8(ascii: "U") ? 8 : 2
          guard index + digits <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<index + digits], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(value)
          else { throw Unreadable() }
          index += digits
          decoded.append(contentsOf: String(Character(scalar)).utf8)
        default: decoded.append(escape)  // \" and \\ (and anything else, kept)
        }
      default:
        decoded.append(byte)
        index += 1
      }
    }
    throw Unreadable()
  }

  /// After the three opening quotes: up to and with the closing three (and up to two quotes
  /// just before them, which belong to the string).
  private mutating func multilineString(quote: UInt8) throws {
    while let byte = peek {
      if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
        index += 2
        continue
      }
      if byte == quote, peek(1) == quote, peek(2) == quote {
        index += 3
        var extra = 0
        while extra < 2, peek == quote {
          index += 1
          extra += 1
        }
        return
      }
      index += 1
    }
    throw Unreadable()
  }

  /// A number, a boolean, a date or a time: up to a space, a comma, a bracket, a brace or a
  /// comment (a date and a time may be separated by one space).
  private mutating func scalarToken() throws {
    let start = index
    while let byte = peek {
      switch byte {
      case UInt8(ascii: " "):
        let soFar = Array(bytes[start..<index])
        guard Self.isDate(soFar), let next = peek(1), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
        else { break }
        index += 1
        continue
      case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","), UInt8(ascii: "]"),
        UInt8(ascii: "}"), UInt8(ascii: "#"):
        break
      default:
        index += 1
        continue
      }
      break
    }
    guard index > start else { throw Unreadable() }
  }

  /// `YYYY-MM-DD`.
  private static func isDate(_ token: [UInt8]) -> Bool {
    guard token.count == 10 else { return false }
    return token.enumerated().allSatisfy { offset, byte in
      offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
  }
}
