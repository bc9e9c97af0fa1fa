import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The directory: halls, countries, pavilions, exhibitors, products and categories.
extension CatalogueScreens {
  func hallList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let halls = try c.halls()
    let t = UIText(language)
    return ScreenContent(
      title: t.halls,
      card: [
        CardLine(.title, t.halls),
        CardLine(.subtitle, t.hallsAt(halls.count, name(info.expo.venue.name, language))),
      ],
      columns: [
        Column(t.columnHall, .fixed(5)), Column(t.columnName, .flexible(min: 16, weight: 1)),
        Column(t.columnExhibitors, .fixed(10), alignRight: true), Column(t.pavilions, .fixed(9), alignRight: true),
      ],
      showsHeader: true,
      segments: [
        .rows(
          halls.map {
            .item(
              [$0.id, name($0.name, language), Format.grouped($0.exhibitorCount), Format.grouped($0.pavilionCount)],
              opens: .hall($0.id))
          })
      ],
      emptyText: t.noHalls)
  }

  func hallScreen(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let hall = hallIndex[id] else { return missing(t.missing(.hall, id), id) }
    let pavilions = try c.pavilions(PavilionQuery(hall: id))
    let query = ExhibitorQuery(hall: id)
    let count = try c.exhibitorCount(query)
    var card = [CardLine(.title, name(hall.name, language))]
    if let zh = hall.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(t.count(hall.exhibitorCount, .exhibitor)) · \(t.count(pavilions.count, .pavilion)) · \(t.count(hall.boothCount, .booth))"
          + (hall.floor.map { " · " + t.floor($0) } ?? "")))
    let segments =
      pavilionSegment(t.heading(t.pavilions, pavilions.count), pavilions, language)
      + exhibitorSegments(count, .exhibitors(hall: id), t)
    return ScreenContent(
      title: hall.id, card: card, columns: CatalogueScreens.exhibitorColumns(t), segments: segments)
  }

  func countryList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let countries = try c.countries()
    let t = UIText(language)
    return ScreenContent(
      title: t.section(.countries),
      card: [
        CardLine(.title, t.countriesAndPavilions),
        CardLine(.subtitle, "\(t.count(countries.count, .country)) · \(t.count(info.counts.pavilions, .pavilion))"),
      ],
      columns: [
        Column(t.columnCountryCode, .fixed(2)), Column(t.columnCountry, .flexible(min: 12, weight: 1)),
        Column(t.columnPavilion, .fixed(8)), Column(t.columnExhibitors, .fixed(10), alignRight: true),
        Column(t.columnProducts, .fixed(8), alignRight: true),
      ],
      showsHeader: true,
      segments: [
        .rows(
          countries.map {
            .item(
              [
                $0.code, name($0.name, language), $0.pavilionCount > 0 ? t.yes : "",
                Format.grouped($0.exhibitorCount), Format.grouped($0.productCount),
              ], opens: .country($0.code))
          })
      ])
  }

  func countryScreen(_ code: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let country = countryIndex[code] else { return missing(t.missing(.country, code), code) }
    let pavilions = try c.pavilions(PavilionQuery(country: code))
    let query = ExhibitorQuery(country: code)
    let count = try c.exhibitorCount(query)
    var card = [CardLine(.title, t.withNote(name(country.name, language), code))]
    if let zh = country.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(t.count(country.exhibitorCount, .exhibitor)) · \(t.count(country.productCount, .product)) · "
          + (pavilions.isEmpty ? t.noPavilion : t.pavilionInHall(pavilions.map(\.hall)))))
    let segments =
      pavilionSegment(t.pavilion, pavilions, language) + exhibitorSegments(count, .exhibitors(country: code), t)
    return ScreenContent(
      title: name(country.name, language), card: card, columns: CatalogueScreens.exhibitorColumns(t), segments: segments
    )
  }

  func pavilionScreen(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let t = UIText(language)
    guard let p = pavilionIndex[id] else { return missing(t.missing(.pavilion, id), id) }
    let query = ExhibitorQuery(pavilion: id)
    let count = try c.exhibitorCount(query)
    let events = try c.events(EventQuery(pavilion: id), offset: 0, limit: 200)
    var card = [CardLine(.title, name(p.name, language))]
    if let zh = p.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(CardLine(.field(t.fieldHall), hallIndex[p.hall].map { name($0.name, language) } ?? p.hall))
    if let d = p.description { card.append(CardLine(.text, name(d, language))) }
    var segments: [ScreenContent.Segment] = [
      .rows([
        .link(t.linkCountry(countryName(p.country, language, countryIndex)), opens: .country(p.country)),
        .link(t.linkHall(hallIndex[p.hall].map { name($0.name, language) } ?? p.hall), opens: .hall(p.hall)),
      ])
    ]
    if !events.isEmpty {
      segments.append(
        .rows([.section(t.heading(t.events, events.count))] + events.map { eventRow($0, language, withDay: true) }))
    }
    segments += exhibitorSegments(count, .exhibitors(pavilion: id), t)
    return ScreenContent(
      title: name(p.name, language), card: card, columns: CatalogueScreens.exhibitorColumns(t), segments: segments)
  }

  func exhibitorList(_ sort: ExhibitorSort, _ language: Language, _ keys: Keymaps) throws -> ScreenContent {
    let c = catalogue
    let query = ExhibitorQuery(sort: sort)
    let count = try c.exhibitorCount(query)
    let t = UIText(language)
    return ScreenContent(
      title: t.exhibitors,
      card: [
        CardLine(.title, t.exhibitors), CardLine(.subtitle, t.sortedBy(sort, key: keys.label(for: .sort, in: .list))),
      ],
      columns: CatalogueScreens.exhibitorColumns(t), showsHeader: true,
      segments: [
        .paged(count: count, .exhibitors(sort: sort))
      ])
  }

  func productList(_ language: Language, _ keys: Keymaps) throws -> ScreenContent {
    let c = catalogue
    let count = try c.productCount(ProductQuery())
    let t = UIText(language)
    return ScreenContent(
      title: t.products,
      card: [
        CardLine(.title, t.products),
        CardLine(.subtitle, t.productsByName(count, categoryKey: keys.label(for: .categories, in: .list))),
      ],
      columns: CatalogueScreens.productColumns(t), showsHeader: true,
      segments: [
        .paged(count: count, .products())
      ])
  }

  func categoryList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let names = try c.categories().sorted()
    let t = UIText(language)
    let rows: [Row] = try names.map { name in
      .item(
        [
          t.category(name), t.count(try c.exhibitorCount(ExhibitorQuery(category: name)), .exhibitor),
          t.count(try c.productCount(ProductQuery(category: name)), .product),
        ], opens: .category(name))
    }
    return ScreenContent(
      title: t.categories,
      card: [CardLine(.title, t.categories), CardLine(.subtitle, t.chooseCategory)],
      columns: [
        Column(t.columnCategory, .flexible(min: 16, weight: 1)),
        Column(t.columnExhibitors, .fixed(16), alignRight: true),
        Column(t.columnProducts, .fixed(16), alignRight: true),
      ], showsHeader: true, segments: [.rows(rows)])
  }

  func categoryScreen(_ name: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let exhibitorQuery = ExhibitorQuery(category: name)
    let productQuery = ProductQuery(category: name)
    let exhibitors = try c.exhibitorCount(exhibitorQuery)
    let products = try c.productCount(productQuery)
    let t = UIText(language)
    return ScreenContent(
      title: t.category(name),
      card: [
        CardLine(.title, t.category(name)),
        CardLine(.text, t.inThisCategory(exhibitors, products)),
      ],
      columns: CatalogueScreens.exhibitorColumns(t),
      segments: [
        .rows([.section(t.heading(t.exhibitors, exhibitors))]),
        .paged(count: exhibitors, .exhibitors(category: name)),
        .rows([.section(t.heading(t.products, products))]),
        .paged(count: products, .products(category: name)),
      ])
  }

  /// A hall's or a country's pavilions under a heading (nothing when there are none).
  func pavilionSegment(_ heading: String, _ pavilions: [PavilionRow], _ language: Language) -> [ScreenContent.Segment] {
    pavilions.isEmpty ? [] : [.rows([.section(heading)] + pavilions.map { pavilionRow($0, language) })]
  }

  /// "Exhibitors (N)" and the exhibitors, a page at a time.
  func exhibitorSegments(_ count: Int, _ listing: Listing, _ t: UIText) -> [ScreenContent.Segment] {
    [.rows([.section(t.heading(t.exhibitors, count))]), .paged(count: count, listing)]
  }
}
