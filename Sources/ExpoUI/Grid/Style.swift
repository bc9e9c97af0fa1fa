import ExpoModel

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
  /// The part of a search result that matches the query.
  case match
  case selectedMatch
  /// The ★ of a bookmarked row.
  case mark
  case selectedMark
  // Floor plans.
  case planWall
  case planBooth
  case planPavilion
  case planFeature
  case planEntrance
  case planRoute
  case planStop
  case planLabel
  case planMark
  case planSelected
}

/// One terminal cell, eight bytes: a Unicode scalar (or, for a grapheme of several scalars, an
/// index into the grid's cluster table) and a style, in one integer. Comparing frames is comparing
/// integers, and a row of cells compares as memory (`memcmp`: no padding bytes in a cell).
public struct Cell: Hashable, Sendable {
  /// The code in the low 32 bits, the style's raw value above.
  private(set) var bits: UInt64

  /// The style's raw value, as stored (the frame writer compares and indexes by it).
  @inline(__always) var styleIndex: Int { Int(truncatingIfNeeded: bits >> 32) }

  /// 0: the right half of a wide character. Below `clusterFlag`: a Unicode scalar.
  public var code: UInt32 {
    get { UInt32(truncatingIfNeeded: bits) }
    set { bits = (bits & 0xFFFF_FFFF_0000_0000) | UInt64(newValue) }
  }

  public var style: Style {
    get { Style(rawValue: UInt8(truncatingIfNeeded: bits >> 32)) ?? .normal }
    set { bits = UInt64(newValue.rawValue) << 32 | (bits & 0xFFFF_FFFF) }
  }

  static let clusterFlag: UInt32 = 0x8000_0000

  public init(code: UInt32, _ style: Style = .normal) {
    bits = UInt64(style.rawValue) << 32 | UInt64(code)
  }

  public init(_ scalar: Unicode.Scalar, _ style: Style = .normal) {
    self.init(code: scalar.value, style)
  }

  public static let blank = Cell(" ")
  /// The right half of a two-column character.
  public static func continuation(_ style: Style) -> Cell { Cell(code: 0, style) }

  public var isContinuation: Bool { code == 0 }
  public var isCluster: Bool { code & Cell.clusterFlag != 0 }
}
