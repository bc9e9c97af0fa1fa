import ExpoModel
import Foundation
import GRDB
import PropertyBased
import Testing

@testable import ExpoStore

/// A packed catalogue (`expo compile --compress`) answers exactly as the file it was packed from,
/// at any chunk size, and a damaged one is refused with what is wrong.
@Suite struct PackedCatalogueTests {
  static let queries = [
    "amber", "a", "am", "russian fashion", "琥珀", "缅甸", "hupo", "saffron iran", "ambre", "n3", "zzzz", "chongqing",
    "porcelain", "pistachio", "s1-a01",
  ]

  /// Every row of every table and index (the FTS5 shadow tables included), in rowid or key order.
  static func everything(_ catalogue: Catalogue) throws -> [String: [[DatabaseValue]]] {
    try catalogue.inspect { db in
      var out: [String: [[DatabaseValue]]] = [:]
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      for table in tables {
        out[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { Array($0.databaseValues) }
      }
      for row in try Row.fetchAll(
        db, sql: "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql NOT NULL")
      {
        let (index, table, sql): (String, String, String) = (row[0], row[1], row[2])
        // (A partial index is read with its condition.)
        let condition = sql.range(of: " WHERE ").map { String(sql[$0.lowerBound...]) } ?? ""
        out["index " + index] = try Row.fetchAll(
          db, sql: "SELECT * FROM \"\(table)\" INDEXED BY \"\(index)\"\(condition)"
        ).map { Array($0.databaseValues) }
      }
      return out
    }
  }

  static func answers(_ catalogue: Catalogue) throws -> [String] {
    try queries.map { query in
      let results = try catalogue.search(query, limit: 30)
      return query + " "
        + results.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key)=\($0.value)" }
        .joined(separator: ",") + " "
        + results.results.map { "\($0.ref) \($0.score) \($0.match)" }.joined(separator: ";")
    }
  }

  /// Chunks smaller than a page, a page, and larger: every read crosses chunks somewhere.
  @Test(arguments: [9, 10, 12, 16, 17])
  func packedAtAnyChunkSizeAnswersAsThePlainFile(shift: Int) throws {
    let plain = SampleCatalogue.shared
    let tmp = try TemporaryFolder()
    let path = tmp.path("packed-\(shift).sqlite")
    let sizes = try PackedCatalogue.pack(plain.path, to: path, chunkSize: 1 << shift)
    #expect(sizes.plainBytes == (try FileManager.default.attributesOfItem(atPath: plain.path)[.size] as? Int))
    #expect(sizes.packedBytes == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
    #expect(sizes.packedBytes * (shift >= 12 ? 3 : 2) < sizes.plainBytes, "packed \(sizes) at \(1 << shift)")
    let packed = try Catalogue(path: path, verify: true)
    #expect(try packed.info() == plain.info())
    #expect(try Self.answers(packed) == Self.answers(plain))
    // Unpacked: the very file that was packed.
    let unpacked = tmp.path("unpacked-\(shift).sqlite")
    try PackedCatalogue.unpack(path, to: unpacked)
    #expect(try Data(contentsOf: URL(fileURLWithPath: unpacked)) == Data(contentsOf: URL(fileURLWithPath: plain.path)))
    let rows = try Self.everything(packed)
    let expected = try Self.everything(plain)
    #expect(rows.keys.sorted() == expected.keys.sorted())
    for (table, want) in expected { #expect(rows[table] == want, "\(table) at \(1 << shift)") }
  }

  /// A file of the earlier format (zlib chunks, "Expo packed v1"), as earlier releases wrote it,
  /// opens and answers as the plain file, is checked whole and unpacks to the very file.
  @Test(arguments: [14, 16])
  func aFileOfTheEarlierFormatAnswersAsThePlainFile(shift: Int) throws {
    let plain = SampleCatalogue.shared
    let tmp = try TemporaryFolder()
    let path = tmp.path("v1-\(shift).sqlite")
    try PackedCatalogue.pack(plain.path, to: path, chunkSize: 1 << shift, format: .zlib)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)).prefix(16))
    #expect(bytes == CatalogueHeader.packedV1)
    #expect(PackedCatalogue.isPacked(path))
    let packed = try Catalogue(path: path, verify: true)
    #expect(try Self.answers(packed) == Self.answers(plain))
    #expect(try Self.everything(packed) == Self.everything(plain))
    let unpacked = tmp.path("unpacked.sqlite")
    try PackedCatalogue.unpack(path, to: unpacked)
    #expect(try Data(contentsOf: URL(fileURLWithPath: unpacked)) == Data(contentsOf: URL(fileURLWithPath: plain.path)))
  }

  /// A cache of a few chunks: SQLite holds pages in place (memory-mapped reads from the chunk
  /// cache) while it reads others, so chunks are evicted around pinned ones, and when every slot is
  /// pinned a chunk is read without being kept. The answers stay the plain file's.
  @Test(arguments: [4, 6, 64])
  func aCacheOfAFewChunksAnswersAsThePlainFile(chunks: Int) throws {
    let plain = SampleCatalogue.shared
    let tmp = try TemporaryFolder()
    let path = tmp.path("small-cache.sqlite")
    try PackedCatalogue.pack(plain.path, to: path, chunkSize: 4096)
    let packed = try Catalogue(path: path, listLimit: Catalogue.listedLimit, packedCache: chunks * 4096)
    #expect(try packed.info() == plain.info())
    #expect(try Self.answers(packed) == Self.answers(plain))
    // Twice: the second time over a cache the first left full.
    #expect(try Self.answers(packed) == Self.answers(plain))
  }

  @Test func aPathThatNeedsEscapingInAURIOpens() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("a b?c#d%e&f=重庆.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: path)
    #expect(PackedCatalogue.isPacked(path))
    #expect(CatalogueCache.isCatalogue(URL(fileURLWithPath: path)))
    // Names that do not exist yet count by their extension alone, as a URL's extension.
    for name in ["x.sqlite", "x.DB", "a.b/x.sqlite3", ".db", "x.json", "db", "x.sqlite/y", "x."] {
      let missing = tmp.path("missing/" + name)
      #expect(
        CatalogueCache.isCatalogue(path: missing)
          == ["sqlite", "sqlite3", "db"].contains(URL(fileURLWithPath: missing).pathExtension.lowercased()), "\(name)")
    }
    let packed = try Catalogue(path: path)
    #expect(try packed.search("amber", limit: 3).results.count == 3)
    // A relative path too.
    let here = FileManager.default.currentDirectoryPath
    #expect(FileManager.default.changeCurrentDirectoryPath(tmp.url.path))
    defer { _ = FileManager.default.changeCurrentDirectoryPath(here) }
    #expect(try Catalogue(path: "a b?c#d%e&f=重庆.sqlite").info().counts.exhibitors == 520)
  }

  /// A packed file's layout, from its header: where its index starts, its chunk count, and the
  /// chunks' offsets (count + 1, the last one the index's).
  struct Layout {
    var index: Int
    var chunks: Int
    var offsets: [Int]

    init(_ bytes: [UInt8]) {
      let index = Layout.u64(bytes, 40)
      let chunks = Layout.u64(bytes, 32)
      self.index = index
      self.chunks = chunks
      offsets = (0...chunks).map { Layout.u64(bytes, index + 8 * $0) }
    }

    static func u64(_ bytes: [UInt8], _ at: Int) -> Int {
      (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
    }

    /// Chunk `c`'s offset in the index set to `value`.
    func setOffset(_ c: Int, to value: Int, in bytes: inout [UInt8]) {
      for i in 0..<8 { bytes[index + 8 * c + i] = UInt8((value >> (8 * i)) & 0xFF) }
    }
  }

  /// The damage, and what the refusal must say.
  static func damaged(_ bytes: [UInt8]) -> [(String, [UInt8], String)] {
    func with(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
      var copy = bytes
      change(&copy)
      return copy
    }
    let layout = Layout(bytes)
    let (index, offsets) = (layout.index, layout.offsets)
    // Chunks 3 and 4 exchanged, and the index rewritten to match: every chunk decodes well.
    let swapped = with { b in
      let three = Array(bytes[offsets[3]..<offsets[4]])
      let four = Array(bytes[offsets[4]..<offsets[5]])
      b.replaceSubrange(offsets[3]..<offsets[5], with: four + three)
      layout.setOffset(4, to: offsets[3] + four.count, in: &b)
    }
    return [
      ("empty", [], "not an Expo Guide catalogue"),
      ("header only", Array(bytes.prefix(64)), "truncated"),
      ("last byte cut", Array(bytes.dropLast()), "truncated"),
      ("a byte added", bytes + [0], "truncated"),
      (
        "chunk size 1000",
        with {
          $0[16] = 0xE8
          $0[17] = 0x03
        }, "chunk size"
      ),
      ("plain size 2^40 larger", with { $0[29] = $0[29] &+ 1 }, "sizes disagree"),
      ("plain size one more", with { $0[24] = $0[24] &+ 1 }, "sizes disagree"),
      ("two offsets swapped", with { for i in 0..<8 { $0.swapAt(index + 8 + i, index + 16 + i) } }, "damaged"),
      ("two chunks swapped, index rewritten", swapped, "do not match its checksum"),
      ("checksum changed", with { $0[20] ^= 0x01 }, "do not match its checksum"),
      ("magic of another version", with { $0[13] = UInt8(ascii: "9") }, "another format"),
    ]
  }

  @Test func aDamagedPackedFileIsRefusedWithWhatIsWrong() throws {
    let tmp = try TemporaryFolder()
    let good = tmp.path("good.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: good, chunkSize: 4096)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
    for (name, damaged, expected) in Self.damaged(bytes) {
      let path = tmp.path("\(name).sqlite")
      try Data(damaged).write(to: URL(fileURLWithPath: path))
      do {
        _ = try Catalogue(path: path, verify: true)
        Issue.record("\(name): opened")
      } catch let error as CatalogueError {
        #expect(error.description.contains(path), "\(name): \(error)")
        #expect(error.description.contains(expected), "\(name): \(error)")
      }
    }
  }

  /// Bytes flipped inside compressed chunks: the chunk's hash (or, in a v1 file, zlib's stream or
  /// checksum) catches it, and the read fails (an error, not a crash, no wrong answer).
  @Test func aDamagedChunkFailsItsReadsNotTheProcess() throws {
    let tmp = try TemporaryFolder()
    let good = tmp.path("good.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: good, chunkSize: 4096)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
    let layout = Layout(bytes)
    let (chunks, offsets) = (layout.chunks, layout.offsets)
    let compressed = (0..<chunks).filter { offsets[$0 + 1] - offsets[$0] < 4096 }
    // The first chunk (the schema: opening fails) and one in the middle (reading every row does).
    for chunk in [0, compressed[compressed.count / 2]] {
      #expect(compressed.contains(chunk))
      var damaged = bytes
      for at in (offsets[chunk] + 8)..<min(offsets[chunk + 1], offsets[chunk] + 40) { damaged[at] ^= 0x5A }
      let path = tmp.path("flipped-\(chunk).sqlite")
      try Data(damaged).write(to: URL(fileURLWithPath: path))
      #expect(throws: (any Error).self, "chunk \(chunk)") {
        let catalogue = try Catalogue(path: path)
        _ = try Self.everything(catalogue)
      }
      // What SQLite calls a disk I/O error is named: the file and the chunk.
      let damage = try #require(PackedCatalogue.lastDamage(in: path))
      #expect(
        damage.description.hasPrefix("\(path): a damaged packed catalogue (chunk \(chunk + 1) of \(chunks) is damaged)")
      )
      let unpacked = tmp.path("unpacked-\(chunk).sqlite")
      do {
        try PackedCatalogue.unpack(path, to: unpacked)
        Issue.record("chunk \(chunk): unpacked")
      } catch let error as CatalogueError {
        #expect(error.description.contains("chunk \(chunk + 1) of \(chunks) is damaged"), "\(error)")
      }
      #expect(!FileManager.default.fileExists(atPath: unpacked))
      // A file from elsewhere is checked whole before it is used: refused at once, the chunk named.
      do {
        _ = try Catalogue(path: path, verify: true)
        Issue.record("chunk \(chunk): opened")
      } catch let error as CatalogueError {
        #expect(error.description.contains("\(path): a damaged packed catalogue (chunk \(chunk + 1) of \(chunks)"))
      }
    }
  }

  /// The index is read a chunk's two offsets at a time, when the chunk is read: offsets out of
  /// order fail that read, named as the chunk's damage (the whole-file check refuses them at once).
  @Test func offsetsOutOfOrderFailTheReadThatNeedsThem() throws {
    let tmp = try TemporaryFolder()
    let good = tmp.path("good.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: good, chunkSize: 4096)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
    let layout = Layout(bytes)
    let chunks = layout.chunks
    let k = chunks / 2
    // Chunk k ends before it starts (and chunk k + 1 starts inside chunk k - 1's bytes).
    layout.setOffset(k + 1, to: layout.offsets[k] - 1, in: &bytes)
    let path = tmp.path("offsets.sqlite")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let catalogue = try Catalogue(path: path)
    #expect(throws: (any Error).self) { _ = try Self.everything(catalogue) }
    let damage = try #require(PackedCatalogue.lastDamage(in: path)).description
    #expect(
      damage.contains("(chunk \(k + 1) of \(chunks) is damaged)")
        || damage.contains("(chunk \(k + 2) of \(chunks) is damaged)"), "\(damage)")
    #expect(throws: CatalogueError.self) { try PackedCatalogue.verify(path) }
  }

  /// A file cut short while it is open: a read past its end fails, named with the file and the
  /// chunk (SQLite says only "disk I/O error").
  @Test func aFileCutShortWhileOpenNamesTheChunkItCannotRead() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("cut.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: path, chunkSize: 4096)
    let catalogue = try Catalogue(path: path)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    let size = try handle.seekToEnd()
    try handle.truncate(atOffset: size / 3)
    try handle.close()
    #expect(throws: (any Error).self) { _ = try Self.answers(catalogue) }
    let damage = try #require(PackedCatalogue.lastDamage(in: path)).description
    #expect(damage.hasPrefix(path + ": a damaged packed catalogue (chunk "), "\(damage)")
    #expect(damage.contains("cannot be read: the file is shorter than its header and index say"), "\(damage)")
  }

  /// The output is replaced only when it is a file: a folder is never removed (rename(2) fails on
  /// it), a write that fails leaves what was there.
  @Test func aPackOrUnpackOntoAFolderLeavesTheFolder() throws {
    let tmp = try TemporaryFolder()
    let folder = tmp.path("folder")
    try FileManager.default.createDirectory(atPath: folder + "/inner", withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/keep.txt"))
    let packed = tmp.path("packed.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: packed)
    #expect(throws: FileOutput.Failure.self) { try PackedCatalogue.pack(SampleCatalogue.shared.path, to: folder) }
    #expect(throws: FileOutput.Failure.self) { try PackedCatalogue.unpack(packed, to: folder) }
    #expect(try String(contentsOfFile: folder + "/keep.txt", encoding: .utf8) == "keep")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["inner", "keep.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted() == ["folder", "packed.sqlite"])
    // An output that cannot be created is named as the output, not as the source.
    do {
      try PackedCatalogue.unpack(packed, to: tmp.path("packed.sqlite/below.sqlite"))
      Issue.record("unpacked below a file")
    } catch let error as FileOutput.Failure {
      #expect(error.description.contains("packed.sqlite/below.sqlite"), "\(error)")
    }
  }

  @Test func aFailedPackLeavesTheDestinationAsItWas() throws {
    let tmp = try TemporaryFolder()
    let destination = tmp.path("kept.sqlite")
    try Data("mine".utf8).write(to: URL(fileURLWithPath: destination))
    #expect(throws: CatalogueError.self) { try PackedCatalogue.pack(tmp.path("missing.sqlite"), to: destination) }
    let empty = tmp.path("empty.sqlite")
    try Data().write(to: URL(fileURLWithPath: empty))
    #expect(throws: CatalogueError.self) { try PackedCatalogue.pack(empty, to: destination) }
    #expect(try String(contentsOfFile: destination, encoding: .utf8) == "mine")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted() == ["empty.sqlite", "kept.sqlite"])
  }

  @Test func aPackedCatalogueCannotBeWritten() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("packed.sqlite")
    try PackedCatalogue.pack(SampleCatalogue.shared.path, to: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var config = Configuration()
    config.readonly = false
    let queue = try DatabaseQueue(path: try PackedCatalogue.connectionPath(path), configuration: config)
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM product") } }
    try queue.close()
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }
}
