import ExpoModel

/// Why a catalogue could not be opened or built.
public enum CatalogueError: Error, Sendable, CustomStringConvertible {
  case notFound(String)
  /// A FIFO, a device or a socket given as data.
  case notAFile(String, reason: String)
  case notACatalogue(String, reason: String)
  /// A packed catalogue whose header, index or contents are not what was packed.
  case damaged(String, reason: String)
  case incompatible(String, found: String, expected: Int)
  case invalidData(String, ValidationReport)
  case noSample

  public var description: String {
    switch self {
    case .notFound(let path): return "\(path): no such file or folder"
    case .notAFile(let path, let reason): return "\(path) \(reason)"
    case .notACatalogue(let path, let reason):
      return "\(path): not an Expo Guide catalogue (\(reason)); expected a file made by `expo compile`"
    case .damaged(let path, let reason):
      return
        "\(path): a damaged packed catalogue (\(reason)); fetch it again, or pack it again with `expo compile --compress`"
    case .incompatible(let path, let found, let expected):
      return
        "\(path): catalogue format \(found), this program reads format \(expected); recompile it with `expo compile`"
    case .invalidData(let path, let report):
      return
        "\(path): the data has \(report.errors.count) error\(report.errors.count == 1 ? "" : "s") (run `expo validate \(path)`):\n\(report)"
    case .noSample:
      return "the built-in sample was not found next to the program; pass --data PATH (or set EXPO_SAMPLE_DIR)"
    }
  }
}
