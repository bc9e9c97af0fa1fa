import ExpoModel
import Foundation

/// One row of a screen's list: a section heading or an item that may open another screen.
public struct Row: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A heading such as "Products (20)": not selectable.
    case section
    case item
    /// A line of the note of the item above it (My plan shows notes in full): not selectable.
    case note
  }

  /// What a row holds, boxed (`Boxed`: a list window of 48 rows, copied and compared at every key,
  /// was five retains and releases a row).
  private struct Values: Hashable, Sendable {
    var kind: Kind
    var cells: [String]
    var target: Screen?
    var columns: [Column]?
    var highlight: String?
    var isLink = false
    var isCancelled = false
    var gone: BookmarkKey?
  }

  private var fields: Boxed<Values>

  public var kind: Kind {
    get { fields.values.kind }
    set { fields.values.kind = newValue }
  }
  /// Cell texts, one per column (a section has one).
  public var cells: [String] {
    get { fields.values.cells }
    set { fields.values.cells = newValue }
  }
  /// The screen Enter opens.
  public var target: Screen? {
    get { fields.values.target }
    set { fields.values.target = newValue }
  }
  /// Columns of this row when they differ from the screen's (mixed lists: links, events…).
  public var columns: [Column]? {
    get { fields.values.columns }
    set { fields.values.columns = newValue }
  }
  /// Text to highlight in the first cell (the search query).
  public var highlight: String? {
    get { fields.values.highlight }
    set { fields.values.highlight = newValue }
  }
  /// A link to a related screen ("Country: Uruguay") on an item's screen: b, n and v there act on
  /// the item whose screen it is, not on the linked one.
  public var isLink: Bool {
    get { fields.values.isLink }
    set { fields.values.isLink = newValue }
  }
  /// An item that is gone from the data (a cancelled session): drawn dim and struck through.
  public var isCancelled: Bool {
    get { fields.values.isCancelled }
    set { fields.values.isCancelled = newValue }
  }
  /// The bookmark b acts on when the row opens nothing (an item that left the catalogue).
  public var gone: BookmarkKey? {
    get { fields.values.gone }
    set { fields.values.gone = newValue }
  }

  /// The item b, n and v act on from this row, and whose ★ it shows.
  public var bookmarkKey: BookmarkKey? { target?.bookmarkKey ?? gone }

  public init(kind: Kind, cells: [String], target: Screen?, columns: [Column]? = nil, highlight: String? = nil) {
    fields = Boxed(Values(kind: kind, cells: cells, target: target, columns: columns, highlight: highlight))
  }

  public static func section(_ title: String) -> Row { Row(kind: .section, cells: [title], target: nil) }

  /// The lines of a note, wrapped to 60 columns (whole at 80 columns and wider; longer notes than
  /// a dozen lines end with "…").
  public static func noteLines(_ note: String) -> [Row] {
    let text = Sanitize.line(note.replacingOccurrences(of: "\n", with: " ")).trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return [] }
    var lines = TextWrap.wrap(text, width: 60)
    if lines.count > 12 { lines = Array(lines.prefix(11)) + ["…"] }
    return lines.enumerated().map { n, line in Row(kind: .note, cells: [(n == 0 ? "✎ " : "  ") + line], target: nil) }
  }

  public static func item(_ cells: [String], opens target: Screen?, columns: [Column]? = nil) -> Row {
    Row(kind: .item, cells: cells, target: target, columns: columns)
  }

  /// A one-cell row that opens a related screen ("Country: Uruguay").
  public static func link(_ text: String, opens target: Screen) -> Row {
    var row = Row(kind: .item, cells: [text], target: target, columns: [Column("", .flexible(min: 10, weight: 1))])
    row.isLink = true
    return row
  }

  public var isSelectable: Bool { kind == .item }
}

/// A list column: a title and how wide it is.
public struct Column: Hashable, Sendable {
  public enum Width: Hashable, Sendable {
    case fixed(Int)
    /// Takes the remaining width (shared between flexible columns by weight), never below `min`.
    case flexible(min: Int, weight: Int)
  }

  public var title: String
  public var width: Width
  public var alignRight: Bool

  public init(_ title: String, _ width: Width, alignRight: Bool = false) {
    self.title = title
    self.width = width
    self.alignRight = alignRight
  }
}

/// A line of a screen's card (the summary above the list).
public struct CardLine: Hashable, Sendable {
  public enum Style: Hashable, Sendable {
    case title
    case subtitle
    case field(String)
    case text
    case tabs(selected: Int)
    /// The search field: `text` is the query.
    case input
  }

  public var style: Style
  public var text: String
  /// For `.tabs`: the tab labels.
  public var tabs: [String]

  public init(_ style: Style, _ text: String, tabs: [String] = []) {
    self.style = style
    self.text = text
    self.tabs = tabs
  }
}
