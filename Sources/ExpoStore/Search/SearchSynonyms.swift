/// Other words a visitor uses for the same thing: British and American spellings, and the few
/// trade words whose catalogue names use another ("carpet" for a kilim, 珍珠 for 金珠 pearls). A
/// query word matches its alternatives too (as typed: as prefixes). Small on purpose: each entry
/// is a word a visitor of a consumer fair types that the catalogue spells otherwise.
enum SearchSynonyms {
  static let table: [String: [String]] = [
    "jewelry": ["jewellery"], "jewellery": ["jewelry"], "color": ["colour"], "colour": ["color"],
    "grey": ["gray"], "gray": ["grey"], "yoghurt": ["yogurt"], "yogurt": ["yoghurt"],
    "carpet": ["rug", "kilim"], "carpets": ["rug", "kilim"], "rug": ["carpet", "kilim"],
    "珍珠": ["金珠", "pearl"], "pearls": ["pearl"], "jewel": ["jewellery", "gem"],
    "car": ["vehicle"], "cars": ["vehicle"], "ev": ["electric", "new energy"],
  ]

  /// The token and its alternatives (folded, single words).
  static func alternatives(_ token: String) -> [String] {
    [token] + (table[token] ?? []).flatMap { SearchText.tokens($0).prefix(1) }
  }
}
