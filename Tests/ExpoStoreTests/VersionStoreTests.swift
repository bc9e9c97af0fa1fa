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

  @Test func keptOncePerHashNewestFiveInTimeOrder() throws {
    let store = try store()
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    for i in 0..<7 { try store.keep(Self.dataset, hash: "h\(i)", now: start + Double(i) * 0.25) }
    try store.keep(Self.dataset, hash: "h6", now: start + 100)
    let kept = store.versions(expo: Self.dataset.expo.id)
    #expect(kept.map(\.hash) == ["h2", "h3", "h4", "h5", "h6"])
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
}
