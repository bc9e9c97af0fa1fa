import ExpoStore

/// What a screen shows: a breadcrumb title, a card, and a list served a page at a time from the
/// catalogue (never whole tables).
public struct ScreenContent {
  /// A run of rows: fixed rows or a lazily fetched catalogue list.
  public enum Segment {
    case rows([Row])
    case cached(count: Int, blocks: RowBlocks)

    /// A lazily fetched list whose rows are kept in blocks, so a cursor move re-reads nothing.
    public static func paged(count: Int, fetch: @escaping (_ offset: Int, _ limit: Int) throws -> [Row]) -> Segment {
      .cached(count: count, blocks: RowBlocks(count: count, fetch: fetch))
    }

    var count: Int {
      switch self {
      case .rows(let rows): return rows.count
      case .cached(let count, _): return count
      }
    }
  }

  public var title: String
  public var card: [CardLine]
  public var columns: [Column]
  public var segments: [Segment]
  /// "213 of 10,482"-style total shown in the status bar: the number of items.
  public var itemCount: Int
  /// Text shown when the list is empty.
  public var emptyText: String
  /// Whether the column titles are shown above the list (lists of one kind of row).
  public var showsHeader: Bool
  /// Where the cursor starts when the screen opens (default: the first selectable row).
  public var preferredCursor: Int?
  /// The plan drawn instead of the list on map screens (item `i` is row `i`).
  public var plan: FloorPlan?

  public init(
    title: String, card: [CardLine] = [], columns: [Column] = [], showsHeader: Bool = false,
    segments: [Segment] = [], itemCount: Int? = nil, emptyText: String = "Nothing here."
  ) {
    self.showsHeader = showsHeader
    self.title = title
    self.card = card
    self.columns = columns
    self.segments = segments
    self.itemCount = itemCount ?? segments.reduce(0) { $0 + $1.count }
    self.emptyText = emptyText
  }

  public var count: Int { segments.reduce(0) { $0 + $1.count } }

  /// Rows `offset..<offset+limit` (fewer at the end).
  public func rows(offset: Int, limit: Int) throws -> [Row] {
    var out: [Row] = []
    var start = max(0, offset)
    var remaining = max(0, limit)
    for segment in segments {
      guard remaining > 0 else { break }
      let n = segment.count
      if start >= n {
        start -= n
        continue
      }
      let take = min(remaining, n - start)
      switch segment {
      case .rows(let rows): out += rows[start..<(start + take)]
      case .cached(_, let blocks): out += try blocks.rows(start, take)
      }
      remaining -= take
      start = 0
    }
    return out
  }

  public func row(at index: Int) throws -> Row? { try rows(offset: index, limit: 1).first }

  /// Whether the row at `index` can be selected (cheap: lazy rows are always items).
  public func isSelectable(_ index: Int) -> Bool {
    var i = index
    for segment in segments {
      let n = segment.count
      if i < n {
        switch segment {
        case .rows(let rows): return rows[i].isSelectable
        case .cached: return true
        }
      }
      i -= n
    }
    return false
  }

  /// 1-based number of the item at `index` among the items (section headings not counted).
  public func itemNumber(at index: Int) -> Int {
    var sections = 0
    var i = 0
    for segment in segments {
      guard i <= index else { break }
      if case .rows(let rows) = segment {
        for row in rows.prefix(max(0, index - i + 1)) where !row.isSelectable { sections += 1 }
      }
      i += segment.count
    }
    return max(1, min(itemCount, index + 1 - sections))
  }
}

/// Rows of a long list fetched in aligned blocks of 128 and kept (at most 64 blocks).
public final class RowBlocks {
  static let size = 128
  let count: Int
  let fetch: (Int, Int) throws -> [Row]
  private var blocks: [Int: [Row]] = [:]
  private var order: [Int] = []

  init(count: Int, fetch: @escaping (Int, Int) throws -> [Row]) {
    self.count = count
    self.fetch = fetch
  }

  func rows(_ offset: Int, _ limit: Int) throws -> [Row] {
    var out: [Row] = []
    var index = offset
    let end = min(count, offset + limit)
    while index < end {
      let block = index / RowBlocks.size
      let rows = try load(block)
      let start = index - block * RowBlocks.size
      guard start < rows.count else { break }
      let take = min(rows.count - start, end - index)
      out += rows[start..<(start + take)]
      index += take
    }
    return out
  }

  private func load(_ block: Int) throws -> [Row] {
    if let rows = blocks[block] { return rows }
    let rows = try fetch(block * RowBlocks.size, RowBlocks.size)
    blocks[block] = rows
    order.append(block)
    if order.count > 64 { blocks[order.removeFirst()] = nil }
    return rows
  }
}
