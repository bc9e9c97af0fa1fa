/// What exhibitors of one country typically show, and how their companies are named.
struct CountryProfile {
  /// An English word of a company name with its Chinese form: a place ("Kamchatka=堪察加") or a
  /// legal form ("JSC=股份公司"), written `en=zh` in the table.
  struct Term {
    var en: String
    var zh: String?

    init(en: String, zh: String? = nil) {
      self.en = en
      self.zh = zh
    }

    init(_ entry: Substring) {
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      self.init(en: parts.first ?? "", zh: parts.count > 1 ? parts[1] : nil)
    }
  }

  struct Item {
    var en: String
    var zh: String
    var category: String
    var specs: String
  }

  var code: String
  /// Sample hall (Chongqing 2023 layout).
  var hall: String
  /// Relative number of exhibitors.
  var weight: Int
  var hasPavilion: Bool
  /// Places (cities, regions, valleys) companies are named after, with their Chinese names.
  var places: [Term]
  /// Legal forms and trade suffixes, with their usual Chinese forms.
  var suffixes: [Term]
  var items: [Item]

  /// Parses the compact table in `CountryProfiles.table`.
  static func parse(_ table: String) -> [CountryProfile] {
    var out: [CountryProfile] = []
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      if line.hasPrefix("@") {
        guard fields.count >= 6 else { continue }
        out.append(
          CountryProfile(
            code: String(fields[0].dropFirst()), hall: fields[1], weight: Int(fields[2]) ?? 1,
            hasPavilion: fields[3] == "P", places: fields[4].split(separator: ",").map(Term.init),
            suffixes: fields[5].split(separator: ";").map(Term.init), items: []))
      } else if fields.count >= 4, !out.isEmpty {
        out[out.count - 1].items.append(Item(en: fields[0], zh: fields[1], category: fields[2], specs: fields[3]))
      }
    }
    return out
  }
}
