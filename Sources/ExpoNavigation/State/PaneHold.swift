/// The detail pane while the cursor runs. Every move in a list selects another item, and the pane
/// beside the list shows that item's card: redrawing it is most of what a move writes to the
/// terminal (at 200×50, ~250 bytes for the list and ~400 for the pane). While keys repeat (held
/// `j`, a page down after another), the pane keeps the card it shows and catches up once the
/// cursor rests for `delay`: scrolling writes only the list, and the pane is drawn once, for the
/// item the cursor stopped on.
public enum PaneHold {
  /// How long the cursor rests before the pane follows it: longer than the interval of key
  /// repeat (25–30 per second), short enough to feel immediate.
  public static let delayMilliseconds = 60

  /// The item the pane keeps showing after a step took the state from `before` to `after`, when
  /// the pane showed `shown`; nil when it should show the selected row now (anything but a
  /// cursor move within the same list: opening, going back, a bookmark, a resize, the pane off).
  public static func hold(before: AppState, after: AppState, shown: Screen?) -> Screen? {
    guard let shown, after.showPane, before.showPane, !after.showHelp, after.editor == nil,
      before.stack.count == after.stack.count, before.screen == after.screen,
      before.width == after.width, before.height == after.height,
      before.current.cursor != after.current.cursor
    else { return nil }
    return shown
  }
}
