import ExpoModel
import Foundation
import Testing

/// A zone's offsets as a table (what a compiled catalogue lists) answer as Foundation's zone does.
@Suite struct ZoneRulesTests {
  /// Every zone the system knows: the table, where one is made, gives Foundation's offset at
  /// random instants from 1970 to 2100, a second either side of each change, and outside its
  /// years (where Foundation answers).
  @Test func tablesAnswerAsFoundationForEveryZone() throws {
    var random = SplitMix64(seed: 2023)
    var tables = 0
    var mismatches: [String] = []
    for identifier in TimeZone.knownTimeZoneIdentifiers {
      let zone = try #require(TimeZone(identifier: identifier))
      guard let rules = ZoneRules.table(of: zone) else { continue }
      tables += 1
      #expect(rules.isTable && rules.identifier == identifier)
      var probes: [Int64] = (0..<60).map { _ in Int64.random(in: 0..<4_102_444_800, using: &random) }
      probes += [-2_208_988_800, -1, 4_102_444_800, 4_200_000_000]  // 1900, 1969, 2100, 2103
      for probe in probes {
        let date = Date(timeIntervalSince1970: Double(probe))
        if rules.secondsFromGMT(for: date) != zone.secondsFromGMT(for: date) {
          mismatches.append("\(identifier) at \(probe)")
        }
      }
      // Read back from its text, the same table.
      let text = try #require(rules.encoded)
      #expect(ZoneRules(identifier: identifier, encoded: text) == rules)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    // Nearly every zone gets a table (Foundation lists its changes as transitions).
    #expect(tables > TimeZone.knownTimeZoneIdentifiers.count * 9 / 10, "\(tables) tables")
  }

  /// Around the changes of a zone with summer time, to the second.
  @Test func aZoneWithSummerTimeChangesToTheSecond() throws {
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    let rules = try #require(ZoneRules.table(of: zone))
    // 2023-03-26 01:00 UTC: +1 h to +2 h; 2023-10-29 01:00 UTC: back to +1 h.
    for (change, before, after) in [(Int64(1_679_792_400), 3_600, 7_200), (1_698_541_200, 7_200, 3_600)] {
      #expect(rules.secondsFromGMT(for: Date(timeIntervalSince1970: Double(change - 1))) == before)
      #expect(rules.secondsFromGMT(for: Date(timeIntervalSince1970: Double(change))) == after)
    }
    let shanghaiZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
    let shanghai = try #require(ZoneRules.table(of: shanghaiZone))
    #expect(shanghai.secondsFromGMT(for: Date(timeIntervalSince1970: 1_698_364_800)) == 28_800)
  }

  /// A table's text that is not one is refused (the zone then answers itself), never half read.
  @Test func malformedTablesAreRefused() {
    for text in [
      "", "x", "100", "100;", "100;0:3600;0:7200", "100;50:3600;10:7200", "100;0:999999", "100;0:36a",
      "100;200:3600", "abc;0:3600", "100;0:3600:1",
    ] {
      #expect(ZoneRules(identifier: "Europe/Berlin", encoded: text) == nil, "\(text)")
    }
    #expect(ZoneRules(identifier: "Europe/Berlin", encoded: "100;0:3600;50:7200") != nil)
  }

  /// Rules made from a zone answer with it, and are no table.
  @Test func rulesFromAZoneAreTheZone() throws {
    let zone = try #require(TimeZone(identifier: "America/New_York"))
    let rules = ZoneRules(zone)
    #expect(!rules.isTable && rules.encoded == nil && rules.timeZone == zone)
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(rules.secondsFromGMT(for: date) == zone.secondsFromGMT(for: date))
    #expect(ExpoTime.hourMinute(date, zone: rules) == ExpoTime.hourMinute(date, zone: zone))
  }
}
