/// One problem found in a data file: where it is and what was expected.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  public var severity: Severity
  /// The file, relative to the dataset folder (e.g. `exhibitors.json`).
  public var file: String
  /// Line and column in the file, when known.
  public var position: SourcePosition?
  /// JSON path of the offending value (e.g. `$.exhibitors[3].country`), when known.
  public var path: String?
  public var message: String

  public init(
    _ severity: Severity, file: String, position: SourcePosition?, path: String?, message: String
  ) {
    self.severity = severity
    self.file = file
    self.position = position
    self.path = path
    self.message = message
  }

  /// `exhibitors.json:12:5: error: $.exhibitors[3].country: unknown country code "XX" …`
  public var description: String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    text += ": \(severity.rawValue): "
    if let path { text += "\(path): " }
    return text + message
  }
}

/// Every issue found while loading a dataset. Thrown when there is at least one error.
public struct ValidationReport: Error, Sendable, Hashable, CustomStringConvertible {
  public var issues: [ValidationIssue]

  public init(issues: [ValidationIssue]) { self.issues = issues }

  public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }
  public var warnings: [ValidationIssue] { issues.filter { $0.severity == .warning } }
  public var hasErrors: Bool { issues.contains { $0.severity == .error } }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
