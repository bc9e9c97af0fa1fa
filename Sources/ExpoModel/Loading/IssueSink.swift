/// Collects the issues of one file while it is decoded (all of them, not only the first).
final class IssueSink {
  let file: String
  private(set) var issues: [ValidationIssue] = []

  init(file: String) { self.file = file }

  func error(_ message: String, at position: SourcePosition?, path: String?) {
    issues.append(ValidationIssue(.error, file: file, position: position, path: path, message: message))
  }

  func warning(_ message: String, at position: SourcePosition?, path: String?) {
    issues.append(ValidationIssue(.warning, file: file, position: position, path: path, message: message))
  }
}
