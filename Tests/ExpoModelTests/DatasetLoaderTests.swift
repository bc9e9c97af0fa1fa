import ExpoModel
import Foundation
import Testing

@testable import ExpoModel

@Suite struct DatasetLoaderTests {
  @Test func blankTextIsOnlyWhitespaceWhateverTheScript() {
    for blank in ["", " ", "\t\n", "\u{3000}", " \u{00A0} ", "\r\n\u{2003}"] {
      #expect(blank.isBlank, "\(blank.debugDescription)")
    }
    for text in ["a", " a ", "\u{3000}重庆", "é", " \u{00A0}x", "0"] {
      #expect(!text.isBlank, "\(text.debugDescription)")
    }
  }

  @Test func loadsTheMinimalFixture() throws {
    let result = try DatasetLoader.load(folder: Fixtures.folder("minimal"))
    let d = result.dataset
    #expect(result.warnings.isEmpty)
    #expect(d.expo.name == LocalizedText(en: "Mini Fair", zh: "迷你展"))
    #expect(d.halls.map(\.id) == ["A", "B"])
    #expect(d.exhibitors.map(\.id) == ["herend", "tokaj", "hotpot"])
    #expect(d.exhibitors[0].name.en == "Pécs Porcelain Kft.")
    #expect(d.products.count == 4)
    #expect(d.events.count == 3)
    #expect(d.countries == ["CN", "HU"])
    // "2023-10-28T02:00:00Z" is 10:00 in Shanghai.
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    #expect(ExpoTime.hourMinute(d.events[2].start, zone: zone) == "10:00")
  }

  /// Every error of the broken fixture, with file, line, path and the expectation.
  @Test func reportsEveryErrorWithFileLineAndPath() throws {
    do {
      _ = try DatasetLoader.load(folder: Fixtures.folder("broken"))
      Issue.record("the broken fixture loaded")
    } catch {
      let lines = error.errors.map(\.description)
      let expected = [
        "expo.json:11:12: error: $.halls[1].id: duplicate hall id \"A\"",
        "expo.json:14:46: error: $.venues[0].hall: unknown hall \"Z\"",
        "expo.json:17:33: error: $.pavilions[0].country: unknown country code \"XX\"",
        "booths.json:4:30: error: $.booths[1].hall: unknown hall \"Q\"",
        "exhibitors.json:4:12: error: $.exhibitors[1].id: duplicate exhibitor id \"e1\"",
        "exhibitors.json:5:5: error: $.exhibitors[2]: missing required field \"name\"",
        "exhibitors.json:6:26: error: $.exhibitors[3].name: expected a string or an object",
        "exhibitors.json:6:41: error: $.exhibitors[3].country: unknown country code \"ir\"",
        "exhibitors.json:7:73: error: $.exhibitors[4].booths[0]: unknown booth \"Z-99\"",
        "exhibitors.json:7:94: error: $.exhibitors[4].pavilion: unknown pavilion \"pav-none\"",
        "products.json:4:53: error: malformed JSON: unexpected '\"' in an object; expected ',' or '}'",
        "events.json:3:93: error: $.events[0].end: the event ends (2023-10-27T10:00) before it starts",
        "events.json:4:66: error: $.events[1].start: starts at 2023-10-20T11:00 in Asia/Shanghai, outside the expo's days",
        "events.json:5:120: error: $.events[2].venue: unknown venue \"void\"",
        "events.json:6:65: error: $.events[3].start: expected a date-time",
      ]
      #expect(lines.count == expected.count, "\(lines.joined(separator: "\n"))")
      for prefix in expected {
        #expect(lines.contains { $0.hasPrefix(prefix) }, "missing: \(prefix)")
      }
    }
  }

  @Test func malformedJSONNamesLineAndColumn() throws {
    do {
      _ = try DatasetLoader.load(folder: Fixtures.folder("malformed"))
      Issue.record("loaded")
    } catch {
      #expect(error.errors.count == 1)
      #expect(error.errors[0].file == "expo.json")
      #expect(error.errors[0].position == SourcePosition(line: 3, column: 20))
    }
  }

  @Test func missingFolderAndMissingExpoFileAreClearErrors() throws {
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("expo-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    #expect(throws: ValidationReport.self) { try DatasetLoader.load(folder: tmp.appendingPathComponent("nope")) }
    do {
      _ = try DatasetLoader.load(folder: tmp)
    } catch {
      #expect(error.errors.first?.description.contains("expo.json: error: missing") == true)
    }
  }

  @Test func wrongTypesAndUnknownFieldsInInlineFiles() throws {
    let expo = """
      {"id": "x", "name": "X", "venue": {"name": "V"}, "timeZone": "Mars/Olympus", "startDate": "2023-10-27",
       "endDate": "2023-10-26", "halls": "none", "colour": "red"}
      """
    do {
      _ = try DatasetLoader.load(files: ["expo.json": Array(expo.utf8)])
      Issue.record("loaded")
    } catch {
      let text = error.description
      #expect(text.contains("$.timeZone: unknown time zone \"Mars/Olympus\""))
      #expect(text.contains("$.endDate: endDate 2023-10-26 is before startDate 2023-10-27"))
      #expect(text.contains("$.halls: expected an array, found a string"))
      #expect(text.contains("warning: $.colour: unknown field \"colour\""))
    }
  }

  @Test func hostileInputNeverCrashes() {
    let inputs: [[UInt8]] = [
      [], [0], [0xFF, 0xFE], Array("{".utf8), Array("[[[[[[".utf8), Array("{\"events\": [1, 2, null]}".utf8),
      Array("null".utf8), Array("{\"halls\": [{\"id\": 5}]}".utf8),
    ]
    for bytes in inputs {
      for name in DatasetLoader.fileNames {
        var files = [
          "expo.json": Array(
            #"{"id":"x","name":"X","venue":{"name":"V"},"timeZone":"UTC","startDate":"2023-01-01","endDate":"2023-01-02","halls":[]}"#
              .utf8)
        ]
        files[name] = bytes
        #expect(throws: ValidationReport.self) { try DatasetLoader.load(files: files) }
      }
    }
  }
}
