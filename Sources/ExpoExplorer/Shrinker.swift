import ExpoNavigation
import Foundation

/// Delta debugging over a failing walk's actions: the shortest sequence found (within a time
/// budget) that still fails with the same signature.
enum Shrinker {
  static func shrink(
    _ failure: ExplorerFailure, budget: TimeInterval,
    replay: (ExplorerSetup, [Action]) -> ExplorerFailure?
  ) -> ExplorerFailure {
    let deadline = Date().addingTimeInterval(budget)
    var best = failure
    // What follows the failing action never matters.
    var chunk = max(1, best.actions.count / 2)
    while chunk >= 1, Date() < deadline {
      var removed = false
      var start = 0
      while start < best.actions.count, Date() < deadline {
        var candidate = best.actions
        candidate.removeSubrange(start..<min(candidate.count, start + chunk))
        if let found = replay(best.setup, candidate), found.signature == failure.signature {
          best = found
          removed = true
        } else {
          start += chunk
        }
      }
      if !removed { chunk /= 2 }
    }
    // Resizes to a common size where that still fails.
    for (i, action) in best.actions.enumerated() where Date() < deadline {
      guard case .resized(let w, let h) = action, (w, h) != (80, 24) else { continue }
      var candidate = best.actions
      candidate[i] = .resized(width: 80, height: 24)
      if let found = replay(best.setup, candidate), found.signature == failure.signature,
        found.actions.count == best.actions.count
      {
        best = found
      }
    }
    return best
  }
}
