import Foundation

/// Loads an expo folder in our JSON format, validating everything and reporting every problem with
/// file, line:column and JSON path.
///
/// Folder layout (see docs/data-format.md): `expo.json` (required: the expo, halls, venues,
/// pavilions), and optionally `booths.json`, `exhibitors.json`, `products.json`, `events.json`.
public enum DatasetLoader {
  public static let fileNames = ["expo.json", "booths.json", "exhibitors.json", "products.json", "events.json"]
  /// Files larger than this are refused (a clear error instead of exhausting memory).
  public static let maxFileSize = 2_000_000_000

  public struct Result: Sendable {
    public var dataset: ExpoDataset
    public var warnings: [ValidationIssue]
  }

  /// Loads and validates the folder at `url`. Throws `ValidationReport` listing every error.
  public static func load(folder url: URL, progress: ProgressHandler? = nil) throws(ValidationReport) -> Result {
    var files: [String: [UInt8]] = [:]
    var issues: [ValidationIssue] = []
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ValidationReport(issues: [
        ValidationIssue(
          .error, file: url.path, position: nil, path: nil,
          message: "not a folder; expected a folder holding expo.json (and exhibitors.json, products.json, …)")
      ])
    }
    for (n, name) in fileNames.enumerated() {
      progress?(ProgressEvent(phase: "reading", done: n, total: fileNames.count))
      let fileURL = url.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: fileURL.path) else {
        if name == "expo.json" {
          issues.append(
            ValidationIssue(
              .error, file: name, position: nil, path: nil,
              message: "missing: every expo folder needs an expo.json (name, venue, timeZone, startDate, endDate)"))
        }
        continue
      }
      do {
        let attributes = try FileManager.default.attributesOfItem(atPath: fileURL.path)
        if let size = attributes[.size] as? Int, size > maxFileSize {
          issues.append(
            ValidationIssue(
              .error, file: name, position: nil, path: nil,
              message: "file is \(size) bytes; the limit is \(maxFileSize) bytes"))
          continue
        }
        files[name] = Array(try Data(contentsOf: fileURL))
      } catch {
        issues.append(
          ValidationIssue(
            .error, file: name, position: nil, path: nil, message: "cannot be read: \(error.localizedDescription)"))
      }
    }
    if !issues.isEmpty { throw ValidationReport(issues: issues) }
    progress?(ProgressEvent(phase: "checking", done: 0, total: 1))
    return try load(files: files)
  }

  /// Loads a dataset from file contents keyed by file name (used by tests and importers).
  public static func load(files: [String: [UInt8]]) throws(ValidationReport) -> Result {
    var decoder = DatasetDecoder()
    decoder.decode(files: files)
    let report = ValidationReport(issues: decoder.allIssues)
    guard !report.hasErrors, let dataset = decoder.dataset else {
      throw report
    }
    return Result(dataset: dataset, warnings: report.warnings)
  }
}
