import ExpoGenerator
import ExpoModel
import Foundation
import Testing

@testable import ExpoStore

/// The sample compiled once for the search tests.
enum SampleCatalogue {
  static let shared: Catalogue = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Assets/chongqing-2023")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-search-\(ProcessInfo.processInfo.processIdentifier).sqlite"
    ).path
    try! CatalogueCompiler.compile(try! DatasetLoader.load(folder: folder).dataset, to: path)
    return try! Catalogue(path: path)
  }()
}

@Suite struct SearchRankingTests {
  func score(_ q: String, _ en: String, zh: String = "", extra: String = "", kind: SearchKind = .product)
    -> SearchRanking.Score?
  {
    SearchRanking.score(query: q, kind: kind, en: en, zh: zh, extra: extra)
  }

  @Test func exactBeforePrefixBeforeWordStartBeforeSubstringBeforeOtherFieldsBeforeTypos() throws {
    let exact = try #require(score("amber", "amber"))
    let prefix = try #require(score("amber", "amber bead bracelet"))
    let word = try #require(score("amber", "burmese amber pendant"))
    let substring = try #require(score("amber", "chamberlain chair"))
    let other = try #require(score("amber", "pendant", extra: "made of amber"))
    let fuzzy = try #require(SearchRanking.score(query: "ambre", kind: .product, en: "amber bead", zh: "", extra: ""))
    #expect(exact.match == .exact && prefix.match == .prefix && word.match == .wordStart)
    #expect(substring.match == .substring && other.match == .otherField && fuzzy.match == .fuzzy)
    let order = [exact, prefix, word, substring, other, fuzzy].map(\.value)
    #expect(order == order.sorted(by: >))
    #expect(score("amber", "pistachio") == nil)
  }

  @Test func chineseNamesAndShorterNamesFirst() throws {
    let cn = try #require(score("琥珀", "burmese amber pendant", zh: "缅甸琥珀吊坠"))
    #expect(cn.match == .wordStart)  // a Chinese word may start anywhere
    let short = try #require(score("tea", "tea set"))
    let long = try #require(score("tea", "tea set with six cups and a tray"))
    #expect(short.value > long.value)
    let country = try #require(score("iran", "iran", kind: .country))
    let product = try #require(score("iran", "iran", kind: .product))
    #expect(country.value > product.value)
  }

  @Test(arguments: [
    ("amethist", "amethyst", 1), ("porcelan", "porcelain", 1), ("safforn", "saffron", 1), ("pistacio", "pistachio", 1),
    ("kitten", "sitting", 3), ("abc", "abc", 0),
  ])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(SearchRanking.damerauLevenshtein(a, b, limit: 5) == distance)
  }
}

@Suite struct CatalogueSearchTests {
  let catalogue = SampleCatalogue.shared

  func top(_ query: String, _ n: Int = 5, kinds: Set<SearchKind>? = nil) throws -> [SearchResult] {
    Array(try catalogue.search(query, kinds: kinds, limit: 50).results.prefix(n))
  }

  @Test(arguments: [
    ("Hungary", SearchKind.country, "HU"), ("hungary pavilion", .pavilion, "pav-hu"), ("N3-A12", .booth, "N3-A12"),
    ("n3-a12", .booth, "N3-A12"), ("Grand Opening", .event, "ev-opening"), ("乌拉圭", .country, "UY"),
    ("Chongqing New Energy Vehicle Export", .event, "ev-nev-summit"),
    ("russia fashion show", .event, "ev-ru-fashion-1"),
  ])
  func theExpectedItemComesFirst(query: String, kind: SearchKind, ref: String) throws {
    let first = try #require(try top(query).first, "no results for \(query)")
    #expect(first.kind == kind && first.ref == ref, "\(query): got \(first)")
  }

  @Test func typosStillFindTheThing() throws {
    #expect(try top("amethist").contains { $0.name.en.contains("Amethyst") })
    #expect(try top("porcelan").contains { $0.name.en.contains("Porcelain") })
    #expect(try top("safforn").contains { $0.name.en.contains("Saffron") })
  }

  @Test func accentsAndCaseDoNotMatter() throws {
    let a = try top("Pécs", 20).map(\.ref)
    let b = try top("pecs", 20).map(\.ref)
    let c = try top("PECS", 20).map(\.ref)
    #expect(!a.isEmpty && a == b && b == c)
    #expect(try top("pécs eosin").first?.name.en.hasPrefix("Pécs Eosin Porcelain") == true)
  }

  @Test func chineseQueriesMatchChineseNames() throws {
    let amber = try catalogue.search("琥珀", kinds: nil, limit: 500).results
    #expect(!amber.isEmpty)
    // Products by their names; exhibitors also by what they sell.
    #expect(amber.filter { $0.kind == .product }.allSatisfy { $0.name.zh?.contains("琥珀") == true })
    #expect(amber.contains { $0.kind == .exhibitor })
    #expect(amber.contains { $0.name.en.contains("Amber") })
    let chongqing = try top("重庆", 20, kinds: [.exhibitor])
    #expect(chongqing.count == 20)
    #expect(chongqing.allSatisfy { $0.name.zh?.hasPrefix("重庆") == true && $0.name.en.hasPrefix("Chongqing") })
    #expect(try top("火锅").contains { $0.name.zh?.contains("火锅") == true })
    #expect(try top("琥").contains { $0.name.zh?.contains("琥") == true })
  }

  @Test func kindsFilterAndShortQueries() throws {
    let events = try catalogue.search("tasting", kinds: [.event], limit: 50).results
    #expect(!events.isEmpty && events.allSatisfy { $0.kind == .event })
    let one = try top("a", 10)
    #expect(!one.isEmpty)
    #expect(one.allSatisfy { $0.name.en.lowercased().hasPrefix("a") || $0.match != .prefix })
    #expect(try catalogue.search("", kinds: nil, limit: 10).results.isEmpty)
    #expect(try catalogue.search("   ", kinds: nil, limit: 10).results.isEmpty)
  }

  @Test(arguments: [
    "\"", "\"\"", "'", "%", "_", "*", "AND", "OR", "NOT", "NEAR(", "^", "a\"b", "-", ":", "(", ")", "{name}:x",
    "name:amber", "amber*", "a OR b", "'; DROP TABLE product; --", "\u{0}", "\u{1B}[2J",
    String(repeating: "x", count: 5000),
  ])
  func operatorsAndQuotesNeverReachTheUserAsErrors(query: String) throws {
    _ = try catalogue.search(query, kinds: nil, limit: 20)
  }
}
