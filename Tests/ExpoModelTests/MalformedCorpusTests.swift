import ExpoModel
import Foundation
import XCTest

@testable import ExpoModel

/// Every file of Tests/Fixtures/malformed-corpus is refused with the expected error (file,
/// line:column, message) and nothing crashes or hangs. `expected.tsv` holds the first error of each.
final class MalformedCorpusTests: XCTestCase {
  static let folder = Fixtures.root.appendingPathComponent("malformed-corpus")

  static let expo = Array(
    """
    {"id": "f", "name": "F", "venue": {"name": "V"}, "timeZone": "UTC", "startDate": "2024-01-01", \
    "endDate": "2024-01-02", "halls": [{"id": "A", "name": "A", "width": 20, "depth": 20}], \
    "venues": [{"id": "s", "name": "S", "hall": "A"}]}
    """.utf8)

  /// Loads one corpus file the way the program would: `NAME.expo.json` as an expo.json,
  /// `NAME.exhibitors.json` (booths, products, events) beside a valid expo.json, anything else
  /// through the importers by its extension.
  static func errors(_ name: String) -> [ValidationIssue] {
    let bytes = Array(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data())
    let parts = name.split(separator: ".")
    do {
      if parts.count >= 3, parts.last == "json" {
        let role = String(parts[parts.count - 2]) + ".json"
        let files = role == "expo.json" ? ["expo.json": bytes] : ["expo.json": expo, role: bytes]
        _ = try DatasetLoader.load(files: files)
      } else {
        _ = try Importer.load(bytes: bytes, name: name)
      }
      return []
    } catch {
      return error.errors
    }
  }

  static func expected() throws -> [(String, String)] {
    let text = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      let cells = $0.split(separator: "\t", maxSplits: 1)
      return (String(cells[0]), cells.count > 1 ? String(cells[1]) : "")
    }
  }

  func testEveryFileHasItsExpectedError() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "expected.tsv" }
      .sorted()
    XCTAssertGreaterThanOrEqual(files.count, 50)
    let expected = Dictionary(try Self.expected(), uniquingKeysWith: { a, _ in a })
    XCTAssertEqual(Set(expected.keys), Set(files), "expected.tsv lists every file")
    for name in files {
      let errors = Self.errors(name)
      if ProcessInfo.processInfo.environment["EXPO_DUMP_CORPUS"] != nil {
        print("\(name)\t\(errors.first?.description ?? "NO ERROR")")
        continue
      }
      XCTAssertFalse(errors.isEmpty, "\(name) was accepted")
      XCTAssertEqual(errors.first?.description, expected[name], name)
    }
  }
}
