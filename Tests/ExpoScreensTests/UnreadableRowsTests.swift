import ExpoModel
import ExpoScreens
import ExpoStore
import Foundation
import Testing

@testable import ExpoNavigation

/// A long list whose rows cannot be read (a packed catalogue cut short while the guide has it
/// open) says why where the rows would be, in the visitor's language, instead of blank rows; and
/// the window is not kept, so the next ask reads again.
@Suite struct UnreadableRowsTests {
  @Test(arguments: [Language.english, .chinese])
  func rowsThatCannotBeReadSayWhy(language: Language) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("cut.sqlite").path
    try PackedCatalogue.pack(TestCatalogues.fair.path, to: path, chunkSize: 4096)
    let source = try CachedScreenSource(catalogue: try Catalogue(path: path))
    let context = ContentContext(language: language)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: try handle.seekToEnd() / 3)
    try handle.close()
    for _ in 0..<2 {
      let rows = source.rows(of: .products(), in: context, offset: 4_000, limit: 40)
      #expect(rows.count == 1)
      #expect(rows.first?.kind == .note)
      let text = rows.first?.cells.first ?? ""
      #expect(text.hasPrefix(UIText(language).catalogueUnreadable("")), "\(text)")
      #expect(text.contains(path) && text.contains("cannot be read: the file is shorter"), "\(text)")
    }
  }
}
