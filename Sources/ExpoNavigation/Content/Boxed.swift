/// A value kept behind one immutable reference: copying it is one retain, whatever the value
/// holds; a change makes a new box. Two boxes compare by identity first. (`Row` and
/// `ScreenContent` keep their fields so: the reducer, the scene and the renderer copy and compare
/// them several times a key, each field a retain and a release.)
struct Boxed<Values: Hashable & Sendable>: Hashable, Sendable {
  private final class Box: Sendable {
    let values: Values
    init(_ values: Values) { self.values = values }
  }

  private var box: Box

  init(_ values: Values) { box = Box(values) }

  var values: Values {
    get { box.values }
    set { box = Box(newValue) }
  }

  static func == (a: Boxed, b: Boxed) -> Bool { a.box === b.box || a.box.values == b.box.values }

  func hash(into hasher: inout Hasher) { hasher.combine(box.values) }
}

extension Boxed: CustomDebugStringConvertible {
  /// The values, not the box (for test failures).
  var debugDescription: String { String(reflecting: box.values) }
}
