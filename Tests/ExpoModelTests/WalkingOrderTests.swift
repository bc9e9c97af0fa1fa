import ExpoGenerator
import ExpoModel
import Testing

@testable import ExpoModel

@Suite struct WalkingOrderTests {
  func permutations(_ items: [Int]) -> [[Int]] {
    if items.count <= 1 { return [items] }
    return items.indices.flatMap { i -> [[Int]] in
      var rest = items
      let head = rest.remove(at: i)
      return permutations(rest).map { [head] + $0 }
    }
  }

  /// On random small hall plans the route is at most 1.25 × the optimal one found by brute force.
  @Test func routeIsCloseToOptimal() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<60 {
      let n = 2 + rng.below(6)
      let points = (0..<n).map { _ in WalkingOrder.Point(x: rng.below(100), y: rng.below(60)) }
      let start = WalkingOrder.Point(x: 0, y: 0)
      let route = WalkingOrder.route(points, from: start)
      #expect(route.sorted() == Array(0..<n))
      let best = permutations(Array(0..<n)).map { WalkingOrder.length($0, points, from: start) }.min()!
      let got = WalkingOrder.length(route, points, from: start)
      #expect(Double(got) <= 1.25 * Double(best), "\(points): \(got) vs optimal \(best)")
    }
  }

  @Test func trivialCases() {
    #expect(WalkingOrder.route([], from: .init(x: 0, y: 0)).isEmpty)
    #expect(WalkingOrder.route([.init(x: 5, y: 5)], from: .init(x: 0, y: 0)) == [0])
  }
}
