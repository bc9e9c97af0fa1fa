import ExpoModel
import Foundation
import Testing

/// What changed between two versions: each kind of change made to a copy of the sample (and of an
/// imported schedule), found field by field; nothing found between a version and itself; and the
/// comparison read backwards turns new into gone.
@Suite struct DatasetChangesTests {
  func sample() throws -> ExpoDataset { try #require(SampleTests.loaded).dataset }

  func index(_ items: [DatasetChanges.Item]) -> [String: DatasetChanges.Item] {
    Dictionary(items.map { ("\($0.kind.rawValue):\($0.id)", $0) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func aVersionHasNoChangesFromItself() throws {
    #expect(DatasetChanges.compare(try sample(), try sample()).isEmpty)
    let schedule = try Importer.load(Fixtures.importFile("frab.xml")).dataset
    #expect(DatasetChanges.compare(schedule, schedule).isEmpty)
  }

  @Test func eachChangeIsFoundFieldByField() throws {
    let old = try sample()
    var new = old
    // The Russia fashion show moves an hour later and to another venue; the opening gets a
    // speaker; a session is renumbered (same title, same day); one event is cancelled, one added.
    let show = try #require(new.events.firstIndex { $0.title.en.contains("Fashion Show") })
    new.events[show].start += 3_600
    new.events[show].end += 5_400
    let otherVenue = try #require(new.venues.first { $0.id != new.events[show].venue })
    new.events[show].venue = otherVenue.id
    let opening = try #require(new.events.firstIndex { $0.id == "ev-opening" })
    new.events[opening].speakers.append("A. Speaker")
    let renumbered = try #require(new.events.indices.first { $0 != show && $0 != opening })
    let oldID = new.events[renumbered].id
    new.events[renumbered].id = oldID + "-v2"
    let cancelled = try #require(new.events.indices.last { ![show, opening, renumbered].contains($0) })
    let cancelledID = new.events[cancelled].id
    new.events.remove(at: cancelled)
    var added = old.events[0]
    added.id = "ev-added"
    added.title = LocalizedText(en: "An Added Tasting")
    new.events.append(added)
    // An exhibitor moves to a booth in another hall; a product is withdrawn; a booth changes hall.
    let mover = try #require(new.exhibitors.firstIndex { !$0.booths.isEmpty })
    let oldBooth = new.exhibitors[mover].booths[0]
    let oldHall = try #require(old.booths.first { $0.code == oldBooth }?.hall)
    let target = try #require(new.booths.first { $0.hall != oldHall })
    new.exhibitors[mover].booths = [target.code]
    let withdrawn = new.products.removeLast()

    let items = DatasetChanges.compare(old, new)
    let byKey = index(items)
    let moved = try #require(byKey["event:\(new.events[show].id)"])
    #expect(moved.status == .changed)
    #expect(Set(moved.fields.map(\.name)).isSuperset(of: [.time, .duration, .venue]), "\(moved.fields)")
    #expect(moved.fields.first { $0.name == .venue }?.new == otherVenue.name.en)
    #expect(byKey["event:ev-opening"]?.fields.map(\.name) == [.speakers])
    let renamed = try #require(byKey["event:\(oldID)-v2"])
    #expect(renamed.status == .renumbered && renamed.previousID == oldID && renamed.fields.isEmpty)
    #expect(byKey["event:\(cancelledID)"]?.status == .cancelled)
    #expect(byKey["event:ev-added"]?.status == .new)
    let exhibitor = try #require(byKey["exhibitor:\(new.exhibitors[mover].id)"])
    #expect(Set(exhibitor.fields.map(\.name)) == [.booth, .hall], "\(exhibitor.fields)")
    #expect(exhibitor.fields.first { $0.name == .hall }.map { ($0.old, $0.new) } ?? ("", "") == (oldHall, target.hall))
    #expect(byKey["product:\(withdrawn.id)"]?.status == .removed)
    // Nothing else: every change made above, and only those.
    #expect(items.count == 7, "\(items.map { "\($0.kind):\($0.id) \($0.status)" })")
  }

  @Test func backwardsNewIsGone() throws {
    let old = try sample()
    var new = old
    new.events.removeFirst(3)
    new.products.removeFirst(5)
    new.exhibitors[0].booths = []
    let forward = DatasetChanges.compare(old, new)
    let backward = DatasetChanges.compare(new, old)
    #expect(forward.filter { $0.status == .cancelled }.count == 3)
    #expect(backward.filter { $0.status == .new && $0.kind == .event }.count == 3)
    #expect(forward.filter { $0.status == .removed }.count == backward.filter { $0.status == .new }.count - 3)
    #expect(forward.filter { $0.status == .changed }.count == backward.filter { $0.status == .changed }.count)
  }

  /// A real schedule, one session moved a day later: the day and the start change, the match holds.
  @Test func aRealScheduleSessionMovedADay() throws {
    let url = Fixtures.importFile("frab.xml")
    let old = try Importer.load(url).dataset
    var new = old
    let moved = try #require(new.events.indices.first)
    new.events[moved].start += 86_400
    new.events[moved].end += 86_400
    let items = DatasetChanges.compare(old, new)
    #expect(items.count == 1)
    #expect(items.first?.fields.map(\.name).contains(.day) == true, "\(items)")
  }

  /// A rename in Chinese only is a change (a Chinese reader sees it).
  @Test func aChineseRenameIsAChange() throws {
    let old = try sample()
    var new = old
    new.exhibitors[0].name.zh = "新的名字"
    new.events[0].title.zh = "新的标题"
    let byKey = index(DatasetChanges.compare(old, new))
    let exhibitor = try #require(byKey["exhibitor:\(new.exhibitors[0].id)"])
    #expect(exhibitor.fields.map(\.name) == [.name] && exhibitor.fields.first?.new == "新的名字")
    #expect(exhibitor.fields.first?.old == old.exhibitors[0].name.zh ?? "")
    let event = try #require(byKey["event:\(new.events[0].id)"])
    #expect(event.fields.map(\.name) == [.title] && event.fields.first?.new == "新的标题")
  }
}
