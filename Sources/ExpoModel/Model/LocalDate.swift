import Foundation

/// A calendar date without a time zone (`YYYY-MM-DD`).
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil when malformed or not a real date.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = LocalDate(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }

  public static func < (a: LocalDate, b: LocalDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(month m: Int, year y: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The next calendar day.
  public var next: LocalDate {
    if day < LocalDate.daysIn(month: month, year: year) { return LocalDate(year: year, month: month, day: day + 1) }
    if month < 12 { return LocalDate(year: year, month: month + 1, day: 1) }
    return LocalDate(year: year + 1, month: 1, day: 1)
  }

  /// Days since 1970-01-01 (proleptic Gregorian).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The number of days from this date to `other` (negative when `other` is earlier).
  public func daysUntil(_ other: LocalDate) -> Int { other.dayNumber - dayNumber }

  /// This date moved by `days` (at most a few years; used for small spans).
  public func adding(days: Int) -> LocalDate {
    var d = self
    for _ in 0..<max(0, days) { d = d.next }
    return d
  }

  /// Every date from `start` through `end` (at most 366 days).
  public static func range(from start: LocalDate, through end: LocalDate) -> [LocalDate] {
    var out: [LocalDate] = []
    var d = start
    while d <= end && out.count < 366 {
      out.append(d)
      d = d.next
    }
    return out
  }

  /// Midnight at the start of this date in `zone`.
  public func startOfDay(in zone: some ZoneOffsets) -> Date {
    CivilTime.instant(year: year, month: month, day: day, in: zone)
  }

  /// The date of `instant` in `zone`.
  public init(_ instant: Date, in zone: some ZoneOffsets) {
    let c = CivilTime.parts(instant, in: zone)
    self.init(year: c.year, month: c.month, day: c.day)
  }
}
