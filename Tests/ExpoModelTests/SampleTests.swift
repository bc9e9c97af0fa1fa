import ExpoGenerator
import ExpoModel
import ExpoSample
import Foundation
import Testing

@testable import ExpoModel

/// The shipped Chongqing 2023 sample: size and the contents the public report names.
@Suite struct SampleTests {
  static let loaded: DatasetLoader.Result? = {
    guard let folder = ExpoSample.folder() else { return nil }
    return try? DatasetLoader.load(folder: folder)
  }()

  func sample() throws -> ExpoDataset { try #require(SampleTests.loaded).dataset }

  @Test func isValidWithoutWarnings() throws {
    let loaded = try #require(SampleTests.loaded)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
  }

  @Test func hasTheReportedSize() throws {
    let d = try sample()
    #expect(d.exhibitors.count >= 500)
    #expect(d.countries.count >= 20)
    #expect(d.products.count >= 10_000)
    #expect(d.events.count >= 40)
    #expect(d.halls.count >= 4)
    #expect(d.expo.startDate.description == "2023-10-27")
    #expect(d.expo.endDate.description == "2023-10-29")
    #expect(d.expo.timeZone == "Asia/Shanghai")
    #expect(d.expo.venue.name.en == "Chongqing International Convention and Exhibition Center")
    #expect(d.expo.venue.address?.en.contains("Nanan District") == true)
    #expect(d.expo.note?.contains("Illustrative") == true)
  }

  @Test func eventsSpanTheThreeDays() throws {
    let d = try sample()
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    let days = Set(d.events.map { LocalDate($0.start, in: zone).description })
    #expect(days == ["2023-10-27", "2023-10-28", "2023-10-29"])
  }

  @Test(arguments: ["RU", "IR", "BE", "KE", "UY", "MM", "PK", "HU"])
  func hasTheNamedPavilions(country: String) throws {
    let d = try sample()
    let pavilion = try #require(d.pavilions.first { $0.country == country })
    #expect(d.exhibitors.contains { $0.pavilion == pavilion.id && $0.country == country })
  }

  @Test func hasChineseExhibitorsWithChineseNames() throws {
    let d = try sample()
    let chinese = d.exhibitors.filter { $0.country == "CN" }
    #expect(chinese.count >= 100)
    #expect(chinese.allSatisfy { $0.name.zh?.hasPrefix("重庆") == true })
    #expect(d.halls.allSatisfy { $0.name.zh != nil })
  }

  @Test(arguments: [
    ("Amethyst", "UY"), ("Nanyang Gold Pearl", "PH"), ("Burmese Amber", "MM"), ("Amber Bead Bracelet", "MM"),
    ("Hand-painted Porcelain", "HU"), ("Porcelain Tea Set", "HU"),
    ("Dining Set", "PK"), ("Saffron", "IR"), ("Pistachio", "IR"), ("Persian Silk Carpet", "IR"),
    ("Tannat Red Wine", "UY"), ("Bordeaux Red Wine", "FR"), ("Russian Chocolate", "RU"), ("Altai Mountain Honey", "RU"),
  ])
  func hasTheNamedExhibits(name: String, country: String) throws {
    let d = try sample()
    let country_ = Dictionary(d.exhibitors.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
    let matches = d.products.filter { $0.name.en.contains(name) }
    #expect(!matches.isEmpty, "no product named \(name)")
    #expect(matches.allSatisfy { country_[$0.exhibitor] == country && $0.origin == country })
  }

  @Test(arguments: [
    ("Grand Opening Ceremony", "2023-10-27"), ("Russia Fashion Show", "2023-10-27"),
    ("Chongqing New Energy Vehicle Export Industry Summit", "2023-10-28"),
    ("Agency for Strategic Initiatives", "2023-10-27"), ("Russian Food Tasting", "2023-10-27"),
  ])
  func hasTheNamedEvents(title: String, day: String) throws {
    let d = try sample()
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    let event = try #require(d.events.first { $0.title.en.contains(title) })
    #expect(LocalDate(event.start, in: zone).description == day)
  }

  /// The committed sample is exactly what the generator makes: anyone can regenerate it.
  @Test func generatorReproducesTheCommittedSample() throws {
    let folder = try #require(ExpoSample.folder())
    var generator = FairGenerator(config: .chongqing2023)
    let dataset = generator.makeDataset()
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    for (name, text) in DatasetWriter.files(dataset, zone: zone) {
      let committed = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(committed == text, "\(name) differs from `expo generate --sample`")
    }
  }

  @Test func writerOutputLoadsBackToTheSameDataset() throws {
    var generator = FairGenerator(
      config: GeneratorConfig(
        profile: .synthetic, exhibitors: 300, products: 2000, halls: 7, countries: 40, events: 30, seed: 9))
    let dataset = generator.makeDataset()
    let zone = TimeZone(identifier: dataset.expo.timeZone)!
    var files: [String: [UInt8]] = [:]
    for (name, text) in DatasetWriter.files(dataset, zone: zone) { files[name] = Array(text.utf8) }
    let loaded = try DatasetLoader.load(files: files)
    #expect(loaded.dataset == dataset)
    #expect(loaded.dataset.halls.count == 7)
    #expect(loaded.dataset.countries.count == 40)
    #expect(loaded.dataset.products.count == 2000)
  }
}
