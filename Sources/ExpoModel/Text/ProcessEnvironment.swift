import Foundation

/// The process's environment, read once: `ProcessInfo.environment` builds a new dictionary of
/// every variable at each read, and a start read it a dozen times (half a millisecond).
public enum ProcessEnvironment {
  public static let variables: [String: String] = ProcessInfo.processInfo.environment
}
