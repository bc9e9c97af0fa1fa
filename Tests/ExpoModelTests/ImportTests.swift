import ExpoModel
import Foundation
import XCTest

@testable import ExpoModel

final class ImportTests: XCTestCase {
  let berlin = TimeZone(identifier: "Europe/Berlin")!

  func date(_ text: String, _ zone: TimeZone) -> Date { ExpoTime.parse(text, zone: zone)! }

  func messages(_ issues: [ValidationIssue]) -> [String] { issues.map(\.description) }

  // MARK: frab / Pentabarf

  func testFrabXML() throws {
    let result = try Importer.load(Fixtures.importFile("frab.xml"))
    let d = result.dataset
    XCTAssertEqual(result.sources.map(\.format), [.frabXML])
    XCTAssertEqual(d.expo.name.en, "Test Congress & Camp")
    XCTAssertEqual(d.expo.id, "tc24")
    XCTAssertEqual(d.expo.timeZone, "Europe/Berlin")
    XCTAssertEqual(d.expo.startDate, LocalDate("2024-12-27"))
    XCTAssertEqual(d.expo.endDate, LocalDate("2024-12-28"))
    // Saal 2's only event has no title (skipped): a room without events is no venue.
    XCTAssertEqual(d.venues.map(\.name.en), ["Saal 1"])
    XCTAssertEqual(d.events.map(\.id), ["g-101", "g-102", "g-101@202412281030", "g-104"])
    let opening = d.events[0]
    XCTAssertEqual(opening.title.en, "Opening <Ceremony>")
    XCTAssertEqual(opening.start, date("2024-12-27T10:30", berlin))
    XCTAssertEqual(opening.duration, 45 * 60)
    XCTAssertEqual(opening.kind, "CCC")  // kinds keep their case
    XCTAssertEqual(opening.speakers, ["Ada Lovelace", "Grace Hopper"])
    // HTML in abstracts becomes text.
    XCTAssertTrue(opening.description?.en.contains("Glad you could make it") ?? false)
    XCTAssertTrue(opening.description?.en.contains("Type: Ceremony") ?? false)
    XCTAssertTrue(opening.description?.en.contains("https://example.org/101") ?? false)
    XCTAssertEqual(d.events[1].title.en, "Late night ☃ talk")
    XCTAssertEqual(d.events[1].start, date("2024-12-28T01:30", berlin))
    // The repeat keeps its guid at another time: its own event.
    XCTAssertEqual(d.events[2].start, date("2024-12-28T10:30", berlin))
    XCTAssertEqual(d.events[3].duration, 0)
    let text = messages(result.warnings)
    XCTAssertTrue(text.contains("frab.xml:43:7: warning: an <event> without a <title> is skipped"), "\(text)")
    XCTAssertTrue(text.contains { $0.hasPrefix("frab.xml:65:9: warning: the event \"Badly timed\" has the duration") })
    XCTAssertTrue(text.contains { $0.hasPrefix("frab.xml:54:7: warning: the id \"g-101\" is used again") })
  }

  func testPentabarfDayChangeAndNoGuid() throws {
    let d = try Importer.load(Fixtures.importFile("pentabarf.xml")).dataset
    let brussels = TimeZone(identifier: "Europe/Brussels")!
    XCTAssertEqual(d.events.map(\.id), ["7001", "7002", "7003"])
    XCTAssertEqual(d.events[0].start, date("2025-02-01T09:30", brussels))
    // Before day_change (04:00): the next calendar day.
    XCTAssertEqual(d.events[1].start, date("2025-02-02T01:00", brussels))
    XCTAssertEqual(d.events[2].end, date("2025-02-02T15:30", brussels))
    XCTAssertEqual(d.events[0].speakers, ["Pat Speaker"])
    XCTAssertEqual(d.events[0].kind, "Keynotes")
    XCTAssertEqual(d.expo.id, "pentabarf-days")
  }

  func testXMLSyntaxErrorsHavePositionsAndMessages() {
    let cases: [(String, String)] = [
      ("<schedule><day></schedule>", "1:16: error: malformed XML: </schedule> does not match <day> opened at 1:11"),
      (
        "<schedule>\n  <x a=\"1\" a=\"2\"/></schedule>",
        "2:12: error: malformed XML: the attribute a appears twice in <x>"
      ),
      ("<schedule>&nbsp;</schedule>", "1:11: error: malformed XML: unknown entity &nbsp;"),
      ("", "1:1: error: malformed XML: the file is empty"),
      ("<schedule>", "1:1: error: malformed XML: the element <schedule> is not closed"),
      ("<calendar/>", "1:1: error: the root element is <calendar>; expected <schedule>"),
      (String(repeating: "<a>", count: 300), "error: malformed XML: elements nested deeper than 256 levels"),
    ]
    for (xml, expected) in cases {
      let sink = IssueSink(file: "s.xml")
      XCTAssertNil(FrabImporter.importXML(Array(xml.utf8), file: "s.xml", sink: sink))
      let text = messages(sink.issues).joined(separator: "\n")
      XCTAssertTrue(text.contains(expected), "\(xml.prefix(40)): \(text)")
    }
  }

  func testXMLReaderDecodesReferencesAndSkipsComments() throws {
    let root = try XMLReader.parse(
      Array("<?xml version=\"1.0\"?><!-- c --><r a='x &amp; &#65;'>t<![CDATA[<raw>]]><!-- x --><c/>&lt;</r>".utf8))
    XCTAssertEqual(root.attributes["a"], "x & A")
    XCTAssertEqual(root.text, "t<raw><")
    XCTAssertEqual(root.children.map(\.name), ["c"])
  }

  // MARK: C3VOC JSON

  func testC3VOCJSON() throws {
    let result = try Importer.load(Fixtures.importFile("c3voc.json"))
    let d = result.dataset
    XCTAssertEqual(result.sources.map(\.format), [.c3vocJSON])
    XCTAssertEqual(d.expo.id, "testcamp")
    XCTAssertEqual(d.events.map(\.id), ["a0a0", "b1b1", "c2c2", "a0a0@201908221100"])
    XCTAssertEqual(d.events[0].speakers, ["jinxx", "smtw"])
    XCTAssertEqual(d.events[1].speakers, ["Edsger"])
    XCTAssertEqual(d.events[2].start, date("2019-08-21T12:30", berlin))
    XCTAssertEqual(d.venues.map(\.name.en), ["Curie", "Dijkstra"])
    XCTAssertTrue(
      messages(result.warnings).contains {
        $0.hasPrefix(
          "c3voc.json:32:15: warning: $.schedule.conference.days[0].rooms[\"Dijkstra\"][2]: the event \"No start at all\""
        )
      })
  }

  // MARK: iCalendar

  func testICalendar() throws {
    let result = try Importer.load(Fixtures.importFile("calendar.ics"))
    let d = result.dataset
    let brisbane = TimeZone(identifier: "Australia/Brisbane")!
    XCTAssertEqual(d.expo.name.en, "Calendar Fest")
    XCTAssertEqual(d.expo.timeZone, "Australia/Brisbane")
    let byTitle = Dictionary(uniqueKeysWithValues: d.events.map { ($0.title.en, $0) })
    XCTAssertEqual(d.events.count, 7)
    let keynote = try XCTUnwrap(byTitle["Keynote, with a comma"])
    XCTAssertEqual(keynote.start, date("2020-01-14T09:00", brisbane))
    XCTAssertEqual(keynote.kind, "Keynote")
    XCTAssertEqual(keynote.speakers, ["Joel Addison"])
    XCTAssertEqual(
      keynote.description?.en,
      "Opening remarks and a very long description that is folded onto a second line\n\nhttps://example.org/1")
    XCTAssertEqual(byTitle["UTC talk"]?.start, date("2020-01-14T02:00Z", brisbane))
    XCTAssertEqual(byTitle["UTC talk"]?.duration, 45 * 60)
    XCTAssertEqual(byTitle["Floating lunch"]?.start, date("2020-01-14T12:00", brisbane))
    XCTAssertEqual(byTitle["Custom zone session"]?.start, date("2020-01-15T10:00+10:00", brisbane))
    XCTAssertEqual(byTitle["Mozilla zone"]?.start, date("2020-01-15T14:00", brisbane))
    XCTAssertEqual(byTitle["Conference dinner (all day)"]?.duration, 86_400)
    XCTAssertEqual(byTitle["Daily standup"]?.start, date("2020-01-14T08:30", brisbane))
    XCTAssertNil(byTitle["Cancelled talk"])
    let text = messages(result.warnings)
    XCTAssertTrue(text.contains { $0.contains("\"Daily standup\" repeats (RRULE/RDATE)") })
    XCTAssertTrue(text.contains { $0.contains("1 VTODO component skipped") })
    XCTAssertTrue(
      text.contains { $0.hasPrefix("calendar.ics:73:1: warning: the event \"Broken start\" has no valid DTSTART") })
  }

  func testICalendarDurationsAndUnescaping() {
    XCTAssertEqual(ICalendarImporter.duration("PT1H30M"), 5400)
    XCTAssertEqual(ICalendarImporter.duration("P1DT2H"), 93_600)
    XCTAssertEqual(ICalendarImporter.duration("P2W"), 1_209_600)
    XCTAssertEqual(ICalendarImporter.duration("-PT5M"), -300)
    XCTAssertNil(ICalendarImporter.duration("1H"))
    XCTAssertNil(ICalendarImporter.duration("PT99999999999H"))
    XCTAssertEqual(ICalendarImporter.unescape(#"a\,b\;c\\d\ne"#), "a,b;c\\d\ne")
    XCTAssertEqual(ICalendarImporter.splitList(#"A,B\,C"#), ["A", #"B\,C"#])
  }

  func testNotACalendar() {
    XCTAssertThrowsError(
      try Importer.load(
        Fixtures.importFile("exhibitors.csv").deletingLastPathComponent().appendingPathComponent("missing.ics")))
    let sink = IssueSink(file: "x.ics")
    XCTAssertNil(ICalendarImporter.importCalendar(Array("hello\nworld".utf8), file: "x.ics", sink: sink))
    XCTAssertTrue(messages(sink.issues).contains { $0.contains("error: no BEGIN:VCALENDAR") })
  }

  // MARK: Exhibitor CSV

  func testExhibitorCSV() throws {
    let result = try Importer.load(Fixtures.importFile("exhibitors.csv"))
    let d = result.dataset
    XCTAssertEqual(
      d.exhibitors.map(\.name.en),
      [
        "Amethyst Uruguay SA", "Budapest Porcelain Kft.", "Kenya Tea Board", "Nanyang Pearls", "Mystery Traders",
        "Second Uruguay Co", "Amethyst Uruguay SA",
      ])
    XCTAssertEqual(d.exhibitors.map(\.country), ["UY", "HU", "KE", "CN", "ZZ", "UY", "UY"])
    XCTAssertEqual(d.exhibitors[0].description?.en, "Amethysts from Artigas;\ngeodes and \"cathedrals\"")
    XCTAssertEqual(d.exhibitors[0].categories, ["Minerals", "Jewellery"])
    XCTAssertEqual(d.exhibitors[1].description?.en, "Hand-painted porcelain")
    XCTAssertEqual(d.exhibitors[2].booths, ["2B01", "2B02"])
    XCTAssertEqual(d.exhibitors[6].id, "amethyst-uruguay-sa-2")
    XCTAssertEqual(d.exhibitors[6].booths, ["1A01"])
    XCTAssertEqual(d.halls.map(\.id), ["1", "2"])
    XCTAssertEqual(d.halls[0].name.en, "Hall 1")
    XCTAssertEqual(d.booths.map(\.code), ["1A01", "1A02", "2B01", "2B02", "2B03", "2B04", "1A04"])
    XCTAssertEqual(d.pavilions.map(\.name.en), ["Uruguay Pavilion"])
    XCTAssertEqual(d.pavilions[0].country, "UY")
    XCTAssertEqual(d.exhibitors.filter { $0.pavilion == d.pavilions[0].id }.count, 2)
    let text = messages(result.warnings)
    XCTAssertTrue(text.contains("exhibitors.csv:8:1: warning: a row without a name is skipped"), "\(text)")
    XCTAssertTrue(
      text.contains { $0.hasPrefix("exhibitors.csv:7:1: warning: unknown country \"Atlantis\" on 1 row (line 7)") })
    XCTAssertTrue(text.contains { $0.contains("columns not imported: \"Notes\"") })
  }

  func testCSVColumnOverrides() throws {
    let csv = Array("Firm,Origin,Spot\nAcme,France,Z9\n".utf8)
    let sink = IssueSink(file: "x.csv")
    XCTAssertNil(ExhibitorCSVImporter.importCSV(csv, file: "x.csv", columns: [:], sink: sink))
    XCTAssertTrue(messages(sink.issues).contains { $0.contains("error: no name column; the header has \"Firm\"") })
    let ok = IssueSink(file: "x.csv")
    let d = try XCTUnwrap(
      ExhibitorCSVImporter.importCSV(
        csv, file: "x.csv", columns: ["name": "Firm", "country": "Origin", "booth": "Spot"], sink: ok))
    XCTAssertEqual(d.exhibitors.first?.country, "FR")
    XCTAssertEqual(d.exhibitors.first?.booths, ["Z9"])
    let bad = IssueSink(file: "x.csv")
    _ = ExhibitorCSVImporter.importCSV(csv, file: "x.csv", columns: ["name": "Nope", "colour": "Firm"], sink: bad)
    let text = messages(bad.issues)
    XCTAssertTrue(text.contains { $0.contains("--columns name=Nope: no column \"Nope\"") }, "\(text)")
    XCTAssertTrue(text.contains { $0.contains("--columns: unknown field \"colour\"") }, "\(text)")
    XCTAssertThrowsError(try ImportOptions.parseColumns("name"))
    XCTAssertEqual(try ImportOptions.parseColumns("name=Firm, booth = Spot"), ["name": "Firm", "booth": "Spot"])
  }

  func testCSVReader() throws {
    let records = try CSVReader.parse(Array("a\tb\tc\r\n1\t\"x\ny\"\t3\r\n\r\n4\t5\n".utf8))
    XCTAssertEqual(records.map(\.fields), [["a", "b", "c"], ["1", "x\ny", "3"], ["4", "5"]])
    XCTAssertEqual(records.map(\.line), [1, 2, 5])
    XCTAssertEqual(CSVReader.detectSeparator(Array("a;b;\"c,d\"\n".utf8)), UInt8(ascii: ";"))
    XCTAssertThrowsError(try CSVReader.parse(Array("a,b\n1,\"open\n".utf8))) { error in
      XCTAssertEqual((error as? CSVSyntaxError)?.position, SourcePosition(line: 2, column: 3))
    }
  }

  func testCountryNames() {
    for (text, code) in [
      ("Germany", "DE"), ("Deutschland", "DE"), ("德国", "DE"), ("de", "DE"), ("Allemagne", "DE"), ("USA", "US"),
      ("Türkiye", "TR"), ("Iran, Islamic Republic of", "IR"), ("  united   kingdom ", "GB"), ("Côte d’Ivoire", "CI"),
      ("Россия", "RU"), ("匈牙利", "HU"), ("Uruguay", "UY"), ("Bosnia and Herzegovina", "BA"),
      ("Bosnia & Herzegovina", "BA"), ("Trinidad and Tobago", "TT"), ("Saint Lucia", "LC"), ("St. Lucia", "LC"),
      ("Antigua and Barbuda", "AG"), ("Saint Kitts and Nevis", "KN"),
    ] {
      XCTAssertEqual(CountryNames.code(for: text), code, text)
    }
    XCTAssertNil(CountryNames.code(for: "Atlantis"))
    XCTAssertNil(CountryNames.code(for: ""))
  }

  // MARK: Folders

  func testMixedFolder() throws {
    let result = try Importer.load(Fixtures.importFile("mixed"))
    let d = result.dataset
    XCTAssertEqual(result.sources.map(\.format), [.frabXML, .exhibitorCSV])
    XCTAssertEqual(d.expo.name.en, "Pentabarf Days")
    XCTAssertEqual(d.events.count, 3)
    XCTAssertEqual(d.exhibitors.count, 7)
    XCTAssertTrue(messages(result.warnings).contains { $0.hasPrefix("notes.json:1:1: warning: not a schedule") })
  }

  func testOwnFolderWithSchedule() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["expo.json", "exhibitors.json", "booths.json", "products.json", "events.json"] {
      try FileManager.default.copyItem(
        at: Fixtures.folder("minimal").appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    // A Pentabarf schedule one day past the expo's last day (2023-10-28), in the expo's zone.
    let xml = try String(contentsOf: Fixtures.importFile("pentabarf.xml"), encoding: .utf8)
      .replacingOccurrences(of: "2025-02-01", with: "2023-10-28").replacingOccurrences(
        of: "2025-02-02", with: "2023-10-29"
      )
      .replacingOccurrences(of: "Europe/Brussels", with: "Asia/Shanghai")
    try Data(xml.utf8).write(to: folder.appendingPathComponent("talks.xml"))
    let own = try DatasetLoader.load(folder: Fixtures.folder("minimal")).dataset
    let result = try Importer.load(folder)
    let d = result.dataset
    XCTAssertEqual(d.expo.id, own.expo.id)
    XCTAssertEqual(d.events.count, own.events.count + 3)
    XCTAssertEqual(d.exhibitors, own.exhibitors)
    // The expo's days widen to the imported events.
    XCTAssertEqual(d.expo.startDate, own.expo.startDate)
    XCTAssertEqual(d.expo.endDate, LocalDate("2023-10-29"))
    XCTAssertEqual(result.warnings, [])
    XCTAssertEqual(d.venues.count, own.venues.count + 2)
  }

  func testUnknownSingleFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID().uuidString).bin")
    try Data("just text".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    XCTAssertThrowsError(try Importer.load(file)) { error in
      XCTAssertTrue((error as? ValidationReport)?.description.contains("unknown format") ?? false)
    }
  }

  // MARK: Real published files: counts equal an independent count of the same file.

  func occurrences(_ needle: String, in url: URL) throws -> Int {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.components(separatedBy: needle).count - 1
  }

  func testReal38C3() throws {
    guard let url = Fixtures.realFile("38c3-schedule.xml") else { throw XCTSkip("../shared/data/real not present") }
    let started = Date()
    let result = try Importer.load(url)
    let elapsed = Date().timeIntervalSince(started)
    let skipped = result.warnings.filter { $0.message.contains("skipped") }.count
    XCTAssertEqual(result.dataset.events.count + skipped, try occurrences("<event ", in: url))
    XCTAssertEqual(Set(result.dataset.venues.map(\.name.en)).count, result.dataset.venues.count)
    XCTAssertEqual(result.dataset.expo.timeZone, "Europe/Berlin")
    XCTAssertEqual(result.dataset.expo.days.count, 4)
    XCTAssertLessThan(elapsed, 10, "a debug build; the release figure is in docs/performance.md")
  }

  func testRealCamp2019() throws {
    guard let url = Fixtures.realFile("camp2019-schedule.json") else {
      throw XCTSkip("../shared/data/real not present")
    }
    let result = try Importer.load(url)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let days = ((json["schedule"] as! [String: Any])["conference"] as! [String: Any])["days"] as! [[String: Any]]
    let count = days.reduce(0) { $0 + ($1["rooms"] as! [String: [Any]]).values.reduce(0) { $0 + $1.count } }
    let skipped = result.warnings.filter { $0.message.contains("skipped") }.count
    XCTAssertEqual(result.dataset.events.count + skipped, count)
    XCTAssertEqual(result.dataset.expo.name.en, "Chaos Communication Camp 2019")
  }

  func testRealLinuxConfAu() throws {
    guard let url = Fixtures.realFile("linux_conf_au_2020.ics") else {
      throw XCTSkip("../shared/data/real not present")
    }
    let result = try Importer.load(url)
    let skipped = result.warnings.filter { $0.message.contains("skipped") }.count
    XCTAssertEqual(result.dataset.events.count + skipped, try occurrences("BEGIN:VEVENT", in: url))
    XCTAssertEqual(result.dataset.expo.timeZone, "Australia/Brisbane")
  }

  func testRealCESExhibitors() throws {
    guard let url = Fixtures.realFile("ces-exhibitors-iot.csv") else {
      throw XCTSkip("../shared/data/real not present")
    }
    let result = try Importer.load(url)
    // Independent count: every record starts with an 18-character Salesforce id and a comma.
    let text = try String(contentsOf: url, encoding: .utf8)
    let regex = try NSRegularExpression(pattern: "^[0-9A-Za-z]{18},", options: .anchorsMatchLines)
    let rows = regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    let skipped = result.warnings.filter { $0.message.contains("skipped") }.count
    XCTAssertEqual(result.dataset.exhibitors.count + skipped, rows)
    XCTAssertEqual(Set(result.dataset.exhibitors.map(\.id)).count, result.dataset.exhibitors.count)
    XCTAssertTrue(result.dataset.exhibitors.allSatisfy { $0.country == "ZZ" })
    let booths = Set(result.dataset.booths.map(\.code))
    XCTAssertTrue(result.dataset.exhibitors.allSatisfy { $0.booths.allSatisfy(booths.contains) })
  }
}
