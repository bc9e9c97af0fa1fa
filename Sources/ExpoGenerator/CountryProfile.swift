/// What exhibitors of one country typically show, and how their companies are named.
struct CountryProfile {
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
  var places: [String]
  var suffixes: [String]
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
            hasPavilion: fields[3] == "P", places: fields[4].split(separator: ",").map(String.init),
            suffixes: fields[5].split(separator: ";").map(String.init), items: []))
      } else if fields.count >= 4, !out.isEmpty {
        out[out.count - 1].items.append(Item(en: fields[0], zh: fields[1], category: fields[2], specs: fields[3]))
      }
    }
    return out
  }
}
