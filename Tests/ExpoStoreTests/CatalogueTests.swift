import ExpoGenerator
import ExpoModel
import Foundation
import GRDB
import Testing

@testable import ExpoStore

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("expo-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func minimal() throws -> ExpoDataset {
    try DatasetLoader.load(folder: root.appendingPathComponent("minimal")).dataset
  }
}

@Suite struct CatalogueTests {
  func compiled(_ dataset: ExpoDataset, in folder: TemporaryFolder) throws -> Catalogue {
    let path = folder.path("c.sqlite")
    try CatalogueCompiler.compile(dataset, to: path)
    return try Catalogue(path: path)
  }

  @Test func infoAndCounts() throws {
    let tmp = try TemporaryFolder()
    let catalogue = try compiled(try Fixtures.minimal(), in: tmp)
    let info = try catalogue.info()
    #expect(info.expo.id == "mini-fair")
    #expect(info.expo.name.zh == "迷你展")
    #expect(info.expo.days.count == 2)
    #expect(info.counts.exhibitors == 3)
    #expect(info.counts.products == 4)
    #expect(info.counts.countries == 2)
    #expect(info.counts.events == 3)
    #expect(info.counts.booths == 3)
  }

  @Test func hallsCountriesAndPavilions() throws {
    let tmp = try TemporaryFolder()
    let catalogue = try compiled(try Fixtures.minimal(), in: tmp)
    let halls = try catalogue.halls()
    #expect(halls.map(\.id) == ["A", "B"])
    #expect(halls[0].exhibitorCount == 2)
    #expect(halls[0].pavilionCount == 1)
    let countries = try catalogue.countries()
    #expect(countries.map(\.code) == ["CN", "HU"])
    #expect(countries[1].exhibitorCount == 2)
    #expect(countries[1].productCount == 2)
    #expect(try catalogue.pavilions(PavilionQuery(hall: "A")).map(\.id) == ["pav-hu"])
    #expect(try catalogue.pavilions(PavilionQuery(hall: "B")).isEmpty)
    #expect(try catalogue.pavilions(PavilionQuery(country: "HU")).first?.exhibitorCount == 2)
  }

  @Test func exhibitorsAreSortedFilteredAndPaged() throws {
    let tmp = try TemporaryFolder()
    let catalogue = try compiled(try Fixtures.minimal(), in: tmp)
    let all = try catalogue.exhibitors(ExhibitorQuery(), offset: 0, limit: 10)
    #expect(all.map(\.id) == ["hotpot", "herend", "tokaj"])  // Chongqing…, Pécs…, Tokaj…
    #expect(try catalogue.exhibitors(ExhibitorQuery(), offset: 1, limit: 1).map(\.id) == ["herend"])
    #expect(try catalogue.exhibitors(ExhibitorQuery(country: "HU"), offset: 0, limit: 10).count == 2)
    #expect(try catalogue.exhibitorCount(ExhibitorQuery(hall: "B")) == 1)
    #expect(try catalogue.exhibitorCount(ExhibitorQuery(category: "Food")) == 1)
    #expect(
      try catalogue.exhibitors(ExhibitorQuery(sort: .booth), offset: 0, limit: 10).map(\.id) == [
        "herend", "tokaj", "hotpot",
      ])
    let herend = try #require(try catalogue.exhibitor(id: "herend"))
    #expect(herend.booths == ["A-01"])
    #expect(herend.hall == "A")
    #expect(herend.productCount == 1)
    #expect(try catalogue.booths(exhibitor: "herend").first?.x == 2)
    #expect(try catalogue.exhibitor(id: "nope") == nil)
  }

  @Test func productsAndEvents() throws {
    let tmp = try TemporaryFolder()
    let catalogue = try compiled(try Fixtures.minimal(), in: tmp)
    let products = try catalogue.products(ProductQuery(exhibitor: "hotpot"), offset: 0, limit: 10)
    #expect(products.map(\.id) == ["p3", "p4"])
    #expect(products[0].exhibitorName.zh == "重庆火锅食品有限公司")
    #expect(try catalogue.productCount(ProductQuery(country: "HU")) == 2)
    #expect(try catalogue.productCount(ProductQuery(exhibitor: "missing")) == 0)
    #expect(try catalogue.product(id: "p2")?.origin == "HU")

    // The 23:30 tasting runs past midnight and stays on the day it starts.
    let day0 = try catalogue.events(EventQuery(day: 0), offset: 0, limit: 10)
    #expect(day0.map(\.id) == ["open", "late"])
    #expect(try catalogue.events(EventQuery(day: 1), offset: 0, limit: 10).map(\.id) == ["day2"])
    #expect(try catalogue.event(id: "day2")?.speakers == ["A. Painter"])
    #expect(try catalogue.event(id: "open")?.venueName.en == "Main Stage")
    #expect(try catalogue.events(EventQuery(exhibitor: "tokaj"), offset: 0, limit: 10).map(\.id) == ["late"])
    #expect(try catalogue.eventCount(EventQuery(kind: "talk")) == 1)
  }

  @Test func searchIndexFindsFoldedSubstringsInBothLanguages() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    try CatalogueCompiler.compile(try Fixtures.minimal(), to: path)
    let queue = try DatabaseQueue(path: path)
    func refs(_ query: String) throws -> [String] {
      try queue.read { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT i.ref FROM search JOIN search_item i ON i.rowid = search.rowid WHERE search MATCH ? ORDER BY i.ref",
          arguments: ["\"\(query)\""])
      }
    }
    #expect(try refs("pecs") == ["herend"])
    // Trigram: queries of three or more characters; the exhibitor by what it sells.
    #expect(try refs("火锅底") == ["hotpot", "p3"])
    #expect(try refs("重庆火锅") == ["hotpot"])
    #expect(try refs("a-01") == ["A-01", "herend"])
  }

  @Test func pagingTheSampleSizedFairVisitsEveryRowOnce() throws {
    let tmp = try TemporaryFolder()
    var generator = FairGenerator(
      config: GeneratorConfig(
        profile: .synthetic, exhibitors: 400, products: 5000, halls: 5, countries: 30, events: 40, seed: 3))
    let catalogue = try compiled(generator.makeDataset(), in: tmp)
    var seen: [String] = []
    var offset = 0
    while true {
      let page = try catalogue.products(ProductQuery(), offset: offset, limit: 333)
      if page.isEmpty { break }
      seen += page.map(\.id)
      offset += page.count
    }
    #expect(seen.count == 5000)
    #expect(Set(seen).count == 5000)
    let names = try catalogue.products(ProductQuery(), offset: 0, limit: 5000).map { TextFolding.sortKey($0.name.en) }
    #expect(names == names.sorted())
    #expect(try catalogue.exhibitorCount(ExhibitorQuery()) == 400)
  }

  @Test func openingSomethingElseIsAClearError() throws {
    let tmp = try TemporaryFolder()
    let junk = tmp.path("junk.sqlite")
    try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: junk))
    #expect {
      try Catalogue(path: junk)
    } throws: { error in
      "\(error)".contains("not an Expo Guide catalogue")
    }
    #expect(throws: CatalogueError.self) { try Catalogue(path: tmp.path("missing.sqlite")) }
  }
}

@Suite struct CatalogueCacheTests {
  func copyMinimal(to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in DatasetLoader.fileNames {
      try FileManager.default.copyItem(
        at: Fixtures.root.appendingPathComponent("minimal").appendingPathComponent(name),
        to: folder.appendingPathComponent(name))
    }
  }

  @Test func compilesOnceThenOpensFromTheCacheAndRecompilesWhenTheSourceChanges() throws {
    let tmp = try TemporaryFolder()
    let source = tmp.url.appendingPathComponent("expo")
    try copyMinimal(to: source)
    let cache = CatalogueCache(directory: tmp.url.appendingPathComponent("cache"))
    let first = try cache.open(source)
    #expect(first.compiled)
    let second = try cache.open(source)
    #expect(!second.compiled)
    #expect(try second.catalogue.info().counts.products == 4)

    // Edit the data: a new hash, a new catalogue.
    let products = source.appendingPathComponent("products.json")
    var text = try String(contentsOf: products, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"Chilli Oil\"", with: "\"Chilli Crisp\"")
    try Data(text.utf8).write(to: products)
    let third = try cache.open(source)
    #expect(third.compiled)
    #expect(try third.catalogue.product(id: "p4")?.name.en == "Chilli Crisp")
  }

  @Test func invalidDataIsReportedNotCached() throws {
    let tmp = try TemporaryFolder()
    let cache = CatalogueCache(directory: tmp.url.appendingPathComponent("cache"))
    #expect {
      try cache.open(Fixtures.root.appendingPathComponent("broken"))
    } throws: { error in
      guard case CatalogueError.invalidData(_, let report) = error else { return false }
      return report.errors.count == 15
    }
    let cached = (try? FileManager.default.contentsOfDirectory(atPath: cache.directory.path)) ?? []
    #expect(cached.filter { $0.hasSuffix(".sqlite") }.isEmpty)
  }

  @Test func defaultDirectoryFollowsXDG() {
    #expect(
      CatalogueCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"]).path
        == "/x/cache/expo-guide")
    #expect(CatalogueCache.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.cache/expo-guide")
  }
}
