import ExpoModel
import Foundation

/// Progress of a long operation on stderr: a bar with counts and an ETA redrawn in place on a
/// terminal; one plain line per phase (and per quarter of a long one) otherwise.
final class ProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private let isTerminal = isatty(2) == 1
  private let started = Date()
  private var phaseStarted = Date()
  private var phase = ""
  private var lastDraw = Date.distantPast
  private var lastQuarter = -1
  private var drew = false

  /// Nothing is shown for operations shorter than this.
  static let delay: TimeInterval = 0.5

  var handler: ProgressHandler { { [self] event in self.update(event) } }

  func update(_ event: ProgressEvent) {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    if event.phase != phase {
      phase = event.phase
      phaseStarted = now
      lastQuarter = -1
      if !isTerminal, now.timeIntervalSince(started) >= ProgressBar.delay || event.total > 100_000 {
        write("compiling: \(event.phase) (\(event.total.formatted()))\n")
      }
    }
    guard now.timeIntervalSince(started) >= ProgressBar.delay else { return }
    let fraction = event.total > 0 ? min(1, Double(event.done) / Double(event.total)) : 0
    if !isTerminal {
      let quarter = Int(fraction * 4)
      if event.total > 100_000, quarter > lastQuarter, quarter > 0 {
        lastQuarter = quarter
        write("compiling: \(event.phase) \(event.done.formatted())/\(event.total.formatted())\n")
      }
      return
    }
    guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let width = 24
    let filled = Int(fraction * Double(width * 8))
    var bar = String(repeating: "█", count: filled / 8)
    if filled % 8 > 0 { bar += String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][filled % 8]) }
    bar += String(repeating: " ", count: max(0, width - bar.count))
    var eta = ""
    let elapsed = now.timeIntervalSince(phaseStarted)
    if fraction > 0.02, fraction < 1 { eta = String(format: "  ETA %.0f s", elapsed / fraction * (1 - fraction)) }
    let counts = event.total > 1 ? "  \(event.done.formatted())/\(event.total.formatted())" : ""
    let total = String(format: "  %.0f s", now.timeIntervalSince(started))
    write(
      "\r\u{1B}[K compiling \(event.phase.padding(toLength: 12, withPad: " ", startingAt: 0)) ▕\(bar)▏\(counts)\(eta)\(total)"
    )
    drew = true
  }

  /// Clears the bar (the caller prints its own summary).
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drew { write("\r\u{1B}[K") }
  }

  private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
