import CNcursesW
import ExpoModel
import ExpoUI

extension TerminalCodes {
  /// The codes of the terminal ncurses set up (its terminfo entry): the pens' SGR bytes, and the
  /// ECMA-48 controls the entry lists in their ECMA-48 form. Throws when the terminal has no
  /// ECMA-48 cursor addressing (`cup`), which the frame writer needs.
  static func terminfo(pens: [Pen], term: String) throws -> TerminalCodes {
    /// A string capability without its padding delays (`$<5>`: terminals that need them are not
    /// met behind a pseudo-terminal; ncurses skips them for terminals with XON/XOFF too).
    func bytes(_ text: UnsafePointer<CChar>?) -> [UInt8]? {
      guard let text else { return nil }
      var out: [UInt8] = []
      var pointer = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
      while pointer.pointee != 0 {
        if pointer.pointee == 0x24, pointer[1] == 0x3C {
          var end = pointer + 2
          while end.pointee != 0, end.pointee != 0x3E { end += 1 }
          if end.pointee == 0x3E {
            pointer = end + 1
            continue
          }
        }
        out.append(pointer.pointee)
        pointer += 1
      }
      return out
    }
    func string(_ name: String) -> [UInt8]? { bytes(expo_tigetstr(name)) }
    func one(_ name: String, _ a: Int32) -> [UInt8]? {
      guard let template = expo_tigetstr(name) else { return nil }
      return bytes(expo_tiparm1(template, a))
    }
    func two(_ name: String, _ a: Int32, _ b: Int32) -> [UInt8]? {
      guard let template = expo_tigetstr(name) else { return nil }
      return bytes(expo_tiparm2(template, a, b))
    }
    func ecma(_ text: String) -> [UInt8] { Array(text.utf8) }
    guard two("cup", 4, 6) == ecma("\u{1B}[5;7H") else {
      throw TerminalError.unusableTerminal(
        "the terminal \"\(term)\" has no ECMA-48 cursor addressing (ESC [ row ; column H)")
    }
    let reset = string("sgr0") ?? ecma("\u{1B}[m")
    let defaults = string("op")
    let attributeCodes: [(UInt8, [UInt8]?)] = [
      (Pen.bold, string("bold")), (Pen.dim, string("dim")), (Pen.underline, string("smul")),
      (Pen.reverse, string("rev")),
    ]
    func colours(_ pen: Pen) -> [UInt8] {
      var out: [UInt8] = []
      if pen.foreground >= 0 { out += one("setaf", Int32(pen.foreground)) ?? [] }
      if pen.background >= 0 { out += one("setab", Int32(pen.background)) ?? [] }
      return out
    }
    let set = pens.map { pen -> [UInt8] in
      var out: [UInt8] = []
      for (bit, code) in attributeCodes where pen.attributes & bit != 0 { out += code ?? [] }
      return out + colours(pen)
    }
    let change = pens.map { pen -> [UInt8]? in
      if pen.foreground >= 0 && pen.background >= 0 { return colours(pen) }
      guard let defaults else { return nil }
      return defaults + colours(pen)
    }
    return TerminalCodes(
      pens: pens, set: set, colours: change, reset: reset, clear: string("clear") ?? ecma("\u{1B}[H\u{1B}[2J"),
      eraseCharacters: one("ech", 5) == ecma("\u{1B}[5X"), eraseLine: string("el") == ecma("\u{1B}[K"),
      scrollRegion: two("csr", 2, 9) == ecma("\u{1B}[3;10r"), columnAddress: one("hpa", 6) == ecma("\u{1B}[7G"),
      rowAddress: one("vpa", 6) == ecma("\u{1B}[7d"), backgroundErase: tigetflag("bce") > 0)
  }
}
