import ExpoModel
import Foundation

/// Totals of the catalogue.
public struct CatalogueCounts: Sendable, Hashable, Codable {
  public var halls = 0
  public var pavilions = 0
  public var countries = 0
  public var exhibitors = 0
  public var booths = 0
  public var products = 0
  public var events = 0
  public var venues = 0

  public init() {}
}

/// The expo and its totals.
public struct ExpoInfo: Sendable, Hashable {
  public var expo: Expo
  public var counts: CatalogueCounts

  /// The zone's offsets as the catalogue lists them (nil: an older catalogue, or a zone whose
  /// offsets could not be listed; Foundation's zone then answers).
  public var zoneTable: ZoneRules?

  public var zone: ZoneRules {
    zoneTable ?? ZoneRules(TimeZone(identifier: expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!)
  }
}

public struct HallRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var name: LocalizedText
  public var floor: Int?
  public var exhibitorCount: Int
  public var pavilionCount: Int
  public var boothCount: Int
  /// Plan size and position on the venue plan (nil: the data gives none).
  public var width: Int?
  public var depth: Int?
  public var x: Int?
  public var y: Int?
  /// What stands on the hall's plan: read from the catalogue's JSON each time it is asked for (a
  /// plan or a walk asks once; a list of halls, the first screen's among them, never — at a large
  /// fair reading them all was a millisecond of the start).
  public var features: [HallFeature] {
    get { decodedFeatures ?? featuresJSON.flatMap(HallFeature.list(fromJSON:)) ?? [] }
    set {
      decodedFeatures = newValue
      featuresJSON = nil
    }
  }
  private var decodedFeatures: [HallFeature]?
  private var featuresJSON: String?

  public init(
    id: String, name: LocalizedText, floor: Int? = nil, exhibitorCount: Int = 0, pavilionCount: Int = 0,
    boothCount: Int = 0, width: Int? = nil, depth: Int? = nil, x: Int? = nil, y: Int? = nil,
    features: [HallFeature] = []
  ) {
    self.id = id
    self.name = name
    self.floor = floor
    self.exhibitorCount = exhibitorCount
    self.pavilionCount = pavilionCount
    self.boothCount = boothCount
    self.width = width
    self.depth = depth
    self.x = x
    self.y = y
    self.decodedFeatures = features
  }

  /// A hall whose features are the catalogue's JSON text, read when first asked for.
  init(_ row: HallRow, featuresJSON: String?) {
    self = row
    decodedFeatures = nil
    self.featuresJSON = featuresJSON
  }

  public static func == (a: HallRow, b: HallRow) -> Bool {
    a.id == b.id && a.name == b.name && a.floor == b.floor && a.exhibitorCount == b.exhibitorCount
      && a.pavilionCount == b.pavilionCount && a.boothCount == b.boothCount && a.width == b.width
      && a.depth == b.depth && a.x == b.x && a.y == b.y && a.features == b.features
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(x)
    hasher.combine(y)
  }
}

/// A booth as the hall plan draws it: where it is and whose it is.
public struct PlanBooth: Sendable, Hashable {
  public var code: String
  public var rect: PlanRect?
  public var exhibitor: String?
  public var exhibitorName: LocalizedText?
  public var pavilion: String?

  public init(
    code: String, rect: PlanRect?, exhibitor: String? = nil, exhibitorName: LocalizedText? = nil,
    pavilion: String? = nil
  ) {
    self.code = code
    self.rect = rect
    self.exhibitor = exhibitor
    self.exhibitorName = exhibitorName
    self.pavilion = pavilion
  }
}

public struct VenueRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var name: LocalizedText
  public var hall: String?
}

public struct CountryRow: Sendable, Hashable, Identifiable {
  public var id: String { code }
  public var code: String
  public var name: LocalizedText
  public var exhibitorCount: Int
  public var productCount: Int
  public var pavilionCount: Int
}

public struct PavilionRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var country: String
  public var name: LocalizedText
  public var hall: String
  public var description: LocalizedText?
  public var exhibitorCount: Int
}

public struct ExhibitorRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var name: LocalizedText
  public var country: String
  public var pavilion: String?
  public var hall: String?
  public var booths: [String]
  public var categories: [String]
  public var productCount: Int
  public var description: LocalizedText?
  public var website: String?
  public var city: LocalizedText?
}

public struct BoothRow: Sendable, Hashable, Identifiable {
  public var id: String { code }
  public var code: String
  public var hall: String
  public var exhibitor: String?
  public var x: Int?
  public var y: Int?
  public var width: Int?
  public var depth: Int?

  /// The booth's rectangle on its hall plan, when the data gives one.
  public var rect: PlanRect? {
    guard let x, let y, let width, let depth else { return nil }
    return PlanRect(x: x, y: y, width: width, depth: depth)
  }
}

public struct ProductRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var name: LocalizedText
  public var exhibitor: String
  public var exhibitorName: LocalizedText
  public var country: String
  public var category: String
  public var origin: String
  public var hall: String?
  /// The exhibitor's (first) booth.
  public var booth: String?
  public var description: LocalizedText?
}

public struct EventRow: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: LocalizedText
  public var kind: String
  public var start: Date
  public var end: Date
  /// Index of the expo day the event starts on (0-based).
  public var day: Int
  public var venue: String
  public var venueName: LocalizedText
  public var hall: String?
  public var speakers: [String]
  public var pavilion: String?
  public var description: LocalizedText?
}

// MARK: - Queries

public struct ExhibitorQuery: Sendable, Hashable {
  public var hall: String?
  public var country: String?
  public var pavilion: String?
  public var category: String?
  public var sort: ExhibitorSort

  public init(
    hall: String? = nil, country: String? = nil, pavilion: String? = nil, category: String? = nil,
    sort: ExhibitorSort = .name
  ) {
    self.hall = hall
    self.country = country
    self.pavilion = pavilion
    self.category = category
    self.sort = sort
  }
}

public struct ProductQuery: Sendable, Hashable {
  public var exhibitor: String?
  public var country: String?
  public var category: String?
  public var hall: String?

  public init(exhibitor: String? = nil, country: String? = nil, category: String? = nil, hall: String? = nil) {
    self.exhibitor = exhibitor
    self.country = country
    self.category = category
    self.hall = hall
  }
}

public struct EventQuery: Sendable, Hashable {
  public var day: Int?
  public var venue: String?
  public var kind: String?
  public var pavilion: String?
  public var exhibitor: String?

  public init(
    day: Int? = nil, venue: String? = nil, kind: String? = nil, pavilion: String? = nil, exhibitor: String? = nil
  ) {
    self.day = day
    self.venue = venue
    self.kind = kind
    self.pavilion = pavilion
    self.exhibitor = exhibitor
  }
}

public struct PavilionQuery: Sendable, Hashable {
  public var hall: String?
  public var country: String?

  public init(hall: String? = nil, country: String? = nil) {
    self.hall = hall
    self.country = country
  }
}
