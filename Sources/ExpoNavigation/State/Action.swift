import Foundation

/// What happened (the reducer decides what it means).
public enum Action: Hashable, Sendable {
  case key(Key)
  case resized(width: Int, height: Int)
  /// The renderer laid out `rows` list rows on the current screen.
  case listHeight(Int)
  /// Mouse: a click or double click on the list row with this index; the wheel.
  case clickRow(Int)
  case doubleClickRow(Int)
  case wheel(Int)
  /// The clock moved.
  case tick(Date)
}

/// Side effects the terminal layer carries out.
public enum Effect: Hashable, Sendable {
  case quit
}
