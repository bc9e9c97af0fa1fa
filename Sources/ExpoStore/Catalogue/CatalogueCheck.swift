import ExpoModel
import Foundation
import GRDB

/// Checks a catalogue file that came from elsewhere (`--data FILE.sqlite`) before any of it is
/// read: every table and column of the schema present, every value of the type its column
/// declares (a text where an integer is expected would stop the program when read), and the
/// sizes on plans within the limits that validation enforces (drawing and routing cost memory
/// with a hall's area). Catalogues this program compiled into its cache are not checked again.
enum CatalogueCheck {
  /// The problems found (empty: the file can be used).
  static func problems(_ db: Database) throws -> [String] {
    let expected = try expectedColumns()
    var problems: [String] = []
    for (table, columns) in expected {
      let present = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))").map {
        ($0["name"] as String? ?? "").lowercased()
      }
      guard !present.isEmpty else {
        problems.append("table \(table) is missing")
        continue
      }
      let missing = columns.filter { !present.contains($0.name.lowercased()) }
      if !missing.isEmpty {
        problems.append("table \(table) lacks \(missing.map(\.name).joined(separator: ", "))")
        continue
      }
      // One scan per table: per column, the rows whose value is not of the declared type.
      let checks = columns.map { column -> String in
        let name = column.name.quotedDatabaseIdentifier
        let allowed = column.types.map { "'\($0)'" }.joined(separator: ", ")
        return "SUM(typeof(\(name)) NOT IN (\(allowed)\(column.notNull ? "" : ", 'null'")))"
      }
      let row = try Row.fetchOne(
        db, sql: "SELECT \(checks.joined(separator: ", ")) FROM \(table.quotedDatabaseIdentifier)")
      for (i, column) in columns.enumerated() {
        let bad = (row?[i] as Int64?) ?? 0
        if bad > 0 {
          problems.append(
            "table \(table), column \(column.name): \(bad) value\(bad == 1 ? "" : "s") "
              + (column.notNull ? "missing or " : "") + "not " + column.types.joined(separator: " or "))
        }
      }
    }
    guard problems.isEmpty else { return problems }
    // Ranges that drawing and routing rely on.
    let side = Hall.maximumSide
    let ranges: [(String, String)] = [
      (
        "hall sizes (1 to \(side) m a side, at most \(Hall.maximumArea) m²)",
        "SELECT COUNT(*) FROM hall WHERE width NOT BETWEEN 1 AND \(side) OR depth NOT BETWEEN 1 AND \(side) "
          + "OR width * depth > \(Hall.maximumArea) OR x NOT BETWEEN -100000 AND 100000 "
          + "OR y NOT BETWEEN -100000 AND 100000 OR floor NOT BETWEEN -10 AND 200"
      ),
      (
        "booth positions (0 to \(side) m) and sizes (1 to \(side) m)",
        "SELECT COUNT(*) FROM booth WHERE x NOT BETWEEN 0 AND \(side) OR y NOT BETWEEN 0 AND \(side) "
          + "OR width NOT BETWEEN 1 AND \(side) OR depth NOT BETWEEN 1 AND \(side)"
      ),
      (
        "counts (0 or more)",
        "SELECT (SELECT COUNT(*) FROM hall WHERE exhibitor_count < 0 OR pavilion_count < 0 OR booth_count < 0) "
          + "+ (SELECT COUNT(*) FROM country WHERE exhibitor_count < 0 OR product_count < 0 OR pavilion_count < 0) "
          + "+ (SELECT COUNT(*) FROM pavilion WHERE exhibitor_count < 0) "
          + "+ (SELECT COUNT(*) FROM exhibitor WHERE product_count < 0)"
      ),
    ]
    for (what, sql) in ranges {
      let bad = try Int.fetchOne(db, sql: sql) ?? 0
      if bad > 0 { problems.append("\(bad) row\(bad == 1 ? "" : "s") outside the limits of \(what)") }
    }
    // The plan features of each hall (JSON in a column): readable and inside the limits.
    for row in try Row.fetchAll(db, sql: "SELECT id, features FROM hall WHERE features IS NOT NULL") {
      let id: String = row["id"]
      let text: String = row["features"]
      guard let features = try? JSONDecoder().decode([HallFeature].self, from: Data(text.utf8)) else {
        problems.append("hall \(id): its plan features cannot be read")
        continue
      }
      if features.contains(where: {
        !(0...side).contains($0.x) || !(0...side).contains($0.y) || !(1...side).contains($0.width)
          || !(1...side).contains($0.depth)
      }) {
        problems.append("hall \(id): a plan feature outside the limits (0 to \(side) m)")
      }
    }
    return problems
  }

  struct Column {
    var name: String
    var types: [String]
    var notNull: Bool
  }

  /// The tables and columns of the current schema (read from an in-memory database made with it),
  /// full-text tables aside.
  static func expectedColumns() throws -> [(String, [Column])] {
    let memory = try DatabaseQueue()
    return try memory.write { db in
      for statement in CatalogueSchema.statements where !CatalogueSchema.isIndex(statement) {
        try db.execute(sql: statement)
      }
      // SQLite's own tables behind each full-text table are left to SQLite.
      let shadows = Set(
        CatalogueSchema.fullTextTables.flatMap { fts in
          ["", "_data", "_idx", "_content", "_docsize", "_config"].map { fts + $0 }
        })
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      ).filter { !shadows.contains($0) }
      return try tables.map { table in
        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))").compactMap {
          r -> Column? in
          let declared = (r["type"] as String? ?? "").uppercased()
          // Columns without a declared type (full-text tables and their shadow tables) are SQLite's.
          guard !declared.isEmpty else { return nil }
          let types =
            declared.contains("INT") ? ["integer"] : declared.contains("REAL") ? ["real", "integer"] : ["text"]
          let notNull = (r["notnull"] as Int? ?? 0) != 0 || (r["pk"] as Int? ?? 0) != 0
          return Column(name: r["name"], types: types, notNull: notNull)
        }
        return (table, columns)
      }.filter { !$0.1.isEmpty }
    }
  }
}

extension Catalogue {
  /// Runs `body` on a GRDB connection of its own to the catalogue, read-only (the check above,
  /// and tests that read the file as GRDB rows). The catalogue's own reads go through
  /// `DirectConnection`.
  func inspect<T>(_ body: (Database) throws -> T) throws -> T {
    var config = Configuration()
    config.readonly = true
    config.label = "catalogue check"
    let queue = try DatabaseQueue(path: try PackedCatalogue.connectionPath(path), configuration: config)
    return try queue.read(body)
  }
}
