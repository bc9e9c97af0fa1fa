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
  /// The zoom a plan was drawn at (map screens).
  public var mapZoom: Int?

  /// The list index at screen row `y`, if `y` is on a drawn list row.
  public func listIndex(atRow y: Int, column x: Int = 0) -> Int? {
    guard listRows > 0, y >= listTop, y < listTop + listRows, x < listWidth else { return nil }
    return listScroll + (y - listTop)
  }
}
