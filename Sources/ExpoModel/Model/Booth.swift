/// A booth (stand) on a hall plan, such as "N3-A12".
public struct Booth: Sendable, Hashable, Codable {
  public var code: String
  public var hall: String
  /// Position and size on the hall plan in grid units; absent when the data has no geometry.
  public var x: Int?
  public var y: Int?
  public var width: Int?
  public var depth: Int?

  public init(code: String, hall: String, x: Int? = nil, y: Int? = nil, width: Int? = nil, depth: Int? = nil) {
    self.code = code
    self.hall = hall
    self.x = x
    self.y = y
    self.width = width
    self.depth = depth
  }
}
