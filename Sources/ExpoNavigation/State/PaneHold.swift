/// The detail pane while the cursor runs. Every move in a list selects another item, and the pane
/// beside the list shows that item's card: redrawing it was most of what a move wrote to the
/// terminal (at 200×50, ~400 of ~630 bytes), and beside the pane the terminal cannot scroll the
/// list, so ncurses rewrites every list row next to the card when the list scrolls.
///
/// The first move of a run keeps the card it shows (`card`): a single key never flickers. A second
/// move before the cursor rests clears the pane (`blank`): while a key is held the pane shows
/// nothing stale, and the list below an empty pane scrolls as a terminal region (one scroll
/// sequence and the new row). Once the cursor rests for `delayMilliseconds`, the pane shows the
/// selected row's card, drawn once.
public enum PaneHold: Hashable, Sendable {
  /// The pane keeps this item's card (the first move of a run).
  case card(Screen)
  /// The pane is empty while the cursor runs.
  case blank

  /// How long the cursor rests before the pane follows it: longer than the interval of key
  /// repeat (25–30 per second), short enough to feel immediate.
  public static let delayMilliseconds = 60

  /// What the pane does after a step took the state from `before` to `after`, when the last frame
  /// showed the card of `shown`: nil when it should show the selected row now (anything but a
  /// cursor move within the same list: opening, going back, a bookmark, a resize, the pane off).
  public static func hold(before: AppState, after: AppState, shown: Screen?) -> PaneHold? {
    guard after.showPane, before.showPane, !after.showHelp, after.editor == nil,
      before.stack.count == after.stack.count, before.screen == after.screen,
      before.width == after.width, before.height == after.height,
      before.current.cursor != after.current.cursor
    else { return nil }
    if before.paneHold != nil { return .blank }
    return shown.map(PaneHold.card)
  }
}
