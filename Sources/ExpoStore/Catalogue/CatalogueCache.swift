import ExpoModel
import Foundation

/// Opens an expo's data: a compiled catalogue file as it is, or a JSON folder through a cache of
/// compiled catalogues keyed by a hash of the folder's contents (so an unchanged folder opens
/// without recompiling, and an edited one is recompiled).
public struct CatalogueCache: Sendable {
  public let directory: URL
  /// Where each compiled version of a source is kept for `expo changes` (none: not kept).
  public var versions: VersionStore?

  public init(directory: URL, versions: VersionStore? = nil) {
    self.directory = directory
    self.versions = versions
  }

  /// `$XDG_CACHE_HOME/expo-guide` (or `~/.cache/expo-guide`).
  public static func defaultDirectory(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    // (Paths joined as text: Foundation's first `appendingPathComponent` cost a tenth of a
    // millisecond of every start.)
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: Paths.joined(xdg, "expo-guide"), isDirectory: true)
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return URL(fileURLWithPath: Paths.joined(home, ".cache/expo-guide"), isDirectory: true)
  }

  public struct Opened: Sendable {
    public var catalogue: Catalogue
    /// True when this call compiled the catalogue (cache miss).
    public var compiled: Bool
    public var warnings: [ValidationIssue]
    /// The hash the source is cached (and its version kept) under; nil for a compiled catalogue
    /// opened as it is.
    public var sourceHash: String? = nil
  }

  /// Opens `source`: a compiled catalogue as it is; anything else (an expo folder, a schedule, a
  /// calendar, an exhibitor list) through the cache, compiling it on a miss.
  public func open(_ source: URL, options: ImportOptions = ImportOptions(), progress: ProgressHandler? = nil) throws
    -> Opened
  {
    // (Paths as strings from here, stat(2) and access(2): `URL.path`, `appendingPathComponent`,
    // `standardizedFileURL` and `FileManager` were an eighth of a one-shot `expo search`.)
    let sourcePath = source.path
    let found = Paths.kind(sourcePath)
    guard found.exists else { throw CatalogueError.notFound(sourcePath) }
    if let reason = FileOutput.unreadableKind(sourcePath) {
      throw CatalogueError.notAFile(sourcePath, reason: reason)
    }
    let directoryPath = directory.path
    if !found.isDirectory, Self.isCatalogue(path: sourcePath) {
      // A catalogue from elsewhere is checked once per version of the file (its size, time and
      // inode): the check reads every row, the second open is instant.
      let stamp = Paths.joined(directoryPath, "verified-\(Self.fileIdentity(path: sourcePath))")
      let verified = access(stamp, F_OK) == 0
      let catalogue = try Catalogue(path: sourcePath, verify: !verified)
      if !verified {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data().write(to: URL(fileURLWithPath: stamp))
      }
      return Opened(catalogue: catalogue, compiled: false, warnings: [])
    }
    let hash = try cachedHash(of: source, options: options)
    let path = Paths.joined(directoryPath, "catalogue-\(hash).sqlite")
    if access(path, F_OK) == 0, let catalogue = try? Catalogue(path: path) {
      return Opened(catalogue: catalogue, compiled: false, warnings: [], sourceHash: hash)
    }
    let loaded: Importer.Result
    do {
      loaded = try Importer.load(source, options: options, progress: progress)
    } catch {
      throw CatalogueError.invalidData(sourcePath, error)
    }
    try CatalogueCompiler.compile(loaded.dataset, to: path, sourceHash: hash, progress: progress)
    // (A version that cannot be kept does not stop the guide: `expo changes` says none is kept.)
    try? versions?.keepWithChanges(loaded.dataset, hash: hash)
    return Opened(catalogue: try Catalogue(path: path), compiled: true, warnings: loaded.warnings, sourceHash: hash)
  }

  /// Path, size, modification time and inode of a file, hashed: a key that changes when the file does.
  static func fileIdentity(path: String) -> String {
    var info = stat()
    _ = stat(path, &info)
    let text =
      "\(Paths.standardized(path))|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_ino)"
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }

  /// True for a SQLite file or a packed catalogue (by its header; `.sqlite`/`.db` names that do not
  /// exist yet count too).
  public static func isCatalogue(_ url: URL) -> Bool { isCatalogue(path: url.path) }

  public static func isCatalogue(path: String) -> Bool {
    if access(path, R_OK) == 0 { return CatalogueHeader.kind(of: path) != nil }
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return ["sqlite", "sqlite3", "db"].contains(name[name.index(after: dot)...].lowercased())
  }
}

extension CatalogueCache {
  /// The folder's content hash, remembered against a stamp of its files (names, sizes,
  /// modification times) so that an unchanged folder opens without reading its data. A changed
  /// stamp means a new hash; editing a file always changes its modification time.
  func cachedHash(of folder: URL, options: ImportOptions = ImportOptions()) throws -> String {
    var stamp = "v\(CatalogueSchema.version)|\(options.cacheKey)"
    // (Paths as strings, stat(2) and read(2): this runs at every start, before anything is drawn;
    // FileManager's attributes, a dictionary of boxed values, were a tenth of the guide's start.)
    let folderPath = folder.path
    let files =
      Importer.sourceNames(folderPath).map { $0.map { (name: $0, path: Paths.joined(folderPath, $0)) } }
      ?? [(name: folder.lastPathComponent, path: folderPath)]
    for file in files {
      var info = stat()
      guard stat(file.path, &info) == 0 else { continue }
      stamp += "|\(file.name):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
    let key = SourceHash.of(text: Paths.standardized(folderPath))
    if let saved = Paths.smallFile(Paths.joined(directory.path, "stamps/" + key)) {
      let lines = saved.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.count >= 2, lines[0] == stamp { return String(lines[1]) }
    }
    let hash = try SourceHash.of(files: Importer.sourceFiles(folder), options: options.cacheKey)
    let stampFile = directory.appendingPathComponent("stamps").appendingPathComponent(key)
    try? FileManager.default.createDirectory(
      at: stampFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data("\(stamp)\n\(hash)\n".utf8).write(to: stampFile, options: .atomic)
    return hash
  }
}

/// A 128-bit content hash of an expo folder's data files (two FNV-1a 64 lanes), with the
/// catalogue schema version mixed in.
public enum SourceHash {
  /// A short hash of a string (file names of the stamp cache).
  public static func of(text: String) -> String {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    // (Sixteen hex digits; `String(format:)` set up Foundation's formatting at every start.)
    let digits = String(a, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  public static func of(folder: URL) throws -> String {
    try of(files: Importer.sourceFiles(folder), options: "")
  }

  /// The hash of these files' names and contents, and of the import options.
  public static func of(files: [URL], options: String) throws -> String {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4 ^ UInt64(CatalogueSchema.version)
    // Eight bytes a step (a million products are 300 MB of JSON), the tail byte by byte.
    func mix(_ bytes: UnsafeRawBufferPointer) {
      func step(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01B3
        b = (b &+ word) &* 0x9E37_79B9_7F4A_7C15
        b ^= b >> 29
      }
      let words = bytes.count / 8
      for i in 0..<words { step(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) }
      for byte in bytes[(words * 8)...] { step(UInt64(byte)) }
    }
    Array(options.utf8).withUnsafeBytes(mix)
    for url in files {
      let name = url.lastPathComponent
      guard let data = FileManager.default.contents(atPath: url.path) else { continue }
      Array(name.utf8).withUnsafeBytes(mix)
      withUnsafeBytes(of: UInt64(data.count).littleEndian, mix)
      data.withUnsafeBytes(mix)
    }
    return String(format: "%016llx%016llx", a, b)
  }
}
