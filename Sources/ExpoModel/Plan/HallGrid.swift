/// A rectangle on a hall plan, in plan units (metres in the sample).
public struct PlanRect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var depth: Int

  public init(x: Int, y: Int, width: Int, depth: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.depth = depth
  }

  public var centre: WalkingOrder.Point { WalkingOrder.Point(x: x + width / 2, y: y + depth / 2) }

  public func contains(_ p: WalkingOrder.Point) -> Bool { p.x >= x && p.x < x + width && p.y >= y && p.y < y + depth }

  public func intersects(_ o: PlanRect) -> Bool {
    x < o.x + o.width && o.x < x + width && y < o.y + o.depth && o.y < y + depth
  }
}

/// The walkable cells of a hall (1 plan unit each): everything inside the hall that is not a booth
/// or a stage/facility. Shortest walks are breadth-first searches along the aisles (4-connected, so
/// a walk never cuts through a booth, not even at a corner).
public struct HallGrid: Sendable {
  public typealias Point = WalkingOrder.Point
  /// Halls larger than this many cells are not routed (the plan falls back to straight-line estimates).
  public static let maxCells = 4_000_000

  public let width: Int
  public let depth: Int
  private var blocked: [Bool]

  /// Nil when the hall is too large to route.
  public init?(width: Int, depth: Int, obstacles: [PlanRect]) {
    guard width > 0, depth > 0, width * depth <= HallGrid.maxCells else { return nil }
    self.width = width
    self.depth = depth
    blocked = [Bool](repeating: false, count: width * depth)
    for r in obstacles {
      for y in max(0, r.y)..<min(depth, max(0, r.y + r.depth)) {
        for x in max(0, r.x)..<min(width, max(0, r.x + r.width)) { blocked[y * width + x] = true }
      }
    }
  }

  public func isWalkable(_ p: Point) -> Bool {
    p.x >= 0 && p.y >= 0 && p.x < width && p.y < depth && !blocked[p.y * width + p.x]
  }

  private func neighbours(_ index: Int) -> [Int] {
    let x = index % width
    let y = index / width
    var out: [Int] = []
    if y > 0 { out.append(index - width) }
    if y + 1 < depth { out.append(index + width) }
    if x > 0 { out.append(index - 1) }
    if x + 1 < width { out.append(index + 1) }
    return out.filter { !blocked[$0] }
  }

  /// Steps from `start` to every cell (-1: unreachable), and each cell's predecessor.
  public func search(from start: Point) -> (distance: [Int32], previous: [Int32]) {
    var distance = [Int32](repeating: -1, count: width * depth)
    var previous = [Int32](repeating: -1, count: width * depth)
    guard isWalkable(start) else { return (distance, previous) }
    var queue = [Int(start.y * width + start.x)]
    queue.reserveCapacity(width * depth / 4)
    distance[queue[0]] = 0
    var head = 0
    while head < queue.count {
      let i = queue[head]
      head += 1
      for n in neighbours(i) where distance[n] < 0 {
        distance[n] = distance[i] + 1
        previous[n] = Int32(i)
        queue.append(n)
      }
    }
    return (distance, previous)
  }

  /// A shortest walk from `a` to `b` (both ends included); nil when `b` cannot be reached.
  public func path(from a: Point, to b: Point) -> [Point]? {
    let (distance, previous) = search(from: a)
    return path(to: b, distance: distance, previous: previous)
  }

  func path(to b: Point, distance: [Int32], previous: [Int32]) -> [Point]? {
    guard isWalkable(b), distance[b.y * width + b.x] >= 0 else { return nil }
    var out: [Point] = []
    var i = b.y * width + b.x
    while i >= 0 {
      out.append(Point(x: i % width, y: i / width))
      i = Int(previous[i])
    }
    return out.reversed()
  }

  /// Where a visitor stands to visit a booth: the walkable cell just outside it that is nearest its
  /// centre (ties: below, above, left, right of the booth). Nil when the booth is walled in.
  public func accessPoint(of r: PlanRect) -> Point? {
    var candidates: [Point] = []
    for x in r.x..<(r.x + r.width) { candidates.append(Point(x: x, y: r.y + r.depth)) }
    for x in r.x..<(r.x + r.width) { candidates.append(Point(x: x, y: r.y - 1)) }
    for y in r.y..<(r.y + r.depth) { candidates.append(Point(x: r.x - 1, y: y)) }
    for y in r.y..<(r.y + r.depth) { candidates.append(Point(x: r.x + r.width, y: y)) }
    let c = r.centre
    return candidates.enumerated().filter { isWalkable($0.element) }
      .min { (WalkingOrder.distance($0.element, c), $0.offset) < (WalkingOrder.distance($1.element, c), $1.offset) }?
      .element
  }

  /// The walkable cell nearest `p` (itself when walkable), searching outwards in rings.
  public func nearestWalkable(to p: Point) -> Point? {
    if isWalkable(p) { return p }
    for radius in 1..<max(width, depth) {
      var best: Point?
      for dy in -radius...radius {
        for dx in [-radius + abs(dy), radius - abs(dy)] {
          let q = Point(x: p.x + dx, y: p.y + dy)
          if isWalkable(q), best == nil { best = q }
        }
      }
      if let best { return best }
    }
    return nil
  }
}

/// The walk through a hall's booths: the visiting order by walking distance along the aisles, the
/// path drawn on the plan and its length.
public struct AisleRoute: Sendable, Hashable {
  /// Indices into the targets, in visiting order (unreachable ones last).
  public var order: [Int]
  /// Where each target (in visiting order) is visited from.
  public var stops: [WalkingOrder.Point?]
  /// Every cell walked, from the start through the last reachable stop.
  public var path: [WalkingOrder.Point]
  /// Steps walked (plan units).
  public var length: Int
  /// Targets that cannot be reached from the start (walled in).
  public var unreachable: [Int]

  public static func plan(grid: HallGrid, start: WalkingOrder.Point, targets: [PlanRect]) -> AisleRoute {
    let origin = grid.nearestWalkable(to: start) ?? start
    let access = targets.map { grid.accessPoint(of: $0) }
    let startSearch = grid.search(from: origin)
    func reachable(_ p: WalkingOrder.Point?) -> Bool {
      guard let p, grid.isWalkable(p) else { return false }
      return startSearch.distance[p.y * grid.width + p.x] >= 0
    }
    let good = targets.indices.filter { reachable(access[$0]) }
    let unreachable = targets.indices.filter { !reachable(access[$0]) }
    // Distances between stops (one search per stop, only the distances kept: memory stays one grid).
    let n = good.count
    var matrix = [Int](repeating: 0, count: n * n)
    let startSteps = good.map { Int(startSearch.distance[access[$0]!.y * grid.width + access[$0]!.x]) }
    for i in 0..<n {
      let search = grid.search(from: access[good[i]]!)
      for j in 0..<n {
        let p = access[good[j]]!
        matrix[i * n + j] = Int(search.distance[p.y * grid.width + p.x])
      }
    }
    let localOrder = WalkingOrder.route(count: n) { from, to in from.map { matrix[$0 * n + to] } ?? startSteps[to] }
    var path: [WalkingOrder.Point] = [origin]
    var length = 0
    var at = origin
    for k in localOrder {
      let target = access[good[k]]!
      if let leg = grid.path(from: at, to: target) {
        path += leg.dropFirst()
        length += leg.count - 1
      }
      at = target
    }
    let order = localOrder.map { good[$0] } + unreachable
    return AisleRoute(
      order: order, stops: order.map { access[$0] }, path: path, length: length, unreachable: unreachable)
  }
}
