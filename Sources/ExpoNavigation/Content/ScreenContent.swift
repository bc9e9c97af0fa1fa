import ExpoStore

/// What a screen shows: a breadcrumb title, a card, and a list served a page at a time from the
/// catalogue (never whole tables).
public struct ScreenContent {
  /// A run of rows: fixed rows or a lazily fetched catalogue list.
  public enum Segment {
    case rows([Row])
    case lazy(count: Int, fetch: (_ offset: Int, _ limit: Int) throws -> [Row])

    var count: Int {
      switch self {
      case .rows(let rows): return rows.count
      case .lazy(let count, _): return count
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
      case .lazy(_, let fetch): out += try fetch(start, take)
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
        case .lazy: return true
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
