import ArgumentParser
import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import ExpoUI
import Foundation

/// `expo map [HALL]`: the venue overview or a hall plan as text, for a pipe, a printer or a chat.
struct MapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map", abstract: "Print the venue overview or a hall plan as text.",
    discussion: """
      Without HALL: the halls of the venue as a block plan. With HALL: its booths, stages, entrances and \
      facilities; pavilions shaded, bookmarks marked. The plan is drawn at the closest zoom that fits --width \
      (default: the terminal's width, else 100).
      """)

  @Argument(help: "A hall id (see `expo halls`); none for the venue overview.") var hall: String?
  @Option(help: ArgumentHelp("Mark this booth (a booth code such as N3-A14).", valueName: "booth")) var highlight:
    String?
  @Flag(help: "Draw the walking route through your bookmarked booths in this hall.") var route = false
  @Option(help: "Columns to fit (at least 40).") var width: Int?
  @Option(help: "Zoom: 0 overview, 1 plan, 2 close-up (default: the closest that fits).") var zoom: MapZoom?
  @Flag(help: "ASCII characters only (no box drawing).") var ascii = false
  @Flag(name: .customLong("zh"), help: "The same as --lang zh.") var chinese = false
  @OptionGroup var languageOption: LanguageOption
  @OptionGroup var data: DataOptions
  @OptionGroup var user: UserDataOptions

  func run() throws {
    try runReporting {
      let columns = max(40, width ?? TerminalInfo.width ?? 100)
      let catalogue = try data.open()
      let provider = try CatalogueScreens(catalogue: catalogue)
      let language = UserSettings.language(languageOption.language ?? (chinese ? .chinese : nil))
      let t = UIText(language)
      var bookmarks: [Bookmark] = []
      if route { bookmarks = try user.open().bookmarks(expo: provider.info.expo.id) }
      let screen: Screen
      if let hall {
        guard try catalogue.halls().contains(where: { $0.id == hall }) else {
          throw CLIError(
            "no hall \"\(hall)\"; expected one of " + (try catalogue.halls().map(\.id).joined(separator: ", ")),
            code: 65)
        }
        screen = .hallMap(hall, focus: highlight.map { .booth($0) })
      } else {
        screen = .venueMap()
      }
      let content = try provider.content(for: screen, in: ContentContext(language: language, bookmarks: bookmarks))
      guard let plan = content.plan else { throw CLIError("no plan for this screen", code: 70) }
      if plan.items.isEmpty && plan.features.isEmpty {
        say(content.card.first?.text ?? "")
        say(content.emptyText ?? UIText(language).nothingHere)
        return
      }
      var selected: Int?
      if let highlight {
        selected = plan.items.firstIndex { $0.code == highlight || $0.label == highlight }
        if selected == nil {
          throw CLIError("no booth \"\(highlight)\" on the plan of \(hall ?? "the venue")", code: 65)
        }
      }
      let level =
        zoom?.rawValue
        ?? plan.fittingZoom(width: columns, height: Int.max / 4)
      let renderer = PlanRenderer(
        plan: plan, zoom: level, ascii: ascii, showRoute: route, view: (columns, max(10, columns / 3)), text: t)
      var canvas = renderer.canvas()
      if let selected { renderer.highlight(&canvas, item: selected) }
      let fill = ascii ? "#" : "█"
      var lines: [String] = []
      lines += content.card.map(\.text)
      lines.append(renderer.legend())
      for y in 0..<canvas.height {
        var text = ""
        for x in 0..<canvas.width {
          let cell = canvas[x, y]
          if cell.isContinuation { continue }
          let t = canvas.text(of: cell)
          // The highlighted booth stands out without colour: its empty cells filled.
          text += cell.style == .planSelected && (t == " " || t == "░" || t == ":") ? fill : t
        }
        lines.append(DisplayWidth.truncate(text, to: columns))
      }
      if let selected {
        let item = plan.items[selected]
        lines.append("\(fill) \(item.code) · \(item.name)")
      }
      if route {
        if let heading = plan.routeHeading(t) {
          lines.append(t.fromTheEntrance(heading))
          for stop in plan.routeStopLines(t) { lines.append("  " + stop.text) }
        } else {
          lines.append(t.noBookmarkedBooths)
        }
      }
      for line in lines {
        var t = Sanitize.line(line)
        while t.hasSuffix(" ") { t.removeLast() }
        print(t)
      }
    }
  }
}
