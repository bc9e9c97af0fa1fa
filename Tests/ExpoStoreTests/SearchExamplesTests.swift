import ExpoModel
import Foundation
import Testing

@testable import ExpoStore

/// The examples of issue 18 over the sample, with the expected sets computed from the data
/// itself (not from the ranker).
@Suite struct SearchExamplesTests {
  static let dataset: ExpoDataset = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Assets/chongqing-2023")
    return try! DatasetLoader.load(folder: folder).dataset
  }()
  var catalogue: Catalogue { SampleCatalogue.shared }
  var data: ExpoDataset { Self.dataset }

  func refs(_ query: String, _ kind: SearchKind? = nil) throws -> [String] {
    let results = try catalogue.search(query, kinds: kind.map { [$0] }, limit: 0)
    return try catalogue.label(catalogue.hits(results, offset: 0, limit: results.total)).map(\.ref)
  }

  @Test func resultsAreCompleteAndCountsExact() throws {
    // Every event with Chongqing in its title, the three live-streaming sessions among them.
    let titled = data.events.filter { $0.title.en.lowercased().contains("chongqing") }.map(\.id)
    let found = try refs("chongqing", .event)
    #expect(Set(titled).isSubset(of: Set(found)), "missing \(Set(titled).subtracting(found))")
    #expect(data.events.filter { $0.title.en == "Live-streaming Sales Session: Chongqing Brands" }.count == 3)
    let results = try catalogue.search("chongqing", kinds: [.event], limit: 5)
    #expect(results.counts[.event] == found.count && results.results.count == 5)
    // 瓷: every product whose Chinese name holds it, and the porcelain painting event.
    let porcelain = Set(data.products.filter { $0.name.zh?.contains("瓷") == true }.map(\.id))
    #expect(porcelain.count > 200)
    let porcelainHits = try refs("瓷")
    #expect(porcelain.isSubset(of: Set(porcelainHits)))
    #expect(porcelainHits.contains("ev-hu-porcelain"))
    let counts = try catalogue.search("瓷", limit: 1).counts
    let products = try refs("瓷", .product)
    #expect(counts[.product] == products.count)
  }

  @Test func anyChineseSubstringMatches() throws {
    for character in ["馆", "坛", "会", "酒", "鉴"] {
      let expected = Set(
        data.pavilions.filter { $0.name.zh?.contains(character) == true }.map(\.id)
          + data.events.filter { $0.title.zh?.contains(character) == true }.map(\.id)
          + data.products.filter { $0.name.zh?.contains(character) == true }.map(\.id))
      #expect(!expected.isEmpty, "\(character) is in some name")
      let found = Set(try refs(character))
      #expect(expected.isSubset(of: found), "\(character): \(expected.subtracting(found).count) missing")
    }
    let pavilions = Set(try refs("馆", .pavilion))
    #expect(pavilions.count == data.pavilions.filter { $0.name.zh?.hasSuffix("馆") == true }.count)
    // The everyday word finds the names that use its head character.
    #expect(try refs("瓷器", .product).count >= 200)
  }

  @Test func pinyinFindsChineseNames() throws {
    let amber = Set(data.products.filter { $0.name.zh?.contains("琥珀") == true }.map(\.id))
    for query in ["hupo", "hu po", "hp", "HUPO"] {
      let found = Set(try refs(query, .product))
      #expect(amber.isSubset(of: found), "\(query)")
    }
    #expect(try refs("chongqing", .exhibitor).count >= 200)
    let saffron = try refs("zanghonghua", .product)
    #expect(saffron.contains { id in data.products.first { $0.id == id }?.name.zh?.contains("藏红花") == true })
  }

  @Test func wordsMatchAcrossFieldsAndRankThePointFirst() throws {
    let byID = Dictionary(uniqueKeysWithValues: data.exhibitors.map { ($0.id, $0) })
    func country(_ productID: String) -> String? {
      data.products.first { $0.id == productID }.flatMap { byID[$0.exhibitor]?.country }
    }
    for (query, code, word) in [
      ("hungarian porcelain", "HU", "porcelain"), ("iranian saffron", "IR", "saffron"),
      ("pakistani furniture", "PK", ""), ("russian food", "RU", ""), ("myanmar amber", "MM", "amber"),
    ] {
      let products = try refs(query, .product)
      #expect(!products.isEmpty, "\(query) finds products")
      #expect(products.prefix(10).allSatisfy { country($0) == code }, "\(query): \(products.prefix(10))")
      if !word.isEmpty, let first = products.first {
        #expect(data.products.first { $0.id == first }?.name.en.lowercased().contains(word) == true)
      }
    }
    // A country finds its products, by name or demonym, in English and Chinese.
    let iranian = Set(data.products.filter { byID[$0.exhibitor]?.country == "IR" }.map(\.id))
    for query in ["iran", "iranian", "伊朗"] {
      #expect(iranian.isSubset(of: Set(try refs(query, .product))), "\(query)")
    }
    // The amber traders before the winery with an amber wine, in English and in Chinese.
    for query in ["amber", "琥珀"] {
      let exhibitors = try refs(query, .exhibitor)
      let firstMM = exhibitors.firstIndex { byID[$0]?.country == "MM" }
      let firstGE = exhibitors.firstIndex { byID[$0]?.country == "GE" }
      #expect(firstMM != nil && (firstGE == nil || firstMM! < firstGE!), "\(query): \(exhibitors.prefix(6))")
    }
  }

  @Test func codesAndPeople() throws {
    for query in ["n3a14", "N3 A14", "N3-A14", "n3-a14"] {
      #expect(try catalogue.search(query, limit: 1).results.first?.ref == "N3-A14", "\(query)")
    }
    for query in ["Anastasia Dubrovskaya", "dubrovskaya"] {
      #expect(try refs(query, .event).first == "ev-asi-speech", "\(query)")
    }
  }

  @Test func bookmarkedItemsComeFirstAmongEquals() throws {
    let plain = try catalogue.search("saffron", kinds: [.product], limit: 0)
    let hits = plain.hits
    // Two products the query scores alike: bookmarking the second puts it first.
    let i = try #require(hits.indices.dropLast().first { hits[$0].score == hits[$0 + 1].score })
    let pair = try catalogue.label(hits[i...(i + 1)]).map(\.ref)
    let boosted = try catalogue.search("saffron", kinds: [.product], limit: 0, boost: ["product:\(pair[1])"])
    let order = try catalogue.label(boosted.hits).map(\.ref)
    #expect(order.firstIndex(of: pair[1])! < order.firstIndex(of: pair[0])!)
  }

  /// When nothing has every word, the items with some of them, rather than nothing.
  @Test func someWordsWhenNoItemHasAll() throws {
    let results = try catalogue.search("opening qqqxyz", limit: 5)
    #expect(results.results.first?.ref == "ev-opening", "\(results.results.map(\.ref))")
    #expect(try catalogue.search("opening ceremony", limit: 1).results.first?.ref == "ev-opening")
  }
}
