import Foundation

/// Paths as strings and the small POSIX reads and writes of the start's path (Foundation's first
/// `URL`, `FileManager`, `FileHandle` and `Data` each cost a few hundred microseconds in the static
/// executable: docs/decisions.md, "Type metadata by accessor").
public enum Paths {
  /// `name` in the folder `base` (one slash between them).
  public static func joined(_ base: String, _ name: String) -> String {
    base.hasSuffix("/") ? base + name : base + "/" + name
  }

  /// `path` made absolute (against the working folder) with its "." and ".." parts and repeated
  /// or trailing slashes taken out, as `URL(fileURLWithPath:).standardizedFileURL.path` makes
  /// it ("/" stays "/"; ".." at the root stays at the root).
  public static func standardized(_ path: String) -> String {
    var full = path
    if !path.hasPrefix("/") {
      let cwd =
        getcwd(nil, 0).map { pointer in
          defer { free(pointer) }
          return String(cString: pointer)
        } ?? "/"
      full = joined(cwd, path)
    }
    var parts: [Substring] = []
    for part in full.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether anything is at `path` (symbolic links followed), and whether it is a folder.
  public static func kind(_ path: String) -> (exists: Bool, isDirectory: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else { return (false, false) }
    return (true, info.st_mode & S_IFMT == S_IFDIR)
  }

  /// The names in the folder at `path` ("." and ".." left out), in no order; empty when it
  /// cannot be read.
  public static func names(in path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var out: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { out.append(name) }
    }
    return out
  }

  /// The text of a small file (up to 64 KB); nil when it cannot be read or is larger.
  public static func smallFile(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: 65_537)
    var count = 0
    while count < bytes.count {
      let n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else { return nil }
      if n == 0 { break }
      count += n
    }
    guard count < bytes.count else { return nil }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  /// Writes all of `bytes` to the file descriptor: write(2) again after a partial write or an
  /// interruption. Returns the `errno` of a failure (such as a closed pipe), nil when all went.
  @discardableResult
  public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let n = write(descriptor, base + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return nil
  }
}
