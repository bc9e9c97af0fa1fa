import ExpoNavigation

/// A rendered screen plus where the list landed (for mouse clicks and paging).
public struct Frame: Sendable {
  public var grid: Grid
  /// First screen row of the list, and how many rows it has (0 when there is no list).
  public var listTop: Int
  public var listRows: Int
  /// Index of the list row drawn at `listTop`.
  public var listScroll: Int
  /// Columns of the list (clicks to the right of it, on the detail pane, are ignored).
  public var listWidth: Int
  /// Where the plan's items landed on the screen (map screens: clicks select booths).
  public var mapHits: MapHits?
  /// The item whose card the detail pane shows (nil without a pane).
  public var paneTarget: Screen?

  /// Lets go of the grid once it is on the screen (the frame's other fields stay, for clicks): the
  /// renderer's kept grid is then held by the renderer alone and changed in place at the next key.
  public mutating func dropGrid() { grid = Grid(width: 0, height: 0) }

  /// The row (list row, or item of a plan) under the screen cell (x, y), for mouse clicks.
  public func index(atColumn x: Int, row y: Int) -> Int? {
    mapHits?.item(atColumn: x, row: y) ?? listIndex(atRow: y, column: x)
  }

  /// The list index at screen row `y`, if `y` is on a drawn list row.
  public func listIndex(atRow y: Int, column x: Int = 0) -> Int? {
    guard listRows > 0, y >= listTop, y < listTop + listRows, x < listWidth else { return nil }
    return listScroll + (y - listTop)
  }
}

/// The screen rectangles of a plan's items, for mouse clicks.
public struct MapHits: Sendable {
  /// Per item: first and last column and row on the screen (clipped to the plan's window).
  var rects: [(x0: Int, y0: Int, x1: Int, y1: Int)]

  /// The item under the screen cell (x, y), the smallest when they overlap.
  public func item(atColumn x: Int, row y: Int) -> Int? {
    var best: (area: Int, index: Int)?
    for (i, r) in rects.enumerated() where x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1 {
      let area = (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1)
      if best.map({ area < $0.area }) ?? true { best = (area, i) }
    }
    return best?.index
  }
}
