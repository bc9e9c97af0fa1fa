/// How far a long operation (loading, compiling) is: the phase and its count.
public struct ProgressEvent: Sendable, Hashable {
  public var phase: String
  public var done: Int
  public var total: Int

  public init(phase: String, done: Int, total: Int) {
    self.phase = phase
    self.done = done
    self.total = total
  }
}

/// Receives progress events (the CLI draws a bar on a terminal, plain lines otherwise).
public typealias ProgressHandler = @Sendable (ProgressEvent) -> Void
