import Foundation

/// Country names and codes as people write them in spreadsheets, in several languages, mapped to
/// ISO 3166-1 alpha-2 codes.
public enum CountryNames {
  /// "Unknown or unspecified country" (ISO 3166-1 user-assigned): exhibitors without a country.
  public static let unknown = "ZZ"

  static let languages = ["en", "zh_Hans", "zh_Hant", "de", "fr", "es", "it", "pt", "ru", "ja", "ko", "nl", "ar", "tr"]

  /// Common names the locale data does not give.
  static let aliases: [String: String] = [
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
    "russia": "RU", "russian federation": "RU", "south korea": "KR", "korea": "KR", "republic of korea": "KR",
    "korea, republic of": "KR", "north korea": "KP", "iran": "IR", "iran, islamic republic of": "IR",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "czech republic": "CZ", "holland": "NL", "the netherlands": "NL",
    "vietnam": "VN", "viet nam": "VN", "taiwan": "TW", "chinese taipei": "TW", "hong kong": "HK",
    "hong kong sar": "HK", "macau": "MO", "macao": "MO", "uae": "AE", "emirates": "AE", "laos": "LA",
    "syria": "SY", "moldova": "MD", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "ivory coast": "CI",
    "cote d'ivoire": "CI", "burma": "MM", "swaziland": "SZ", "eswatini": "SZ", "cape verde": "CV",
    "macedonia": "MK", "north macedonia": "MK", "palestine": "PS", "vatican": "VA", "kosovo": "XK",
    "prc": "CN", "p.r. china": "CN", "pr china": "CN", "mainland china": "CN", "中国大陆": "CN",
    "韩国": "KR", "朝鲜": "KP", "俄罗斯": "RU", "英国": "GB", "美国": "US", "台湾": "TW", "中国台湾": "TW",
    "香港": "HK", "澳门": "MO", "伊朗": "IR", "缅甸": "MM", "土耳其": "TR",
  ]

  /// Folded form: lower case, accents removed, spaces collapsed, "&" read as "and" and "St." as
  /// "Saint" (the locale data says "Bosnia & Herzegovina" and "St. Lucia"; people write both).
  static func fold(_ text: String) -> String {
    let lowered = text.trimmingWhitespace().folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "&", with: " and ")
    return lowered.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0 == "st." || $0 == "st" ? "saint" : $0 }
      .joined(separator: " ")
  }

  static let table: [String: String] = {
    var table: [String: String] = [:]
    let locales = languages.map { Locale(identifier: $0) }
    for code in Countries.codes.sorted() {
      table[code.lowercased()] = code
      for locale in locales {
        if let name = locale.localizedString(forRegionCode: code) { table[fold(name)] = table[fold(name)] ?? code }
      }
      for (_, name) in [code].map({ ($0, Countries.name($0)) }) {
        table[fold(name.en)] = code
        if let zh = name.zh { table[fold(zh)] = code }
      }
    }
    for (alias, code) in aliases { table[fold(alias)] = code }
    return table
  }()

  /// The ISO code for a country name or code (`"Deutschland"`, `"de"`, `"德国"`, `"USA"`); nil if unknown.
  public static func code(for text: String) -> String? {
    let key = fold(text)
    guard !key.isEmpty else { return nil }
    if let code = table[key] { return code }
    // "Germany (Federal Republic)" / "Korea, Republic of" variants: try the part before a bracket or comma.
    if let cut = key.firstIndex(where: { $0 == "(" || $0 == "," }) {
      let head = String(key[..<cut]).trimmingWhitespace()
      if let code = table[head] { return code }
    }
    return nil
  }
}
