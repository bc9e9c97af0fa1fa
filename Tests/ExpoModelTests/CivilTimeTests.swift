import ExpoModel
import Foundation
import Testing

/// `CivilTime` against Foundation's Gregorian calendar: every zone the system knows, random
/// instants from 1900 to 2100, and wall-clock times every 15 minutes around each zone's changes
/// of offset (clocks turned forward and back, at midnight too).
struct CivilTimeTests {
  static func calendar(_ zone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar
  }

  @Test func daysAndDatesRoundTrip() {
    let calendar = CivilTimeTests.calendar(TimeZone(secondsFromGMT: 0)!)
    // (From 1600: Foundation's calendar is Julian before October 1582, these days are proleptic
    // Gregorian.)
    for days in stride(from: -135_000, through: 800_000, by: 997) {
      let date = CivilTime.date(days: days)
      #expect(CivilTime.days(year: date.year, month: date.month, day: date.day) == days)
      let c = calendar.dateComponents(
        [.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(days) * 86_400))
      #expect(c.year == date.year && c.month == date.month && c.day == date.day, "\(days)")
      #expect(c.weekday.map { $0 - 1 } == CivilTime.weekday(days: days), "\(days)")
    }
    #expect(CivilTime.days(year: 1970, month: 1, day: 1) == 0)
    #expect(CivilTime.days(year: 2023, month: 10, day: 27) == 19_657)
    #expect(CivilTime.weekday(days: 19_657) == 5)  // a Friday
  }

  @Test func wallClockFieldsAsTheCalendarSaysInEveryZone() {
    var random = SystemRandomNumberGenerator()
    for identifier in TimeZone.knownTimeZoneIdentifiers {
      guard let zone = TimeZone(identifier: identifier) else { continue }
      let calendar = CivilTimeTests.calendar(zone)
      for _ in 0..<40 {
        let instant = Date(
          timeIntervalSince1970: Double(Int.random(in: -2_208_988_800...4_102_444_800, using: &random)))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let p = CivilTime.parts(instant, in: zone)
        #expect(
          [c.year, c.month, c.day, c.hour, c.minute, c.second] == [p.year, p.month, p.day, p.hour, p.minute, p.second],
          "\(identifier) \(instant)")
      }
    }
  }

  @Test func instantsOfWallClockTimesAsTheCalendarReadsThem() {
    var random = SystemRandomNumberGenerator()
    var transitions = 0
    for identifier in TimeZone.knownTimeZoneIdentifiers {
      guard let zone = TimeZone(identifier: identifier) else { continue }
      let calendar = CivilTimeTests.calendar(zone)
      func check(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int) {
        let expected = calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: 0))
        let got = CivilTime.instant(year: y, month: mo, day: d, hour: h, minute: mi, in: zone)
        #expect(expected == got, "\(identifier) \(y)-\(mo)-\(d) \(h):\(mi)")
      }
      for _ in 0..<20 {
        check(
          Int.random(in: 1900...2100, using: &random), Int.random(in: 1...12, using: &random),
          Int.random(in: 1...28, using: &random), Int.random(in: 0...23, using: &random),
          Int.random(in: 0...59, using: &random))
      }
      // Around the next changes of offset from a few years: every quarter hour from two hours
      // before to two hours after, on the wall clock.
      for year in [1996, 2011, 2023] {
        var from = Date(timeIntervalSince1970: Double(CivilTime.days(year: year, month: 1, day: 1)) * 86_400)
        for _ in 0..<2 {
          guard let change = zone.nextDaylightSavingTimeTransition(after: from) else { break }
          transitions += 1
          let p = CivilTime.parts(change, in: zone)
          let start = CivilTime.days(year: p.year, month: p.month, day: p.day) * 24 * 60 + p.hour * 60 + p.minute - 120
          for step in 0...16 {
            let minutes = start + step * 15
            let day = minutes >= 0 ? minutes / 1_440 : (minutes - 1_439) / 1_440
            let date = CivilTime.date(days: day)
            let ofDay = minutes - day * 1_440
            check(date.year, date.month, date.day, ofDay / 60, ofDay % 60)
          }
          from = change.addingTimeInterval(86_400)
        }
      }
    }
    #expect(transitions > 500)
  }
}

/// The environment read from `environ` is the one Foundation reads.
@Test func theEnvironmentIsFoundationsEnvironment() {
  #expect(ProcessEnvironment.variables == ProcessInfo.processInfo.environment)
  #expect(!ProcessEnvironment.variables.isEmpty)
}
