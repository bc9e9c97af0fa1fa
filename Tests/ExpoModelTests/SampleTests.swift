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

  /// Every exhibitor has a Chinese name, as a Chinese catalogue gives it (place, trade, legal
  /// form), and so has its city; the English name stays as it was.
  @Test func everyExhibitorAndCityHasAChineseName() throws {
    let d = try sample()
    #expect(d.exhibitors.allSatisfy { $0.name.zh != nil && $0.city?.zh != nil })
    #expect(Set(d.exhibitors.compactMap(\.name.zh)).count == d.exhibitors.count, "Chinese names are distinct")
    for (id, en, zh, city) in [
      ("ex-0276", "Kamchatka Foods JSC", "堪察加食品股份公司", "堪察加"),
      ("ex-0363", "Artigas Gems Export S.A.", "阿蒂加斯珠宝出口股份有限公司", "阿蒂加斯"),
      ("ex-0426", "Kakheti Wines Marani", "卡赫季酒庄", "卡赫季"),
    ] {
      let exhibitor = try #require(d.exhibitors.first { $0.id == id })
      #expect(exhibitor.name == LocalizedText(en: en, zh: zh))
      #expect(exhibitor.city?.zh == city)
    }
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
    // Companies of the countries beyond the content table are named in Chinese too.
    #expect(dataset.exhibitors.allSatisfy { $0.name.zh != nil && $0.city?.zh != nil })
  }

  /// The report's speaker gives the speech, by name.
  @Test func theSpeechNamesItsSpeaker() throws {
    let speech = try #require(try sample().events.first { $0.id == "ev-asi-speech" })
    #expect(speech.title.en.contains("Anastasia Dubrovskaya"))
    #expect(speech.speakers.contains { $0.hasPrefix("Anastasia Dubrovskaya, director of the project bureau") })
  }

  /// No company is named with a word twice over ("Yangon Gems Gems Co., Ltd.").
  @Test func noNameRepeatsAWord() throws {
    for exhibitor in try sample().exhibitors {
      let words = exhibitor.name.en.split(separator: " ")
      #expect(!zip(words, words.dropFirst()).contains { $0 == $1 }, "\(exhibitor.name.en)")
    }
  }

  /// An event's exhibitors are in its trade: the fashion show lists fashion houses, the amber
  /// talk amber traders, never food traders.
  @Test func eventsListExhibitorsOfTheirTrade() throws {
    let d = try sample()
    let byID = Dictionary(uniqueKeysWithValues: d.exhibitors.map { ($0.id, $0) })
    let trades: [String: Set<String>] = [
      "ev-ru-fashion-1": ["Fashion", "Textiles"], "ev-mm-amber": ["Jewellery & gems"],
      "ev-hu-porcelain": ["Porcelain & ceramics"], "ev-ru-tasting-1": ["Food"],
    ]
    for (id, wanted) in trades {
      let event = try #require(d.events.first { $0.id == id })
      #expect(!event.exhibitors.isEmpty, "\(id) lists no exhibitor")
      for exhibitor in event.exhibitors {
        let categories = Set(try #require(byID[exhibitor]).categories)
        #expect(!categories.isDisjoint(with: wanted), "\(id) lists \(exhibitor) (\(categories))")
      }
    }
  }
}
