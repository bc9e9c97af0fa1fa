import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

extension CatalogueScreens {
  /// My plan: bookmarked booths by hall in walking order (visited ticked, notes shown), events in
  /// time order with clashes and gaps, products, and bookmarks whose item has left the catalogue.
  func plan(_ bookmarks: [Bookmark], _ language: Language, _ now: Date) throws -> ScreenContent {
    var card = [CardLine(.title, "My plan")]
    guard !bookmarks.isEmpty else {
      card.append(
        CardLine(
          .text,
          "Nothing bookmarked yet. Press b on an exhibitor, an event or a product (in any list or on its screen); "
            + "bookmarked rows carry ★ and gather here: booths in walking order, events in time order."))
      return ScreenContent(title: "My plan", card: card, emptyText: "")
    }
    let plan = try VisitPlan.build(catalogue, bookmarks: bookmarks)
    var rows: [Row] = []
    for hall in plan.halls {
      let visited = hall.stops.filter(\.bookmark.visited).count
      rows.append(
        .section(
          "\(name(hall.hallName, language)) · \(Format.count(hall.stops.count, "stop")) (\(visited) visited) · "
            + "about \(hall.metres) m on foot"))
      for (n, stop) in hall.stops.enumerated() {
        rows.append(
          .item(
            [
              "\(stop.bookmark.visited ? "✓" : " ") \(n + 1).", stop.booth?.code ?? stop.exhibitor.booths.first ?? "—",
              name(stop.exhibitor.name, language), countryName(stop.exhibitor.country, language, countryIndex),
            ], opens: .exhibitor(stop.exhibitor.id), columns: CatalogueScreens.planBoothColumns))
        // The note in full, under its booth.
        rows += Row.noteLines(stop.bookmark.note)
      }
    }
    if !plan.events.isEmpty {
      rows.append(.section("Events (\(plan.events.count)) · in time order"))
      let days = info.expo.days
      for item in plan.events {
        let e = item.event
        var note = ""
        if let other = item.clashes.first {
          note = "clashes with \(other)" + (item.clashes.count > 1 ? " +\(item.clashes.count - 1)" : "")
        } else if let gap = item.gapBefore, gap >= 30 * 60 {
          note = "\(Format.duration(gap)) free before"
        }
        let time =
          (days.indices.contains(e.day) ? Format.day(days[e.day]) + " " : "")
          + "\(ExpoTime.hourMinute(e.start, zone: zone))–\(ExpoTime.hourMinute(e.end, zone: zone))"
        rows.append(
          .item([time, name(e.title, language), note], opens: .event(e.id), columns: CatalogueScreens.planEventColumns))
        rows += Row.noteLines(item.bookmark.note)
      }
    }
    if !plan.products.isEmpty {
      rows.append(.section("Products (\(plan.products.count))"))
      for (p, bookmark) in plan.products {
        rows.append(productRow(p, language))
        rows += Row.noteLines(bookmark.note)
      }
    }
    if !plan.missing.isEmpty {
      rows.append(.section("No longer in the catalogue (\(plan.missing.count))"))
      for b in plan.missing {
        rows.append(
          Row(
            kind: .item, cells: ["\(b.key.kind.rawValue) \(b.key.id) · kept; b removes it"], target: nil,
            columns: [Column("", .flexible(min: 10, weight: 1))]))
      }
    }
    card.append(
      CardLine(
        .text,
        "\(Format.count(plan.boothCount, "booth")) · \(Format.count(plan.events.count, "event")) · "
          + Format.count(plan.products.count, "product") + " · v ticks a booth, n adds a note, e exports"))
    if let next = plan.events.first(where: { $0.event.end > now })?.event {
      card.append(
        CardLine(
          .field(next.start <= now ? "Now" : "Next up"),
          "\(name(next.title, language)) · \(ExpoTime.hourMinute(next.start, zone: zone)) · \(name(next.venueName, language))"
        ))
    }
    return ScreenContent(
      title: "My plan", card: card, columns: CatalogueScreens.productColumns, segments: [.rows(rows)])
  }

  static let planBoothColumns = [
    Column("", .fixed(6), alignRight: true), Column("Booth", .fixed(8)),
    Column("Exhibitor", .flexible(min: 16, weight: 2)), Column("Country", .flexible(min: 4, weight: 1)),
  ]

  static let planEventColumns = [
    Column("Time", .fixed(22)), Column("Event", .flexible(min: 16, weight: 2)),
    Column("", .flexible(min: 10, weight: 1)),
  ]
}
