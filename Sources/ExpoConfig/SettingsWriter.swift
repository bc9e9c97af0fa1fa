/// A value the writer can put in the file.
public enum TOMLScalar: Sendable, Hashable {
  case string(String)
  case bool(Bool)
  case int(Int)

  /// The value as TOML: strings in double quotes with `"`, `\`, control characters and the
  /// characters `SafeText` escapes (bidi controls, C1, separators) as escapes.
  public var toml: String {
    switch self {
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .string(let value): return TOMLScalar.quoted(value)
    }
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if SafeText.needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

/// Changes one setting in the text of a settings file and leaves every other byte as it was:
/// comments, blank lines, order, spacing, quotes of other values (see docs/decisions.md: TOMLKit
/// would drop the comments).
public enum SettingsWriter {
  /// The text with `key` set to `value`.
  ///
  /// `key` is a name at the top level (`theme`) or in a table (`reminders.minutes`). Where the
  /// file has the key, only its value is replaced (a trailing comment stays); where it has not,
  /// a line `name = value` is added at the end of its table: at the top level after the last
  /// top-level pair (or before the first table header and the comments just above it), in a
  /// table after its last pair; a missing table is added at the end of the file. A table the
  /// file makes with dotted keys (`reminders.minutes = 5` at the top level) gets a dotted key
  /// beside them, and one written inline (`reminders = { minutes = 5 }`) gets the pair inside the
  /// braces. A commented-out line (`# language = "en"`) is not the key.
  ///
  /// A table name that the file uses for a plain value (`reminders = 5`, which the parser
  /// reports) has that value replaced by an inline table holding the key. A file TOML rejects
  /// is edited all the same where the scan finds the key; check it with `SettingsParser` first.
  /// The key is split at dots: a key whose name holds a dot cannot be set.
  public static func set(_ key: String, to value: TOMLScalar, in text: String) -> String {
    let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let table = Array(path.dropLast())
    let name = path.last ?? key
    let layout = TOMLLayout(text)
    let newline = text.contains("\r\n") ? "\r\n" : "\n"
    var edit = Edit(bytes: layout.bytes, newline: newline)
    let usable = layout.entries.filter { entry in
      entry.section.map { !layout.headers[$0].isArray } ?? true
    }

    // The key is there: its value.
    if let entry = usable.first(where: { $0.path == path }) {
      edit.replace(entry.valueStart..<entry.valueEnd, with: value.toml)
      return edit.text
    }
    let pair = keyText([name]) + " = " + value.toml

    // At the top level.
    if table.isEmpty {
      if let last = usable.last(where: { $0.section == nil && !$0.nested }) {
        edit.insertLine(pair, at: layout.nextLine(after: last.valueEnd))
      } else if let first = layout.headers.first {
        edit.insertLine(pair, at: commentsAbove(first.lineStart, in: layout), blankAfter: true)
      } else {
        edit.insertLine(pair, at: layout.bytes.count)
      }
      return edit.text
    }

    // The table is a value: inline, or a plain value that cannot hold the key.
    if let parent = usable.first(where: { $0.path == table }) {
      switch parent.kind {
      case .inlineTable(empty: false):
        let inside = usable.filter { $0.valueStart > parent.valueStart && $0.valueEnd < parent.valueEnd }
        let end = inside.map(\.valueEnd).max() ?? parent.valueStart + 1
        edit.replace(end..<end, with: ", " + pair)
      default:
        edit.replace(parent.valueStart..<parent.valueEnd, with: "{ " + pair + " }")
      }
      return edit.text
    }

    // The table has a header: after its last pair, else after the header.
    if let section = layout.headers.firstIndex(where: { $0.path == table && !$0.isArray }) {
      if let last = usable.last(where: { $0.section == section && !$0.nested }) {
        edit.insertLine(pair, at: layout.nextLine(after: last.valueEnd))
      } else {
        edit.insertLine(pair, at: layout.nextLine(after: layout.headers[section].lineStart))
      }
      return edit.text
    }

    // The table is made by dotted keys in a table above it: one more dotted key.
    if let last = usable.last(where: {
      !$0.nested && $0.path.count > table.count && Array($0.path.prefix(table.count)) == table
        && layout.sectionPath($0.section).count < table.count
    }) {
      let relative = Array(path.dropFirst(layout.sectionPath(last.section).count))
      edit.insertLine(keyText(relative) + " = " + value.toml, at: layout.nextLine(after: last.valueEnd))
      return edit.text
    }

    // No table: a new one at the end.
    let endsWithBlankLine = text.isEmpty || text.hasSuffix("\n\n") || text.hasSuffix("\r\n\r\n")
    edit.insertLine(
      (endsWithBlankLine ? "" : newline) + "[" + keyText(table) + "]" + newline + pair, at: text.utf8.count)
    return edit.text
  }

  /// A dotted key, each part bare where TOML allows it, else quoted.
  static func keyText(_ parts: [String]) -> String {
    parts.map { part in
      !part.isEmpty && part.utf8.allSatisfy(TOMLLayout.isBareKeyByte) ? part : TOMLScalar.quoted(part)
    }.joined(separator: ".")
  }

  /// The start of the comment lines just above the line at `offset` (no blank line between):
  /// they describe what follows them.
  private static func commentsAbove(_ offset: Int, in layout: TOMLLayout) -> Int {
    var line = layout.line(of: offset)
    while line > 1 {
      let start = layout.lineStarts[line - 2]
      let content = layout.bytes[start..<layout.lineStarts[line - 1]].drop {
        $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
      }
      guard content.first == UInt8(ascii: "#") else { break }
      line -= 1
    }
    return layout.lineStarts[line - 1]
  }

  /// One change to the bytes.
  private struct Edit {
    var bytes: [UInt8]
    let newline: String

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func replace(_ range: Range<Int>, with text: String) {
      bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    /// `line` and a newline at `offset`, the start of a line or the end (after a newline added
    /// to a last line that has none).
    mutating func insertLine(_ line: String, at offset: Int, blankAfter: Bool = false) {
      var inserted = line + newline + (blankAfter ? newline : "")
      if offset == bytes.count, let last = bytes.last, last != UInt8(ascii: "\n") {
        inserted = newline + inserted
      }
      replace(offset..<offset, with: inserted)
    }
  }
}
