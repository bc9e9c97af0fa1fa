import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The process's environment, read once from `environ`: `ProcessInfo.environment` builds a new
/// dictionary at each read, and its first use sets up `ProcessInfo` itself (0.6 ms of the guide's
/// start).
public enum ProcessEnvironment {
  public static let variables: [String: String] = {
    var out: [String: String] = [:]
    var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    while let pointer = entry?.pointee {
      let text = String(cString: pointer)
      if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(text[..<equals])
        // (The first of a name given twice, as getenv(3) finds it.)
        if out[name] == nil { out[name] = String(text[text.index(after: equals)...]) }
      }
      entry = entry?.advanced(by: 1)
    }
    return out
  }()
}
