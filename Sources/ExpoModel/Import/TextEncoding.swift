import Foundation

/// The text encodings an imported file may be read in. UTF-8 (with or without a byte-order mark)
/// and UTF-16 with a mark are recognised; anything else that is not valid UTF-8 is refused with
/// the line, column and byte where it stops being UTF-8 — read as something else it would become
/// mojibake ("Serenit�t"), and ids made from its names would change with the repair.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case latin1 = "latin1"
  case windows1252 = "windows-1252"

  public struct Problem: Error, Sendable {
    public var message: String
    public var position: SourcePosition
  }

  var foundation: String.Encoding {
    switch self {
    case .utf8: return .utf8
    case .utf16: return .utf16
    case .latin1: return .isoLatin1
    case .windows1252: return .windowsCP1252
    }
  }

  /// The bytes as UTF-8 without a byte-order mark.
  public static func decodeToUTF8(_ bytes: [UInt8], given: TextEncoding?) -> Result<[UInt8], Problem> {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .success(Array(bytes.dropFirst(3))) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      guard let text = String(data: Data(bytes), encoding: .utf16) else {
        return .failure(Problem(message: "the file starts like UTF-16 but is not", position: .init(line: 1, column: 1)))
      }
      return .success(Array(text.utf8))
    }
    if let given, given != .utf8 {
      guard let text = String(data: Data(bytes), encoding: given.foundation) else {
        return .failure(
          Problem(message: "the file cannot be read as \(given.rawValue)", position: .init(line: 1, column: 1)))
      }
      return .success(Array(text.utf8))
    }
    if let bad = firstInvalidUTF8(bytes) {
      var line = 1
      var column = 1
      for b in bytes[..<bad] {
        if b == 0x0A {
          line += 1
          column = 1
        } else if b & 0xC0 != 0x80 {
          column += 1
        }
      }
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      return .failure(
        Problem(
          message: "not UTF-8 (byte 0x\(hex)); save the file as UTF-8, or give --encoding latin1 "
            + "(or windows-1252, utf-16)", position: .init(line: line, column: column)))
    }
    return .success(bytes)
  }

  /// The index of the first byte that breaks UTF-8, or nil.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return i
      }
      guard i + length <= n else { return i }
      for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      // Overlong and surrogate forms.
      if b == 0xE0 && bytes[i + 1] < 0xA0 || b == 0xED && bytes[i + 1] > 0x9F || b == 0xF0 && bytes[i + 1] < 0x90
        || b == 0xF4 && bytes[i + 1] > 0x8F
      {
        return i
      }
      i += length
    }
    return nil
  }
}
