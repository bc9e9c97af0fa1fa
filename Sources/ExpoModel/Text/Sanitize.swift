/// The one place where text from data files is made safe for a terminal.
///
/// C0 controls (ESC, CR, BS, …), DEL and C1 controls become visible Control Pictures (␛, ␍, ␡) or
/// U+FFFD; bidirectional overrides and isolates (the "Trojan Source" characters), zero-width
/// marks that could hide text and byte-order marks are removed. Used by the renderer and by
/// the CLI's text output.
public enum Sanitize {
  /// One display line: newlines and tabs become spaces.
  public static func line(_ text: String) -> String {
    if isClean(text) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { append(scalar, to: &out, keepNewlines: false) }
    return String(out)
  }

  /// Multi-line text: split at line breaks, each line sanitised.
  public static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
        if scalar == "\n" && previousCR {
          previousCR = false
          continue
        }
        lines.append(String(current))
        current = String.UnicodeScalarView()
        previousCR = scalar == "\r"
        continue
      }
      previousCR = false
      append(scalar, to: &current, keepNewlines: true)
    }
    lines.append(String(current))
    return lines
  }

  /// A CSV field for a file a person may open in a spreadsheet or print in a terminal: one line
  /// (as `line`), a leading `=` `+` `-` `@` (a formula to a spreadsheet) neutralised with a `'` as
  /// OWASP recommends, and quoted when it holds a comma or a quote.
  public static func csvField(_ text: String) -> String {
    var field = line(text)
    if let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { field = "'" + field }
    guard field.contains(where: { $0 == "," || $0 == "\"" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Text for a Markdown table cell or list item: one line, `|` escaped, and neither HTML nor a
  /// link: `<` `>` `&` as entities, `[` `]` escaped (a note imported from someone else's file
  /// could carry `<img onerror=…>` or `[x](javascript:…)` into a viewer that renders it).
  public static func markdown(_ text: String) -> String {
    var out = ""
    for character in line(text) {
      switch character {
      case "|": out += "\\|"
      case "[": out += "\\["
      case "]": out += "\\]"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Whether a scalar may not appear raw in output meant for a person (JSON escapes it as \uXXXX,
  /// iCalendar drops it): C0 and C1 controls, DEL, bidi controls and invisible format characters,
  /// line and paragraph separators.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return needsWork(scalar) || v == 0x2028 || v == 0x2029 || v == 0x85
  }

  /// True when no scalar of `text` needs replacing (the common, fast case).
  public static func isClean(_ text: String) -> Bool {
    for unit in text.utf8 where unit < 0x20 || unit == 0x7F || unit >= 0xC2 {
      if unit >= 0xC2 { return slowIsClean(text) }
      return false
    }
    return true
  }

  private static func slowIsClean(_ text: String) -> Bool {
    for scalar in text.unicodeScalars where needsWork(scalar) { return false }
    return true
  }

  static func needsWork(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || isInvisibleFormat(v)
  }

  /// Bidi controls, zero-width and other invisible format characters that are removed.
  static func isInvisibleFormat(_ v: UInt32) -> Bool {
    (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
      || v == 0x061C || v == 0xFEFF || v == 0x200B || v == 0x2060 || (0xFFF9...0xFFFB).contains(v)
  }

  private static func append(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView, keepNewlines: Bool) {
    let v = s.value
    switch v {
    case 0x09, 0x0A, 0x0D: out.append(" ")
    case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v) ?? "\u{FFFD}")  // ␀ … ␟
    case 0x7F: out.append("\u{2421}")  // ␡
    case 0x80...0x9F: out.append("\u{FFFD}")
    default:
      if isInvisibleFormat(v) { return }
      out.append(s)
    }
  }
}
