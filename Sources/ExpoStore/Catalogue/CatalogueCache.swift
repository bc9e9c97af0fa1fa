import ExpoModel
import Foundation

/// Opens an expo's data: a compiled catalogue file as it is, or a JSON folder through a cache of
/// compiled catalogues keyed by a hash of the folder's contents (so an unchanged folder opens
/// without recompiling, and an edited one is recompiled).
public struct CatalogueCache: Sendable {
  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// `$XDG_CACHE_HOME/expo-guide` (or `~/.cache/expo-guide`).
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("expo-guide")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/expo-guide")
  }

  public struct Opened: Sendable {
    public var catalogue: Catalogue
    /// True when this call compiled the catalogue (cache miss).
    public var compiled: Bool
    public var warnings: [ValidationIssue]
  }

  /// Opens `source` (folder or catalogue file).
  public func open(_ source: URL) throws -> Opened {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
      throw CatalogueError.notFound(source.path)
    }
    if !isDirectory.boolValue {
      return Opened(catalogue: try Catalogue(path: source.path), compiled: false, warnings: [])
    }
    let hash = try SourceHash.of(folder: source)
    let path = directory.appendingPathComponent("catalogue-\(hash).sqlite").path
    if FileManager.default.fileExists(atPath: path), let catalogue = try? Catalogue(path: path) {
      return Opened(catalogue: catalogue, compiled: false, warnings: [])
    }
    let loaded: DatasetLoader.Result
    do {
      loaded = try DatasetLoader.load(folder: source)
    } catch {
      throw CatalogueError.invalidData(source.path, error)
    }
    try CatalogueCompiler.compile(loaded.dataset, to: path, sourceHash: hash)
    return Opened(catalogue: try Catalogue(path: path), compiled: true, warnings: loaded.warnings)
  }
}

/// A 128-bit content hash of an expo folder's data files (two FNV-1a 64 lanes), with the
/// catalogue schema version mixed in.
public enum SourceHash {
  public static func of(folder: URL) throws -> String {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4 ^ UInt64(CatalogueSchema.version)
    func mix(_ bytes: UnsafeRawBufferPointer) {
      for byte in bytes {
        a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
        b ^= b >> 29
      }
    }
    for name in DatasetLoader.fileNames {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else { continue }
      Array(name.utf8).withUnsafeBytes(mix)
      withUnsafeBytes(of: UInt64(data.count).littleEndian, mix)
      data.withUnsafeBytes(mix)
    }
    return String(format: "%016llx%016llx", a, b)
  }
}
