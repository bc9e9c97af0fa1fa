import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The directory: halls, countries, pavilions, exhibitors, products and categories.
extension CatalogueScreens {
  func hallList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let halls = try c.halls()
    return ScreenContent(
      title: "Halls",
      card: [
        CardLine(.title, "Halls"),
        CardLine(.subtitle, "\(halls.count) halls at \(name(info.expo.venue.name, language))"),
      ],
      columns: [
        Column("Hall", .fixed(5)), Column("Name", .flexible(min: 16, weight: 1)),
        Column("Exhibitors", .fixed(10), alignRight: true), Column("Pavilions", .fixed(9), alignRight: true),
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
      emptyText: "This data has no halls (a schedule only?): 5 shows the schedule.")
  }

  func hallScreen(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    guard let hall = hallIndex[id] else { return missing("hall", id) }
    let pavilions = try c.pavilions(PavilionQuery(hall: id))
    let query = ExhibitorQuery(hall: id)
    let count = try c.exhibitorCount(query)
    var card = [CardLine(.title, name(hall.name, language))]
    if let zh = hall.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(Format.count(hall.exhibitorCount, "exhibitor")) · \(Format.count(pavilions.count, "pavilion")) · \(Format.count(hall.boothCount, "booth"))"
          + (hall.floor.map { " · floor \($0)" } ?? "")))
    let segments =
      pavilionSegment("Pavilions (\(pavilions.count))", pavilions, language)
      + exhibitorSegments(count, .exhibitors(hall: id))
    return ScreenContent(
      title: hall.id, card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments)
  }

  func countryList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let countries = try c.countries()
    return ScreenContent(
      title: "Countries",
      card: [
        CardLine(.title, "Countries and pavilions"),
        CardLine(.subtitle, "\(countries.count) countries · \(info.counts.pavilions) pavilions"),
      ],
      columns: [
        Column("CC", .fixed(2)), Column("Country", .flexible(min: 12, weight: 1)),
        Column("Pavilion", .fixed(8)), Column("Exhibitors", .fixed(10), alignRight: true),
        Column("Products", .fixed(8), alignRight: true),
      ],
      showsHeader: true,
      segments: [
        .rows(
          countries.map {
            .item(
              [
                $0.code, name($0.name, language), $0.pavilionCount > 0 ? "yes" : "",
                Format.grouped($0.exhibitorCount), Format.grouped($0.productCount),
              ], opens: .country($0.code))
          })
      ])
  }

  func countryScreen(_ code: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    guard let country = countryIndex[code] else { return missing("country", code) }
    let pavilions = try c.pavilions(PavilionQuery(country: code))
    let query = ExhibitorQuery(country: code)
    let count = try c.exhibitorCount(query)
    var card = [CardLine(.title, "\(name(country.name, language)) (\(code))")]
    if let zh = country.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(
      CardLine(
        .text,
        "\(Format.grouped(country.exhibitorCount)) exhibitors · \(Format.grouped(country.productCount)) products · "
          + (pavilions.isEmpty
            ? "no national pavilion" : "pavilion in hall \(pavilions.map(\.hall).joined(separator: ", "))")))
    let segments =
      pavilionSegment("Pavilion", pavilions, language) + exhibitorSegments(count, .exhibitors(country: code))
    return ScreenContent(
      title: name(country.name, language), card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments)
  }

  func pavilionScreen(_ id: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    guard let p = pavilionIndex[id] else { return missing("pavilion", id) }
    let query = ExhibitorQuery(pavilion: id)
    let count = try c.exhibitorCount(query)
    let events = try c.events(EventQuery(pavilion: id), offset: 0, limit: 200)
    var card = [CardLine(.title, name(p.name, language))]
    if let zh = p.name.zh, language == .english { card.append(CardLine(.subtitle, zh)) }
    card.append(CardLine(.field("Hall"), hallIndex[p.hall].map { name($0.name, language) } ?? p.hall))
    if let d = p.description { card.append(CardLine(.text, d)) }
    var segments: [ScreenContent.Segment] = [
      .rows([
        .link("Country: " + countryName(p.country, language, countryIndex), opens: .country(p.country)),
        .link("Hall: " + (hallIndex[p.hall].map { name($0.name, language) } ?? p.hall), opens: .hall(p.hall)),
      ])
    ]
    if !events.isEmpty {
      segments.append(
        .rows([.section("Events (\(events.count))")] + events.map { eventRow($0, language, withDay: true) }))
    }
    segments += exhibitorSegments(count, .exhibitors(pavilion: id))
    return ScreenContent(
      title: name(p.name, language), card: card, columns: CatalogueScreens.exhibitorColumns, segments: segments)
  }

  func exhibitorList(_ sort: ExhibitorSort, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let query = ExhibitorQuery(sort: sort)
    let count = try c.exhibitorCount(query)
    return ScreenContent(
      title: "Exhibitors",
      card: [
        CardLine(.title, "Exhibitors"), CardLine(.subtitle, "sorted by \(sort.rawValue) · s changes the order"),
      ],
      columns: CatalogueScreens.exhibitorColumns, showsHeader: true,
      segments: [
        .paged(count: count, .exhibitors(sort: sort))
      ])
  }

  func productList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let count = try c.productCount(ProductQuery())
    return ScreenContent(
      title: "Products",
      card: [
        CardLine(.title, "Products"),
        CardLine(.subtitle, "\(Format.count(count, "product")), by name · f filters by category"),
      ],
      columns: CatalogueScreens.productColumns, showsHeader: true,
      segments: [
        .paged(count: count, .products())
      ])
  }

  func categoryList(_ language: Language) throws -> ScreenContent {
    let c = catalogue
    let names = try c.categories().sorted()
    let rows: [Row] = try names.map { name in
      .item(
        [
          name, Format.count(try c.exhibitorCount(ExhibitorQuery(category: name)), "exhibitor"),
          Format.count(try c.productCount(ProductQuery(category: name)), "product"),
        ], opens: .category(name))
    }
    return ScreenContent(
      title: "Categories",
      card: [CardLine(.title, "Categories"), CardLine(.subtitle, "Choose one to list its exhibitors and products")],
      columns: [
        Column("Category", .flexible(min: 16, weight: 1)), Column("Exhibitors", .fixed(16), alignRight: true),
        Column("Products", .fixed(16), alignRight: true),
      ], showsHeader: true, segments: [.rows(rows)])
  }

  func categoryScreen(_ name: String, _ language: Language) throws -> ScreenContent {
    let c = catalogue
    let exhibitorQuery = ExhibitorQuery(category: name)
    let productQuery = ProductQuery(category: name)
    let exhibitors = try c.exhibitorCount(exhibitorQuery)
    let products = try c.productCount(productQuery)
    return ScreenContent(
      title: name,
      card: [
        CardLine(.title, name),
        CardLine(
          .text, "\(Format.count(exhibitors, "exhibitor")) · \(Format.count(products, "product")) in this category"),
      ],
      columns: CatalogueScreens.exhibitorColumns,
      segments: [
        .rows([.section("Exhibitors (\(Format.grouped(exhibitors)))")]),
        .paged(count: exhibitors, .exhibitors(category: name)),
        .rows([.section("Products (\(Format.grouped(products)))")]),
        .paged(count: products, .products(category: name)),
      ])
  }

  /// A hall's or a country's pavilions under a heading (nothing when there are none).
  func pavilionSegment(_ heading: String, _ pavilions: [PavilionRow], _ language: Language) -> [ScreenContent.Segment] {
    pavilions.isEmpty ? [] : [.rows([.section(heading)] + pavilions.map { pavilionRow($0, language) })]
  }

  /// "Exhibitors (N)" and the exhibitors, a page at a time.
  func exhibitorSegments(_ count: Int, _ listing: Listing) -> [ScreenContent.Segment] {
    [.rows([.section("Exhibitors (\(Format.grouped(count)))")]), .paged(count: count, listing)]
  }
}
