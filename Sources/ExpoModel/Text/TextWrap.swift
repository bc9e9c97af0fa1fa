/// Word wrapping by display width. Latin text breaks at spaces; CJK text may break between any
/// two wide characters; a word longer than the line is cut.
public enum TextWrap {
  struct Token {
    var text: String
    var width: Int
    var spaceBefore: Bool
  }

  static func tokens(_ paragraph: String) -> [Token] {
    var out: [Token] = []
    var word = ""
    var wordWidth = 0
    var space = false
    func flush() {
      if !word.isEmpty { out.append(Token(text: word, width: wordWidth, spaceBefore: space)) }
      word = ""
      wordWidth = 0
      space = false
    }
    for c in paragraph {
      if c == " " {
        flush()
        space = true
        continue
      }
      let w = DisplayWidth.of(c)
      if w == 2 {
        let before = word.isEmpty ? space : false
        flush()
        out.append(Token(text: String(c), width: 2, spaceBefore: before))
        continue
      }
      word.append(c)
      wordWidth += w
    }
    flush()
    return out
  }

  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in Sanitize.lines(text) {
      var line = ""
      var lineWidth = 0
      for token in tokens(paragraph) {
        let gap = (lineWidth > 0 && token.spaceBefore) ? 1 : 0
        if lineWidth + gap + token.width <= width {
          if gap == 1 { line += " " }
          line += token.text
          lineWidth += gap + token.width
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        if token.width <= width {
          line = token.text
          lineWidth = token.width
          continue
        }
        for c in token.text {
          let w = DisplayWidth.of(c)
          if lineWidth + w > width {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(c)
          lineWidth += w
        }
      }
      lines.append(line)
    }
    return lines
  }
}
