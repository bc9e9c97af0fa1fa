/// The catalogue's SQL schema. Bump `version` whenever it changes: cached catalogues of another
/// version are recompiled.
enum CatalogueSchema {
  static let version = 16
  /// Separator of list values stored in one column (booth codes, categories, speakers).
  static let separator = "\u{1F}"

  /// Index statements run after the rows are inserted (building an index by sorting is faster than
  /// keeping it up to date row by row).
  static func isIndex(_ statement: String) -> Bool {
    statement.hasPrefix("CREATE INDEX") || statement.hasPrefix("CREATE UNIQUE INDEX")
  }

  /// The FTS5 tables (built in a file of their own, then copied: see FullTextBuild).
  static let fullTextTables = ["search", "search_words"]
  static let fullTextStatements = [
    """
    CREATE VIRTUAL TABLE search USING fts5(name, zh, extra, content = 'search_item', content_rowid = 'rowid',
      tokenize = 'trigram')
    """,
    // Words of the names (with pinyin) and of the context. Columns, no positions (no query asks
    // for a phrase; `{words} :` needs the column): smaller, and a prefix's doclists merge faster.
    // Prefix indexes of one and two characters: a word of one or two letters typed among others
    // ("russian f", "n3-a") and two letters by themselves ("ch") read a doclist of their own
    // instead of merging every word that starts so (at a million products, 100–250 ms a keystroke).
    """
    CREATE VIRTUAL TABLE search_words USING fts5(words, context, content = '', tokenize = 'unicode61',
      detail = column, prefix = '1 2')
    """,
  ]

  static let statements: [String] =
    [
      "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      """
      CREATE TABLE hall(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_en TEXT NOT NULL, name_zh TEXT,
        floor INTEGER, width INTEGER, depth INTEGER, x INTEGER, y INTEGER,
        exhibitor_count INTEGER NOT NULL DEFAULT 0, pavilion_count INTEGER NOT NULL DEFAULT 0,
        booth_count INTEGER NOT NULL DEFAULT 0, features TEXT)
      """,
      "CREATE TABLE venue(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_en TEXT NOT NULL, name_zh TEXT, hall TEXT)",
      """
      CREATE TABLE country(code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_zh TEXT, sort_key TEXT NOT NULL,
        exhibitor_count INTEGER NOT NULL, product_count INTEGER NOT NULL, pavilion_count INTEGER NOT NULL)
      """,
      """
      CREATE TABLE pavilion(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, country TEXT NOT NULL, name_en TEXT NOT NULL,
        name_zh TEXT, hall TEXT NOT NULL, description TEXT, description_zh TEXT,
        exhibitor_count INTEGER NOT NULL DEFAULT 0)
      """,
      """
      CREATE TABLE exhibitor(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name_en TEXT NOT NULL, name_zh TEXT,
        sort_key TEXT NOT NULL, country TEXT NOT NULL, pavilion TEXT, hall TEXT, first_booth TEXT, booths TEXT NOT NULL,
        categories TEXT NOT NULL, description TEXT, description_zh TEXT, website TEXT, city_en TEXT, city_zh TEXT,
        product_count INTEGER NOT NULL DEFAULT 0,
        name_rank INTEGER NOT NULL, booth_rank INTEGER NOT NULL, country_rank INTEGER NOT NULL)
      """,
      // Positions in each whole-list order: a page at any depth is a range lookup, not an OFFSET scan.
      "CREATE UNIQUE INDEX exhibitor_by_name_rank ON exhibitor(name_rank)",
      "CREATE UNIQUE INDEX exhibitor_by_booth_rank ON exhibitor(booth_rank)",
      "CREATE UNIQUE INDEX exhibitor_by_country_rank ON exhibitor(country_rank)",
      "CREATE INDEX exhibitor_by_country ON exhibitor(country, sort_key)",
      "CREATE INDEX exhibitor_by_hall ON exhibitor(hall, sort_key)",
      "CREATE INDEX exhibitor_by_pavilion ON exhibitor(pavilion, sort_key)",
      "CREATE TABLE exhibitor_category(category TEXT NOT NULL, sort_key TEXT NOT NULL, exhibitor INTEGER NOT NULL, PRIMARY KEY(category, sort_key, exhibitor)) WITHOUT ROWID",
      """
      CREATE TABLE booth(code TEXT PRIMARY KEY, hall TEXT NOT NULL, exhibitor TEXT, x INTEGER, y INTEGER,
        width INTEGER, depth INTEGER)
      """,
      "CREATE INDEX booth_by_exhibitor ON booth(exhibitor)",
      "CREATE INDEX booth_by_hall ON booth(hall, code)",
      """
      CREATE TABLE product(rid INTEGER PRIMARY KEY, id TEXT NOT NULL, exhibitor INTEGER NOT NULL,
        name_en TEXT NOT NULL, name_zh TEXT, sort_key TEXT NOT NULL, category TEXT NOT NULL, origin TEXT NOT NULL,
        country TEXT NOT NULL, hall TEXT, description TEXT, description_zh TEXT)
      """,
      // Products are stored in name order (rid 1 is the first name): a page of the whole list is a
      // rowid range, and each index below lists its products in name order too (an index's entries
      // with equal keys are ordered by rowid), with no rank column to sort by or index.
      "CREATE UNIQUE INDEX product_by_id ON product(id)",
      "CREATE INDEX product_by_exhibitor ON product(exhibitor)",
      "CREATE INDEX product_by_country ON product(country)",
      "CREATE INDEX product_by_category ON product(category)",
      "CREATE INDEX product_by_hall ON product(hall)",
      """
      CREATE TABLE event(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title_en TEXT NOT NULL, title_zh TEXT,
        kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, day INTEGER NOT NULL, venue TEXT NOT NULL,
        hall TEXT, speakers TEXT NOT NULL, pavilion TEXT, description TEXT, description_zh TEXT)
      """,
      "CREATE INDEX event_by_day ON event(day, start, rid)",
      "CREATE INDEX event_by_venue ON event(venue, start)",
      "CREATE INDEX event_by_pavilion ON event(pavilion, start)",
      "CREATE TABLE event_exhibitor(exhibitor TEXT NOT NULL, event INTEGER NOT NULL, PRIMARY KEY(exhibitor, event)) WITHOUT ROWID",
      // Search. `search` holds every searchable item with its folded (case-, accent- and
      // width-insensitive) English and Chinese names: trigram FTS5 gives substring matches of three
      // or more characters, Chinese included. `search_words` (same rowids, contentless) holds the
      // words of the names and the bigrams of their Chinese text, for word-prefix matches and one-
      // and two-character queries. The name indexes of `search_item` find names that start with the query.
      // The items live in `search_item` (looked up by rowid); `search` indexes them (external content).
      """
      CREATE TABLE search_item(rowid INTEGER PRIMARY KEY, name TEXT NOT NULL, zh TEXT NOT NULL, extra TEXT NOT NULL,
        py TEXT NOT NULL, owner TEXT NOT NULL, kind TEXT NOT NULL, ref TEXT NOT NULL, label_en TEXT NOT NULL, label_zh TEXT)
      """,
      // Every word of `search_words`, for expanding a typed prefix into the few words it stands
      // for ("chongqing"* into "chongqing"): FTS5 reads a word's doclist as it goes, but merges a
      // prefix's doclists into one before the first row, at every statement.
      "CREATE TABLE search_term(term TEXT PRIMARY KEY) WITHOUT ROWID",
      // One letter or digit typed, answered without a scan: per initial of the names and kind range
      // (`range`, the index in meta's searchKinds), how many names start with it and the first
      // 500 of them in the name index's order (comma-separated rowids).
      """
      CREATE TABLE search_initial(initial TEXT NOT NULL, range INTEGER NOT NULL, count INTEGER NOT NULL,
        firsts TEXT NOT NULL, PRIMARY KEY(initial, range)) WITHOUT ROWID
      """,
      // Broad one-word queries answered at compile (see `SearchCommon`).
      "CREATE TABLE search_common(token TEXT PRIMARY KEY, answer TEXT NOT NULL) WITHOUT ROWID",
      // Names that start with the query: range scans of these.
      "CREATE INDEX search_item_by_name ON search_item(name)",
      "CREATE INDEX search_item_by_zh ON search_item(zh) WHERE zh != ''",
    ] + fullTextStatements
}
