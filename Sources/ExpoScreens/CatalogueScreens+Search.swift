import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Search as you type: results grouped by kind, best group first.
extension CatalogueScreens {
  func search(_ query: String, _ kind: SearchKind?, _ language: Language) throws -> ScreenContent {
    let filterText = SearchKind.filters.map { $0?.plural ?? "All" }
    let selected = SearchKind.filters.firstIndex(of: kind) ?? 0
    var card = [
      CardLine(.input, query),
      CardLine(.tabs(selected: selected), "", tabs: filterText),
    ]
    guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
      card.append(
        CardLine(
          .subtitle,
          "Type to search exhibitors, products, countries, pavilions, events and booth codes — in English or 中文. "
            + "Tab changes the filter, Enter opens, Esc goes back."))
      return ScreenContent(title: "Search", card: card, emptyText: "")
    }
    let results = try catalogue.search(query, kinds: kind.map { [$0] }, limit: 300)
    var rows: [Row] = []
    // Groups in the order of their best result (an exact country before a hundred products).
    var groups: [SearchKind] = []
    for result in results.results where !groups.contains(result.kind) { groups.append(result.kind) }
    for group in groups {
      let items = results.results.filter { $0.kind == group }
      guard !items.isEmpty else { continue }
      let total = results.counts[group] ?? items.count
      rows.append(.section("\(group.plural) (\(Format.grouped(total))\(results.isTruncated ? "+" : ""))"))
      for item in items {
        var target: Screen
        switch item.kind {
        case .exhibitor: target = .exhibitor(item.ref)
        case .product: target = .product(item.ref)
        case .country: target = .country(item.ref)
        case .pavilion: target = .pavilion(item.ref)
        case .event: target = .event(item.ref)
        case .booth:
          let booth = try catalogue.booth(code: item.ref)
          target = booth?.exhibitor.map { .exhibitor($0) } ?? .hall(booth?.hall ?? "")
        }
        let other = language == .english ? item.name.zh ?? "" : (item.name.zh == nil ? "" : item.name.en)
        var row = Row.item([name(item.name, language), other], opens: target)
        row.highlight = query
        rows.append(row)
      }
    }
    card.append(
      CardLine(
        .subtitle,
        results.results.isEmpty
          ? "Nothing matches \"\(query)\"."
          : "\(Format.count(results.results.count, "result")) · best first in each group · Tab: filter"))
    return ScreenContent(
      title: "Search", card: card,
      columns: [Column("", .flexible(min: 16, weight: 3)), Column("", .flexible(min: 8, weight: 2))],
      segments: [.rows(rows)], emptyText: "No results.")
  }
}
