import ExpoModel
import Foundation
import Testing

/// A catalogue file from elsewhere is checked before it is read: wrong types, missing tables and
/// sizes beyond the limits are refused with what is wrong (exit 66), never a crash or a hang.
@Suite struct CraftedCatalogueTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  func compiled() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("expo-crafted-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("ok.sqlite")
    let result = try ExpoBinary.run(["compile", Self.fixtures.appendingPathComponent("minimal").path, "-o", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    return file
  }

  @Test(arguments: [
    ("UPDATE booth SET x = 'abc'", "table booth, column x: 3 values not integer"),
    ("UPDATE hall SET width = -5", "outside the limits of hall sizes"),
    ("UPDATE hall SET width = 100000, depth = 100000", "outside the limits of hall sizes"),
    ("UPDATE booth SET x = 2000000000", "outside the limits of booth positions"),
    ("UPDATE hall SET exhibitor_count = 'many'", "column exhibitor_count: 2 values missing or not integer"),
    ("UPDATE hall SET id = NULL", "table hall, column id: 2 values missing or not text"),
    ("DROP TABLE venue", "table venue is missing"),
    (
      "UPDATE hall SET features = '[{\"kind\":\"stage\",\"x\":5,\"y\":5,\"width\":99999999,\"depth\":3}]'",
      "a plan feature outside the limits"
    ),
    ("UPDATE hall SET features = 'not json'", "its plan features cannot be read"),
  ])
  func aCraftedCatalogueIsRefusedWithTheReason(sql: String, expected: String) throws {
    let good = try compiled()
    let bad = good.deletingLastPathComponent().appendingPathComponent("bad.sqlite")
    try FileManager.default.copyItem(at: good, to: bad)
    let edit = try Shell.run(
      "python3 -c \"import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()\" "
        + "\(Shell.quote(bad.path)) \(Shell.quote(sql))")
    #expect(edit.status == 0, "\(edit.stdout)")
    for command in [["info"], ["exhibitors"], ["map"]] {
      let result = try ExpoBinary.run(command + ["--data", bad.path])
      #expect(result.status == 66, "\(command) \(sql): \(result.status) \(result.stderr)")
      #expect(result.stderr.contains("not an Expo Guide catalogue"), "\(result.stderr)")
      #expect(result.stderr.contains(expected), "\(sql): \(result.stderr)")
    }
    let fine = try ExpoBinary.run(["info", "--data", good.path])
    #expect(fine.status == 0 && fine.stdout.contains("Mini Fair"), "\(fine.stderr)")
  }
}
