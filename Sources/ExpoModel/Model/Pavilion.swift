/// A country pavilion: the exhibitors of one country grouped in one place.
public struct Pavilion: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  /// ISO 3166-1 alpha-2 code.
  public var country: String
  public var name: LocalizedText
  public var hall: String
  public var description: LocalizedText?

  public init(id: String, country: String, name: LocalizedText, hall: String, description: LocalizedText? = nil) {
    self.id = id
    self.country = country
    self.name = name
    self.hall = hall
    self.description = description
  }
}
