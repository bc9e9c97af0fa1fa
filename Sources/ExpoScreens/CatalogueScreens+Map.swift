import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

extension CatalogueScreens {
  /// The venue: every hall as a block at its place on the venue plan (in a row when the data gives
  /// no places), and the venues outside the halls (forum halls, studios) in a row below them.
  func venueMap(_ language: Language, focus: String? = nil) throws -> ScreenContent {
    let t = UIText(language)
    let halls = try catalogue.halls()
    let placed = halls.allSatisfy { $0.x != nil && $0.y != nil && $0.width != nil && $0.depth != nil }
    var items: [FloorPlan.Item] = []
    var x = 0
    for hall in halls {
      let rect: PlanRect
      if placed {
        rect = PlanRect(x: hall.x!, y: hall.y!, width: hall.width!, depth: hall.depth!)
      } else {
        rect = PlanRect(x: x, y: 0, width: 60, depth: 40)
        x += 70
      }
      items.append(
        FloorPlan.Item(
          rect: rect, label: hall.id, name: hall.name.text(language), code: hall.id,
          detail: t.count(hall.exhibitorCount, .exhibitor)))
    }
    // Normalise to the origin.
    let minX = items.map(\.rect.x).min() ?? 0
    let minY = items.map(\.rect.y).min() ?? 0
    for i in items.indices {
      items[i].rect.x -= minX
      items[i].rect.y -= minY
    }
    // Venues in no hall: a row of blocks below the halls, a third of a hall's size.
    // (Without halls there is no plan to place them by: a schedule's rooms are not a map.)
    let outside = halls.isEmpty ? [] : try catalogue.venues().filter { $0.hall == nil }
    let hallWidth = items.map(\.rect.width).max() ?? 60
    let block = (width: max(20, hallWidth * 2 / 3), depth: max(8, (items.map(\.rect.depth).max() ?? 40) / 3))
    let belowY = (items.map { $0.rect.y + $0.rect.depth }.max() ?? 0) + (items.isEmpty ? 0 : block.depth / 2 + 2)
    let eventsAt = try Dictionary(
      uniqueKeysWithValues: outside.map {
        ($0.id, try catalogue.events(EventQuery(venue: $0.id), offset: 0, limit: 100_000))
      })
    var focused: Int?
    for (n, venue) in outside.enumerated() {
      if venue.id == focus { focused = items.count }
      let count = eventsAt[venue.id]?.count ?? 0
      items.append(
        FloorPlan.Item(
          rect: PlanRect(x: n * (block.width + block.width / 4), y: belowY, width: block.width, depth: block.depth),
          label: venue.name.text(language), name: t.outsideHalls, code: venue.name.text(language),
          detail: t.count(count, .event)))
    }
    let width = items.map { $0.rect.x + $0.rect.width }.max() ?? 1
    let depth = items.map { $0.rect.y + $0.rect.depth }.max() ?? 1
    let plan = FloorPlan(
      kind: .venue, title: info.expo.venue.name.text(language), width: max(1, width), depth: max(1, depth),
      items: items,
      isSynthetic: !placed && !halls.isEmpty)
    var card = [
      CardLine(.title, t.venueMapTitle(info.expo.venue.name.text(language))),
      CardLine(
        .subtitle,
        t.venueMapSummary(halls: halls.count, outside: outside.count)),
    ]
    if plan.isSynthetic { card.append(CardLine(.text, t.syntheticHalls)) }
    var rows: [Row] = halls.map {
      .item([$0.id, $0.name.text(language), Format.grouped($0.exhibitorCount)], opens: .hallMap($0.id, focus: nil))
    }
    // A venue outside the halls opens its first event (the schedule's filter shows them all).
    rows += outside.map { venue in
      let first = eventsAt[venue.id]?.first?.id
      let count = t.count(eventsAt[venue.id]?.count ?? 0, .event)
      return .item(["", "\(venue.name.text(language)) · \(count)", ""], opens: first.map { .event($0) })
    }
    var content = ScreenContent(
      title: t.section(.map), card: card,
      columns: [
        Column(t.columnHall, .fixed(5)), Column(t.columnName, .flexible(min: 12, weight: 1)),
        Column(t.columnExhibitors, .fixed(10), alignRight: true),
      ],
      segments: [.rows(rows)], emptyText: t.noMap)
    content.plan = plan
    content.preferredCursor = focused
    return content
  }

  /// One hall: its booths (from the data, or a grid by code), stages, entrances and facilities, the
  /// pavilions shaded, bookmarks and visits marked, and the walk through the bookmarked booths.
  func hallMap(_ id: String, _ focus: MapFocus?, _ language: Language, _ bookmarks: [Bookmark]) throws
    -> ScreenContent
  {
    guard let hall = hallIndex[id] else {
      return missing(UIText(language).missing(.hall, id), id)
    }
    let booths = try catalogue.planBooths(hall: id)
    let pavilionRows = try catalogue.pavilions(PavilionQuery(hall: id))
    let pavilionIndex = Dictionary(pavilionRows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let marked = Dictionary(bookmarks.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let withRects = booths.filter { $0.rect != nil }
    let synthetic = withRects.isEmpty || hall.width == nil || hall.depth == nil
    let shown = synthetic ? booths : withRects
    let layout = synthetic ? FloorPlan.gridLayout(count: shown.count) : nil
    var items: [FloorPlan.Item] = []
    for (i, b) in shown.enumerated() {
      let key = b.exhibitor.map { BookmarkKey(.exhibitor, $0) }
      let mark = key.flatMap { marked[$0] }
      let prefix = "\(id)-"
      let label = b.code.hasPrefix(prefix) ? String(b.code.dropFirst(prefix.count)) : b.code
      items.append(
        FloorPlan.Item(
          rect: layout?.rects[i] ?? b.rect!, label: label,
          name: b.exhibitorName?.text(language) ?? UIText(language).noExhibitor,
          code: b.code, pavilion: b.pavilion.flatMap { pavilionIndex[$0] }, bookmarked: mark != nil,
          visited: mark?.visited ?? false))
    }
    let features: [FloorPlan.Feature] =
      synthetic
      ? []
      : hall.features.map { f in
        FloorPlan.Feature(
          kind: f.kind, name: f.name?.text(language) ?? UIText(language).feature(f.kind),
          rect: PlanRect(x: f.x, y: f.y, width: f.width, depth: f.depth), venue: f.venue)
      }
    // The walk through this hall's bookmarked booths.
    var route: FloorPlan.Route?
    let stopItems = items.indices.filter { items[$0].bookmarked }
    if !stopItems.isEmpty, !synthetic, let grid = HallWalk.grid(hall, booths: booths) {
      let walk = AisleRoute.plan(grid: grid, start: HallWalk.start(hall), targets: stopItems.map { items[$0].rect })
      route = FloorPlan.Route(
        stops: zip(walk.order, walk.stops).map { FloorPlan.Route.Stop(item: stopItems[$0.0], at: $0.1) },
        path: walk.path, metres: walk.length, unreachable: walk.unreachable.count)
    }
    var focusFeature: Int?
    var preferred: Int?
    switch focus {
    case .booth(let code): preferred = items.firstIndex { $0.code == code }
    case .pavilion(let pavilion):
      if let p = pavilionIndex[pavilion] { preferred = items.firstIndex { $0.pavilion == p } }
    case .venue(let venue):
      focusFeature = features.firstIndex { $0.venue == venue }
      if let f = focusFeature {
        let c = features[f].rect.centre
        preferred = items.indices.min {
          WalkingOrder.distance(items[$0].rect.centre, c) < WalkingOrder.distance(items[$1].rect.centre, c)
        }
      }
    case nil: break
    }
    let size = layout.map { ($0.width, $0.depth) } ?? (hall.width!, hall.depth!)
    let plan = FloorPlan(
      kind: .hall(id), title: hall.name.text(language), width: size.0, depth: size.1, items: items,
      features: features,
      pavilions: pavilionRows.map { FloorPlan.Pavilion(name: $0.name.text(language), country: $0.country) },
      route: route, isSynthetic: synthetic, focusFeature: focusFeature)
    let t = UIText(language)
    var card = [CardLine(.title, t.planOfHall(hall.name.text(language)))]
    var facts = [t.count(items.count, .booth)]
    if !pavilionRows.isEmpty { facts.append(t.count(pavilionRows.count, .pavilion)) }
    if !synthetic { facts.append(t.hallSize(size.0, size.1)) }
    if let route {
      facts.append(t.routeSummary(stops: route.stops.count - route.unreachable, metres: route.metres))
    }
    card.append(CardLine(.subtitle, facts.joined(separator: " · ")))
    if synthetic {
      card.append(CardLine(.text, t.syntheticBooths))
    }
    let rows: [Row] = items.enumerated().map { i, item in
      .item([item.code, item.name], opens: shown[i].exhibitor.map { .exhibitor($0) })
    }
    var content = ScreenContent(
      title: t.planTitle(id), card: card,
      columns: [Column(t.columnBooth, .fixed(10)), Column(t.columnExhibitor, .flexible(min: 12, weight: 1))],
      segments: [.rows(rows)], emptyText: t.noBooths)
    content.plan = plan
    content.preferredCursor = preferred
    return content
  }

  /// Where "find on map" goes from `screen` (with the selected row's target for lists).
  public func mapTarget(for screen: Screen, selected: Screen?) -> Screen? {
    switch screen {
    case .exhibitor(let id):
      guard let e = try? catalogue.exhibitor(id: id), let code = e.booths.first,
        let booth = try? catalogue.booth(code: code)
      else { return nil }
      return .hallMap(booth.hall, focus: .booth(code))
    case .hall(let id): return .hallMap(id, focus: nil)
    case .pavilion(let id):
      guard let p = pavilionIndex[id] else { return nil }
      return .hallMap(p.hall, focus: .pavilion(id))
    case .event(let id):
      guard let e = try? catalogue.event(id: id) else { return nil }
      // A stage in a hall on the hall's plan; a venue outside the halls on the venue map.
      guard let hall = e.hall else { return .venueMap(focus: e.venue) }
      return .hallMap(hall, focus: .venue(e.venue))
    case .product(let id):
      guard let p = try? catalogue.product(id: id) else { return nil }
      return mapTarget(for: .exhibitor(p.exhibitor), selected: nil)
    case .venueMap, .hallMap: return nil
    default:
      if let selected, selected != screen, let target = mapTarget(for: selected, selected: nil) { return target }
      return .venueMap()
    }
  }
}
