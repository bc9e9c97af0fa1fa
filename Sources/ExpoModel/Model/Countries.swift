import Foundation

/// ISO 3166-1 alpha-2 country codes and their names in English and Chinese.
public enum Countries {
  /// Every assigned ISO 3166-1 alpha-2 code known to the platform's locale data.
  public static let codes: Set<String> = {
    var set = Set<String>()
    for region in Locale.Region.isoRegions {
      let id = region.identifier
      if id.count == 2, id.allSatisfy({ $0.isASCII && $0.isUppercase }) { set.insert(id) }
    }
    // Kosovo is user-assigned but widely used by trade fairs.
    set.insert("XK")
    // "Unknown or unspecified" (user-assigned): exhibitors whose country the data does not give.
    set.insert("ZZ")
    return set
  }()

  public static func isKnown(_ code: String) -> Bool { codes.contains(code) }

  /// Short names where the locale data's name is not what a trade fair prints.
  static let preferred: [String: LocalizedText] = [
    "CN": LocalizedText(en: "China", zh: "中国"),
    "MM": LocalizedText(en: "Myanmar", zh: "缅甸"),
    "HK": LocalizedText(en: "Hong Kong", zh: "中国香港"),
    "MO": LocalizedText(en: "Macao", zh: "中国澳门"),
    "XK": LocalizedText(en: "Kosovo", zh: "科索沃"),
    "ZZ": LocalizedText(en: "Country not given", zh: "未注明国家"),
  ]

  /// The country's name in English and Chinese (simplified).
  public static func name(_ code: String) -> LocalizedText {
    if let name = preferred[code] { return name }
    let en = Locale(identifier: "en_US").localizedString(forRegionCode: code) ?? code
    let zh = Locale(identifier: "zh_Hans_CN").localizedString(forRegionCode: code)
    return LocalizedText(en: en, zh: zh)
  }
}
