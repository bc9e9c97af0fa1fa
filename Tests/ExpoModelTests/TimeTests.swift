import ExpoModel
import Foundation
import Testing

@testable import ExpoModel

@Suite struct TimeTests {
  let shanghai = TimeZone(identifier: "Asia/Shanghai")!

  @Test func parsesWallClockTimeInTheExpoZone() throws {
    let date = try #require(ExpoTime.parse("2023-10-27T09:30", zone: shanghai))
    #expect(date.timeIntervalSince1970 == 1_698_370_200)
    #expect(ExpoTime.iso8601(date, zone: shanghai) == "2023-10-27T09:30:00+08:00")
    #expect(ExpoTime.hourMinute(date, zone: TimeZone(identifier: "Europe/Berlin")!) == "03:30")
  }

  @Test func honoursExplicitOffsets() throws {
    let utc = try #require(ExpoTime.parse("2023-10-27T01:30:00Z", zone: shanghai))
    let plus = try #require(ExpoTime.parse("2023-10-27T09:30:00+08:00", zone: shanghai))
    let compact = try #require(ExpoTime.parse("2023-10-27T09:30+0800", zone: shanghai))
    #expect(utc == plus)
    #expect(plus == compact)
  }

  @Test(arguments: [
    "2023-10-27", "2023-13-01T10:00", "2023-02-30T10:00", "27/10/2023 10:00", "2023-10-27T10:00+8",
    "2023-10-27T10:00 junk",
  ])
  func rejectsMalformedTimes(_ text: String) {
    #expect(ExpoTime.parse(text, zone: shanghai) == nil)
  }

  @Test func localDatesParseStepAndCompare() throws {
    let d = try #require(LocalDate("2023-12-31"))
    #expect(d.next == LocalDate(year: 2024, month: 1, day: 1))
    #expect(LocalDate("2024-02-29") != nil)
    #expect(LocalDate("2023-02-29") == nil)
    #expect(
      LocalDate.range(
        from: LocalDate(year: 2023, month: 10, day: 27), through: LocalDate(year: 2023, month: 10, day: 29)
      ).map(\.description) == ["2023-10-27", "2023-10-28", "2023-10-29"])
  }

  @Test func countryCodesAndNames() {
    #expect(Countries.isKnown("UY"))
    #expect(!Countries.isKnown("XX"))
    #expect(!Countries.isKnown("uy"))
    #expect(Countries.name("HU").en == "Hungary")
    #expect(Countries.name("MM").zh == "缅甸")
  }
}
