import Foundation
import Testing

@testable import ExpoModel

/// The files a source folder is made of, read with opendir(3), are those Foundation's file manager
/// lists and `NSString.pathExtension` picks (what the cache's stamp and hash cover).
@Suite struct SourceNamesTests {
  @Test func theNamesAreFoundationsNames() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("expo-source-names-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = [
      "expo.json", "products.json", "exhibitors.json", ".hidden.json", "schedule.XML", "notes.txt", "a.b.csv",
      "data.", "x.ICS", "readme", "program.tsv", "日程.ics", "a b.json", "Z.json", "cal.ifb", "x.ical.bak",
    ]
    for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
    // As the importer listed them with Foundation.
    let expected = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { name in
      !name.hasPrefix(".")
        && (DatasetLoader.fileNames.contains(name)
          || Importer.foreignExtensions.contains((name as NSString).pathExtension.lowercased()))
    }.sorted()
    #expect(Importer.sourceNames(folder.path) == expected)
    #expect(expected.contains("schedule.XML") && expected.contains("sub.json") && !expected.contains("notes.txt"))
    #expect(Importer.sourceFiles(folder).map(\.lastPathComponent) == expected)
    // A file is its own source; nothing there is no source.
    let file = folder.appendingPathComponent("expo.json")
    #expect(Importer.sourceNames(file.path) == nil)
    #expect(Importer.sourceFiles(file) == [file])
    #expect(Importer.sourceNames(folder.path + "/missing") == [])
    #expect(Importer.sourceFiles(folder.appendingPathComponent("missing")).isEmpty)
  }
}
