import ExpoModel
import Foundation
import Testing

@testable import ExpoStore

/// Kept versions: one per source hash, the newest five, in time order, read back to the same
/// comparison.
@Suite struct VersionStoreTests {
  static let dataset: ExpoDataset = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Assets/chongqing-2023")
    return try! DatasetLoader.load(folder: folder).dataset
  }()

  func store() throws -> VersionStore {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("expo-versions-\(UUID().uuidString)")
    return VersionStore(directory: url)
  }

  /// Seven different versions: the newest five, oldest first.
  @Test func theNewestFiveInTimeOrder() throws {
    let store = try store()
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    var digests: [String] = []
    for i in 0..<7 {
      var dataset = Self.dataset
      dataset.events[0].title = LocalizedText(en: "Opening \(i)")
      let kept = try store.keep(dataset, hash: "h\(i)", now: start + Double(i) * 0.25)
      #expect(kept.new)
      digests.append(kept.version.digest)
    }
    #expect(store.versions(expo: Self.dataset.expo.id).map(\.digest) == Array(digests.suffix(5)))
    #expect(store.version(expo: Self.dataset.expo.id, source: "h0") == nil, "a forgotten version's source")
    #expect(store.version(expo: Self.dataset.expo.id, source: "h6")?.digest == digests[6])
  }

  /// The same data under another file name (another source hash), or with another import note,
  /// is the same version.
  @Test func theSameContentsAreOneVersion() throws {
    let store = try store()
    let first = try store.keep(Self.dataset, hash: "a.xml")
    var renamed = Self.dataset
    renamed.expo.note = "imported from b.xml"
    let second = try store.keep(renamed, hash: "b.xml")
    #expect(first.new && !second.new && first.version == second.version)
    #expect(store.versions(expo: Self.dataset.expo.id).count == 1)
    #expect(store.version(expo: Self.dataset.expo.id, source: "b.xml") == first.version)
  }

  @Test func aVersionReadsBackToTheSameData() throws {
    let store = try store()
    try store.keep(Self.dataset, hash: "abc")
    let version = try #require(store.versions(expo: Self.dataset.expo.id).first)
    let back = try store.load(version)
    #expect(DatasetChanges.compare(back, Self.dataset).isEmpty)
    #expect(back.events.count == Self.dataset.events.count && back.products.count == Self.dataset.products.count)
    #expect(back.events.allSatisfy { $0.description == nil })
  }

  @Test func anExpoIdIsAFolderName() throws {
    let store = try store()
    #expect(store.folder("../../etc").lastPathComponent == "______etc")
    #expect(store.folder("").lastPathComponent == "_")
  }

  /// The guide's news is counted from the version it showed last, whichever that was: versions
  /// fetched but never shown are not skipped, and data that went back to an earlier version and
  /// then changed again is compared with what was on the screen (found by a visitor's test: a
  /// cancellation was hidden). A cancelled item is remembered with its name.
  @Test func newsIsCountedFromTheVersionShownLast() throws {
    let store = try store()
    let expo = Self.dataset.expo.id
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let v3 = Self.dataset
    var v4 = v3
    let evil = v4.events.removeLast()
    var v5 = v4
    v5.events[0].title = LocalizedText(en: "Renamed Opening")
    try store.keepWithChanges(v3, hash: "v3", now: start)
    #expect(store.news(expo: expo, hash: "v3", now: start)?.firstTime == true)
    #expect(store.news(expo: expo, hash: "v3", now: start + 1)?.firstTime == false, "said once")
    try store.keepWithChanges(v4, hash: "v4", now: start + 2)
    let four = try #require(store.news(expo: expo, hash: "v4", now: start + 3))
    #expect(four.firstTime && four.changes?.items.map(\.status) == [.cancelled])
    // Back to v3 (kept already): news again, from v4 — the session is back.
    _ = try store.keep(v3, hash: "v3", now: start + 4)
    let back = try #require(store.news(expo: expo, hash: "v3", now: start + 5))
    #expect(back.firstTime && back.changes?.items.map(\.status) == [.new], "\(String(describing: back.changes))")
    // Then v5 (v4 and a rename): from v3, what was on the screen: cancelled and renamed.
    try store.keepWithChanges(v5, hash: "v5", now: start + 6)
    let five = try #require(store.news(expo: expo, hash: "v5", now: start + 7))
    let statuses = Set(five.changes?.items.map(\.status) ?? [])
    #expect(five.firstTime && statuses == [.cancelled, .changed], "\(String(describing: five.changes))")
    #expect(store.gone(expo: expo)["event:\(evil.id)"]?.name == evil.title)
  }

  /// The version the guide showed last is not pruned, however many versions follow it unseen:
  /// the next news is counted from what was on the screen.
  @Test func theVersionShownLastIsKept() throws {
    let store = try store()
    let expo = Self.dataset.expo.id
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    try store.keepWithChanges(Self.dataset, hash: "shown", now: start)
    _ = store.news(expo: expo, hash: "shown", now: start)
    for i in 0..<7 {
      var dataset = Self.dataset
      dataset.events[0].title = LocalizedText(en: "Opening \(i)")
      try store.keepWithChanges(dataset, hash: "h\(i)", now: start + Double(i + 1))
    }
    #expect(store.version(expo: expo, source: "shown") != nil)
    #expect(store.versions(expo: expo).count == store.keep + 1)
    let news = try #require(store.news(expo: expo, hash: "h6", now: start + 10))
    #expect(news.changes?.items.first?.fields.first?.old == Self.dataset.events[0].title.en, "from what was shown")
  }
}
