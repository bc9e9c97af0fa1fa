/// A stage, room or forum hall where events take place.
public struct Venue: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: LocalizedText
  /// The hall the venue is in, if any.
  public var hall: String?

  public init(id: String, name: LocalizedText, hall: String? = nil) {
    self.id = id
    self.name = name
    self.hall = hall
  }
}
