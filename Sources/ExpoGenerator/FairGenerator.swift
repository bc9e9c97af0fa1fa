import ExpoModel
import Foundation

/// Makes a whole expo deterministically from a config: the shipped Chongqing 2023 sample, or a
/// synthetic fair of any size.
public struct FairGenerator {
  public let config: GeneratorConfig
  private var rng: SplitMix64
  private let profiles: [CountryProfile]
  private let specs: [String: [(en: String, zh: String)]]

  public init(config: GeneratorConfig) {
    self.config = config
    self.rng = SplitMix64(seed: config.seed)
    var specs: [String: [(en: String, zh: String)]] = [:]
    for line in CountryProfiles.specs.split(separator: "\n") {
      let f = line.split(separator: "|").map(String.init)
      if f.count == 3 { specs[f[0], default: []].append((f[1], f[2])) }
    }
    self.specs = specs
    var profiles = CountryProfile.parse(CountryProfiles.table)
    if config.profile == .synthetic {
      profiles = FairGenerator.synthesizeProfiles(base: profiles, count: config.countries)
    }
    self.profiles = profiles
  }

  /// Extra countries (beyond the content table) get generic consumer goods.
  static func synthesizeProfiles(base: [CountryProfile], count: Int) -> [CountryProfile] {
    let distinct = Set(base.map(\.code))
    var out = base
    if count < distinct.count {
      // Keep China (both halls) and the first countries of the table.
      var keep = Set<String>()
      for p in base where keep.count < count { keep.insert(p.code) }
      return base.filter { keep.contains($0.code) }
    }
    let generic: [CountryProfile.Item] = [
      .init(en: "Household Goods", zh: "家居用品", category: "Home decor", specs: "craft"),
      .init(en: "Packaged Snacks", zh: "休闲食品", category: "Food", specs: "food"),
      .init(en: "Cotton Apparel", zh: "棉质服装", category: "Fashion", specs: "fashion"),
      .init(en: "Handmade Souvenir", zh: "手工纪念品", category: "Handicrafts", specs: "craft"),
      .init(en: "Kitchen Appliance", zh: "厨房电器", category: "Smart home", specs: "device"),
      .init(en: "Skin Care Set", zh: "护肤套装", category: "Cosmetics", specs: "cosmetic"),
    ]
    for code in Countries.codes.sorted() where !distinct.contains(code) {
      if out.count >= count + (base.count - distinct.count) { break }
      let name = Countries.name(code)
      out.append(
        CountryProfile(
          code: code, hall: "", weight: 3, hasPavilion: true,
          places: [
            .init(en: name.en, zh: name.zh), .init(en: "Capital", zh: "首都"), .init(en: "Coastal", zh: "滨海"),
            .init(en: "Highland", zh: "高原"),
          ],
          suffixes: [.init(en: "Ltd", zh: "有限公司"), .init(en: "Trading", zh: "贸易公司"), .init(en: "Group", zh: "集团")],
          items: generic))
    }
    return out
  }

  // MARK: - Expo

  public mutating func makeDataset() -> ExpoDataset {
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    let expo: Expo
    var halls: [Hall]
    var venues: [Venue]
    switch config.profile {
    case .chongqing2023:
      expo = SampleContent.expo
      halls = SampleContent.halls
      venues = SampleContent.venues
    case .synthetic:
      expo = Expo(
        id: "generated-fair-\(config.seed)",
        name: LocalizedText(en: "Generated International Fair (seed \(config.seed))", zh: "生成的国际博览会"),
        venue: VenueSite(
          name: LocalizedText(en: "Generated Exhibition Complex", zh: "生成展览中心"),
          city: LocalizedText(en: "Chongqing", zh: "重庆")),
        timeZone: "Asia/Shanghai", startDate: LocalDate(year: 2023, month: 10, day: 27),
        endDate: LocalDate(year: 2023, month: 10, day: 29),
        note: "Synthetic data made by `expo generate` for tests and benchmarks; every company is invented.")
      let columns = max(1, Int(Double(config.halls).squareRoot().rounded(.up)))
      halls = (0..<config.halls).map { i in
        let id = "H" + pad(i + 1, 2)
        return Hall(
          id: id, name: LocalizedText(en: "Hall \(i + 1)", zh: "\(i + 1)号馆"), floor: 1, width: 100, depth: 60,
          x: (i % columns) * 110, y: (i / columns) * 70)
      }
      venues = halls.prefix(8).enumerated().map { i, h in
        Venue(id: "stage-\(i + 1)", name: LocalizedText(en: "Stage \(i + 1)", zh: "\(i + 1)号舞台"), hall: h.id)
      }
    }

    // Exhibitors per profile.
    let totalWeight = profiles.reduce(0) { $0 + $1.weight }
    var counts = profiles.map { max(1, config.exhibitors * $0.weight / totalWeight) }
    var sum = counts.reduce(0, +)
    var k = 0
    while sum < config.exhibitors {
      counts[k % counts.count] += 1
      sum += 1
      k += 1
    }
    k = counts.count - 1
    while sum > config.exhibitors, k >= 0 {
      if counts[k] > 1 {
        counts[k] -= 1
        sum -= 1
      } else {
        k -= 1
      }
    }

    // Hall of each profile.
    var profileHall: [String] = []
    if config.profile == .chongqing2023 {
      profileHall = profiles.map(\.hall)
    } else {
      let perHall = max(1, (config.exhibitors + halls.count - 1) / halls.count)
      var running = 0
      for c in counts {
        profileHall.append(halls[min(halls.count - 1, running / perHall)].id)
        running += c
      }
    }

    var pavilions: [Pavilion] = []
    var exhibitors: [Exhibitor] = []
    var exhibitorItems: [[CountryProfile.Item]] = []
    var hallOf: [String] = []
    var usedNames = Set<String>()
    var serial = 0
    let idWidth = max(4, String(config.exhibitors).count)
    for (pi, profile) in profiles.enumerated() {
      let hall = profileHall[pi]
      var pavilionID: String?
      if profile.hasPavilion && !pavilions.contains(where: { $0.country == profile.code }) {
        let country = Countries.name(profile.code)
        let id = "pav-" + profile.code.lowercased()
        pavilionID = id
        pavilions.append(
          Pavilion(
            id: id, country: profile.code,
            name: LocalizedText(
              en: "\(country.en) Pavilion", zh: country.zh.map { "\($0)馆" }),
            hall: hall,
            description: SampleContent.pavilionBlurb[profile.code]
              ?? LocalizedText(
                en: "National pavilion of \(country.en): exporters and producers showing their best-known goods.",
                zh: country.zh.map { "\($0)国家馆：出口商和生产商展示本国最知名的商品。" })))
      }
      for i in 0..<counts[pi] {
        serial += 1
        let lines = min(profile.items.count, 2 + rng.below(3))
        var items: [CountryProfile.Item] = []
        for j in 0..<lines {
          items.append(profile.items[(i * 2 + j) % profile.items.count])
        }
        let name = companyName(profile: profile, primary: items[0], used: &usedNames)
        let categories = Array(Set(items.map(\.category))).sorted()
        let city: LocalizedText = profile.code == "CN" ? LocalizedText(en: "Chongqing", zh: "重庆") : name.place
        let itemList = items.map(\.en)
        let description =
          "\(name.text.en) presents \(listPhrase(itemList)) from \(city.en)"
          + (profile.code == "CN" ? "." : ", \(Countries.name(profile.code).en).")
          + (pavilionID != nil ? " Part of the national pavilion." : "")
        let descriptionZh = Self.chineseDescription(
          exhibitor: name.text.zh, items: items.map(\.zh), city: city.zh,
          country: profile.code == "CN" ? nil : Countries.name(profile.code), inPavilion: pavilionID != nil)
        exhibitors.append(
          Exhibitor(
            id: "ex-" + pad(serial, idWidth), name: name.text, country: profile.code,
            pavilion: pavilionID ?? pavilions.first(where: { $0.country == profile.code && $0.hall == hall })?.id,
            booths: [], categories: categories, description: LocalizedText(en: description, zh: descriptionZh),
            website: "https://\(slug(name.text.en)).example", city: city))
        exhibitorItems.append(items)
        hallOf.append(hall)
      }
    }

    // Booths: lay each hall out in rows of booths with aisles, pavilions as contiguous blocks.
    var booths: [Booth] = []
    for h in halls.indices {
      let hallID = halls[h].id
      let members = exhibitors.indices.filter { hallOf[$0] == hallID }
      let width = halls[h].width ?? 100
      var x = 4
      var y = 8
      var rowDepth = 0
      var rowIndex = 0
      var number = 0
      var pairCount = 0
      for e in members {
        let big = exhibitorItems[e].first?.specs == "vehicle"
        let w = big ? 12 : (rng.chance(20) ? 6 : 3)
        let d = big ? 9 : 3
        if x + w > width - 4 {
          rowIndex += 1
          pairCount += 1
          y += rowDepth + (pairCount % 2 == 0 ? 4 : 0)
          x = 4
          number = 0
          rowDepth = 0
        }
        number += 1
        let code = "\(hallID)-\(rowLabel(rowIndex))\(pad(number, 2))"
        booths.append(Booth(code: code, hall: hallID, x: x, y: y, width: w, depth: d))
        exhibitors[e].booths = [code]
        x += w
        rowDepth = max(rowDepth, d)
      }
      halls[h].depth = max(halls[h].depth ?? 60, y + rowDepth + 8)
      halls[h].features = Self.features(hall: halls[h], venues: venues)
    }
    // Rows of halls on the venue plan never overlap, however deep the halls grew.
    var rowTop: [Int: Int] = [:]
    var previousBottom = Int.min
    for originalY in Set(halls.compactMap(\.y)).sorted() {
      let top = max(originalY, previousBottom == Int.min ? originalY : previousBottom + 20)
      rowTop[originalY] = top
      previousBottom = top + halls.filter { $0.y == originalY }.map { $0.depth ?? 0 }.max()!
    }
    for h in halls.indices { halls[h].y = halls[h].y.flatMap { rowTop[$0] } }

    // Products.
    var products: [Product] = []
    products.reserveCapacity(config.products)
    // Products per exhibitor: around the average, the total exact.
    let base = config.products / max(1, exhibitors.count)
    var perExhibitor = exhibitors.map { _ in max(0, base + rng.below(max(1, base / 2 + 1)) - base / 4) }
    var difference = config.products - perExhibitor.reduce(0, +)
    var cursor = 0
    while difference != 0 && !perExhibitor.isEmpty {
      let i = cursor % perExhibitor.count
      if difference > 0 {
        perExhibitor[i] += 1
        difference -= 1
      } else if perExhibitor[i] > 0 {
        perExhibitor[i] -= 1
        difference += 1
      }
      cursor += 1
    }
    let productWidth = max(6, String(config.products).count)
    let variants = [
      ("", ""), ("Classic ", "经典"), ("Premium ", "优选"), ("Heritage ", "传承"), ("Signature ", "招牌"),
      ("Select ", "精选"), ("Artisan ", "匠心"), ("Organic ", "有机"),
    ]
    for (e, exhibitor) in exhibitors.enumerated() {
      let n = perExhibitor[e]
      let items = exhibitorItems[e]
      for j in 0..<n {
        let item = items[j % items.count]
        let specList = specs[item.specs] ?? [("Standard", "标准")]
        let spec = specList[(j / items.count) % specList.count]
        let variant = variants[(j / (items.count * specList.count)) % variants.count]
        var en = "\(variant.0)\(item.en), \(spec.en)"
        var zh = "\(variant.1)\(item.zh)（\(spec.zh)）"
        if j >= items.count * specList.count * variants.count {
          en += " — lot \(j + 1)"
          zh += " 批次\(j + 1)"
        }
        // No description: "X (250 g) by Y" only restated the name and the exhibitor, which the
        // product's screen shows, and cost a million products some 100 MB of catalogue.
        products.append(
          Product(
            id: "p-" + pad(products.count + 1, productWidth), exhibitor: exhibitor.id,
            name: LocalizedText(en: en, zh: zh), category: item.category, origin: exhibitor.country))
      }
    }

    let events: [Event]
    switch config.profile {
    case .chongqing2023:
      events = SampleContent.events(
        zone: zone, pavilions: pavilions, exhibitors: exhibitors, total: config.events, rng: &rng)
    case .synthetic:
      events = syntheticEvents(expo: expo, zone: zone, venues: venues, pavilions: pavilions)
    }
    return ExpoDataset(
      expo: expo, halls: halls, venues: venues, pavilions: pavilions, booths: booths, exhibitors: exhibitors,
      products: products, events: events)
  }

  // MARK: - Names

  /// A company's name in English and Chinese, and the place it is named after (its city). The
  /// Chinese name is the one a Chinese catalogue gives it: place, trade, legal form
  /// ("Kamchatka Foods JSC" → 堪察加食品股份公司). Only the English name is kept unique (ids and
  /// every other field follow from the random draws, which the Chinese names do not touch).
  private mutating func companyName(profile: CountryProfile, primary: CountryProfile.Item, used: inout Set<String>)
    -> (text: LocalizedText, place: LocalizedText)
  {
    for attempt in 0..<200 {
      let place = rng.pick(profile.places)
      let industry = SampleContent.industry(for: primary.category)
      let text: LocalizedText
      if profile.code == "CN" {
        let placeZh = place.zh ?? place.en
        let extra = attempt >= 50 ? " \(attempt)" : ""
        text = LocalizedText(
          en: "Chongqing \(place.en) \(industry.en)\(extra) Co., Ltd.",
          zh: "重庆\(placeZh)\(industry.zh)\(attempt >= 50 ? String(attempt) : "")有限公司")
      } else {
        let extra = attempt >= 50 ? " \(attempt)" : ""
        // "Yangon Gems" with the suffix "Gems Co., Ltd." is "Yangon Gems Co., Ltd.", not "Gems Gems".
        let suffix = rng.pick(profile.suffixes)
        let suffixNamesTrade = extra.isEmpty && suffix.en.hasPrefix(industry.en + " ")
        let trade = suffixNamesTrade ? "" : " \(industry.en)\(extra)"
        text = LocalizedText(
          en: "\(place.en)\(trade) \(suffix.en)",
          zh: Self.chineseName(
            place: place, trade: suffixNamesTrade ? "" : industry.zh, attempt: attempt, suffix: suffix))
      }
      if used.insert(text.en).inserted { return (text, LocalizedText(en: place.en, zh: place.zh)) }
    }
    let country = Countries.name(profile.code)
    let fallback = LocalizedText(
      en: "\(profile.code) Exporter \(used.count + 1)", zh: country.zh.map { "\($0)出口商\(used.count + 1)" })
    used.insert(fallback.en)
    return (fallback, LocalizedText(en: profile.code, zh: country.zh))
  }

  /// Place, trade (the repeat number after it, as for the Chongqing companies) and legal form, or
  /// nil when the place or the legal form has no Chinese form. A legal form that names the trade
  /// already leaves it out: 仰光珠宝有限公司, and a winery's cellar 卡赫季酒庄 (not 卡赫季酒业酒庄).
  static func chineseName(place: CountryProfile.Term, trade: String, attempt: Int, suffix: CountryProfile.Term)
    -> String?
  {
    guard let placeZh = place.zh, let suffixZh = suffix.zh else { return nil }
    let named = suffixZh.hasPrefix(trade) || (trade == "酒业" && suffixZh == "酒庄")
    return placeZh + (named ? "" : trade) + (attempt >= 50 ? String(attempt) : "") + suffixZh
  }

  /// An exhibitor's description in Chinese, built from the Chinese names: "堪察加食品股份公司展出来自俄罗斯
  /// 堪察加的阿尔泰山蜂蜜和巧克力礼盒。为俄罗斯国家馆参展企业。" `country` is nil for a Chongqing
  /// company (its city says it). The country is said once: a place named as its country is not
  /// repeated, and goods named after it lose the name after "来自俄罗斯堪察加的" (俄罗斯巧克力礼盒 is
  /// 巧克力礼盒 there). Nil when a name has no Chinese form.
  static func chineseDescription(
    exhibitor: String?, items: [String], city: String?, country: LocalizedText?, inPavilion: Bool
  ) -> String? {
    guard let exhibitor, let city else { return nil }
    var origin = city
    var goods = items
    var pavilion = "国家馆"
    if let country {
      guard let countryZh = country.zh else { return nil }
      origin = city == countryZh ? countryZh : countryZh + city
      goods = items.map { item in
        item.hasPrefix(countryZh) && item.count >= countryZh.count + 2 ? String(item.dropFirst(countryZh.count)) : item
      }
      pavilion = countryZh + pavilion
    }
    return "\(exhibitor)展出来自\(origin)的\(chineseList(goods))。" + (inPavilion ? "为\(pavilion)参展企业。" : "")
  }

  /// "A、B和C", the way a Chinese list is written ("A、B及C" when a name has 和 in it: 澳洲和牛).
  static func chineseList(_ items: [String]) -> String {
    if items.count <= 1 { return items.first ?? "商品" }
    let and = items.contains { $0.contains("和") } ? "及" : "和"
    return items.dropLast().joined(separator: "、") + and + items[items.count - 1]
  }

  private func listPhrase(_ items: [String]) -> String {
    if items.count <= 1 { return items.first ?? "goods" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  private func slug(_ text: String) -> String {
    var out = ""
    var dash = false
    for c in text.lowercased().unicodeScalars {
      if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
        out.unicodeScalars.append(c)
        dash = false
      } else if !dash && !out.isEmpty {
        out += "-"
        dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "exhibitor" : out
  }

  private func rowLabel(_ index: Int) -> String {
    let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")  // no I or O: they read as 1 and 0
    if index < letters.count { return String(letters[index]) }
    return String(letters[(index / letters.count - 1) % letters.count]) + String(letters[index % letters.count])
  }

  // MARK: - Synthetic events

  /// A hall's entrances, stages (one per event venue in the hall), café, information desk and
  /// toilets, placed in the bands the booth layout leaves free (8 m at the top and the bottom).
  static func features(hall: Hall, venues: [Venue]) -> [HallFeature] {
    let width = hall.width ?? 100
    let depth = hall.depth ?? 60
    var features = [
      HallFeature(
        kind: .entrance, name: LocalizedText(en: "North entrance", zh: "北入口"), x: width / 2 - 3, y: 0, width: 6,
        depth: 1),
      HallFeature(
        kind: .entrance, name: LocalizedText(en: "South entrance", zh: "南入口"), x: width / 2 - 3, y: depth - 1,
        width: 6, depth: 1),
      HallFeature(
        kind: .cafe, name: LocalizedText(en: "Café", zh: "咖啡厅"), x: width - 14, y: 1, width: 10, depth: 5),
      HallFeature(
        kind: .info, name: LocalizedText(en: "Information", zh: "服务台"), x: width / 2 + 5, y: depth - 5, width: 4,
        depth: 2),
      HallFeature(
        kind: .restroom, name: LocalizedText(en: "Toilets", zh: "洗手间"), x: 1, y: depth - 4, width: 4, depth: 3),
    ]
    for (k, venue) in venues.filter({ $0.hall == hall.id }).prefix(2).enumerated() {
      features.append(
        HallFeature(kind: .stage, name: venue.name, x: 4 + 22 * k, y: 1, width: 18, depth: 5, venue: venue.id))
    }
    return features
  }

  private mutating func syntheticEvents(expo: Expo, zone: TimeZone, venues: [Venue], pavilions: [Pavilion])
    -> [Event]
  {
    let kinds = ["forum", "tasting", "show", "workshop", "matchmaking", "speech", "demonstration"]
    let days = expo.days
    var events: [Event] = []
    guard !venues.isEmpty else { return [] }
    var slot = 0
    while events.count < config.events {
      let venue = venues[slot % venues.count]
      let perDay = 8
      let dayIndex = (slot / venues.count / perDay) % days.count
      let hourSlot = (slot / venues.count) % perDay
      let start = days[dayIndex].startOfDay(in: zone).addingTimeInterval(Double(9 * 3600 + hourSlot * 3600))
      let kind = kinds[rng.below(kinds.count)]
      let pavilion = pavilions.isEmpty ? nil : pavilions[rng.below(pavilions.count)]
      let title = "\(pavilion.map { $0.name.en } ?? "Trade") \(kind.capitalized) \(events.count + 1)"
      events.append(
        Event(
          id: "ev-" + pad(events.count + 1, 5), title: LocalizedText(en: title), kind: kind, start: start,
          end: start.addingTimeInterval(Double(30 + rng.below(4) * 15) * 60), venue: venue.id,
          speakers: [], pavilion: pavilion?.id, description: LocalizedText(en: "Generated event.", zh: "生成的活动。")))
      slot += 1
    }
    return events
  }
}

/// `text` ending with exactly one full stop.
func sentenceEnd(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

func pad(_ value: Int, _ width: Int) -> String { ExpoTime.pad(value, width) }
