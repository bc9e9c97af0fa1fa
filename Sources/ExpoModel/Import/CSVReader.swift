/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Sendable, Hashable {
  public var fields: [String]
  public var line: Int
}

/// A CSV syntax error with its position.
public struct CSVSyntaxError: Error, Sendable, Hashable {
  public var message: String
  public var position: SourcePosition
}

/// An RFC 4180 reader: quoted fields (with doubled quotes and line breaks inside), CRLF or LF,
/// a UTF-8 byte-order mark skipped, and the separator (`,` `;` or tab) detected from the header
/// line. Invalid UTF-8 is repaired (U+FFFD), never fatal.
public enum CSVReader {
  public static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]

  /// The separator that occurs most often outside quotes on the first line (`,` when none does).
  public static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
    var counts: [UInt8: Int] = [:]
    var quoted = false
    for b in bytes {
      if b == 0x22 { quoted.toggle() }
      if !quoted, b == 0x0A { break }
      if !quoted, separators.contains(b) { counts[b, default: 0] += 1 }
    }
    return separators.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil }
      ?? UInt8(ascii: ",")
  }

  /// Every record of the file; blank lines are skipped.
  public static func parse(_ input: [UInt8], separator: UInt8? = nil) throws(CSVSyntaxError) -> [CSVRecord] {
    var bytes = input[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let separator = separator ?? detectSeparator(Array(bytes.prefix(65_536)))
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var lineStart = bytes.startIndex
    var i = bytes.startIndex
    var fieldStarted = false

    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      fieldStarted = false
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(fields: fields, line: recordLine)) }
      fields.removeAll(keepingCapacity: true)
    }

    while i < bytes.endIndex {
      let b = bytes[i]
      if b == 0x22, !fieldStarted, field.isEmpty {
        // A quoted field.
        let open = SourcePosition(line: line, column: i - lineStart + 1)
        i += 1
        var closed = false
        while i < bytes.endIndex {
          let c = bytes[i]
          if c == 0x22 {
            if i + 1 < bytes.endIndex, bytes[i + 1] == 0x22 {
              field.append(0x22)
              i += 2
              continue
            }
            i += 1
            closed = true
            break
          }
          if c == 0x0A {
            line += 1
            lineStart = i + 1
          }
          field.append(c)
          i += 1
        }
        guard closed else {
          throw CSVSyntaxError(message: "a quoted field is not closed; expected a closing '\"'", position: open)
        }
        fieldStarted = true
        // Anything but a separator or line end after the closing quote is kept (a common quirk).
        continue
      }
      if b == separator {
        endField()
        i += 1
        continue
      }
      if b == 0x0D || b == 0x0A {
        endRecord()
        if b == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
        i += 1
        line += 1
        lineStart = i
        recordLine = line
        continue
      }
      field.append(b)
      fieldStarted = true
      i += 1
    }
    if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }
}
