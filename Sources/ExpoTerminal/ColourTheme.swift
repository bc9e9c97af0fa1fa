import CNcursesW

/// The guide's colours: for a dark background, a light one, or none (bold, underline and reverse
/// carry the meaning; also with NO_COLOR and on terminals without colours).
public enum ColourTheme: String, Sendable, CaseIterable {
  case dark, light, monochrome

  /// A dark theme's (foreground, background) pair as the light theme draws it: text that is
  /// light on the default background (yellow, white, cyan) turns dark, and the dark grey
  /// backgrounds of the status bar and the help turn light grey.
  static func forLightBackground(_ fg: Int16, _ bg: Int16, many: Bool) -> (Int16, Int16) {
    var fg = fg
    var bg = bg
    let onDefault = bg == -1
    switch bg {
    case 235, 236: bg = 254
    case Int16(COLOR_BLACK) where fg == Int16(COLOR_WHITE) || fg == Int16(COLOR_YELLOW):
      bg = many ? 252 : Int16(COLOR_WHITE)
    default: break
    }
    if onDefault || bg == 254 || bg == 252 || bg == Int16(COLOR_WHITE) {
      switch fg {
      case Int16(COLOR_YELLOW): fg = many ? 94 : Int16(COLOR_RED)
      case Int16(COLOR_WHITE): fg = Int16(COLOR_BLACK)
      case Int16(COLOR_CYAN): fg = many ? 25 : Int16(COLOR_BLUE)
      default: break
      }
    }
    return (fg, bg)
  }
}
