import CSQLiteTuning
import Dispatch
import ExpoModel
import Foundation

/// A catalogue packed for distribution (`expo compile --compress`): the SQLite file cut into
/// chunks, each compressed with LZ4 (zlib in files of earlier releases), read in place through
/// the "expo-packed" VFS (CSQLiteTuning/packed_catalogue.c). Opening reads the header; a query
/// decodes the chunks it reads (up to 64 MB of them are kept).
public enum PackedCatalogue {
  /// Bytes per chunk: a larger chunk packs better (at a million products, 64 KB: 7.1×, 32 KB:
  /// 6.5×, 16 KB: 5.9×) and costs more to decode for one page (a one-shot search there: 64 KB
  /// 10.4 ms, 32 KB 9.5 ms, 16 KB 9.4 ms, the plain file 7.3 ms).
  public static let defaultChunkSize = 32_768
  /// The chunk sizes a packed catalogue may have (the reader refuses others).
  public static let chunkSizes = 512...(1 << 24)

  /// Whether `size` is a chunk size a packed catalogue may have: a power of two in `chunkSizes`.
  public static func isChunkSize(_ size: Int) -> Bool { chunkSizes.contains(size) && size & (size - 1) == 0 }
  /// The formats of packed catalogue: the header's magic (packed_catalogue.h).
  enum Format: Int32 {
    /// Earlier releases': zlib chunks (read, and written only by tests).
    case zlib = 1
    /// LZ4 chunks, each after the XXH3 hash of its plain bytes.
    case lz4 = 2

    var magic: [UInt8] { self == .zlib ? CatalogueHeader.packedV1 : CatalogueHeader.packed }
    /// The compressor's level: LZ4HC's 9 (its default), zlib's 6 (its default).
    var level: Int32 { self == .zlib ? 6 : 9 }
  }

  /// Whether the file at `path` starts as a packed catalogue of a format this program reads.
  public static func isPacked(_ path: String) -> Bool { CatalogueHeader.kind(of: path) == .packed }

  /// What SQLite opens for the catalogue at `path`: a URI of the file, opened immutable, and for a
  /// packed catalogue naming the VFS (which checks the header, and each chunk's offsets as it
  /// reads the chunk; when it refuses the file, `damage(of:)` says what is wrong); the path itself
  /// when it is no SQLite file (for SQLite to say so).
  static func connectionPath(_ path: String) throws -> String { try target(path).path }

  /// A read-only connection to the catalogue at `path` (opened as `connectionPath` says). A packed
  /// catalogue's pages are read in place from the VFS's chunks (`PRAGMA mmap_size`, which the VFS
  /// answers from its cache whatever the size): SQLite neither copies a page nor keeps a second
  /// copy of it. At a million products, a one-shot search read 286 pages.
  /// `cacheBytes`: the chunks kept (tests make it a few; default 64 MB).
  static func connection(_ path: String, cacheBytes: Int? = nil) throws -> DirectConnection {
    let (target, packed) = try target(path)
    let connection = try DirectConnection(path: target + (packed ? cacheBytes.map { "&expo_cache=\($0)" } ?? "" : ""))
    if packed { try connection.execute("PRAGMA mmap_size = 1073741824") }
    return connection
  }

  /// `connectionPath`, and whether it names the packed VFS.
  private static func target(_ path: String) throws -> (path: String, packed: Bool) {
    switch CatalogueHeader.kind(of: path) {
    case .packed: break
    case .otherPacked:
      throw CatalogueError.notACatalogue(
        path,
        reason: "a packed catalogue of another format than \"Expo packed v2\" or \"v1\", the two this program reads")
    // A plain catalogue opens immutable too: no file locks and no check for a journal at each
    // query (catalogues are written whole and renamed into place, never changed in place).
    case .sqlite: return ("file:" + uriEscaped(absolute(path)) + "?immutable=1", false)
    case nil: return (path, false)
    }
    SQLiteSettings.apply()
    let status = expo_packed_register()
    guard status == 0 else {
      throw CatalogueError.notACatalogue(
        path, reason: "packed catalogue: the reader could not start (SQLite \(status))")
    }
    return ("file:" + uriEscaped(absolute(path)) + "?vfs=" + EXPO_PACKED_VFS + "&immutable=1", true)
  }

  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// A path as a URI's path: every byte but unreserved ones and "/" percent-encoded.
  static func uriEscaped(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".utf8)
        out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
      }
    }
    return out
  }

  /// Sizes of a packing.
  public struct Packed: Sendable, Equatable {
    public var plainBytes: Int
    public var packedBytes: Int
  }

  /// Packs the SQLite file `source` into `destination` (written beside it, then renamed into
  /// place), compressing chunks on every core.
  @discardableResult
  public static func pack(_ source: String, to destination: String, chunkSize: Int = defaultChunkSize) throws -> Packed
  {
    try pack(source, to: destination, chunkSize: chunkSize, format: .lz4)
  }

  /// `pack` in a given format (tests write the earlier one to read it).
  @discardableResult
  static func pack(_ source: String, to destination: String, chunkSize: Int, format: Format) throws -> Packed {
    guard isChunkSize(chunkSize) else {
      throw CatalogueError.notACatalogue(
        source, reason: "chunk size \(chunkSize) is not a power of two from 512 to 16 MB")
    }
    guard let input = FileHandle(forReadingAtPath: source) else { throw CatalogueError.notFound(source) }
    defer { try? input.close() }
    let plainSize = Int(try input.seekToEnd())
    try input.seek(toOffset: 0)
    guard plainSize > 0, plainSize % 512 == 0 else {
      throw CatalogueError.notACatalogue(source, reason: "its size is not a whole number of SQLite pages")
    }
    CatalogueCompiler.removeAbandonedFiles(of: destination)
    let temporary = destination + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let output = FileHandle(forWritingAtPath: temporary)
    else {
      throw FileOutput.Failure.cannotWrite(
        destination, FileOutput.folderProblem(destination) ?? "the file \(temporary) could not be created")
    }
    do {
      let chunkCount = (plainSize + chunkSize - 1) / chunkSize
      try output.write(
        contentsOf: header(format, chunkSize: chunkSize, plainSize: plainSize, chunkCount: chunkCount, index: 0, crc: 0)
      )
      var crc: UInt32 = 0
      var offsets: [UInt64] = [UInt64(EXPO_PACKED_HEADER_LENGTH)]
      offsets.reserveCapacity(chunkCount + 1)
      // A batch of chunks at a time (about 16 MB, at least one chunk a core): read, compressed on
      // every core, written in order.
      let batch = max(ProcessInfo.processInfo.activeProcessorCount, (16 << 20) / chunkSize)
      var done = 0
      var read = 0
      while done < chunkCount {
        let count = min(batch, chunkCount - done)
        let plain = try input.read(upToCount: count * chunkSize) ?? Data()
        let stored = compress(plain, chunkSize: chunkSize, format: format)
        guard stored.count == count, stored.allSatisfy({ !$0.bytes.isEmpty }) else {
          throw CatalogueError.notACatalogue(source, reason: "changed while it was packed")
        }
        do {
          for chunk in stored {
            try output.write(contentsOf: chunk.bytes)
            offsets.append(offsets[offsets.count - 1] + UInt64(chunk.bytes.count))
            crc = expo_packed_crc_combine(crc, chunk.crc, UInt64(chunk.plainLength))
          }
        } catch {
          throw FileOutput.Failure.cannotWrite(destination, FileOutput.reason(error))
        }
        read += plain.count
        done += count
      }
      // (A file that shrank while it was read would leave its last chunks short.)
      guard read == plainSize else { throw CatalogueError.notACatalogue(source, reason: "changed while it was packed") }
      let indexOffset = offsets[offsets.count - 1]
      var index: [UInt8] = []
      index.reserveCapacity(offsets.count * 8)
      for offset in offsets { append(offset, to: &index) }
      do {
        try output.write(contentsOf: index)
        try output.seek(toOffset: 0)
        try output.write(
          contentsOf: header(
            format, chunkSize: chunkSize, plainSize: plainSize, chunkCount: chunkCount, index: indexOffset, crc: crc))
        try output.synchronize()
        try output.close()
      } catch {
        throw FileOutput.Failure.cannotWrite(destination, FileOutput.reason(error))
      }
      try FileOutput.replace(destination, with: temporary)
      return Packed(plainBytes: plainSize, packedBytes: Int(indexOffset) + index.count)
    } catch {
      try? output.close()
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }

  /// Writes the plain SQLite file of the packed catalogue `source` to `destination` (beside it,
  /// then renamed into place): byte for byte the file that was packed.
  public static func unpack(_ source: String, to destination: String) throws {
    CatalogueCompiler.removeAbandonedFiles(of: destination)
    let temporary = destination + ".tmp-\(getpid())"
    try? FileManager.default.removeItem(atPath: temporary)
    var message = [CChar](repeating: 0, count: 256)
    let status = expo_packed_unpack(source, temporary, &message, message.count)
    guard status == 0 else {
      try? FileManager.default.removeItem(atPath: temporary)
      if status == -2 {
        throw FileOutput.Failure.cannotWrite(destination, FileOutput.folderProblem(destination) ?? text(message))
      }
      throw CatalogueError.damaged(source, reason: text(message))
    }
    try FileOutput.replace(destination, with: temporary)
  }

  /// Checks every chunk of the packed catalogue at `path` and the whole file's checksum (reading
  /// and decoding all of it: a file from elsewhere, checked once per version of the file).
  public static func verify(_ path: String) throws {
    var message = [CChar](repeating: 0, count: 256)
    guard expo_packed_unpack(path, nil, &message, message.count) == 0 else {
      throw CatalogueError.damaged(path, reason: text(message))
    }
  }

  /// What is wrong with the packed catalogue at `path`'s header or index (read again only when
  /// opening it failed); nil when they are sound or it is not a packed catalogue.
  static func damage(of path: String) -> CatalogueError? {
    guard isPacked(path) else { return nil }
    var message = [CChar](repeating: 0, count: 256)
    guard expo_packed_check(path, &message, message.count) != 0 else { return nil }
    return .damaged(path, reason: text(message))
  }

  /// What a query last found damaged in a packed catalogue, for the error it caused (SQLite says
  /// "disk I/O error"); nil when nothing was. With `file`, the damage last found in that file (the
  /// record is the process's, and other catalogues may have been read since: the last 8 files').
  public static func lastDamage(in file: String? = nil) -> CatalogueError? {
    var path = [CChar](repeating: 0, count: 4096)
    var reason = [CChar](repeating: 0, count: 128)
    let wanted = file.map(resolved)
    var n: Int32 = 0
    while expo_packed_damage(n, &path, path.count, &reason, reason.count) == 1 {
      let damaged = text(path)
      if wanted == nil || wanted == resolved(damaged) { return .damaged(file ?? damaged, reason: text(reason)) }
      n += 1
    }
    return nil
  }

  /// The path with symbolic links and ".." resolved (as SQLite names an open file), or as given.
  static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// A C message buffer's text.
  static func text(_ message: [CChar]) -> String {
    String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// A chunk as stored, with the CRC-32 and length of its plain bytes.
  struct Chunk {
    var bytes: [UInt8] = []
    var crc: UInt32 = 0
    var plainLength = 0
  }

  /// The chunks of `plain` as stored in `format` (empty when the compressor failed).
  static func compress(_ plain: Data, chunkSize: Int, format: Format) -> [Chunk] {
    let count = (plain.count + chunkSize - 1) / chunkSize
    var stored = [Chunk](repeating: Chunk(), count: count)
    stored.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      plain.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        nonisolated(unsafe) let source = raw.bindMemory(to: UInt8.self)
        DispatchQueue.concurrentPerform(iterations: count) { c in
          let range = (c * chunkSize)..<min(source.count, (c + 1) * chunkSize)
          let chunk = UnsafeBufferPointer(rebasing: source[range])
          var packed = [UInt8](repeating: 0, count: expo_packed_bound(format.rawValue, chunk.count))
          let length = packed.withUnsafeMutableBufferPointer {
            expo_packed_compress(
              format.rawValue, chunk.baseAddress, chunk.count, $0.baseAddress, $0.count, format.level)
          }
          out[c] = Chunk(
            bytes: Array(packed[..<length]), crc: expo_packed_crc(0, chunk.baseAddress, chunk.count),
            plainLength: chunk.count)
        }
      }
    }
    return stored
  }

  static func header(_ format: Format, chunkSize: Int, plainSize: Int, chunkCount: Int, index: UInt64, crc: UInt32)
    -> [UInt8]
  {
    var bytes = format.magic
    append(UInt32(chunkSize), to: &bytes)
    append(crc, to: &bytes)
    append(UInt64(plainSize), to: &bytes)
    append(UInt64(chunkCount), to: &bytes)
    append(index, to: &bytes)
    bytes += [UInt8](repeating: 0, count: Int(EXPO_PACKED_HEADER_LENGTH) - bytes.count)
    return bytes
  }

  static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    var v = value.littleEndian
    withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
  }
}
