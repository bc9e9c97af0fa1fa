/// Display width of text in terminal columns: the one width function every widget uses.
///
/// East Asian Wide and Fullwidth characters and emoji presentation sequences take two columns;
/// combining marks, zero-width joiners, variation selectors and other format characters take
/// none. Measured per grapheme cluster (a flag or a ZWJ family is one unit of width 2). The
/// table is ours (not the C library's `wcwidth`, which depends on the locale); tests compare it
/// with `wcwidth` under C.UTF-8.
public enum DisplayWidth {
  /// Width of a whole string.
  public static func of(_ text: String) -> Int {
    // Fast path: printable ASCII is one column per byte.
    var ascii = true
    for unit in text.utf8 where unit >= 0x7F || unit < 0x20 {
      ascii = false
      break
    }
    if ascii { return text.utf8.count }
    var width = 0
    if isSimple(text) {
      for scalar in text.unicodeScalars { width += of(scalar) }
      return width
    }
    for character in text { width += of(character) }
    return width
  }

  /// Whether every scalar of `text` is a grapheme cluster of its own and safe to draw: printable
  /// ASCII and Latin, CJK (ideographs, kana, Hangul syllables, CJK and full-width punctuation),
  /// general punctuation, arrows, box drawing, shapes and the guide's marks (★ ✓ ✎ ⚠ ▶), with no
  /// combining mark, joiner, variation selector, control or bidi control anywhere. Such text (most
  /// Chinese screens) is measured and drawn scalar by scalar, without grapheme breaking.
  public static func isSimple(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v >= 0x20 && v < 0x7F { continue }
      if v >= 0xA0 && v < 0x300 && v != 0xAD { continue }
      if (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) { continue }
      if (0x2190...0x21FF).contains(v) || (0x2500...0x25FF).contains(v) { continue }
      if v == 0x2605 || v == 0x2713 || v == 0x270E || v == 0x26A0 || v == 0x266A { continue }
      if (0x3000...0x303F).contains(v) || (0x3041...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) { continue }
      if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { continue }
      if (0xFF01...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) { continue }
      return false
    }
    return true
  }

  /// Width of one grapheme cluster (0, 1 or 2).
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return of(first) }
    // Emoji sequences: VS16, ZWJ sequences, keycaps, flags (two regional indicators).
    var hasEmoji = false
    for s in scalars {
      if s.value == 0xFE0F || s.value == 0x200D || s.value == 0x20E3 { hasEmoji = true }
      if (0x1F1E6...0x1F1FF).contains(s.value) { return 2 }
    }
    if hasEmoji && first.properties.isEmoji { return 2 }
    let base = of(first)
    if base > 0 { return base }
    // A lone combining sequence: width of the first spacing scalar.
    for s in scalars.dropFirst() {
      let w = of(s)
      if w > 0 { return w }
    }
    return 0
  }

  /// Width of one scalar, as a terminal draws it (controls are 0; sanitise before drawing).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v >= 0x20 ? 1 : 0 }
    if v < 0xA0 { return 0 }
    if v < 0x300 { return v == 0xAD ? 1 : 1 }
    // Ideographs, Hangul syllables and full-width forms (no marks among them): two columns,
    // without asking for the general category (most of a Chinese screen).
    if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xFF01...0xFF60).contains(v)
    {
      return 2
    }
    if isZeroWidth(v) { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  static func isZeroWidth(_ v: UInt32) -> Bool {
    if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0x2028...0x202E).contains(v)
      || (0x2060...0x206F).contains(v) || (0xFE00...0xFE0F).contains(v) || (0xFE20...0xFE2F).contains(v)
      || v == 0xFEFF || (0xE0100...0xE01EF).contains(v) || (0xE0000...0xE007F).contains(v)
      || (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
    {
      return true
    }
    switch Unicode.Scalar(v)?.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
    0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
    0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
    0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x2E99,
    0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFB, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF,
    0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3, 0x31F0...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
    0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B122,
    0x1B150...0x1B152, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
    0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
    0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
    0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
    0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
    0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
    0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
    0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FA7C, 0x1FA80...0x1FA88, 0x1FA90...0x1FABD,
    0x1FABF...0x1FAC5, 0x1FACE...0x1FADB, 0x1FAE0...0x1FAE8, 0x1FAF0...0x1FAF8, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]

  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var lo = 0
    var hi = wideRanges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let r = wideRanges[mid]
      if v < r.lowerBound {
        hi = mid - 1
      } else if v > r.upperBound {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The longest prefix of `text` that fits in `width` columns; when cut, it ends with "…" and
  /// never splits a wide character or a grapheme.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    if ellipsis == "…", text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
    }
    let ellipsisWidth = of(ellipsis)
    let budget = width - ellipsisWidth
    guard budget >= 0 else { return String(repeating: ".", count: width) }
    var out = ""
    var used = 0
    if isSimple(text) {
      var scalars = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        let w = of(scalar)
        if used + w > budget { break }
        scalars.append(scalar)
        used += w
      }
      return String(scalars) + ellipsis
    }
    for character in text {
      let w = of(character)
      if used + w > budget { break }
      out.append(character)
      used += w
    }
    return out + ellipsis
  }

  /// `text` truncated or padded with spaces to exactly `width` columns.
  public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let cut = truncate(text, to: width)
    let padding = String(repeating: " ", count: max(0, width - of(cut)))
    return alignRight ? padding + cut : cut + padding
  }

  /// A grapheme cluster as a character-cell screen can draw it: a spacing character followed by
  /// at most four zero-width ones (what a curses cell holds), with the width it is measured at.
  /// Sequences a cell cannot hold get one clear stand-in instead of pieces: a flag becomes its
  /// two letters (🇺🇾 → "UY"), a skin tone or another emoji modifier is dropped (👍🏽 → 👍), a ZWJ
  /// sequence is drawn as its first emoji (👨‍👩‍👧 → 👨), never a dangling joiner.
  /// The characters `text` is drawn as, one per cell run: sanitised, each cluster as its
  /// `drawable` form, lone zero-width characters (a mark with no base) left out. The grid draws
  /// these; a check of what the screen shows compares with them.
  public static func drawnCharacters(_ text: String) -> [(character: Character, width: Int)] {
    var out: [(character: Character, width: Int)] = []
    if isSimple(text) {
      for scalar in text.unicodeScalars { out.append((Character(scalar), of(scalar))) }
      return out
    }
    for c in Sanitize.line(text) {
      for d in c.unicodeScalars.count > 1 ? Array(drawable(c)) : [c] {
        let w = of(d)
        if w > 0 { out.append((d, w)) }
      }
    }
    return out
  }

  /// `text` as the screen shows it (`drawnCharacters`).
  public static func drawn(_ text: String) -> String { String(drawnCharacters(text).map(\.character)) }

  public static func drawable(_ character: Character) -> String {
    let scalars = Array(character.unicodeScalars)
    guard scalars.count > 1 else { return String(character) }
    if scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
      return String(String.UnicodeScalarView(scalars.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 0x41) }))
    }
    var out = String.UnicodeScalarView()
    for scalar in scalars {
      let v = scalar.value
      if v == 0x200D { break }  // a ZWJ sequence: its first part
      if (0x1F3FB...0x1F3FF).contains(v) { continue }  // skin tones
      if out.isEmpty {
        out.append(scalar)
      } else if of(scalar) == 0, out.count < 5 {
        out.append(scalar)  // combining marks, variation selectors, a keycap's enclosing mark
      } else if of(scalar) > 0 {
        break  // another spacing character would not fit the cell
      }
    }
    return out.isEmpty ? "\u{FFFD}" : String(out)
  }
}
