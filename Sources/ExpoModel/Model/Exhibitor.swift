/// A company or organisation that exhibits.
public struct Exhibitor: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: LocalizedText
  /// ISO 3166-1 alpha-2 code.
  public var country: String
  public var pavilion: String?
  public var booths: [String]
  public var categories: [String]
  public var description: LocalizedText?
  public var website: String?
  public var city: LocalizedText?

  public init(
    id: String, name: LocalizedText, country: String, pavilion: String? = nil, booths: [String] = [],
    categories: [String] = [], description: LocalizedText? = nil, website: String? = nil, city: LocalizedText? = nil
  ) {
    self.id = id
    self.name = name
    self.country = country
    self.pavilion = pavilion
    self.booths = booths
    self.categories = categories
    self.description = description
    self.website = website
    self.city = city
  }
}
