import ExpoGenerator
import ExpoModel
import Foundation
import GRDB
import Testing

@testable import ExpoStore

/// The compiler's fast paths: full-text indexes built on another thread and copied in, products
/// stored in name order, bulk inserts through SQLite's C API, byte-order sorting.
@Suite struct CompilerTests {
  static func generated(products: Int = 3000, seed: UInt64 = 5) -> ExpoDataset {
    var generator = FairGenerator(
      config: GeneratorConfig(
        profile: .synthetic, exhibitors: 300, products: products, halls: 4, countries: 25, events: 30, seed: seed))
    return generator.makeDataset()
  }

  /// The copied indexes answer every query exactly as indexes built in place, row by row, from
  /// the same items (the way catalogues were compiled before), and pass FTS5's own check.
  @Test func copiedFullTextIndexesEqualIndexesBuiltInPlace() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    let dataset = Self.generated()
    try CatalogueCompiler.compile(dataset, to: path)
    let folded = SearchIndexWriter(dataset).folded()
    #expect(!FileManager.default.fileExists(atPath: path + ".search"))
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE check_search USING fts5(name, zh, extra, tokenize = 'trigram');
          CREATE VIRTUAL TABLE check_words USING fts5(words, context, tokenize = 'unicode61');
          INSERT INTO check_search(rowid, name, zh, extra)
            SELECT rowid, name, zh, CASE kind WHEN 'product' THEN '' ELSE extra END FROM search_item;
          """)
      for (i, text) in folded.enumerated() {
        try db.execute(
          sql: "INSERT INTO check_words(rowid, words, context) VALUES (?, ?, ?)",
          arguments: [Int64(i + 1), text.words, text.context])
      }
      try db.execute(sql: "INSERT INTO search(search) VALUES ('integrity-check')")
      try db.execute(sql: "INSERT INTO search_words(search_words) VALUES ('integrity-check')")
    }
    let itemCount = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM search_item") } ?? 0
    #expect(itemCount > 3000)
    // Queries from the items themselves: the first word of every 97th name, and substrings.
    let names = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM search_item WHERE rowid % 97 = 0") }
    var trigramQueries = Set(["tea", "ltd", "中国", "wine", "amber"])
    var wordQueries = Set(["t*", "co*", "gr*"])
    for name in names {
      let tokens = SearchText.tokens(name)
      if let word = tokens.first(where: { $0.count >= 3 }) { trigramQueries.insert(String(word.prefix(5))) }
      if let word = tokens.first { wordQueries.insert(Catalogue.quoted(word) + "*") }
    }
    try queue.read { db in
      func rows(_ table: String, _ match: String) throws -> [Int64] {
        try Int64.fetchAll(
          db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid", arguments: [match])
      }
      var matched = 0
      for q in trigramQueries {
        let match = Catalogue.quoted(q)
        let found = try rows("search", match)
        #expect(found == (try rows("check_search", match)), "trigram \(q)")
        matched += found.count
      }
      for q in wordQueries {
        let found = try rows("search_words", q)
        #expect(found == (try rows("check_words", q)), "words \(q)")
        matched += found.count
      }
      #expect(matched > 1000)
    }
  }

  /// Products are stored in name order, so every list (whole or filtered) pages through rowids
  /// and indexes without sorting, and still in name order.
  @Test func productListsAreInNameOrderWithoutARankColumn() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    let dataset = Self.generated()
    try CatalogueCompiler.compile(dataset, to: path)
    let catalogue = try Catalogue(path: path)
    let country = dataset.exhibitors[7].country
    let all = try catalogue.products(ProductQuery(country: country), offset: 0, limit: 10_000)
    #expect(all.count == (try catalogue.productCount(ProductQuery(country: country))))
    #expect(!all.isEmpty)
    let keys = all.map { TextFolding.sortKey($0.name.en) }
    #expect(keys == keys.sorted { TextFolding.byteOrder($0, $1) < 0 })
    // A page deep in the filtered list is the same rows as the slice of the whole list.
    let page = try catalogue.products(ProductQuery(country: country), offset: all.count / 2, limit: 7)
    #expect(page.map(\.id) == all[(all.count / 2)...].prefix(7).map(\.id))
    // The plan uses the indexes; nothing is sorted at query time.
    let plan = try DatabaseQueue(path: path).read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN SELECT p.rid FROM product p WHERE p.country = ? ORDER BY p.rid LIMIT 5",
        arguments: [country]
      ).map { $0["detail"] as String }
    }
    #expect(plan.contains { $0.contains("product_by_country") })
    #expect(!plan.contains { $0.contains("TEMP B-TREE") })
  }

  @Test func bulkInsertBindsEveryTypeAndReportsConstraintErrors() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE, note TEXT, n INTEGER)")
      var insert = try BulkInsert(db, sql: "INSERT INTO t VALUES (?, ?, ?, ?)")
      for (i, name) in ["重庆", "", "Pécs\u{0}x"].enumerated() {
        insert.int(Int64(i + 1))
        insert.text(name)
        insert.text(i == 0 ? nil : "note")
        insert.int(i == 2 ? nil : i)
        try insert.step()
      }
      let rows = try Row.fetchAll(db, sql: "SELECT name, note, n FROM t ORDER BY id")
      #expect(rows.map { $0[0] as String }.prefix(2) == ["重庆", ""])
      // Bound with its length: an embedded NUL does not cut the text short.
      #expect(try Int.fetchOne(db, sql: "SELECT length(CAST(name AS BLOB)) FROM t WHERE id = 3") == 7)
      #expect(rows.map { $0[1] as String? } == [nil, "note", "note"])
      #expect(rows.map { $0[2] as Int? } == [0, 1, nil])
      insert.int(Int64(9))
      insert.text("重庆")
      insert.text(nil)
      insert.int(1)
      #expect {
        try insert.step()
      } throws: { error in
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CONSTRAINT && (error.message ?? "").contains("t.name")
      }
      // The statement is usable again after the error.
      insert.int(Int64(10))
      insert.text("Chongqing")
      insert.text(nil)
      insert.int(2)
      try insert.step()
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 4)
    }
  }

  @Test func byteOrderIsTheOrderOfTheUTF8Bytes() {
    let words = ["", "a", "ab", "b", "Z", "é", "e\u{301}", "重庆", "重", "𝄞", "a\u{0}", "zz", "Ａ", "ä", "b"]
    for a in words {
      for b in words {
        let expected = Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
        #expect((TextFolding.byteOrder(a, b) < 0) == expected, "\(a) < \(b)")
        #expect((TextFolding.byteOrder(a, b) == 0) == (Array(a.utf8) == Array(b.utf8)))
      }
    }
  }

  @Test func sourceHashCoversEveryByteAndTheTail() throws {
    let tmp = try TemporaryFolder()
    let url = URL(fileURLWithPath: tmp.path("expo.json"))
    var hashes = Set<String>()
    // Lengths around the eight-byte step, and one changed byte at each position.
    for length in [0, 1, 7, 8, 9, 16, 17] {
      let base = [UInt8](repeating: 0x61, count: length)
      try Data(base).write(to: url)
      hashes.insert(try SourceHash.of(files: [url], options: ""))
      for i in 0..<length {
        var changed = base
        changed[i] = 0x62
        try Data(changed).write(to: url)
        hashes.insert(try SourceHash.of(files: [url], options: ""))
      }
    }
    #expect(hashes.count == 7 + 1 + 7 + 8 + 9 + 16 + 17)
  }
}

extension CompilerTests {
  /// A killed compile's temporary files (its PID gone) are removed by the next compile of the same
  /// file; a running one's (its PID alive) and other files are left alone.
  @Test func abandonedTemporaryFilesAreRemoved() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    // A PID that no process has: a child that has exited and been waited for.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let dead = child.processIdentifier
    let abandoned = ["c.sqlite.tmp-\(dead)", "c.sqlite.tmp-\(dead).search"]
    let kept = ["c.sqlite.tmp-1", "c.sqlite.tmp-1.search", "other.sqlite.tmp-\(dead)", "c.sqlite.tmp-notes"]
    for name in abandoned + kept { try Data("x".utf8).write(to: URL(fileURLWithPath: tmp.path(name))) }
    try CatalogueCompiler.compile(Self.generated(products: 50), to: path)
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path))
    #expect(left == Set(kept + ["c.sqlite"]))
  }
}
