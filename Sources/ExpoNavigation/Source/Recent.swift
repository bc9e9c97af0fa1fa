/// The values made for the last few keys asked for, found by comparing keys rather than hashing
/// them (a key whose texts are the same storage as the asked one's compares by identity; most keys
/// of a keystroke were asked for a moment before). Not for use from more than one thread at a time.
/// (Inlinable: specialised where it is used, in the other modules' hot paths.)
public final class Recent<Key: Equatable, Value> {
  @usableFromInline var entries: [(key: Key, value: Value)] = []
  @usableFromInline let limit: Int

  @inlinable public init(limit: Int = 1) { self.limit = max(1, limit) }

  /// The value kept for `key`, if it is one of the last few.
  @inlinable public func value(_ key: Key) -> Value? { entries.last { $0.key == key }?.value }

  /// Keeps `value` for `key`; the oldest entry goes when `limit` are kept.
  @inlinable public func remember(_ key: Key, _ value: Value) {
    if entries.count >= limit { entries.removeFirst() }
    entries.append((key, value))
  }

  /// The value kept for `key`, or the one `make` makes, then kept.
  @inlinable public func value(_ key: Key, _ make: () -> Value) -> Value {
    if let kept = value(key) { return kept }
    let made = make()
    remember(key, made)
    return made
  }
}
