import Foundation

/// The first bytes of a compiled catalogue: SQLite's own header, or a packed catalogue's magic
/// (see Sources/CSQLiteTuning/include/packed_catalogue.h). One reading of a file's first 16 bytes
/// tells which, for every place that asks.
public enum CatalogueHeader {
  public static let sqlite: [UInt8] = Array("SQLite format 3".utf8) + [0]
  /// A packed catalogue of the format this program writes (LZ4 chunks).
  public static let packed: [UInt8] = Array("Expo packed v2".utf8) + [0, 0]
  /// A packed catalogue of the format earlier releases wrote (zlib chunks), which this one reads.
  public static let packedV1: [UInt8] = Array("Expo packed v1".utf8) + [0, 0]
  /// What every packed format's magic starts with.
  static let packedFamily: [UInt8] = Array("Expo packed v".utf8)

  public enum Kind: Sendable, Equatable {
    case sqlite
    /// A packed catalogue of a format this program reads (`packed` or `packedV1`).
    case packed
    /// A packed catalogue of another format (named as such, not as an unknown file).
    case otherPacked
  }

  /// The kind of catalogue the file at `path` starts as; nil for anything else or an unreadable file.
  public static func kind(of path: String) -> Kind? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var header = [UInt8](repeating: 0, count: 16)
    let count = read(fd, &header, header.count)
    guard count > 0 else { return nil }
    return kind(ofHeader: Array(header.prefix(count)))
  }

  static func kind(ofHeader header: [UInt8]) -> Kind? {
    if header == sqlite { return .sqlite }
    if header == packed || header == packedV1 { return .packed }
    return header.starts(with: packedFamily) ? .otherPacked : nil
  }
}
