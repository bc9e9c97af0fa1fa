import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

extension CatalogueScreens {
  /// My plan: bookmarked booths by hall in walking order (visited ticked, notes shown), events in
  /// time order with clashes and gaps, products, and bookmarks whose item has left the catalogue.
  func plan(_ bookmarks: [Bookmark], _ language: Language, _ now: Date, _ keys: Keymaps) throws -> ScreenContent {
    let t = UIText(language)
    var card = [CardLine(.title, t.section(.plan))]
    guard !bookmarks.isEmpty else {
      card.append(CardLine(.text, t.nothingBookmarked))
      return ScreenContent(title: t.section(.plan), card: card, emptyText: "")
    }
    let plan = try VisitPlan.build(catalogue, bookmarks: bookmarks)
    var rows: [Row] = []
    for hall in plan.halls {
      let visited = hall.stops.filter(\.bookmark.visited).count
      rows.append(
        .section(
          t.hallWalk(name(hall.hallName, language), stops: hall.stops.count, visited: visited, metres: hall.metres)))
      for (n, stop) in hall.stops.enumerated() {
        rows.append(
          .item(
            [
              "\(stop.bookmark.visited ? "✓" : " ") \(n + 1).", stop.booth?.code ?? stop.exhibitor.booths.first ?? "—",
              marked(name(stop.exhibitor.name, language), .exhibitor, stop.exhibitor.id),
              countryName(stop.exhibitor.country, language, countryIndex),
            ], opens: .exhibitor(stop.exhibitor.id), columns: CatalogueScreens.planBoothColumns(t)))
        // The note in full, under its booth.
        rows += Row.noteLines(stop.bookmark.note)
      }
    }
    if !plan.events.isEmpty {
      rows.append(.section("\(t.heading(t.events, plan.events.count)) · \(t.eventsInTimeOrder)"))
      let days = info.expo.days
      for item in plan.events {
        let e = item.event
        var note = ""
        if let other = item.clashes.first {
          note = t.clashesWithOther(other, more: item.clashes.count - 1)
        } else if let gap = item.gapBefore, gap >= 30 * 60 {
          note = t.freeBefore(t.duration(gap))
        }
        let time =
          (days.indices.contains(e.day) ? t.day(days[e.day]) + " " : "")
          + "\(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
        rows.append(
          .item(
            [time, marked(name(e.title, language), .event, e.id), note], opens: .event(e.id),
            columns: CatalogueScreens.planEventColumns(t)))
        rows += Row.noteLines(item.bookmark.note)
      }
    }
    if !plan.products.isEmpty {
      rows.append(.section(t.heading(t.products, plan.products.count)))
      for (p, bookmark) in plan.products {
        rows.append(productRow(p, language))
        rows += Row.noteLines(bookmark.note)
      }
    }
    if !plan.missing.isEmpty {
      rows.append(.section(t.heading(t.noLongerInCatalogue, plan.missing.count)))
      for b in plan.missing {
        // Named, and why it left, when this version's changes say so.
        let gone = news.departure(of: b.key)
        var row = Row(
          kind: .item,
          cells: [
            t.keptMissing(
              b.key.kind, gone.map { name($0.name, language) } ?? b.key.id,
              why: gone.map { t.changeStatus($0.status) }, removeKey: keys.label(for: .bookmark, in: .list))
          ],
          target: nil,
          columns: [Column("", .flexible(min: 10, weight: 1))])
        row.gone = b.key
        rows.append(row)
        rows += Row.noteLines(b.note)
      }
    }
    card.append(
      CardLine(
        .text,
        t.planCounts(
          booths: plan.boothCount, events: plan.events.count, products: plan.products.count,
          keys: (
            keys.label(for: .visited, in: .list), keys.label(for: .note, in: .list),
            keys.label(for: .exportPlan, in: .list)
          ))))
    if let next = plan.events.first(where: { $0.event.end > now })?.event {
      card.append(
        CardLine(
          .field(next.start <= now ? t.fieldNow : t.fieldNextUp),
          "\(name(next.title, language)) · \(ExpoTime.hourMinute(next.start, zone: zone)) · \(name(next.venueName, language))"
        ))
    }
    return ScreenContent(
      title: t.section(.plan), card: card, columns: CatalogueScreens.productColumns(t), segments: [.rows(rows)])
  }

  static func planBoothColumns(_ t: UIText) -> [Column] {
    [
      Column("", .fixed(6), alignRight: true), Column(t.columnBooth, .fixed(8)),
      Column(t.columnExhibitor, .flexible(min: 16, weight: 2)), Column(t.columnCountry, .flexible(min: 4, weight: 1)),
    ]
  }

  static func planEventColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnTime, .fixed(t.isChinese ? 25 : 22)), Column(t.columnEvent, .flexible(min: 16, weight: 2)),
      Column("", .flexible(min: 10, weight: 1)),
    ]
  }
}
