import Foundation

/// Gregorian dates and wall-clock times in a time zone, worked out from the zone's UTC offsets
/// (`TimeZone.secondsFromGMT(for:)`) and the civil-day algorithms of Howard Hinnant (proleptic
/// Gregorian, any year): no `Calendar`. Making the first calendar of a process cost half a
/// millisecond of the guide's start, and every later one a few microseconds; the schedule asks
/// for thousands. `CivilTimeTests` checks these against Foundation's Gregorian calendar over
/// every zone the system knows, at random instants and around each zone's transitions.
public enum CivilTime {
  /// Days from 1970-01-01 to the date.
  public static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` after 1970-01-01.
  public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// 0 for Sunday … 6 for Saturday.
  public static func weekday(days: Int) -> Int { ((days % 7) + 11) % 7 }

  /// The instant a wall clock in `zone` shows this time (fields may run over: 25:00 is the next
  /// day's 01:00). A time that occurs twice (clocks turned back) is the first; one that does not
  /// occur (clocks turned forward) is read with the offset before the change, as Foundation's
  /// calendar reads it (00:30 on a day that skips to 01:00 is 01:30).
  public static func instant(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, in zone: some ZoneOffsets
  ) -> Date {
    let local = days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    // The offsets a day either side: a change of offset in between makes the two differ.
    let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - 86_400)))
    let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + 86_400)))
    func valid(_ offset: Int) -> Bool {
      zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - offset))) == offset
    }
    let candidates = [local - before, local - after].filter { valid(local - $0) }
    return Date(timeIntervalSince1970: Double(candidates.min() ?? (local - before)))
  }

  /// The wall-clock fields of `instant` in `zone` (seconds truncated towards the past).
  public static func parts(_ instant: Date, in zone: some ZoneOffsets) -> ExpoTime.Parts {
    let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
    let dayCount = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let ofDay = seconds - dayCount * 86_400
    let date = date(days: dayCount)
    return ExpoTime.Parts(
      year: date.year, month: date.month, day: date.day, hour: ofDay / 3_600, minute: ofDay % 3_600 / 60,
      second: ofDay % 60)
  }
}
