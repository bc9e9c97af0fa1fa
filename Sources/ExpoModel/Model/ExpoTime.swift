import Foundation

/// Parsing and formatting of times in the expo's time zone.
///
/// The data format accepts `YYYY-MM-DDTHH:MM[:SS]` (wall-clock time in the expo's zone) or the same
/// with an offset (`+08:00`, `Z`).
public enum ExpoTime {
  public static let utc = TimeZone(secondsFromGMT: 0)!

  /// "2026-11-30T21:54 UTC": when a followed source was last checked, as About and the Changes
  /// screen say it.
  public static func utcMinute(_ date: Date) -> String { iso8601(date, zone: utc).prefix(16) + " UTC" }
  /// Parses an ISO 8601 date-time; a time without offset is read in `zone`.
  public static func parse(_ text: String, zone: TimeZone) -> Date? {
    let bytes = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= bytes.count else { return nil }
      var value = 0
      for i in from..<(from + count) {
        let b = bytes[i]
        guard b >= 48, b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
      }
      return value
    }
    guard bytes.count >= 16, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 32,
      bytes[13] == 58,
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2),
      (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
      hour <= 24, minute <= 59
    else { return nil }
    var index = 16
    var second = 0
    if index < bytes.count, bytes[index] == 58 {
      guard let s = number(index + 1, 2), s <= 60 else { return nil }
      second = s
      index += 3
    }
    var offsetSeconds: Int?
    if index < bytes.count {
      let b = bytes[index]
      if b == 90 || b == 122 {  // Z
        offsetSeconds = 0
        index += 1
      } else if b == 43 || b == 45 {  // + or -
        guard let oh = number(index + 1, 2) else { return nil }
        var om = 0
        if index + 3 < bytes.count {
          let colon = bytes[index + 3] == 58 ? 1 : 0
          guard let m = number(index + 3 + colon, 2) else { return nil }
          om = m
          index += 3 + colon + 2
        } else {
          index += 3
        }
        guard oh <= 18, om <= 59 else { return nil }
        offsetSeconds = (b == 45 ? -1 : 1) * (oh * 3600 + om * 60)
      } else {
        return nil
      }
    }
    guard index == bytes.count else { return nil }
    guard let tz = offsetSeconds.map({ TimeZone(secondsFromGMT: $0) }) ?? zone else { return nil }
    return CivilTime.instant(year: year, month: month, day: day, hour: hour, minute: minute, second: second, in: tz)
  }

  /// The UTC offset written at the end of an ISO 8601 date-time (`…+01:00`, `…Z`), in seconds; nil
  /// when it has none (or is not a date-time).
  public static func offsetSeconds(_ text: String) -> Int? {
    let t = text.trimmingWhitespace()
    guard t.utf8.count >= 17, parse(t, zone: TimeZone(secondsFromGMT: 0)!) != nil else { return nil }
    if t.hasSuffix("Z") || t.hasSuffix("z") { return 0 }
    let tail = t.dropFirst(16)
    guard let signIndex = tail.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
    let digits = tail[tail.index(after: signIndex)...].filter(\.isNumber)
    guard digits.count == 2 || digits.count == 4, let value = Int(digits) else { return nil }
    let hours = digits.count == 2 ? value : value / 100
    let minutes = digits.count == 2 ? 0 : value % 100
    return (tail[signIndex] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
  }

  /// "+01:00", "-05:30", "+00:00".
  public static func offsetText(_ seconds: Int) -> String {
    let a = abs(seconds)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return (seconds < 0 ? "-" : "+") + "\(two(a / 3600)):\(two(a % 3600 / 60))"
  }

  /// `2023-10-27T09:30:00+08:00` for `date` in `zone`.
  public static func iso8601(_ date: Date, zone: some ZoneOffsets) -> String {
    let c = components(date, zone: zone)
    let offset = zone.secondsFromGMT(for: date)
    let sign = offset < 0 ? "-" : "+"
    let abs = Swift.abs(offset)
    return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))"
      + "\(sign)\(pad(abs / 3600)):\(pad(abs % 3600 / 60))"
  }

  /// `09:30` for `date` in `zone`.
  public static func hourMinute(_ date: Date, zone: some ZoneOffsets) -> String {
    let c = components(date, zone: zone)
    return "\(pad(c.hour)):\(pad(c.minute))"
  }

  public struct Parts: Sendable, Hashable {
    public var year, month, day, hour, minute, second: Int
  }

  public static func components(_ date: Date, zone: some ZoneOffsets) -> Parts { CivilTime.parts(date, in: zone) }

  /// `value` with leading zeros to `width` digits.
  public static func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
