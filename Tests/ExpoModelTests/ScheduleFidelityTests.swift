import ExpoModel
import Foundation
import Testing

/// Faults found on published schedules: the time zone, phantom venues, empty trailing days, exact
/// duplicates, the case of kinds and the conference's venue.
@Suite struct ScheduleFidelityTests {
  /// A frab schedule without time_zone_name whose events carry full dates with +01:00.
  static let offsetsOnly = """
    <?xml version="1.0" encoding="utf-8"?>
    <schedule>
      <conference>
        <title>Winter Camp</title><acronym>wc19</acronym>
        <start>2019-12-27</start><end>2019-12-30</end>
        <venue>Leipzig Messe</venue>
      </conference>
      <day index="1" date="2019-12-27">
        <room name="Ada">
          <event id="1" guid="g-1">
            <date>2019-12-27T23:30:00+01:00</date><start>23:30</start><duration>00:45</duration>
            <room>Ada</room><title>Late Talk</title><track>CCC</track>
          </event>
          <event id="1" guid="g-1">
            <date>2019-12-27T23:30:00+01:00</date><start>23:30</start><duration>00:45</duration>
            <room>Ada</room><title>Late Talk</title><track>CCC</track>
          </event>
        </room>
        <room name="Borg (old name)">
          <event id="2" guid="g-2">
            <date>2019-12-28T11:00:00+01:00</date><start>11:00</start><duration>01:00</duration>
            <room>Borg</room><title>Morning</title><type>Workshop</type>
          </event>
        </room>
      </day>
    </schedule>
    """

  func load(_ xml: String, options: ImportOptions = ImportOptions()) throws -> Importer.Result {
    try Importer.load(bytes: Array(xml.utf8), name: "schedule.xml", options: options)
  }

  @Test func theZoneComesFromTheEventsOffsetsWhenTheFileNamesNone() throws {
    let result = try load(Self.offsetsOnly)
    let expo = result.dataset.expo
    let zone = try #require(TimeZone(identifier: expo.timeZone))
    #expect(zone.secondsFromGMT() == 3600)
    // Shown as written: 23:30 on the 27th (in UTC it would be 22:30, and the same event would not
    // move to another day at UTC midnight).
    let late = try #require(result.dataset.events.first { $0.title.en == "Late Talk" })
    #expect(ExpoTime.hourMinute(late.start, zone: zone) == "23:30")
    #expect(LocalDate(late.start, in: zone) == LocalDate(year: 2019, month: 12, day: 27))
    #expect(result.warnings.contains { $0.message.contains("the events' dates carry +01:00, used as the time zone") })
  }

  @Test func aDuplicateSessionIsImportedOnceAndPhantomRoomsAndEmptyDaysAreNot() throws {
    let result = try load(Self.offsetsOnly)
    let d = result.dataset
    #expect(d.events.map(\.title.en) == ["Late Talk", "Morning"])
    #expect(result.warnings.contains { $0.message.contains("is listed again with the same id, room and times") })
    // "Borg (old name)" holds no event of its own name: no venue for it.
    #expect(d.venues.map(\.name.en) == ["Ada", "Borg"])
    // The conference says it ends on the 30th; the last event is on the 28th.
    #expect(d.expo.endDate == LocalDate(year: 2019, month: 12, day: 28))
    // Kinds keep their case; the conference's venue names the site.
    #expect(d.events.map(\.kind) == ["CCC", "Workshop"])
    #expect(d.expo.venue.name.en == "Leipzig Messe")
  }

  @Test func withoutZoneOrOffsetsTheTimeZoneOptionGivesTheInstants() throws {
    let floating = Self.offsetsOnly.replacingOccurrences(of: "+01:00", with: "")
    let asWritten = try load(floating)
    #expect(TimeZone(identifier: asWritten.dataset.expo.timeZone)?.secondsFromGMT() == 0)
    #expect(asWritten.warnings.contains { $0.message.contains("give --time-zone ZONE") })
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let given = try load(floating, options: ImportOptions(timeZone: berlin))
    #expect(given.dataset.expo.timeZone == "Europe/Berlin")
    let late = try #require(given.dataset.events.first { $0.title.en == "Late Talk" })
    #expect(late.start == ExpoTime.parse("2019-12-27T23:30:00+01:00", zone: berlin))
  }
}

/// Text encodings: UTF-8 with or without a BOM and UTF-16 with a BOM are read; other bytes are a
/// located error unless --encoding says how to read them (never silent mojibake, never ids that
/// change with a repair).
@Suite struct EncodingTests {
  static let csv = "name,country,booth\nAage Østergaard A/S,DK,A1\nSerenität GmbH,DE,A2\n"

  func names(_ bytes: [UInt8], _ options: ImportOptions = ImportOptions()) throws -> [String] {
    try Importer.load(bytes: bytes, name: "exhibitors.csv", options: options).dataset.exhibitors.map(\.name.en)
  }

  @Test func utf8AndUTF16WithAMarkAreRead() throws {
    let expected = ["Aage Østergaard A/S", "Serenität GmbH"]
    #expect(try names(Array(Self.csv.utf8)) == expected)
    #expect(try names([0xEF, 0xBB, 0xBF] + Array(Self.csv.utf8)) == expected)
    let utf16 = try #require(Self.csv.data(using: .utf16))  // with its byte-order mark
    #expect(try names(Array(utf16)) == expected)
  }

  @Test func latin1IsALocatedErrorUnlessTheEncodingIsGiven() throws {
    let latin1 = Array(try #require(Self.csv.data(using: .isoLatin1)))
    do {
      _ = try names(latin1)
      Issue.record("Latin-1 was accepted")
    } catch let report as ValidationReport {
      #expect(report.issues.contains { $0.description.contains("exhibitors.csv:2:6: error: not UTF-8 (byte 0xD8)") })
    }
    let read = try Importer.load(bytes: latin1, name: "exhibitors.csv", options: ImportOptions(encoding: .latin1))
    #expect(read.dataset.exhibitors.map(\.name.en) == ["Aage Østergaard A/S", "Serenität GmbH"])
    // The ids are those of the UTF-8 file: a re-saved file keeps every bookmark.
    let utf8 = try Importer.load(bytes: Array(Self.csv.utf8), name: "exhibitors.csv")
    #expect(read.dataset.exhibitors.map(\.id) == utf8.dataset.exhibitors.map(\.id))
  }
}

/// HTML in descriptions is shown as text: paragraphs and items as lines, links numbered in full.
@Suite struct HTMLTextTests {
  @Test func paragraphsListsAndLinksBecomeText() {
    let html = """
      <p>Bring a laptop &amp; a <b>charger</b>.</p><ul><li>Rust</li><li>Swift &lt;6&gt;</li></ul>
      <p>Slides: <a href="https://example.org/very/long/path/to/slides.pdf">here</a>, video
      <a href='https://v.example/1'>there</a>.</p>
      """
    #expect(
      HTMLText.plain(html) == """
        Bring a laptop & a charger.
        • Rust
        • Swift <6>
        Slides: here [1], video there [2].
        [1] https://example.org/very/long/path/to/slides.pdf
        [2] https://v.example/1
        """)
    #expect(HTMLText.plain("No tags, 5 < 6") == "No tags, 5 < 6")
  }
}

/// A schedule's `day_change` decides the day of a late session: 01:30 belongs to the evening
/// before, in the day tabs and in "now".
@Suite struct DayChangeTests {
  @Test func aSessionAfterMidnightBelongsToTheEveningBefore() throws {
    let xml = """
      <schedule>
        <conference><title>Night Camp</title><time_zone_name>Europe/Berlin</time_zone_name>
          <start>2019-12-27</start><end>2019-12-28</end><day_change>04:00</day_change></conference>
        <day index="1" date="2019-12-27">
          <room name="Ada">
            <event id="1"><date>2019-12-27T20:00:00+01:00</date><duration>01:00</duration><room>Ada</room>
              <title>Evening</title></event>
            <event id="2"><date>2019-12-28T01:30:00+01:00</date><duration>01:00</duration><room>Ada</room>
              <title>Night</title></event>
          </room>
        </day>
      </schedule>
      """
    let result = try Importer.load(bytes: Array(xml.utf8), name: "schedule.xml")
    let expo = result.dataset.expo
    #expect(expo.dayChange == 4 * 3600)
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    // One day: both sessions are on the 27th (no day of its own for the 01:30 session).
    #expect(expo.days == [LocalDate(year: 2019, month: 12, day: 27)])
    let night = try #require(result.dataset.events.first { $0.title.en == "Night" })
    #expect(expo.day(of: night.start, in: zone) == LocalDate(year: 2019, month: 12, day: 27))
    #expect(expo.start(of: LocalDate(year: 2019, month: 12, day: 28), in: zone) > night.start)
  }
}
