import ExpoModel
import Foundation
import Testing

/// Paths made as text agree with Foundation's URLs (the catalogue cache's keys were made with
/// `standardizedFileURL`: a key that changed would recompile or re-check every catalogue once).
@Suite struct PathsTests {
  @Test func aStandardizedPathIsFoundationsStandardizedPath() {
    let cases = [
      "/a/b/c.sqlite", "/a/./b/../c", "/a//b///c/", "/", "/..", "/../a", "/a/b/..", "relative/x.sqlite", "./x",
      "../up/x", "a/../../b", "/tmp/琥珀 folder/expo.json", "/a/.hidden/./b", "/a/b/.", "x/..",
    ]
    for path in cases {
      #expect(
        Paths.standardized(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
    }
  }

  @Test func kindTellsFilesFromFoldersAndNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("f.txt").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    #expect(Paths.kind(folder.path) == (true, true))
    #expect(Paths.kind(file) == (true, false))
    #expect(Paths.kind(file + "-missing") == (false, false))
    #expect(Paths.kind(file + "/below") == (false, false))
  }

  @Test func namesAreTheFoldersEntries() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.json", ".hidden", "琥珀.seen", "b c.changes"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let names = Paths.names(in: folder.path).sorted()
    #expect(names == ["a.json", ".hidden", "琥珀.seen", "b c.changes", "sub"].sorted())
    #expect(names == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
    #expect(Paths.names(in: folder.path + "/missing").isEmpty)
  }
}

/// A note in a Markdown export is text: no HTML, no link, one table cell.
@Suite struct MarkdownTextTests {
  @Test func aNoteCarriesNeitherHTMLNorALink() {
    let note = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) a|b & <https://evil>\n琥珀"
    let cell = Sanitize.markdown(note)
    #expect(!cell.contains("<") && !cell.contains(">"))
    // (Every "](" escaped: no link.)
    #expect(!cell.replacingOccurrences(of: "\\](", with: "").contains("](") && cell.contains("\\](javascript:"))
    #expect(cell.contains("a\\|b") && cell.contains("&amp;") && cell.contains("琥珀"))
    #expect(!cell.contains("\n"))
    #expect(Sanitize.markdown("Tea House 茶馆") == "Tea House 茶馆")
  }
}
