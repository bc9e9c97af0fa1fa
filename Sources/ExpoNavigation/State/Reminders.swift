import ExpoModel
import Foundation

/// An event as a reminder needs it.
public struct ReminderEvent: Hashable, Sendable {
  public var id: String
  public var title: LocalizedText
  public var venue: LocalizedText
  public var start: Date

  public init(id: String, title: LocalizedText, venue: LocalizedText, start: Date) {
    self.id = id
    self.title = title
    self.venue = venue
    self.start = start
  }
}

/// Reminders before bookmarked events: set from the settings file (`[reminders]`), checked at
/// every tick of the clock and whenever the bookmarks change.
public struct Reminders: Hashable, Sendable {
  /// Minutes before the start (0: when it starts); nil: no reminders.
  public var minutes: Int?
  /// Ring the terminal's bell with a reminder.
  public var bell: Bool
  /// Events already announced (by id and start), so each is announced once per run, and again
  /// when a new version of the data moves it.
  public var announced: Set<String> = []

  /// How `announced` holds an event.
  public static func key(_ event: ReminderEvent) -> String { "\(event.id)@\(Int(event.start.timeIntervalSince1970))" }

  public init(minutes: Int? = nil, bell: Bool = true) {
    self.minutes = minutes
    self.bell = bell
  }

  /// The events among `events` whose reminder is due at `now` and not yet announced, soonest
  /// first: those starting within `minutes` (and not yet started).
  public func due(_ events: [ReminderEvent], at now: Date) -> [ReminderEvent] {
    guard let minutes else { return [] }
    // At least a minute: with 0 ("when it starts") a clock that ticks every 20 s still sees it.
    let window = max(TimeInterval(minutes * 60), 59)
    return
      events
      .filter { !announced.contains(Reminders.key($0)) && $0.start >= now && $0.start.timeIntervalSince(now) <= window }
      .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
  }
}

extension UIText {
  /// "⏰ In 10 min: Russia Fashion Show · Fashion Runway (14:00)" / "⏰ 10分钟后：俄罗斯时装秀 · 时装秀场（14:00）".
  public func reminder(_ title: String, venue: String, at time: String, inMinutes: Int, more: Int) -> String {
    let when =
      inMinutes <= 0
      ? pick("Now", "现在开始") : pick("In \(duration(Double(inMinutes) * 60))", "\(duration(Double(inMinutes) * 60))后")
    let rest = more > 0 ? pick(" (+\(more) more)", "（另有\(more)场）") : ""
    return pick("⏰ \(when): \(title) · \(venue) (\(time))", "⏰ \(when)：\(title) · \(venue)（\(time)）") + rest
  }
}
