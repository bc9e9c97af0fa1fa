import ExpoModel

/// What a screen shows, as data: a breadcrumb title, a card, and a list of fixed rows and long
/// lists that the source serves a page at a time (never whole tables).
public struct ScreenContent: Hashable, Sendable {
  /// A run of rows: fixed rows, or a long list described by what it lists.
  public enum Segment: Hashable, Sendable {
    case rows([Row])
    case paged(count: Int, Listing)

    public var count: Int {
      switch self {
      case .rows(let rows): return rows.count
      case .paged(let count, _): return count
      }
    }
  }

  /// What a screen holds, boxed (`Boxed`: the reducer, the layout and the scene take the current
  /// screen's several times a key, its nine fields as many retains and releases each time).
  private struct Values: Hashable, Sendable {
    var title: String
    var card: [CardLine]
    var columns: [Column]
    var segments: [Segment]
    var emptyText: String?
    var showsHeader: Bool
    var preferredCursor: Int?
    var plan: FloorPlan?
    var timetable: Timetable?
  }

  private var fields: Boxed<Values>

  public var title: String {
    get { fields.values.title }
    set { fields.values.title = newValue }
  }
  public var card: [CardLine] {
    get { fields.values.card }
    set { fields.values.card = newValue }
  }
  public var columns: [Column] {
    get { fields.values.columns }
    set { fields.values.columns = newValue }
  }
  public var segments: [Segment] {
    get { fields.values.segments }
    set { fields.values.segments = newValue }
  }
  /// "213 of 10,482"-style total shown in the status bar: the number of rows that can be
  /// selected (headings not counted), so "N of M" is true on every screen.
  public var itemCount: Int {
    segments.reduce(0) { total, segment in
      switch segment {
      case .rows(let rows): return total + rows.filter(\.isSelectable).count
      case .paged(let count, _): return total + count
      }
    }
  }
  /// Text shown when the list is empty.
  public var emptyText: String? {
    get { fields.values.emptyText }
    set { fields.values.emptyText = newValue }
  }
  /// Whether the column titles are shown above the list (lists of one kind of row).
  public var showsHeader: Bool {
    get { fields.values.showsHeader }
    set { fields.values.showsHeader = newValue }
  }
  /// Where the cursor starts when the screen opens (default: the first selectable row).
  public var preferredCursor: Int? {
    get { fields.values.preferredCursor }
    set { fields.values.preferredCursor = newValue }
  }
  /// The plan drawn instead of the list on map screens (item `i` is row `i`).
  public var plan: FloorPlan? {
    get { fields.values.plan }
    set { fields.values.plan = newValue }
  }
  /// The day's (filtered) events as a grid, on the timetable (event `i` is row `i`).
  public var timetable: Timetable? {
    get { fields.values.timetable }
    set { fields.values.timetable = newValue }
  }

  /// Whether the screen shows a plan, or a timetable (without copying either out).
  public var hasPlan: Bool { fields.values.plan != nil }
  public var hasTimetable: Bool { fields.values.timetable != nil }

  public init(
    title: String, card: [CardLine] = [], columns: [Column] = [], showsHeader: Bool = false,
    segments: [Segment] = [], emptyText: String? = nil
  ) {
    fields = Boxed(
      Values(
        title: title, card: card, columns: columns, segments: segments, emptyText: emptyText, showsHeader: showsHeader,
        preferredCursor: nil, plan: nil, timetable: nil))
  }

  public var count: Int { segments.reduce(0) { $0 + $1.count } }

  /// Whether the screen has a list (possibly empty) rather than only a card.
  public var hasList: Bool { count > 0 || !columns.isEmpty }

  /// Whether the row at `index` can be selected (cheap: rows of long lists are always items).
  public func isSelectable(_ index: Int) -> Bool {
    guard index >= 0 else { return false }
    var i = index
    for segment in segments {
      let n = segment.count
      if i < n {
        switch segment {
        case .rows(let rows): return rows[i].isSelectable
        case .paged: return true
        }
      }
      i -= n
    }
    return false
  }

  /// The selectable row nearest `start` going `step` (±1), `start` included; nil when none.
  public func nextSelectable(from start: Int, step: Int) -> Int? {
    var i = start
    while i >= 0 && i < count {
      if isSelectable(i) { return i }
      // Long lists hold only items: a step into one lands on an item at once.
      i += step
    }
    return nil
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
