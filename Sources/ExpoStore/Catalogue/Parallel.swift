import Dispatch
import ExpoModel
import Foundation

/// Data-parallel helpers for compiling large catalogues (pure per-item work on every core).
enum Parallel {
  /// `items.map(transform)`, computed in chunks on every core; the order is kept.
  static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let count = items.count
    guard count > 2048 else { return items.map(transform) }
    let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
    let size = (count + chunks - 1) / chunks
    var parts = [[R]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let range = (c * size)..<min(count, (c + 1) * size)
        if !range.isEmpty { out[c] = items[range].map(transform) }
      }
    }
    return parts.flatMap { $0 }
  }
}
