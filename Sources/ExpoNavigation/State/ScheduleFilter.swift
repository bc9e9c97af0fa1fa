/// What the schedule shows: every event, or only one kind, one venue, one pavilion's, or the
/// bookmarked ones (each cycled with its key).
public struct ScheduleFilter: Hashable, Sendable {
  public var kind: String?
  public var venue: String?
  public var pavilion: String?
  public var onlyBookmarked = false

  public init(kind: String? = nil, venue: String? = nil, pavilion: String? = nil, onlyBookmarked: Bool = false) {
    self.kind = kind
    self.venue = venue
    self.pavilion = pavilion
    self.onlyBookmarked = onlyBookmarked
  }

  public var isEmpty: Bool { kind == nil && venue == nil && pavilion == nil && !onlyBookmarked }

  /// The next value after `current` in `values` (nil = all), wrapping to all.
  static func cycle(_ current: String?, _ values: [String]) -> String? {
    guard let current, let index = values.firstIndex(of: current) else { return values.first }
    return index + 1 < values.count ? values[index + 1] : nil
  }

  /// The value before `current` in `values` (nil = all), wrapping to all.
  static func cycleBack(_ current: String?, _ values: [String]) -> String? {
    guard let current, let index = values.firstIndex(of: current) else { return values.last }
    return index > 0 ? values[index - 1] : nil
  }
}
