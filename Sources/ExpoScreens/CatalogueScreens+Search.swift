import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// Search as you type: every match, grouped by kind, best group first. "All" shows the best few
/// of each group and a row that opens the whole group; a kind's tab lists all its matches.
extension CatalogueScreens {
  /// Rows shown per group under "All" (the group's row "All 1,234 products ›" lists the rest).
  static let groupPreview = 6

  static let searchColumns = [Column("", .flexible(min: 16, weight: 3)), Column("", .flexible(min: 8, weight: 2))]

  func search(
    _ query: String, _ kind: SearchKind?, _ language: Language, _ bookmarks: [Bookmark], _ keys: Keymaps
  ) throws
    -> ScreenContent
  {
    let t = UIText(language)
    let filterText = SearchKind.filters.map { $0.map(t.kind) ?? t.all }
    let selected = SearchKind.filters.firstIndex(of: kind) ?? 0
    var card = [
      CardLine(.input, query),
      CardLine(.tabs(selected: selected), "", tabs: filterText),
    ]
    guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
      card.append(CardLine(.subtitle, t.searchIntro))
      return ScreenContent(title: t.search, card: card, emptyText: "")
    }
    let boost = Set(bookmarks.map { "\($0.key.kind.rawValue):\($0.key.id)" })
    let results = try catalogue.search(query, kinds: kind.map { [$0] }, limit: 0, boost: boost)
    // Groups in the order of their best match (an exact country before a hundred products); a
    // large set's kinds that only matched beyond the scored ones follow in kind order.
    var groups: [SearchKind] = []
    for hit in results.hits where !groups.contains(hit.kind) { groups.append(hit.kind) }
    for kind in Catalogue.kindOrder where !groups.contains(kind) && (results.counts[kind] ?? 0) > 0 {
      groups.append(kind)
    }
    var segments: [ScreenContent.Segment] = []
    for group in groups {
      let total = results.counts[group] ?? 0
      segments.append(.rows([.section(t.heading(t.kind(group), total))]))
      if kind != nil {
        // A kind's tab: every match, paged (the same query as this content's: cached).
        segments.append(.paged(count: total, .searchResults(query: query, kind: group, boost: boost)))
        continue
      }
      // All: the group's best (all of a small group) from these results, and a row for the rest.
      let shown = total <= CatalogueScreens.groupPreview + 2 ? total : CatalogueScreens.groupPreview
      let first = try catalogue.hits(results, kind: group, offset: 0, limit: shown)
      var rows = try catalogue.label(first).map { try searchRow($0, query: query, language) }
      if shown < total {
        rows.append(
          .item(
            [t.allOf(total, group), ""],
            opens: .search(query: query, kind: group),
            columns: CatalogueScreens.searchColumns))
      }
      segments.append(.rows(rows))
    }
    let total = results.total
    card.append(
      CardLine(
        .subtitle,
        total == 0
          ? t.nothingMatches(query)
          : t.resultsSummary(
            total, filterKey: keys.label(for: .nextTab, in: .search),
            bookmarkKey: keys.label(for: .bookmark, in: .search), mapKey: keys.label(for: .findOnMap, in: .search)))
    )
    return ScreenContent(
      title: t.search, card: card, columns: CatalogueScreens.searchColumns, segments: segments,
      emptyText: t.noResults)
  }

  /// A result row: the name (the query highlighted) and what tells it apart: a product's
  /// exhibitor, country and booth; an event's day, time and venue; an exhibitor's country and
  /// booth.
  func searchRow(_ item: SearchResult, query: String, _ language: Language) throws -> Row {
    let (target, detail) = try searchDetail(item, language)
    var text = name(item.name, language)
    if let kind = DatasetChanges.Item.Kind(rawValue: item.kind.rawValue) { text = marked(text, kind, item.ref) }
    var row = Row.item([text, detail], opens: target, columns: CatalogueScreens.searchColumns)
    row.highlight = query
    return row
  }

  /// Where a result opens, and what tells it apart from its namesakes (also `expo search`'s
  /// DETAIL column).
  public func searchDetail(_ item: SearchResult, _ language: Language) throws -> (target: Screen, detail: String) {
    var target: Screen
    var detail = ""
    switch item.kind {
    case .exhibitor:
      target = .exhibitor(item.ref)
      if let e = try catalogue.exhibitor(id: item.ref) {
        detail = [countryName(e.country, language, countryIndex), e.booths.first ?? ""].filter { !$0.isEmpty }
          .joined(separator: " · ")
      }
    case .product:
      target = .product(item.ref)
      if let p = try catalogue.product(id: item.ref) {
        detail = [name(p.exhibitorName, language), countryName(p.country, language, countryIndex), p.booth ?? ""]
          .filter { !$0.isEmpty }.joined(separator: " · ")
      }
    case .country:
      target = .country(item.ref)
      detail = item.ref
    case .pavilion:
      target = .pavilion(item.ref)
      if let p = pavilionIndex[item.ref] { detail = UIText(language).inHall(p.hall) }
    case .event:
      target = .event(item.ref)
      if let e = try catalogue.event(id: item.ref) {
        let day = info.expo.days.indices.contains(e.day) ? UIText(language).day(info.expo.days[e.day]) + " " : ""
        detail = "\(day)\(ExpoTime.hourMinute(e.start, zone: zone)) · \(name(e.venueName, language))"
      }
    case .booth:
      let booth = try catalogue.booth(code: item.ref)
      target = booth?.exhibitor.map { .exhibitor($0) } ?? .hall(booth?.hall ?? "")
      if let owner = booth?.exhibitor, let e = try catalogue.exhibitor(id: owner) { detail = name(e.name, language) }
    }
    // The other language's name when it adds something.
    let other = language == .english ? item.name.zh ?? "" : (item.name.zh == nil ? "" : item.name.en)
    if !other.isEmpty && other != name(item.name, language) { detail += (detail.isEmpty ? "" : " · ") + other }
    return (target, detail)
  }
}
