import ExpoExplorer
import ExpoModel
import ExpoSample
import ExpoScreens
import Foundation
import Testing

@testable import ExpoNavigation
@testable import ExpoUI

/// The sample as the newer of two versions: in the one before, the Russia fashion show started an
/// hour earlier, a lantern parade (since cancelled) was on the last evening, one exhibitor had
/// another booth, and one product was not yet listed.
enum ChangedSample {
  static let dataset: ExpoDataset = try! Importer.load(ExpoSample.folder()!).dataset

  static let show = dataset.events.first { $0.title.en == "Russia Fashion Show" }!
  static let mover = dataset.exhibitors.first { $0.booths.count == 1 }!
  static let added = dataset.products.last!

  static let older: ExpoDataset = {
    var old = dataset
    let i = old.events.firstIndex { $0.id == show.id }!
    old.events[i].start -= 3_600
    old.events[i].end -= 3_600
    var parade = old.events[0]
    parade.id = "ev-lantern-parade"
    parade.title = LocalizedText(en: "Lantern Parade", zh: "灯笼巡游")
    parade.start = dataset.events.map(\.start).max()!
    parade.end = parade.start + 3_600
    old.events.append(parade)
    let e = old.exhibitors.firstIndex { $0.id == mover.id }!
    old.exhibitors[e].booths = [old.booths.first { $0.code != mover.booths[0] && $0.hall == "N3" }?.code ?? "N3-Z99"]
    old.products.removeAll { $0.id == added.id }
    return old
  }()

  static let news = DataNews(
    version: "20261130T120000.000Z-abc", checked: nil, since: "20261129T080000.000Z-def",
    items: DatasetChanges.compare(older, dataset))
}

@Suite struct ChangesScreenTests {
  let n = try! ExplorerTests.Datasets.navigator("sample+news")

  func lines(_ state: AppState) -> [String] { Renderer().render(state, n.scene(state)).grid.lines }

  /// Home leads with the change to a bookmark; the Changes screen's tabs count and filter.
  @Test func homeLeadsWithTheBookmarksChangesAndTheScreenFilters() throws {
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header))
    n.reduce(
      into: &state,
      .bookmarkRecordsLoaded([
        Bookmark(key: BookmarkKey(.event, ChangedSample.show.id), created: Date(timeIntervalSince1970: 1)),
        Bookmark(key: BookmarkKey(.event, "ev-lantern-parade"), created: Date(timeIntervalSince1970: 2)),
      ]))
    let home = lines(state).joined(separator: "\n")
    #expect(home.contains("The data changed since 2026-11-29 08:00:00 UTC"), "\(home)")
    #expect(home.contains("Russia Fashion Show") && home.contains("Δ time"), "\(home)")
    #expect(home.contains("L\u{336}a\u{336}n\u{336}") && home.contains("✗ cancelled"), "the cancelled bookmark, struck")
    #expect(home.contains("All changes") && home.contains("1 new, 2 changed, 1 cancelled"), "\(home)")
    // The cursor leads too: Enter on the first row opens the moved show.
    #expect(n.row(state, at: state.current.cursor)?.target == .event(ChangedSample.show.id))
    n.reduce(into: &state, .key(.enter))
    let card = lines(state).joined(separator: "\n")
    #expect(card.contains("Δ Updated") && card.contains("time"), "\(card)")
    n.reduce(into: &state, .key(.escape))
    // "All changes" opens your bookmarks' changes; Tab goes to what is still to come, then all.
    let all = try #require(
      (0..<20).first { n.row(state, at: $0)?.target.map { if case .changes = $0 { true } else { false } } == true })
    state.current.cursor = all
    n.reduce(into: &state, .key(.enter))
    #expect(state.screen == .changes(.mine))
    var screen = lines(state).joined(separator: "\n")
    #expect(screen.contains("Your bookmarks (2)") && screen.contains("All (4)"), "\(screen)")
    #expect(!screen.contains(ChangedSample.added.name.en), "not a bookmark")
    n.reduce(into: &state, .key(.tab))
    n.reduce(into: &state, .key(.tab))
    #expect(state.screen == .changes(.all))
    screen = lines(state).joined(separator: "\n")
    for text in ["Events (2)", "Exhibitors (1)", "Products (1)", "✚ new", "✗", "booth"] {
      #expect(screen.contains(text), "\(text) in\n\(screen)")
    }
    // The cancelled parade is struck through; b removes its bookmark and cannot add one back.
    let parade = try #require(
      (0..<state.current.cursor + 20).first { n.row(state, at: $0)?.cells.dropFirst().first == "Lantern Parade" })
    #expect(n.row(state, at: parade)?.isCancelled == true)
    #expect(lines(state).contains { $0.contains("L\u{336}a\u{336}n\u{336}") })
    state.current.cursor = parade
    n.reduce(into: &state, .key(.character("b")))
    #expect(!state.bookmarks.contains(BookmarkKey(.event, "ev-lantern-parade")))
    n.reduce(into: &state, .key(.character("b")))
    #expect(!state.bookmarks.contains(BookmarkKey(.event, "ev-lantern-parade")), "no bookmark for what is gone")
    n.reduce(into: &state, .key(.backTab))
    #expect(state.screen == .changes(.upcoming))
  }

  /// The marks in lists: the moved show in its day, the cancelled parade struck through at its
  /// old time, the new product in the products and the search; My plan names a cancelled bookmark.
  @Test func listsMarkWhatChanged() throws {
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header))
    let day = n.header.dayIndex(for: ChangedSample.show.start)
    let showDay = n.content(for: .schedule(day: day), in: state)
    let rows = n.source.rows(of: showDay, in: state.context(for: .schedule(day: day)), offset: 0, limit: 200)
    #expect(rows.contains { $0.cells.dropFirst().first == "Δ Russia Fashion Show" }, "\(rows.map(\.cells))")
    let grid = n.content(for: .timetable(day: day), in: state).timetable
    #expect(grid?.blocks.contains { $0.title == "Δ Russia Fashion Show" } == true, "marked on the timetable too")
    let lastDay = n.header.days.count - 1
    let last = n.source.rows(
      of: n.content(for: .schedule(day: lastDay), in: state), in: state.context(for: .schedule(day: lastDay)),
      offset: 0, limit: 200)
    let parade = try #require(last.last, "the parade started last")
    #expect(parade.cells[1] == "Lantern Parade" && parade.isCancelled && parade.target == nil)
    #expect(parade.cells.last == "cancelled")
    n.reduce(into: &state, .key(.character("/")))
    for c in ChangedSample.added.name.en.lowercased() { n.reduce(into: &state, .key(.character(c))) }
    let results = n.rows(state, limit: 40)
    #expect(results.contains { $0.cells.first == "✚ " + ChangedSample.added.name.en }, "\(results.map(\.cells))")
    n.reduce(into: &state, .key(.escape))
    n.reduce(
      into: &state,
      .bookmarkRecordsLoaded([
        Bookmark(
          key: BookmarkKey(.event, "ev-lantern-parade"), created: Date(timeIntervalSince1970: 2), note: "bring a coat")
      ]))
    n.reduce(
      into: &state,
      .bookmarkRecordsLoaded([
        Bookmark(
          key: BookmarkKey(.event, "ev-lantern-parade"), created: Date(timeIntervalSince1970: 2), note: "bring a coat"),
        Bookmark(key: BookmarkKey(.event, ChangedSample.show.id), created: Date(timeIntervalSince1970: 3)),
      ]))
    n.reduce(into: &state, .key(.character("6")))
    let plan = lines(state).joined(separator: "\n")
    #expect(plan.contains("Δ Russia Fashion Show"), "the moved show is marked in My plan: \(plan)")
    #expect(plan.contains("event Lantern Parade · cancelled · kept; b removes it"), "\(plan)")
    #expect(plan.contains("✎ bring a coat"))
    // b on it removes the bookmark.
    let row = try #require((0..<10).first { n.row(state, at: $0)?.gone != nil })
    state.current.cursor = row
    #expect(
      n.reduce(into: &state, .key(.character("b"))) == [.toggleBookmark(BookmarkKey(.event, "ev-lantern-parade"))])
  }

  /// In Chinese at 80×24 too: the tabs, the legend and the rows fit and read.
  @Test func theChangesScreenInChinese() throws {
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header), language: .chinese)
    n.reduce(into: &state, .key(.enter))
    let screen = lines(state).joined(separator: "\n")
    #expect(state.screen == .changes(.all))
    for text in ["数据变更", "我的收藏 (0)", "全部 (4)", "新增", "变更", "时间："] {
      #expect(screen.contains(text), "\(text) in\n\(screen)")
    }
  }

  /// About names the version; without a kept version there is no Changes row and Home is as before.
  @Test func aboutNamesTheVersion() throws {
    var state = n.initialState(width: 80, height: 24, now: ExplorerSetup.moment(n.header))
    n.reduce(into: &state, .key(.character("i")))
    let about = lines(state).joined(separator: "\n")
    #expect(about.contains("Version    2026-11-30 12:00:00 UTC"), "\(about)")
    let plain = try ExplorerTests.Datasets.navigator("sample")
    let home = plain.content(for: .home, in: plain.initialState(width: 80, height: 24, now: state.now))
    let first = plain.source.rows(of: home, in: state.context(for: .home), offset: 0, limit: 1)
    #expect(first.first?.cells == [UIText(.english).sections])
  }
}
