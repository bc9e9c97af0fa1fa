import ExpoModel
import ExpoNavigation

extension Renderer {
  /// What a plan canvas shows.
  struct PlanKey: Hashable {
    var screen: Screen
    var zoom: Int
    var language: Language
    var revision: Int
    var route: Bool
    var ascii: Bool
    /// The window size (the venue plan fits it).
    var view: [Int]
  }

  /// A plan screen: the legend, a window of the plan around the selection, and beside it (when
  /// wide enough) the selected booth and the route's stops; else one line about the selection.
  func drawMap(
    _ grid: inout Grid, _ state: AppState, _ content: ScreenContent, _ plan: FloorPlan, zoom: Int, top: Int,
    bottom: Int, width: Int
  ) -> MapHits? {
    guard bottom - top >= 3 else { return nil }
    let t = UIText(state.language)
    if plan.items.isEmpty && plan.features.isEmpty {
      grid.put(content.emptyText ?? t.nothingHere, x: 2, y: top + 1, style: .dim, maxWidth: width - 3)
      return nil
    }
    // The closest zoom whose width fits the terminal (the window pans up and down); the side
    // panel only where the plan leaves room for it, else one line about the selection.
    let legendY = top
    let fullHeight = bottom - top - 1
    let planWidth = PlanRenderer.size(of: plan, zoom: zoom, view: (width, fullHeight)).width
    let room = width - min(planWidth, width) - 1
    let sideWidth = room >= 26 ? min(44, room) : 0
    let mapWidth = width - (sideWidth > 0 ? sideWidth + 1 : 0)
    // The legend names every symbol: wrapped over up to three lines when it does not fit one.
    let legend = PlanRenderer(plan: plan, zoom: zoom, ascii: asciiPlans, showRoute: state.showRoute, view: nil, text: t)
      .legendLines(width: max(1, mapWidth - 2))
    let legendRows = min(legend.count, max(1, min(3, (bottom - top) / 4)))
    let mapTop = top + legendRows
    let infoLine = sideWidth == 0 ? 1 : 0
    let mapHeight = bottom - mapTop - infoLine
    guard mapHeight > 0, mapWidth > 2 else { return nil }
    let renderer = PlanRenderer(
      plan: plan, zoom: zoom, ascii: asciiPlans, showRoute: state.showRoute, view: (mapWidth, mapHeight),
      text: t)
    var canvas = planCache.value(
      .init(
        screen: state.screen, zoom: zoom, language: state.language, revision: state.bookmarkRevision,
        route: state.showRoute, ascii: asciiPlans, view: plan.kind == .venue ? [mapWidth, mapHeight] : [])
    ) { renderer.canvas() }
    let selected = plan.items.isEmpty ? nil : state.current.cursor
    if let selected { renderer.highlight(&canvas, item: selected) }
    for (n, line) in legend.prefix(legendRows).enumerated() {
      let cut = n == legendRows - 1 && legend.count > legendRows ? line + " …" : line
      grid.put(
        DisplayWidth.truncate(cut, to: max(0, mapWidth - 2)), x: 1, y: legendY + n, style: .dim, maxWidth: mapWidth - 2)
    }
    let window = renderer.window(width: mapWidth, height: mapHeight, selected: selected)
    let shownWidth = min(mapWidth, canvas.width)
    let shownHeight = min(mapHeight, canvas.height)
    grid.blit(canvas, sx: window.x, sy: window.y, width: shownWidth, height: shownHeight, x: 0, y: mapTop)
    // Arrows where the plan goes on beyond the window.
    if window.x > 0 { grid.put("◂", x: 0, y: mapTop + shownHeight / 2, style: .dim) }
    if window.x + shownWidth < canvas.width {
      grid.put("▸", x: shownWidth - 1, y: mapTop + shownHeight / 2, style: .dim)
    }
    if window.y > 0 { grid.put("▴", x: shownWidth / 2, y: mapTop, style: .dim) }
    if window.y + shownHeight < canvas.height {
      grid.put("▾", x: shownWidth / 2, y: mapTop + shownHeight - 1, style: .dim)
    }
    let item = selected.flatMap { plan.items.indices.contains($0) ? plan.items[$0] : nil }
    // Where each item landed on the screen (clicks select booths).
    let hits = MapHits(
      rects: plan.items.map { it in
        let (c0, r0, c1, r1) = renderer.cells(of: it.rect)
        return (
          x0: max(0, c0 - window.x), y0: max(mapTop, r0 - window.y + mapTop),
          x1: min(shownWidth - 1, c1 - window.x), y1: min(mapTop + shownHeight - 1, r1 - window.y + mapTop)
        )
      })
    if sideWidth == 0 {
      // An event's stage first, then the booth nearest to it.
      var text = item.map { selectionLine($0, plan) } ?? ""
      if let f = plan.focusFeature, plan.features.indices.contains(f) {
        text = "♪ \(plan.features[f].name)" + (text.isEmpty ? "" : " · \(t.near) " + text)
      }
      if !text.isEmpty {
        grid.put(
          DisplayWidth.truncate(Sanitize.line(text), to: max(0, mapWidth - 2)), x: 1, y: bottom - 1, style: .heading,
          maxWidth: mapWidth - 2)
      }
      return hits
    }
    let x0 = mapWidth + 2
    for r in top..<bottom { grid.put("│", x: mapWidth, y: r, style: .border) }
    var y = top
    let w = sideWidth - 2
    func line(_ text: String, _ style: Style) {
      guard y < bottom else { return }
      grid.put(text, x: x0, y: y, style: style, maxWidth: w)
      y += 1
    }
    if let item {
      line(item.code, .heading)
      line(item.name, .normal)
      if let p = item.pavilion, plan.pavilions.indices.contains(p) { line(plan.pavilions[p].name, .subtitle) }
      if let detail = item.detail { line(detail, .dim) }
      if item.bookmarked { line(item.visited ? t.bookmarkedVisitedMark : t.bookmarkedMark, .mark) }
      y += 1
    }
    if let f = plan.focusFeature, plan.features.indices.contains(f) {
      line("♪ " + plan.features[f].name, .subtitle)
      y += 1
    }
    if let route = plan.route, state.showRoute {
      line(plan.routeHeading(t) ?? t.routeHeading(metres: route.metres), .section)
      for stop in plan.routeStopLines(t) { line(stop.text, stop.visited ? .dim : .normal) }
    } else if case .hall = plan.kind {
      if plan.route != nil {
        // Booths are bookmarked here; the route is only hidden.
        for text in t.routeHelp(routeKey: state.keymaps.label(for: .toggleRoute, in: .map)) { line(text, .dim) }
      } else {
        for text in t.bookmarkForRoute(
          bookmarkKey: state.keymaps.label(for: .bookmark, in: .map),
          routeKey: state.keymaps.label(for: .toggleRoute, in: .map))
        {
          line(text, .dim)
        }
      }
    }
    return hits
  }

  func selectionLine(_ item: FloorPlan.Item, _ plan: FloorPlan) -> String {
    var parts = [item.code, item.name]
    if let p = item.pavilion, plan.pavilions.indices.contains(p) { parts.append(plan.pavilions[p].name) }
    if let detail = item.detail { parts.append(detail) }
    if item.bookmarked { parts.append(item.visited ? "★ ✓" : "★") }
    return parts.joined(separator: " · ")
  }
}
