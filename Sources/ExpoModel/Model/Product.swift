/// A product or exhibit shown by an exhibitor.
public struct Product: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var exhibitor: String
  public var name: LocalizedText
  public var category: String
  /// Country of origin (ISO 3166-1 alpha-2); defaults to the exhibitor's country.
  public var origin: String?
  public var description: LocalizedText?

  public init(
    id: String, exhibitor: String, name: LocalizedText, category: String, origin: String? = nil,
    description: LocalizedText? = nil
  ) {
    self.id = id
    self.exhibitor = exhibitor
    self.name = name
    self.category = category
    self.origin = origin
    self.description = description
  }
}
