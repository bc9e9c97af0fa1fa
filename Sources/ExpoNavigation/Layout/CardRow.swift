import ExpoModel

/// One screen line of a card: a card line wrapped to the width it is drawn in.
public struct CardRow: Hashable, Sendable {
  public var style: CardLine.Style
  /// The field's label on its first line ("" on the lines after), nil for other styles.
  public var label: String?
  public var text: String
  public var tabs: [String]

  /// Columns a field's label takes (the text starts after it).
  public static let labelWidth = 11

  /// The card's lines wrapped to `width` columns.
  public static func wrap(_ card: [CardLine], width: Int) -> [CardRow] {
    var rows: [CardRow] = []
    for line in card {
      switch line.style {
      case .field(let label):
        let wrapped = TextWrap.wrap(Sanitize.line(line.text), width: max(1, width - labelWidth))
        for (i, part) in wrapped.enumerated() {
          rows.append(CardRow(style: line.style, label: i == 0 ? label : "", text: part, tabs: []))
        }
      case .tabs:
        rows.append(CardRow(style: line.style, label: nil, text: "", tabs: line.tabs))
      case .input:
        rows.append(CardRow(style: line.style, label: nil, text: line.text, tabs: []))
      case .text:
        // A text's lines (paragraphs, list items, links) stay lines.
        for paragraph in Sanitize.lines(line.text) where paragraph.contains(where: { !$0.isWhitespace }) {
          for part in TextWrap.wrap(paragraph, width: max(1, width)) {
            rows.append(CardRow(style: line.style, label: nil, text: part, tabs: []))
          }
        }
      default:
        for part in TextWrap.wrap(Sanitize.line(line.text), width: max(1, width)) {
          rows.append(CardRow(style: line.style, label: nil, text: part, tabs: []))
        }
      }
    }
    return rows
  }
}

/// Wrapped cards by card and width, kept while the same ones come back (a layout is made at every
/// action and every frame; wrapping is the costly part of it).
final class CardWraps {
  private struct Key: Hashable {
    var card: [CardLine]
    var width: Int
  }

  private var entries: [Key: [CardRow]] = [:]
  /// The last card asked for: most calls ask for it again (compared without hashing its texts;
  /// the same card shares its storage).
  private var last: (card: [CardLine], width: Int, rows: [CardRow])?

  func wrap(_ card: [CardLine], _ width: Int) -> [CardRow] {
    if let last, last.width == width, last.card == card { return last.rows }
    let rows = wrapped(card, width)
    last = (card, width, rows)
    return rows
  }

  private func wrapped(_ card: [CardLine], _ width: Int) -> [CardRow] {
    let key = Key(card: card, width: width)
    if let hit = entries[key] { return hit }
    if entries.count > 256 { entries.removeAll(keepingCapacity: true) }
    let rows = CardRow.wrap(card, width: width)
    entries[key] = rows
    return rows
  }
}
