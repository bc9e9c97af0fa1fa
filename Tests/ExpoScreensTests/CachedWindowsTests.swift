import ExpoModel
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoScreens

/// The guide's source keeps the last windows of rows asked for and moves one in place when the
/// list scrolls by a few rows (only the rows brought in are read): whatever the order of the asks,
/// every answer is the rows the catalogue holds there.
@Suite struct CachedWindowsTests {
  @Test(arguments: [UInt64(1), 2, 3])
  func everyWindowIsTheCataloguesRows(seed: UInt64) throws {
    let builder = try CatalogueScreens(catalogue: TestCatalogues.fair)
    let source = CachedScreenSource(builder: builder)
    var random = SplitMix64(seed: seed)
    let listings: [Listing] = [.products(), .exhibitors(), .exhibitors(sort: .country)]
    var listing = listings[0]
    var language = Language.english
    var offset = 0
    var limit = 48
    for step in 0..<600 {
      switch Int.random(in: 0..<20, using: &random) {
      case 0: listing = listings.randomElement(using: &random)!
      case 1: language = language == .english ? .chinese : .english
      case 2: limit = [1, 10, 19, 48, 130].randomElement(using: &random)!
      case 3: offset = Int.random(in: 0..<6_100, using: &random)
      case 4...8: offset += Int.random(in: -limit...limit, using: &random)
      default: offset += Bool.random(using: &random) ? 1 : -1
      }
      offset = max(0, offset)
      let context = ContentContext(language: language)
      let rows = source.rows(of: listing, in: context, offset: offset, limit: limit)
      let expected = try builder.rows(of: listing, in: context, offset: offset, limit: limit)
      #expect(rows == expected, "step \(step): \(listing) \(language) rows \(offset) + \(limit)")
      if rows != expected { return }
    }
    #expect(source.slides > 100, "\(source.slides) windows moved in place")
  }

  /// A window moved onto rows that cannot be read (the file cut short after the first rows were
  /// read) is not shown with rows missing: the list says why where the rows would be.
  @Test func aWindowMovedOntoUnreadableRowsSaysWhy() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cut.sqlite").path
    try PackedCatalogue.pack(TestCatalogues.fair.path, to: path, chunkSize: 4096)
    let source = try CachedScreenSource(catalogue: try Catalogue(path: path))
    let context = ContentContext()
    let before = source.rows(of: .products(), in: context, offset: 4_030, limit: 40)
    #expect(before.count == 40 && before.allSatisfy { $0.kind == .item })
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: try handle.seekToEnd() / 3)
    try handle.close()
    // Rows 4,035... are in the block read already; 4,096 on are not.
    let moved = source.rows(of: .products(), in: context, offset: 4_035, limit: 40)
    #expect(moved == Array(before.dropFirst(5)) + source.rows(of: .products(), in: context, offset: 4_070, limit: 5))
    let cut = source.rows(of: .products(), in: context, offset: 4_070, limit: 40)
    #expect(cut.last?.kind == .note, "\(cut.last?.cells ?? [])")
    #expect(cut.last?.cells.first?.contains("cannot be read") == true, "\(cut.last?.cells ?? [])")
    #expect(cut.count == 4_096 - 4_070 + 1)
  }
}
