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
    let hallNames = Dictionary(try catalogue.halls().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
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
    let entrance = WalkingOrder.Point(x: 0, y: 0)
    let halls = byHall.keys.sorted().map { hall -> HallRoute in
      let stops = byHall[hall] ?? []
      let points = stops.map {
        WalkingOrder.Point(
          x: ($0.booth?.x ?? 0) + ($0.booth?.width ?? 0) / 2, y: ($0.booth?.y ?? 0) + ($0.booth?.depth ?? 0) / 2)
      }
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
