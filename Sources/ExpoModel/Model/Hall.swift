/// An exhibition hall.
public struct Hall: Sendable, Hashable, Codable, Identifiable {
  /// The longest side of a hall, and of anything placed in it, in metres.
  public static let maximumSide = 10_000
  /// The largest hall, in square metres. Plans and walking routes cost memory with the hall's
  /// area (a close-up is 2 columns and 1 row per metre: at most 2 million cells, 16 MB), so a hall
  /// beyond this is refused when validated. The largest exhibition halls are about 100,000 m².
  public static let maximumArea = 1_000_000

  public var id: String
  public var name: LocalizedText
  public var floor: Int?
  /// Size of the hall plan in grid units (metres in the sample).
  public var width: Int?
  public var depth: Int?
  /// Position of the hall on the venue plan, in grid units.
  public var x: Int?
  public var y: Int?
  /// Entrances, stages and facilities drawn on the hall plan.
  public var features: [HallFeature]

  public init(
    id: String, name: LocalizedText, floor: Int? = nil, width: Int? = nil, depth: Int? = nil,
    x: Int? = nil, y: Int? = nil, features: [HallFeature] = []
  ) {
    self.features = features
    self.id = id
    self.name = name
    self.floor = floor
    self.width = width
    self.depth = depth
    self.x = x
    self.y = y
  }
}

/// Something on a hall plan that is not a booth: an entrance, a stage, a café, toilets….
public struct HallFeature: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case entrance, stage, cafe, restroom, info, office, other

    /// Whether visitors walk through it (an entrance) or around it (everything else).
    public var isWalkable: Bool { self == .entrance }
  }

  public var kind: Kind
  public var name: LocalizedText?
  public var x: Int
  public var y: Int
  public var width: Int
  public var depth: Int
  /// The event venue (stage) this feature is, when it is one.
  public var venue: String?

  public init(
    kind: Kind, name: LocalizedText? = nil, x: Int, y: Int, width: Int, depth: Int, venue: String? = nil
  ) {
    self.kind = kind
    self.name = name
    self.x = x
    self.y = y
    self.width = width
    self.depth = depth
    self.venue = venue
  }
}

extension HallFeature {
  /// Features as the compiler stores them (a JSON array of the Codable form), read with our own
  /// parser: a decoding by `JSONDecoder` cost tens of microseconds a hall in the static
  /// executable, and the first screen lists 60 halls at a large fair. Nil when the text is not
  /// such an array.
  public static func list(fromJSON text: String) -> [HallFeature]? {
    guard let root = try? JSONParser.parse(Array(text.utf8)), case .array(let items) = root.value else { return nil }
    func string(_ node: JSONNode?) -> String? {
      if case .string(let s)? = node?.value { return s }
      return nil
    }
    func int(_ node: JSONNode?) -> Int? {
      guard case .number(let n, isInteger: true)? = node?.value, let exact = Int(exactly: n) else { return nil }
      return exact
    }
    var out: [HallFeature] = []
    out.reserveCapacity(items.count)
    for item in items {
      guard case .object(let o) = item.value, let kind = string(o["kind"]).flatMap(Kind.init(rawValue:)),
        let x = int(o["x"]), let y = int(o["y"]), let width = int(o["width"]), let depth = int(o["depth"])
      else { return nil }
      var name: LocalizedText?
      if let node = o["name"], node.value != .null {
        guard case .object(let n) = node.value, let en = string(n["en"]) else { return nil }
        name = LocalizedText(en: en, zh: string(n["zh"]))
      }
      out.append(
        HallFeature(kind: kind, name: name, x: x, y: y, width: width, depth: depth, venue: string(o["venue"])))
    }
    return out
  }
}
