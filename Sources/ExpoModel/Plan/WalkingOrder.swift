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
    route(count: points.count) { from, to in distance(from.map { points[$0] } ?? start, points[to]) }
  }

  /// The visiting order of `count` stops for any distance (`from` nil is the start): nearest
  /// neighbour, then 2-opt on the open path.
  public static func route(count: Int, distance: (_ from: Int?, _ to: Int) -> Int) -> [Int] {
    guard count > 1 else { return Array(0..<count) }
    // Distances once: the 2-opt below asks for them many times.
    let start = (0..<count).map { distance(nil, $0) }
    var matrix = [Int](repeating: 0, count: count * count)
    for i in 0..<count { for j in 0..<count where i != j { matrix[i * count + j] = distance(i, j) } }
    func length(_ order: [Int]) -> Int {
      var total = start[order[0]]
      for k in 1..<order.count { total += matrix[order[k - 1] * count + order[k]] }
      return total
    }
    var left = Set(0..<count)
    var order: [Int] = []
    var at: Int?
    while !left.isEmpty {
      let next = left.min { a, b in
        let da = at.map { matrix[$0 * count + a] } ?? start[a]
        let db = at.map { matrix[$0 * count + b] } ?? start[b]
        return (da, a) < (db, b)
      }!
      order.append(next)
      left.remove(next)
      at = next
    }
    // 2-opt on the open path: reverse a segment while that shortens it.
    var improved = true
    var rounds = 0
    var best = length(order)
    while improved && rounds < 50 {
      improved = false
      rounds += 1
      for i in 0..<(order.count - 1) {
        for j in (i + 1)..<order.count {
          var candidate = order
          candidate[i...j].reverse()
          let l = length(candidate)
          if l < best {
            order = candidate
            best = l
            improved = true
          }
        }
      }
    }
    return order
  }
}
