/// What a cell means; the terminal maps each style to colours (or to bold/reverse in monochrome).
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
  case normal
  case title
  case tab
  case tabActive
  case crumb
  case heading
  case subtitle
  case label
  case header
  case section
  case selected
  case dim
  case status
  case statusKey
  case message
  case help
  case helpKey
  case helpTitle
  case border
}

/// One terminal cell: a grapheme cluster (or "" for the second half of a wide character).
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .normal) {
    self.text = text
    self.style = style
  }

  public static let blank = Cell(" ")
  /// The right half of a two-column character.
  public static func continuation(_ style: Style) -> Cell { Cell("", style) }

  public var isContinuation: Bool { text.isEmpty }
}
