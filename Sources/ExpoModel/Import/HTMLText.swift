/// HTML in imported descriptions (frab and C3VOC abstracts carry `<p>`, lists and links) as plain
/// text: paragraphs and line breaks become lines, list items "• item", links "text [1]" with the
/// addresses listed at the end in full, other tags dropped, entities decoded. Text without a tag
/// is returned as it is.
public enum HTMLText {
  public static func plain(_ html: String) -> String {
    guard html.contains("<") || html.contains("&") else { return html }
    var out = ""
    var links: [String] = []
    var pendingLink: String?
    var index = html.startIndex
    func newline() {
      while out.hasSuffix(" ") { out.removeLast() }
      if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
    }
    while index < html.endIndex {
      let c = html[index]
      if c == "<", let close = html[index...].firstIndex(of: ">") {
        let tag = html[html.index(after: index)..<close].trimmingWhitespace()
        let lower = tag.lowercased()
        let name = String(lower.prefix { $0.isLetter || $0 == "/" || $0.isNumber })
        switch name {
        case "p", "/p", "div", "/div", "br", "br/", "ul", "/ul", "ol", "/ol", "/li", "h1", "h2", "h3", "h4", "/h1",
          "/h2",
          "/h3", "/h4", "tr", "/tr", "blockquote", "/blockquote":
          newline()
        case "li":
          newline()
          out += "• "
        case "a":
          pendingLink = attribute("href", in: tag)
        case "/a":
          if let href = pendingLink, !href.isEmpty {
            if let n = links.firstIndex(of: href) {
              out += " [\(n + 1)]"
            } else {
              links.append(href)
              out += " [\(links.count)]"
            }
          }
          pendingLink = nil
        default:
          break
        }
        index = html.index(after: close)
        continue
      }
      if c == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
        let entity = String(html[html.index(after: index)..<semicolon])
        if let decoded = decode(entity) {
          out += decoded
          index = html.index(after: semicolon)
          continue
        }
      }
      if c == "\n" || c == "\r" || c == "\t" {
        if !out.hasSuffix(" ") && !out.hasSuffix("\n") && !out.isEmpty { out += " " }
      } else {
        out.append(c)
      }
      index = html.index(after: index)
    }
    while out.hasSuffix(" ") || out.hasSuffix("\n") { out.removeLast() }
    if !links.isEmpty {
      out += "\n" + links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
    }
    return out
  }

  /// The value of `name="…"` (or '…') in a tag.
  static func attribute(_ name: String, in tag: String) -> String? {
    guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
    var rest = tag[range.upperBound...]
    guard let quote = rest.first, quote == "\"" || quote == "'" else {
      return String(rest.prefix { !$0.isWhitespace })
    }
    rest = rest.dropFirst()
    return String(rest.prefix { $0 != quote })
  }

  static func decode(_ entity: String) -> String? {
    switch entity {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos", "#39": return "'"
    case "nbsp": return " "
    case "ndash": return "–"
    case "mdash": return "—"
    case "hellip": return "…"
    default:
      if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
        return String(Character(s))
      }
      if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) {
        return String(Character(s))
      }
      return nil
    }
  }
}
