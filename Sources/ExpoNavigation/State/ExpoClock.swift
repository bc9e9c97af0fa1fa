import Foundation

/// Where "now" comes from: the system clock, or a clock set with --now / EXPO_NOW for tests and
/// demos (it starts at the given time and runs on from there).
public protocol ExpoClock: Sendable {
  func now() -> Date
}

public struct SystemClock: ExpoClock {
  public init() {}
  public func now() -> Date { Date() }
}

public struct OffsetClock: ExpoClock {
  let offset: TimeInterval

  /// A clock that reads `start` now and runs on in real time.
  public init(start: Date, realNow: Date = Date()) { offset = start.timeIntervalSince(realNow) }

  public func now() -> Date { Date().addingTimeInterval(offset) }
}

public struct FixedClock: ExpoClock {
  public let date: Date
  public init(_ date: Date) { self.date = date }
  public func now() -> Date { date }
}
