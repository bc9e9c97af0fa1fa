import ExpoModel
import Foundation
import PropertyBased
import Testing

@testable import ExpoStore

/// Hall features are stored by the compiler with `JSONEncoder` and read by our own parser: the
/// reading must give what `JSONDecoder` gives, for any features, and refuse what it refuses.
struct HallFeatureJSONTests {
  /// A small generator of features from a seed (names with quotes, escapes, controls, CJK, emoji).
  static func features(seed: UInt64) -> [HallFeature] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    // (No NUL: our parser reads \u0000 as U+FFFD, at import as here, so no stored name has one.)
    let pieces = ["a", "Stage", " ", "\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "重庆", "🎪", "\u{2028}", "/", "1"]
    func text() -> String { (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined() }
    func number() -> Int { [0, 1, -1, 999, Int(Int32.max), -next(5000), next(100_000)][next(7)] }
    return (0..<next(8)).map { _ in
      HallFeature(
        kind: HallFeature.Kind.allCases[next(HallFeature.Kind.allCases.count)],
        name: next(3) == 0 ? nil : LocalizedText(en: text(), zh: next(2) == 0 ? nil : text()), x: number(),
        y: number(), width: number(), depth: number(), venue: next(2) == 0 ? nil : text())
    }
  }

  @Test func readAsJSONDecoderReadsThem() async throws {
    await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
      let features = Self.features(seed: UInt64(seed))
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      let text = String(decoding: try! encoder.encode(features), as: UTF8.self)
      #expect(HallFeature.list(fromJSON: text) == features, "\(text)")
      #expect(
        HallFeature.list(fromJSON: text) == (try? JSONDecoder().decode([HallFeature].self, from: Data(text.utf8))))
    }
  }

  @Test func whatIsNotAFeatureListIsRefused() {
    for bad in [
      "", "{}", "[1]", "[{}]", #"[{"kind":"stage","x":1,"y":2,"width":3}]"#,
      #"[{"kind":"pool","x":1,"y":2,"width":3,"depth":4}]"#, #"[{"kind":"stage","x":1.5,"y":2,"width":3,"depth":4}]"#,
      #"[{"kind":"stage","x":"1","y":2,"width":3,"depth":4}]"#,
      #"[{"kind":"stage","x":1,"y":2,"width":3,"depth":4,"name":{"zh":"台"}}]"#, "[", "nul",
    ] {
      #expect(HallFeature.list(fromJSON: bad) == nil, "\(bad)")
      #expect((try? JSONDecoder().decode([HallFeature].self, from: Data(bad.utf8))) == nil, "\(bad)")
    }
    let named = #"[{"kind":"cafe","x":1,"y":2,"width":3,"depth":4,"name":null,"venue":null}]"#
    #expect(HallFeature.list(fromJSON: named) == [HallFeature(kind: .cafe, x: 1, y: 2, width: 3, depth: 4)])
    #expect(HallFeature.list(fromJSON: "[]") == [])
  }
}

extension HallFeatureJSONTests {
  /// The sample's halls as the catalogue gives them: the features of the data, read when asked.
  @Test func aCataloguesHallsCarryTheDatasFeatures() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Assets/chongqing-2023")
    let dataset = try DatasetLoader.load(folder: folder).dataset
    let halls = try SampleCatalogue.shared.halls()
    #expect(halls.map(\.id) == dataset.halls.map(\.id))
    #expect(halls.contains { !$0.features.isEmpty })
    for (row, hall) in zip(halls, dataset.halls) {
      #expect(row.features == hall.features, "\(hall.id)")
      var copy = row
      copy.features = hall.features
      #expect(copy == row)
      copy.features = []
      #expect(copy.features.isEmpty && (hall.features.isEmpty ? copy == row : copy != row))
    }
  }
}
