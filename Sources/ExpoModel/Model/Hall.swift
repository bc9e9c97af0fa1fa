/// An exhibition hall.
public struct Hall: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: LocalizedText
  public var floor: Int?
  /// Size of the hall plan in grid units (metres in the sample).
  public var width: Int?
  public var depth: Int?
  /// Position of the hall on the venue plan, in grid units.
  public var x: Int?
  public var y: Int?

  public init(
    id: String, name: LocalizedText, floor: Int? = nil, width: Int? = nil, depth: Int? = nil,
    x: Int? = nil, y: Int? = nil
  ) {
    self.id = id
    self.name = name
    self.floor = floor
    self.width = width
    self.depth = depth
    self.x = x
    self.y = y
  }
}
