/// Reads the members of one JSON object, reporting missing fields and wrong types to a sink.
struct FieldReader {
  let object: JSONObject
  let position: SourcePosition
  let path: String
  let sink: IssueSink

  /// Nil (and an error recorded) when `node` is not an object.
  init?(_ node: JSONNode, path: String, sink: IssueSink, what: String) {
    guard case .object(let object) = node.value else {
      sink.error("expected \(what) (a JSON object), found \(node.typeDescription)", at: node.position, path: path)
      return nil
    }
    self.object = object
    self.position = node.position
    self.path = path
    self.sink = sink
  }

  func memberPath(_ key: String) -> String { "\(path).\(key)" }

  /// The position of the value of `key`, or of the object when absent.
  func positionOf(_ key: String) -> SourcePosition { object[key]?.position ?? position }

  private func present(_ key: String, required: Bool, expected: String) -> JSONNode? {
    guard let node = object[key], node.value != .null else {
      if required { sink.error("missing required field \"\(key)\" (\(expected))", at: position, path: path) }
      return nil
    }
    return node
  }

  private func wrongType(_ key: String, _ node: JSONNode, expected: String) {
    sink.error("expected \(expected), found \(node.typeDescription)", at: node.position, path: memberPath(key))
  }

  func string(_ key: String, required: Bool = true, nonEmpty: Bool = true) -> String? {
    guard let node = present(key, required: required, expected: "a string") else { return nil }
    guard case .string(let text) = node.value else {
      wrongType(key, node, expected: "a string")
      return nil
    }
    if nonEmpty && text.isBlank {
      sink.error("expected a non-empty string", at: node.position, path: memberPath(key))
      return nil
    }
    return text
  }

  func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
    guard let node = present(key, required: required, expected: "an integer") else { return nil }
    guard case .number(let value, let isInteger) = node.value, isInteger, abs(value) < 1e15 else {
      wrongType(key, node, expected: "an integer")
      return nil
    }
    let int = Int(value)
    if let range, !range.contains(int) {
      sink.error(
        "expected an integer from \(range.lowerBound) to \(range.upperBound), found \(int)", at: node.position,
        path: memberPath(key))
      return nil
    }
    return int
  }

  /// A localised text: either a string (English) or `{"en": "...", "zh": "..."}`.
  func localized(_ key: String, required: Bool = true) -> LocalizedText? {
    let expected = "a string or an object {\"en\": ..., \"zh\": ...}"
    guard let node = present(key, required: required, expected: expected) else { return nil }
    switch node.value {
    case .string(let text):
      guard !text.isBlank else {
        sink.error("expected a non-empty string", at: node.position, path: memberPath(key))
        return nil
      }
      return LocalizedText(en: text)
    case .object:
      guard let reader = FieldReader(node, path: memberPath(key), sink: sink, what: "a localised text") else {
        return nil
      }
      reader.warnUnknownKeys(["en", "zh"])
      guard let en = reader.string("en") else { return nil }
      let zh = reader.string("zh", required: false, nonEmpty: false)
      return LocalizedText(en: en, zh: zh)
    default:
      wrongType(key, node, expected: expected)
      return nil
    }
  }

  func strings(_ key: String, required: Bool = false) -> [String] {
    guard let node = present(key, required: required, expected: "an array of strings") else { return [] }
    guard case .array(let items) = node.value else {
      wrongType(key, node, expected: "an array of strings")
      return []
    }
    var out: [String] = []
    for (i, item) in items.enumerated() {
      if case .string(let text) = item.value {
        out.append(text)
      } else {
        sink.error(
          "expected a string, found \(item.typeDescription)", at: item.position, path: "\(memberPath(key))[\(i)]")
      }
    }
    return out
  }

  func object(_ key: String, required: Bool, what: String) -> FieldReader? {
    guard let node = present(key, required: required, expected: what) else { return nil }
    return FieldReader(node, path: memberPath(key), sink: sink, what: what)
  }

  func array(_ key: String, required: Bool) -> [JSONNode] {
    guard let node = present(key, required: required, expected: "an array") else { return [] }
    guard case .array(let items) = node.value else {
      wrongType(key, node, expected: "an array")
      return []
    }
    return items
  }

  /// Unknown members are warnings: usually a typo of a real field.
  /// `allowed` is a short list: comparing a few short strings is faster than hashing each key.
  func warnUnknownKeys(_ allowed: [String]) {
    for member in object.members where !allowed.contains(member.key) {
      let known = allowed.sorted().joined(separator: ", ")
      sink.warning(
        "unknown field \"\(member.key)\" (ignored; known fields: \(known))", at: member.keyPosition,
        path: memberPath(member.key))
    }
  }
}

extension String {
  /// Empty or only whitespace. Decides on the first byte that is ASCII and not a space (that is,
  /// almost always on the first byte) before asking Unicode about the rest: a million names.
  var isBlank: Bool {
    var ascii = true
    for byte in utf8 {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
      case ..<0x80: return false
      default: ascii = false
      }
      if !ascii { break }
    }
    return ascii || allSatisfy(\.isWhitespace)
  }
}
