import ExpoModel
import ExpoStore

/// Options whose value must name something in the catalogue (a hall, a country, a venue…): a value
/// that names nothing is an error listing what exists, never an empty list that looks like an
/// answer. Codes match in any case; a country may also be given by name ("Uruguay", "乌拉圭").
struct KnownValues {
  let catalogue: any CatalogueReading
  /// The language of the error messages.
  var t = UIText.english

  /// `value` as the catalogue spells it, or an error (exit 64) that lists the valid ones.
  func check(_ value: String?, option: String, among valid: [String], names: [String: String] = [:]) throws -> String? {
    guard let value else { return nil }
    if let exact = valid.first(where: { $0 == value }) { return exact }
    if let folded = valid.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { return folded }
    let shown = valid.prefix(30).map { code in names[code].map { "\(code) (\($0))" } ?? code }
    throw CLIError(
      t.unknownValue(
        option: option, value: value,
        valid: shown.joined(separator: ", ") + (valid.count > 30 ? t.andMore(valid.count) : "")), code: 64)
  }

  func hall(_ value: String?) throws -> String? {
    try check(value, option: "hall", among: try catalogue.halls().map(\.id))
  }

  func country(_ value: String?) throws -> String? {
    guard let value else { return nil }
    let countries = try catalogue.countries()
    let code = CountryNames.code(for: value) ?? value
    return try check(
      code, option: "country", among: countries.map(\.code),
      names: Dictionary(countries.map { ($0.code, $0.name.text(t.language)) }, uniquingKeysWith: { a, _ in a }))
  }

  func pavilion(_ value: String?) throws -> String? {
    let pavilions = try catalogue.pavilions(PavilionQuery())
    return try check(
      value, option: "pavilion", among: pavilions.map(\.id),
      names: Dictionary(pavilions.map { ($0.id, $0.name.text(t.language)) }, uniquingKeysWith: { a, _ in a }))
  }

  func category(_ value: String?) throws -> String? {
    try check(value, option: "category", among: try catalogue.categories().sorted())
  }

  func venue(_ value: String?) throws -> String? {
    let venues = try catalogue.venues()
    return try check(
      value, option: "venue", among: venues.map(\.id),
      names: Dictionary(venues.map { ($0.id, $0.name.text(t.language)) }, uniquingKeysWith: { a, _ in a }))
  }

  func kind(_ value: String?) throws -> String? {
    let kinds = Set(try catalogue.events(EventQuery(), offset: 0, limit: 100_000).map(\.kind))
    return try check(value, option: "kind", among: kinds.sorted())
  }

  func exhibitor(_ value: String?) throws -> String? {
    guard let value else { return nil }
    guard try catalogue.exhibitor(id: value) != nil else {
      throw CLIError(t.unknownExhibitor(value), code: 64)
    }
    return value
  }
}
