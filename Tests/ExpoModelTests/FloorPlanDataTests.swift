import ExpoModel
import ExpoSample
import Foundation
import XCTest

@testable import ExpoModel

/// Plan geometry in the data (validated like the rest) and walking routes along the aisles.
final class FloorPlanDataTests: XCTestCase {
  func load(expoHalls: String, booths: String) -> Result<ExpoDataset, ValidationReport> {
    let expo = """
      {"id": "t", "name": "T", "venue": {"name": "V"}, "timeZone": "UTC", "startDate": "2024-01-01",
       "endDate": "2024-01-01", "halls": \(expoHalls), "venues": [{"id": "s", "name": "Stage"}]}
      """
    do {
      return .success(
        try DatasetLoader.load(files: ["expo.json": Array(expo.utf8), "booths.json": Array(booths.utf8)]).dataset)
    } catch {
      return .failure(error)
    }
  }

  func errors(_ result: Result<ExpoDataset, ValidationReport>) -> [String] {
    if case .failure(let report) = result { return report.errors.map(\.description) }
    return []
  }

  func testFeaturesAreReadAndWritten() throws {
    let result = load(
      expoHalls: """
        [{"id": "A", "name": "A", "width": 20, "depth": 10, "features": [
          {"kind": "entrance", "name": "Main", "x": 8, "y": 9, "width": 4, "depth": 1},
          {"kind": "stage", "x": 1, "y": 1, "width": 5, "depth": 3, "venue": "s"}]}]
        """,
      booths: #"[{"code": "A1", "hall": "A", "x": 10, "y": 2, "width": 3, "depth": 3}]"#)
    let d = try result.get()
    XCTAssertEqual(d.halls[0].features.map(\.kind), [.entrance, .stage])
    XCTAssertEqual(d.halls[0].features[1].venue, "s")
    let written = Dictionary(
      uniqueKeysWithValues: DatasetWriter.files(d, zone: TimeZone(identifier: "UTC")!).map { ($0.0, Array($0.1.utf8)) })
    XCTAssertTrue(String(decoding: written["expo.json"]!, as: UTF8.self).contains("\"kind\": \"stage\""))
    XCTAssertEqual(try DatasetLoader.load(files: written).dataset, d)
  }

  func testGeometryErrors() {
    let result = load(
      expoHalls: """
        [{"id": "A", "name": "A", "width": 20, "depth": 10, "features": [
          {"kind": "stage", "x": 0, "y": 0, "width": 4, "depth": 3, "venue": "nope"},
          {"kind": "fountain", "x": 0, "y": 0, "width": 1, "depth": 1},
          {"kind": "cafe", "x": 18, "y": 0, "width": 4, "depth": 2}]}]
        """,
      booths: """
        [{"code": "A1", "hall": "A", "x": 10, "y": 2, "width": 3, "depth": 3},
         {"code": "A2", "hall": "A", "x": 12, "y": 4, "width": 3, "depth": 3},
         {"code": "A3", "hall": "A", "x": 18, "y": 8, "width": 3, "depth": 3},
         {"code": "A4", "hall": "A", "x": 1, "y": 1, "width": 2, "depth": 2},
         {"code": "A5", "hall": "A", "x": 5, "width": 2}]
        """)
    let text = errors(result)
    let expected = [
      "expo.json:3:70: error: $.halls[0].features[0].venue: unknown venue \"nope\"",
      "expo.json:4:12: error: $.halls[0].features[1].kind: unknown feature kind \"fountain\"; expected one of entrance, stage",
      "expo.json:5:3: error: $.halls[0].features[2]: the cafe extends outside hall A: x 18–22 is beyond its width 20",
      "booths.json:2:2: error: $.booths[1]: booth \"A2\" overlaps booth \"A1\" (line 1)",
      "booths.json:3:2: error: $.booths[2]: booth \"A3\" extends outside hall A: x 18–21 is beyond its width 20 and y 8–11 is beyond its depth 10",
      "booths.json:4:2: error: $.booths[3]: booth \"A4\" overlaps the stage of hall A",
      "booths.json:5:2: error: $.booths[4]: booth geometry needs x, y, width and depth; missing y, depth",
    ]
    for e in expected {
      XCTAssertTrue(text.contains { $0.hasPrefix(e) }, "missing: \(e)\nin:\n\(text.joined(separator: "\n"))")
    }
    XCTAssertEqual(text.count, expected.count, text.joined(separator: "\n"))
  }

  func testTheSampleHasRealisticPlans() throws {
    let d = try DatasetLoader.load(folder: try XCTUnwrap(ExpoSample.folder())).dataset
    for hall in d.halls {
      XCTAssertEqual(hall.features.filter { $0.kind == .entrance }.count, 2, hall.id)
      XCTAssertTrue(hall.features.contains { $0.kind == .restroom }, hall.id)
    }
    let stages = d.halls.flatMap(\.features).compactMap(\.venue)
    XCTAssertEqual(Set(stages), Set(d.venues.filter { $0.hall != nil }.map(\.id)))
    XCTAssertTrue(d.booths.allSatisfy { $0.x != nil && $0.width != nil })
  }

  // MARK: Routing

  typealias P = WalkingOrder.Point

  /// A reference shortest path: Dijkstra with a plain priority scan (independent of the BFS).
  func reference(_ grid: HallGrid, _ a: P, _ b: P) -> Int? {
    var dist: [P: Int] = [a: 0]
    var done = Set<P>()
    while let (p, d) = dist.filter({ !done.contains($0.key) }).min(by: {
      ($0.value, $0.key.x, $0.key.y) < ($1.value, $1.key.x, $1.key.y)
    }) {
      if p == b { return d }
      done.insert(p)
      for q in [P(x: p.x + 1, y: p.y), P(x: p.x - 1, y: p.y), P(x: p.x, y: p.y + 1), P(x: p.x, y: p.y - 1)]
      where grid.isWalkable(q) && !done.contains(q) {
        if d + 1 < dist[q] ?? .max { dist[q] = d + 1 }
      }
    }
    return nil
  }

  func testPathsGoAroundBoothsAndAreShortest() throws {
    // A 12 × 8 hall with a wall of booths that leaves one gap at the bottom.
    let booths = [
      PlanRect(x: 5, y: 0, width: 2, depth: 3), PlanRect(x: 5, y: 3, width: 2, depth: 4),
      PlanRect(x: 9, y: 2, width: 2, depth: 2),
    ]
    let grid = try XCTUnwrap(HallGrid(width: 12, depth: 8, obstacles: booths))
    let a = P(x: 1, y: 1)
    let b = P(x: 10, y: 1)
    let path = try XCTUnwrap(grid.path(from: a, to: b))
    XCTAssertEqual(path.first, a)
    XCTAssertEqual(path.last, b)
    XCTAssertTrue(path.allSatisfy(grid.isWalkable), "the walk never enters a booth")
    for (p, q) in zip(path, path.dropFirst()) { XCTAssertEqual(WalkingOrder.distance(p, q), 1, "4-connected steps") }
    XCTAssertEqual(path.count - 1, reference(grid, a, b))
    XCTAssertEqual(path.count - 1, 21)  // down 6 to the gap, across 7, up 6, across 2
    // Walled in: no path.
    let closed = try XCTUnwrap(HallGrid(width: 5, depth: 5, obstacles: [PlanRect(x: 2, y: 0, width: 1, depth: 5)]))
    XCTAssertNil(closed.path(from: P(x: 0, y: 0), to: P(x: 4, y: 4)))
  }

  func testAccessPointIsInFrontOfTheBooth() throws {
    let grid = try XCTUnwrap(
      HallGrid(
        width: 10, depth: 10,
        obstacles: [PlanRect(x: 2, y: 2, width: 3, depth: 3), PlanRect(x: 2, y: 5, width: 3, depth: 3)]))
    XCTAssertEqual(grid.accessPoint(of: PlanRect(x: 2, y: 2, width: 3, depth: 3)), P(x: 3, y: 1))
    XCTAssertEqual(grid.accessPoint(of: PlanRect(x: 2, y: 5, width: 3, depth: 3)), P(x: 3, y: 8))
  }

  func testRouteVisitsEveryReachableBoothAlongTheAisles() throws {
    var booths: [PlanRect] = []
    for row in 0..<3 {
      for col in 0..<5 { booths.append(PlanRect(x: 2 + col * 3, y: 2 + row * 5, width: 3, depth: 3)) }
    }
    let walled = PlanRect(x: 30, y: 2, width: 3, depth: 3)
    let walls = [
      PlanRect(x: 29, y: 1, width: 5, depth: 1), PlanRect(x: 29, y: 5, width: 5, depth: 1),
      PlanRect(x: 29, y: 2, width: 1, depth: 3), PlanRect(x: 33, y: 2, width: 1, depth: 3),
    ]
    let grid = try XCTUnwrap(HallGrid(width: 40, depth: 18, obstacles: booths + [walled] + walls))
    let targets = [booths[0], booths[14], booths[7], walled, booths[4]]
    let route = AisleRoute.plan(grid: grid, start: P(x: 0, y: 0), targets: targets)
    XCTAssertEqual(Set(route.order), Set(targets.indices))
    XCTAssertEqual(route.unreachable, [3])
    XCTAssertEqual(route.order.last, 3)
    XCTAssertTrue(route.path.allSatisfy(grid.isWalkable))
    XCTAssertEqual(route.path.count - 1, route.length)
    // Each leg is a shortest walk: the total equals the sum of reference distances between stops.
    var total = 0
    var at = P(x: 0, y: 0)
    for stop in route.stops.prefix(4) {
      let s = try XCTUnwrap(stop)
      total += try XCTUnwrap(reference(grid, at, s))
      at = s
    }
    XCTAssertEqual(route.length, total)
    // The order is no worse than 1.25 × the best order (brute force over 4 stops).
    func length(_ order: [Int]) -> Int {
      var sum = 0
      var p = P(x: 0, y: 0)
      for i in order {
        let s = grid.accessPoint(of: targets[i])!
        sum += grid.path(from: p, to: s)!.count - 1
        p = s
      }
      return sum
    }
    var best = Int.max
    func permute(_ rest: [Int], _ prefix: [Int]) {
      if rest.isEmpty { best = min(best, length(prefix)) }
      for (k, i) in rest.enumerated() {
        var r = rest
        r.remove(at: k)
        permute(r, prefix + [i])
      }
    }
    permute([0, 1, 2, 4], [])
    XCTAssertLessThanOrEqual(Double(route.length), Double(best) * 1.25)
  }
}
