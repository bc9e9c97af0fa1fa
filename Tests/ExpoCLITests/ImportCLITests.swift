import ExpoModel
import Foundation
import Testing

/// Opening real-world formats from the command line: validate, browse, search, and the plan's
/// iCalendar export read back.
@Suite(.serialized) struct ImportCLITests {
  let fixtures = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import")

  func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  func temporary(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
  }

  @Test func validatePrintsFormatCountsAndWarnings() throws {
    let result = try ExpoBinary.run(["validate", path("frab.xml")])
    #expect(result.status == 0)
    #expect(result.stdout.contains("frab.xml: frab/Pentabarf schedule XML"))
    #expect(result.stdout.contains("1 venue, 4 events (3 warnings)"))
    #expect(result.stderr.contains("frab.xml:43:7: warning: an <event> without a <title> is skipped"))
    let csv = try ExpoBinary.run(["validate", path("exhibitors.csv")])
    #expect(csv.status == 0)
    #expect(csv.stdout.contains("exhibitors.csv: exhibitor CSV"))
    #expect(csv.stdout.contains("7 exhibitors"))
  }

  @Test func brokenFilesExit65WithPositions() throws {
    let xml = temporary("broken.xml")
    try Data("<schedule>\n  <day>\n</schedule>\n".utf8).write(to: URL(fileURLWithPath: xml))
    let result = try ExpoBinary.run(["validate", xml])
    #expect(result.status == 65)
    #expect(
      result.stderr.contains("broken.xml:3:1: error: malformed XML: </schedule> does not match <day> opened at 2:3"))
    let csv = temporary("broken.csv")
    try Data("name,country\n\"Acme,FR\n".utf8).write(to: URL(fileURLWithPath: csv))
    let bad = try ExpoBinary.run(["exhibitors", "--data", csv])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("broken.csv:2:1: error: malformed CSV: a quoted field is not closed"))
  }

  @Test func importedScheduleWorksInEveryCommand() throws {
    let events = try #require(
      try ExpoBinary.json(["events", "--data", path("c3voc.json"), "--format", "json"]) as? [[String: Any]])
    #expect(
      events.map { $0["title"] as? String } == [
        "Opening Ceremony", "Algorithms for campers", "No date field, day date used", "Opening Ceremony",
      ])
    #expect(events[0]["speakers"] as? [String] == ["jinxx", "smtw"])
    let search = try ExpoBinary.run(["search", "algorith", "--data", path("c3voc.json")])
    #expect(search.stdout.contains("Algorithms for campers"))
    let info = try ExpoBinary.run(["info", "--data", path("calendar.ics")])
    #expect(info.stdout.contains("Calendar Fest"))
  }

  @Test func columnsOptionMapsHeaders() throws {
    let csv = temporary("firms.csv")
    try Data("Firm;Origin;Spot\nAcme;Frankreich;Z9\n".utf8).write(to: URL(fileURLWithPath: csv))
    let without = try ExpoBinary.run(["validate", csv])
    #expect(without.status == 65)
    #expect(without.stderr.contains("no name column"))
    let with = try ExpoBinary.run(["exhibitors", "--data", csv, "--columns", "name=Firm,country=Origin,booth=Spot"])
    #expect(with.status == 0, "\(with.stderr)")
    #expect(with.stdout.contains("Acme"))
    #expect(with.stdout.contains("FR"))
    let bad = try ExpoBinary.run(["info", "--data", csv, "--columns", "name"])
    #expect(bad.status == 64)
  }

  @Test func exportedCalendarImportsBackToTheSameEvents() throws {
    let user = temporary("user.sqlite")
    let data = path("frab.xml")
    for id in ["g-101", "g-102", "g-104"] {
      let added = try ExpoBinary.run(["bookmarks", "add", "event", id, "--data", data, "--user-data", user])
      #expect(added.status == 0, "\(added.stderr)")
    }
    let ics = temporary("plan.ics")
    #expect(try ExpoBinary.run(["export", "--ics", ics, "--data", data, "--user-data", user]).status == 0)
    let original = try #require(
      try ExpoBinary.json(["events", "--data", data, "--format", "json"]) as? [[String: Any]])
    let back = try #require(try ExpoBinary.json(["events", "--data", ics, "--format", "json"]) as? [[String: Any]])
    func key(_ e: [String: Any]) -> String {
      ["title", "start", "end", "venue", "kind"].map { "\(e[$0] ?? "")" }.joined(separator: "|")
        + "|" + ((e["speakers"] as? [String]) ?? []).joined(separator: ",")
    }
    let wanted = original.filter { ["g-101", "g-102", "g-104"].contains($0["id"] as? String ?? "") }.map(key)
    #expect(back.map(key) == wanted)
  }
}

extension TmuxTests {
  /// A frab schedule opened directly: the schedule, the timetable by room, search and a bookmark.
  @Test func importedScheduleInTheGuide() throws {
    let data = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import/frab.xml").path
    let user = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).sqlite").path
    let s = try Session(
      width: 100, height: 30, arguments: "--data '\(data)' --now 2024-12-27T10:40 --user-data '\(user)'")
    try s.waitFor("Test Congress & Camp")
    try s.keys("5")
    let list = try s.waitFor(all: ["Opening <Ceremony>", "Saal 1", "Fri 27 Dec   Sat 28 Dec"])
    #expect(list.contains("Saal 1"))
    #expect(list.contains("Fri 27 Dec   Sat 28 Dec"))
    try s.keys("t")
    let grid = try s.waitFor(all: ["┊ 10:30 Opening <Ceremony>", "Saal 1"])
    #expect(grid.contains("Saal 1"))
    try s.keys("t", "Enter")
    let event = try s.waitFor(all: ["Ada Lovelace", "Grace Hopper"])
    #expect(event.contains("Grace Hopper"))
    try s.keys("b")
    try s.waitFor("★")
    try s.keys("/", "l", "a", "t", "e")
    try s.waitFor("Late night ☃ talk")
    try s.keys("Escape", "6")
    try s.waitFor("Opening <Ceremony>")
    try s.quit()
  }
}

/// `expo map` and the map in the guide.
@Suite(.serialized) struct MapCLITests {
  @Test func mapPrintsTheVenueAndHallPlans() throws {
    let venue = try ExpoBinary.run(["map", "--width", "80"])
    #expect(venue.status == 0, "\(venue.stderr)")
    for hall in ["N1", "N2", "N3", "S1", "S2", "S3"] { #expect(venue.stdout.contains("│\(hall) ")) }
    #expect(venue.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let hall = try ExpoBinary.run(["map", "N3", "--highlight", "N3-A14", "--width", "110"])
    #expect(hall.status == 0, "\(hall.stderr)")
    #expect(hall.stdout.contains("┃14┃"), "the highlighted booth is outlined")
    #expect(hall.stdout.contains("█ N3-A14 · Artigas Gems Export S.A."))
    #expect(hall.stdout.contains("▼") && hall.stdout.contains("▲"), "entrances")
    #expect(hall.stdout.split(separator: "\n").allSatisfy { $0.count <= 110 })
    let ascii = try ExpoBinary.run(["map", "N3", "--ascii", "--width", "60"])
    let drawn = ascii.stdout.split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("|") }
    #expect(drawn.count > 10)
    #expect(drawn.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
  }

  @Test func mapRouteFollowsTheBookmarks() throws {
    let user = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).sqlite").path
    for id in ["ex-0363", "ex-0368"] {
      #expect(try ExpoBinary.run(["bookmarks", "add", "exhibitor", id, "--user-data", user]).status == 0)
    }
    let result = try ExpoBinary.run(["map", "N3", "--route", "--user-data", user, "--width", "120"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Route · about ") && result.stdout.contains(" m, from the entrance:"))
    #expect(result.stdout.contains("1. N3-A"))
    #expect(result.stdout.contains("2. N3-A"))
    #expect(result.stdout.contains("·"), "the route is drawn")
  }

  @Test func mapWithoutHallsSaysSo() throws {
    let frab = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import/frab.xml").path
    let result = try ExpoBinary.run(["map", "--data", frab])
    #expect(result.status == 0)
    #expect(result.stdout.contains("This data has no halls, so there is no map."))
    #expect(result.stdout.split(separator: "\n").count <= 3)
    let csv = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/import/exhibitors.csv").path
    let grid = try ExpoBinary.run(["map", "1", "--data", csv, "--width", "60"])
    #expect(grid.stdout.contains("The data gives no booth positions: booths are laid out in a grid by code."))
    #expect(grid.stdout.contains("│01│02│04│"))
  }

  @Test func mapErrors() throws {
    let hall = try ExpoBinary.run(["map", "Z9"])
    #expect(hall.status == 65)
    #expect(hall.stderr.contains("no hall \"Z9\"; expected one of N1, N2, N3, S1, S2, S3"))
    let booth = try ExpoBinary.run(["map", "N1", "--highlight", "N3-A14"])
    #expect(booth.status == 65)
    #expect(booth.stderr.contains("no booth \"N3-A14\" on the plan of N1"))
  }
}

extension TmuxTests {
  /// From search to the exhibitor to its booth on the hall plan, then a spatial move and back.
  @Test func exhibitorToItsBoothOnTheMap() throws {
    let s = try Session(width: 110, height: 36)
    try s.waitFor("1 Halls  2 Countries")
    try s.keys("/", "a", "r", "t", "i", "g", "a", "s", " ", "g", "e", "m", "s")
    try s.waitFor("Artigas Gems Export S.A.")
    try s.keys("Enter")
    try s.waitFor("Booth      N3-A14")
    try s.keys("m")
    // The selection line names the booth; the booth is outlined on the plan.
    try s.waitFor(" N3-A14 · Artigas Gems Export S.A. · Uruguay Pavilion")
    let plan = try s.waitFor(all: ["┃14┃", "Plan N3"])
    #expect(plan.contains("Plan N3"))
    try s.keys("Right")
    let moved = try s.waitFor(all: [" N3-A15 · ", "┃15┃"])
    #expect(!moved.contains("┃14┃"))
    try s.keys("Enter")
    try s.waitFor("Booth      N3-A15")
    try s.keys("Escape", "Escape")
    try s.waitFor("Booth      N3-A14")
    try s.quit()
  }
}

/// The malformed corpus through the command line: exit 65 and the expected first error.
@Suite struct MalformedCorpusCLITests {
  @Test func validateRefusesEveryForeignFileWithItsError() throws {
    let folder = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/malformed-corpus")
    let expected = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
      .split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
        $0.split(separator: "\t", maxSplits: 1).map(String.init)
      }
    var checked = 0
    for row in expected where row.count == 2 {
      let name = row[0]
      // Our own format needs a folder; those files are checked by MalformedCorpusTests.
      if name.split(separator: ".").count >= 3 { continue }
      let result = try ExpoBinary.run(["validate", folder.appendingPathComponent(name).path])
      #expect(result.status == 65, "\(name)")
      #expect(result.stderr.contains(row[1]), "\(name): \(result.stderr)")
      checked += 1
    }
    #expect(checked >= 20)
  }
}
