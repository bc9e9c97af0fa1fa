/// Untrusted text (a value or a key from the settings file, a path from the environment) made safe
/// to print on a terminal.
///
/// Control characters (C0 with ESC, DEL, C1), line and paragraph separators and the bidi
/// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) become visible escapes such as
/// `\u{1B}`, so a message can neither move the cursor, change colours nor reorder what follows it.
/// Long text is cut with "…"; the cut counts Unicode scalars, not characters, so a base letter
/// with ten thousand combining marks is cut too.
public enum SafeText {
  /// The most scalars that `quote` and `escape` keep before cutting with "…".
  public static let defaultLimit = 60

  /// `text` between double quotes, escaped (`"` and `\` too, so the quotes are unambiguous).
  ///
  ///     SafeText.quote("blue")              // "blue" (with the quotes)
  ///     SafeText.quote("\u{1B}[2J")         // "\u{1B}[2J"
  public static func quote(_ text: String, limit: Int = defaultLimit) -> String {
    "\"" + escaped(text, limit: limit, quoting: true) + "\""
  }

  /// `text` escaped like `quote` but without the quotes (`"` and `\` kept as they are): for paths
  /// and for messages that are not values.
  public static func escape(_ text: String, limit: Int = defaultLimit) -> String {
    escaped(text, limit: limit, quoting: false)
  }

  /// Whether `scalar` is shown as an escape.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true  // C0 (with ESC), DEL, C1
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
    case 0x2028, 0x2029: return true  // line and paragraph separators
    default: return false
    }
  }

  private static func escaped(_ text: String, limit: Int, quoting: Bool) -> String {
    var out = ""
    var kept = 0
    for scalar in text.unicodeScalars {
      if kept == max(limit, 1) {
        out += "…"
        break
      }
      kept += 1
      switch scalar {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\"" where quoting: out += "\\\""
      case "\\" where quoting: out += "\\\\"
      default:
        if needsEscape(scalar) {
          out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
