/// A syntax error of one of our readers (JSON, XML), with where it is.
public struct SyntaxError: Error, Sendable, Hashable {
  public var message: String
  public var position: SourcePosition
}

/// A line and column in a text file, both counted from 1 (columns in UTF-8 bytes).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool { (a.line, a.column) < (b.line, b.column) }

  /// A byte as syntax errors name it: `'x'` when printable ASCII, else `byte 0x1B`.
  static func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }
}

/// A parsed JSON value that remembers where it was in the file.
public struct JSONNode: Sendable, Hashable {
  public indirect enum Value: Sendable, Hashable {
    case object(JSONObject)
    case array([JSONNode])
    case string(String)
    case number(Double, isInteger: Bool)
    case bool(Bool)
    case null
  }

  public var value: Value
  public var position: SourcePosition

  public init(_ value: Value, at position: SourcePosition) {
    self.value = value
    self.position = position
  }

  /// A word for the type, as used in error messages ("an object", "a string").
  public var typeDescription: String {
    switch value {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "a boolean"
    case .null: return "null"
    }
  }
}

/// A JSON object: its members in file order, with the position of each key.
public struct JSONObject: Sendable, Hashable {
  public struct Member: Sendable, Hashable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: JSONNode
  }

  public var members: [Member]

  public init(members: [Member]) { self.members = members }

  /// The last member with this key (as JSON parsers conventionally do).
  public subscript(key: String) -> JSONNode? {
    for member in members.reversed() where member.key == key { return member.value }
    return nil
  }
}
