import ExpoModel

/// A plan as the guide draws it: the venue (halls as blocks) or one hall (booths, stages,
/// entrances, facilities), with marks for pavilions, bookmarks and visits, and the walking route
/// of the visit plan. Item `i` is row `i` of the screen's list, so the cursor is the selection.
public struct FloorPlan: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case venue
    case hall(String)
  }

  public struct Item: Sendable, Hashable {
    public var rect: PlanRect
    /// What fits inside on the plan ("A12", "N1").
    public var label: String
    /// The full name (exhibitor or hall) for the side panel and the status line.
    public var name: String
    public var code: String
    /// Index into `pavilions` when the item belongs to a country pavilion.
    public var pavilion: Int?
    public var bookmarked: Bool
    public var visited: Bool
    /// Exhibitor count for halls on the venue plan.
    public var detail: String?

    public init(
      rect: PlanRect, label: String, name: String, code: String, pavilion: Int? = nil, bookmarked: Bool = false,
      visited: Bool = false, detail: String? = nil
    ) {
      self.rect = rect
      self.label = label
      self.name = name
      self.code = code
      self.pavilion = pavilion
      self.bookmarked = bookmarked
      self.visited = visited
      self.detail = detail
    }
  }

  public struct Feature: Sendable, Hashable {
    public var kind: HallFeature.Kind
    public var name: String
    public var rect: PlanRect
    public var venue: String?

    public init(kind: HallFeature.Kind, name: String, rect: PlanRect, venue: String? = nil) {
      self.kind = kind
      self.name = name
      self.rect = rect
      self.venue = venue
    }
  }

  public struct Pavilion: Sendable, Hashable {
    public var name: String
    public var country: String

    public init(name: String, country: String) {
      self.name = name
      self.country = country
    }
  }

  /// The walk through the bookmarked booths of this hall.
  public struct Route: Sendable, Hashable {
    public struct Stop: Sendable, Hashable {
      public var item: Int
      /// Where the booth is visited from (nil: walled in).
      public var at: WalkingOrder.Point?

      public init(item: Int, at: WalkingOrder.Point?) {
        self.item = item
        self.at = at
      }
    }

    /// Items in visiting order.
    public var stops: [Stop]
    public var path: [WalkingOrder.Point]
    public var metres: Int
    public var unreachable: Int

    public init(stops: [Stop], path: [WalkingOrder.Point], metres: Int, unreachable: Int) {
      self.stops = stops
      self.path = path
      self.metres = metres
      self.unreachable = unreachable
    }
  }

  public var kind: Kind
  public var title: String
  public var width: Int
  public var depth: Int
  public var items: [Item]
  public var features: [Feature]
  public var pavilions: [Pavilion]
  public var route: Route?
  /// The plan is not from the data: booths laid out in a grid by code.
  public var isSynthetic: Bool
  /// A feature to highlight (an event's stage).
  public var focusFeature: Int?

  public init(
    kind: Kind, title: String, width: Int, depth: Int, items: [Item], features: [Feature] = [],
    pavilions: [Pavilion] = [], route: Route? = nil, isSynthetic: Bool = false, focusFeature: Int? = nil
  ) {
    self.kind = kind
    self.title = title
    self.width = width
    self.depth = depth
    self.items = items
    self.features = features
    self.pavilions = pavilions
    self.route = route
    self.isSynthetic = isSynthetic
    self.focusFeature = focusFeature
  }

  public enum Direction: Sendable, CaseIterable {
    case up, down, left, right
  }

  /// The item one step from `index` in `direction`: among the items whose centre lies that way and
  /// that are in line (overlapping across the direction of travel) or within 45° of it, the nearest,
  /// in-line items first. Nil at the edge.
  public func neighbour(of index: Int, _ direction: Direction) -> Int? {
    guard items.indices.contains(index) else { return items.isEmpty ? nil : 0 }
    let a = items[index].rect
    /// How far two spans are apart (0 when they overlap; touching counts as 1).
    func gap(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Int {
      let overlap = min(a1, b1) - max(a0, b0)
      return overlap > 0 ? 0 : 1 - overlap
    }
    var best: (score: Int, offset: Int, index: Int)?
    for (j, item) in items.enumerated() where j != index {
      let b = item.rect
      // Twice the centres, to stay in integers.
      let dx = (2 * b.x + b.width) - (2 * a.x + a.width)
      let dy = (2 * b.y + b.depth) - (2 * a.y + a.depth)
      let primary: Int
      let offset: Int
      let side: Int
      switch direction {
      case .right: (primary, offset, side) = (dx, abs(dy), gap(a.y, a.y + a.depth, b.y, b.y + b.depth))
      case .left: (primary, offset, side) = (-dx, abs(dy), gap(a.y, a.y + a.depth, b.y, b.y + b.depth))
      case .down: (primary, offset, side) = (dy, abs(dx), gap(a.x, a.x + a.width, b.x, b.x + b.width))
      case .up: (primary, offset, side) = (-dy, abs(dx), gap(a.x, a.x + a.width, b.x, b.x + b.width))
      }
      guard primary > 0, side == 0 || offset < primary else { continue }
      let candidate = (score: primary + 6 * side, offset: offset, index: j)
      if best.map({ (candidate.score, candidate.offset, j) < ($0.score, $0.offset, $0.index) }) ?? true {
        best = candidate
      }
    }
    return best?.index
  }

  /// A tidy grid by booth code for data without plan geometry: rows of ten 3×3 booths, aisles of 3
  /// between back-to-back pairs of rows.
  public static func gridLayout(count: Int) -> (rects: [PlanRect], width: Int, depth: Int) {
    let perRow = 10
    var rects: [PlanRect] = []
    for i in 0..<count {
      let row = i / perRow
      let column = i % perRow
      let y = 3 + row * 3 + (row / 2) * 3
      rects.append(PlanRect(x: 3 + column * 3, y: y, width: 3, depth: 3))
    }
    let rows = max(1, (count + perRow - 1) / perRow)
    return (rects, 6 + perRow * 3, 6 + rows * 3 + ((rows - 1) / 2) * 3)
  }
}

extension FloorPlan {
  /// Zoom levels: 0 overview, 1 plan, 2 close-up.
  public static let zoomLevels = 3

  /// Canvas columns and rows per plan unit. Hall plans: fixed levels (a column is half as tall as a
  /// row is high, so a row covers about twice the metres of a column). The venue: zoom 0 fits the
  /// view, each level doubles.
  public func scale(zoom: Int, view: (width: Int, height: Int)?) -> (x: Double, y: Double) {
    if kind == .venue {
      let w = Double(max(8, view?.width ?? 100) - 1)
      let h = Double(max(4, view?.height ?? 40) - 1)
      let fit = max(0.01, min(w / Double(max(1, width)), 2 * h / Double(max(1, depth))))
      let f = fit * Double(1 << max(0, min(FloorPlan.zoomLevels - 1, zoom)))
      return (f, f / 2)
    }
    switch zoom {
    case ...0: return (0.5, 0.25)
    case 1: return (1, 2.0 / 3.0)
    default: return (2, 1)
    }
  }

  /// The canvas size at `zoom` (in a window of `view` for the venue).
  public func canvasSize(zoom: Int, view: (width: Int, height: Int)? = nil) -> (width: Int, height: Int) {
    let s = scale(zoom: zoom, view: view)
    return (Int((Double(width) * s.x).rounded(.down)) + 1, Int((Double(depth) * s.y).rounded(.down)) + 1)
  }

  /// The closest zoom whose canvas fits `width` × `height` (the overview when none does; the
  /// venue's zoom 0 always fits).
  public func fittingZoom(width: Int, height: Int) -> Int {
    if kind == .venue { return 0 }
    for zoom in stride(from: FloorPlan.zoomLevels - 1, through: 0, by: -1) {
      let s = canvasSize(zoom: zoom)
      if s.width <= width && s.height <= height { return zoom }
    }
    return 0
  }
}

extension FloorPlan {
  /// The route's stops as the guide's side panel and `expo map --route` list them:
  /// "1. N3-A14  Artigas Gems Export S.A." (and "(no way in)" for a booth walled in).
  public func routeStopLines(_ t: UIText) -> [(text: String, visited: Bool)] {
    guard let route else { return [] }
    return route.stops.enumerated().map { n, stop in
      let item = items[stop.item]
      return ("\(n + 1). \(item.code)  \(item.name)" + (stop.at == nil ? " " + t.noWayIn : ""), item.visited)
    }
  }

  /// The route's heading: "Route · about 31 m".
  public func routeHeading(_ t: UIText) -> String? { route.map { t.routeHeading(metres: $0.metres) } }
}
