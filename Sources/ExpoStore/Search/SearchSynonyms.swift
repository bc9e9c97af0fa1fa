/// Other words a visitor uses for the same thing: British and American spellings, and the few
/// trade words whose catalogue names use another ("carpet" for a kilim, 珍珠 for 金珠 pearls). A
/// query word matches its alternatives too (as typed: as prefixes). Small on purpose: each entry
/// is a word a visitor of a consumer fair types that the catalogue spells otherwise.
enum SearchSynonyms {
  static let table: [String: [String]] = [
    "jewelry": ["jewellery"], "jewellery": ["jewelry"], "color": ["colour"], "colour": ["color"],
    "grey": ["gray"], "gray": ["grey"], "yoghurt": ["yogurt"], "yogurt": ["yoghurt"],
    "carpet": ["rug", "kilim"], "carpets": ["rug", "kilim"], "rug": ["carpet", "kilim"],
    "珍珠": ["金珠", "pearl"], "家具": ["家居", "furniture"], "瓷器": ["瓷", "porcelain"], "pearls": ["pearl"],
    "jewel": ["jewellery", "gem"],
    "car": ["vehicle"], "cars": ["vehicle"], "ev": ["electric", "new energy"],
  ]

  /// The token and its alternatives (folded, single words).
  static func alternatives(_ token: String) -> [String] {
    var forms = [token] + (table[token] ?? []).flatMap { SearchText.tokens($0).prefix(1) }
    // A Chinese word for a class of things matches its head character: 漆器 (lacquerware) finds
    // 漆 names, 酒类 (drinks) finds 酒.
    let chars = Array(token)
    if chars.count == 2, chars[0] != chars[1], ["器", "类"].contains(chars[1]), SearchText.isCJK(chars[0]),
      !forms.contains(String(chars[0]))
    {
      forms.append(String(chars[0]))
    }
    return forms
  }
}
