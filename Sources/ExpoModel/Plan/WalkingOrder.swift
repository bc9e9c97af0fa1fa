/// A short walking route through points on a hall plan: nearest neighbour from the start, then
/// 2-opt improvement. Distances are Manhattan (aisles run along the grid).
public enum WalkingOrder {
  public struct Point: Sendable, Hashable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
      self.x = x
      self.y = y
    }
  }

  public static func distance(_ a: Point, _ b: Point) -> Int { abs(a.x - b.x) + abs(a.y - b.y) }

  /// Length of the path start → points[order[0]] → … (an open path, not a loop).
  public static func length(_ order: [Int], _ points: [Point], from start: Point) -> Int {
    var total = 0
    var at = start
    for i in order {
      total += distance(at, points[i])
      at = points[i]
    }
    return total
  }

  /// The visiting order (indices into `points`).
  public static func route(_ points: [Point], from start: Point) -> [Int] {
    guard points.count > 1 else { return Array(points.indices) }
    var left = Set(points.indices)
    var order: [Int] = []
    var at = start
    while !left.isEmpty {
      let next = left.min { (distance(at, points[$0]), $0) < (distance(at, points[$1]), $1) }!
      order.append(next)
      left.remove(next)
      at = points[next]
    }
    // 2-opt on the open path: reverse a segment while that shortens it.
    var improved = true
    var rounds = 0
    while improved && rounds < 50 {
      improved = false
      rounds += 1
      for i in 0..<(order.count - 1) {
        for j in (i + 1)..<order.count {
          var candidate = order
          candidate[i...j].reverse()
          if length(candidate, points, from: start) < length(order, points, from: start) {
            order = candidate
            improved = true
          }
        }
      }
    }
    return order
  }
}
