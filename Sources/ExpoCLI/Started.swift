import Dispatch

/// Work started at once on another thread, and waited for where its result is needed: the
/// guide's start opens the bookmarks file while the catalogue opens.
final class Started<Value: Sendable>: @unchecked Sendable {
  // Written once by the worker before `done` is signalled, read after waiting for it.
  private var result: Result<Value, any Error>?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () throws -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = Result { try work() }
      self.done.signal()
    }
  }

  /// The result, once the work is done (its error thrown).
  func value() throws -> Value {
    done.wait()
    // (Signalled again, so that a second call does not wait for ever.)
    done.signal()
    guard let result else { preconditionFailure("Started: signalled without a result") }
    return try result.get()
  }
}
