import ExpoModel
import Foundation

/// The visit plan made from the bookmarks: booths by hall in walking order, events in time order
/// with clashes and gaps, products, and bookmarks whose item has left the catalogue. Shared by
/// My plan and every export.
public struct VisitPlan: Sendable {
  public struct Stop: Sendable, Hashable {
    public var exhibitor: ExhibitorRow
    public var booth: BoothRow?
    public var bookmark: Bookmark
  }

  public struct HallRoute: Sendable, Hashable {
    public var hall: String
    public var hallName: LocalizedText
    public var stops: [Stop]
    /// Estimated walk from the hall's entrance corner, in plan units (metres in the sample).
    public var metres: Int
  }

  public struct PlannedEvent: Sendable, Hashable {
    public var event: EventRow
    public var bookmark: Bookmark
    /// Titles of the other bookmarked events that overlap this one.
    public var clashes: [String]
    /// Free time since the previous bookmarked event of the same day (nil: first, or overlapping).
    public var gapBefore: TimeInterval?
  }

  public var expo: Expo
  public var halls: [HallRoute]
  public var events: [PlannedEvent]
  public var products: [(ProductRow, Bookmark)]
  public var missing: [Bookmark]

  public var boothCount: Int { halls.reduce(0) { $0 + $1.stops.count } }

  public static func build(_ catalogue: any CatalogueReading, bookmarks: [Bookmark]) throws -> VisitPlan {
    let info = try catalogue.info()
    let hallRows = Dictionary(try catalogue.halls().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let hallNames = hallRows.mapValues(\.name)
    var byHall: [String: [Stop]] = [:]
    var events: [(EventRow, Bookmark)] = []
    var products: [(ProductRow, Bookmark)] = []
    var missing: [Bookmark] = []
    for bookmark in bookmarks {
      switch bookmark.key.kind {
      case .exhibitor:
        guard let e = try catalogue.exhibitor(id: bookmark.key.id) else {
          missing.append(bookmark)
          continue
        }
        let booth = try e.booths.first.flatMap { try catalogue.booth(code: $0) }
        byHall[booth?.hall ?? e.hall ?? "", default: []].append(Stop(exhibitor: e, booth: booth, bookmark: bookmark))
      case .event:
        if let e = try catalogue.event(id: bookmark.key.id) {
          events.append((e, bookmark))
        } else {
          missing.append(bookmark)
        }
      case .product:
        if let p = try catalogue.product(id: bookmark.key.id) {
          products.append((p, bookmark))
        } else {
          missing.append(bookmark)
        }
      }
    }
    let halls = try byHall.keys.sorted().map { hall -> HallRoute in
      let stops = byHall[hall] ?? []
      let rects = stops.map { $0.booth?.rect ?? PlanRect(x: 0, y: 0, width: 0, depth: 0) }
      // Along the aisles when the hall has a plan; else straight-line estimates from its corner.
      if let row = hallRows[hall], stops.allSatisfy({ $0.booth?.rect != nil }),
        let route = try HallWalk.route(catalogue, hall: row, targets: rects)
      {
        return HallRoute(
          hall: hall, hallName: hallNames[hall] ?? LocalizedText(en: hall), stops: route.order.map { stops[$0] },
          metres: route.length)
      }
      let entrance = WalkingOrder.Point(x: 0, y: 0)
      let points = rects.map(\.centre)
      let order = WalkingOrder.route(points, from: entrance)
      return HallRoute(
        hall: hall, hallName: hallNames[hall] ?? LocalizedText(en: hall), stops: order.map { stops[$0] },
        metres: WalkingOrder.length(order, points, from: entrance))
    }
    events.sort { ($0.0.start, $0.0.id) < ($1.0.start, $1.0.id) }
    let planned = events.enumerated().map { i, item -> PlannedEvent in
      let (e, bookmark) = item
      let clashes = events.filter { $0.0.id != e.id && $0.0.start < e.end && e.start < $0.0.end }.map { $0.0.title.en }
      var gap: TimeInterval?
      if i > 0, clashes.isEmpty, events[i - 1].0.day == e.day, events[i - 1].0.end <= e.start {
        gap = e.start.timeIntervalSince(events[i - 1].0.end)
      }
      return PlannedEvent(event: e, bookmark: bookmark, clashes: clashes, gapBefore: gap)
    }
    products.sort { $0.0.name.en < $1.0.name.en }
    return VisitPlan(expo: info.expo, halls: halls, events: planned, products: products, missing: missing)
  }
}

/// Walking routes on a hall's plan: the walkable grid from the catalogue's booths and the hall's
/// stages and facilities, starting at the hall's first entrance.
public enum HallWalk {
  /// The hall's walkable grid; nil when the hall has no size or is too large to route.
  public static func grid(_ catalogue: any CatalogueReading, hall: HallRow) throws -> HallGrid? {
    grid(hall, booths: try catalogue.planBooths(hall: hall.id))
  }

  /// The same from the hall's booths already read.
  public static func grid(_ hall: HallRow, booths: [PlanBooth]) -> HallGrid? {
    guard let width = hall.width, let depth = hall.depth else { return nil }
    let obstacles =
      booths.compactMap(\.rect)
      + hall.features.filter { !$0.kind.isWalkable }.map {
        PlanRect(x: $0.x, y: $0.y, width: $0.width, depth: $0.depth)
      }
    return HallGrid(width: width, depth: depth, obstacles: obstacles)
  }

  /// Where walks start: the centre of the hall's first entrance, else its top-left corner.
  public static func start(_ hall: HallRow) -> WalkingOrder.Point {
    guard let e = hall.features.first(where: { $0.kind == .entrance }) else { return WalkingOrder.Point(x: 0, y: 0) }
    return PlanRect(x: e.x, y: e.y, width: e.width, depth: e.depth).centre
  }

  public static func route(_ catalogue: any CatalogueReading, hall: HallRow, targets: [PlanRect]) throws -> AisleRoute?
  {
    guard let grid = try grid(catalogue, hall: hall) else { return nil }
    return AisleRoute.plan(grid: grid, start: start(hall), targets: targets)
  }
}
