import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// What changed in the data: the Changes screen (your bookmarks' changes, what is still to come,
/// everything), the lines on Home and on an item's screen, and a cancelled event's row.
extension CatalogueScreens {
  static func changeColumns(_ t: UIText) -> [Column] {
    [
      Column(t.columnChange, .fixed(t.isChinese ? 8 : 12)), Column(t.columnName, .flexible(min: 16, weight: 2)),
      Column(t.columnWhatChanged, .flexible(min: 12, weight: 3)),
    ]
  }

  /// When a changed event ends, if the catalogue still has it (the "still to come" tab).
  func end(of item: DatasetChanges.Item) -> Date? {
    guard item.kind == .event, item.status != .cancelled else { return nil }
    return (try? catalogue.event(id: item.id))?.end
  }

  func changes(
    _ scope: ChangesScope, _ language: Language, _ now: Date, _ bookmarks: [Bookmark], _ keys: Keymaps
  ) throws -> ScreenContent {
    let t = UIText(language)
    let marks = Set(bookmarks.map(\.key))
    let scopes = ChangesScope.allCases.map { news.items($0, bookmarks: marks, now: now, end: end(of:)) }
    let selected = ChangesScope.allCases.firstIndex(of: scope) ?? 0
    var card = [CardLine(.title, t.changesTitle)]
    card.append(
      CardLine(
        .tabs(selected: selected), "",
        tabs: ChangesScope.allCases.enumerated().map { n, s in "\(t.changesScope(s)) (\(scopes[n].count))" }))
    card.append(CardLine(.subtitle, versionLine(t)))
    if !news.items.isEmpty { card.append(CardLine(.text, t.changeLegend)) }
    let items = scopes[selected]
    var rows: [Row] = []
    for kind in DatasetChanges.Item.Kind.allCases {
      let ofKind = items.filter { $0.kind == kind }
      guard !ofKind.isEmpty else { continue }
      rows.append(.section(t.heading(t.changeKinds(kind), ofKind.count)))
      rows += ofKind.map { changeRow($0, t) }
    }
    let empty: String
    if news.since == nil {
      empty = t.noEarlierVersionKept
    } else if news.items.isEmpty {
      empty = t.nothingChanged
    } else {
      empty = scope == .mine ? t.noBookmarkChanged(keys.label(for: .nextTab, in: .changes)) : t.nothingStillToCome
    }
    return ScreenContent(
      title: t.changesTitle, card: card, columns: CatalogueScreens.changeColumns(t), showsHeader: true,
      segments: [.rows(rows)], emptyText: empty)
  }

  /// "Version 2026-11-30 21:54 UTC, since 2026-11-29 08:00 UTC · checked 21:50 UTC".
  func versionLine(_ t: UIText) -> String {
    guard let version = news.version else { return t.noVersionKept }
    var line = t.versionSince(versionTime(version), since: news.since.map(versionTime))
    if let checked = news.checked { line += " · " + t.checkedAt(ExpoTime.utcMinute(checked)) }
    return line
  }

  /// A kept version's time from its name ("20261130T215412.123Z-ab12…" → "2026-11-30
  /// 21:54:12 UTC": to the second, as versions may follow each other within a minute).
  func versionTime(_ name: String) -> String {
    let digits = Array(name.prefix(15))
    guard digits.count == 15, digits[8] == "T" else { return name }
    let d = String(digits)
    func part(_ from: Int, _ n: Int) -> Substring { d.dropFirst(from).prefix(n) }
    return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2)) \(part(9, 2)):\(part(11, 2)):\(part(13, 2)) UTC"
  }

  func changeRow(_ item: DatasetChanges.Item, _ t: UIText) -> Row {
    let status = UIText.changeMark(item.status) + " " + t.changeStatus(item.status)
    var what = t.changeDetails(item)
    if item.kind == .event, item.fields.isEmpty, let start = item.start {
      // A new or cancelled session: when it is (or was).
      what = [t.day(info.expo.day(of: start, in: zone)) + " " + ExpoTime.hourMinute(start, zone: zone), what]
        .filter { !$0.isEmpty }.joined(separator: t.fieldSeparator)
    }
    let gone = item.status.isGone
    // An item's screen, while it is in the data (a booth's is its exhibitor's: none here).
    let target = gone ? nil : item.bookmarkKey.map(\.screen)
    var row = Row.item([status, name(item.name, t.language), what], opens: target)
    row.isCancelled = gone
    // (★ and b for a gone item too, under the id it had.)
    if gone { row.gone = item.bookmarkKey }
    return row
  }

  /// The line of an item's screen that says how it changed in this version, if it did.
  func changeLine(_ kind: DatasetChanges.Item.Kind, _ id: String, _ t: UIText) -> [CardLine] {
    guard let change = news.change(kind, id) else { return [] }
    return [CardLine(.field(UIText.changeMark(change.status) + " " + t.fieldUpdated), t.whatChanged(change))]
  }

  /// The cancelled sessions of a day as rows of the schedule, struck through.
  func cancelledRows(_ day: Int, _ t: UIText) -> [(start: Date, row: Row)] {
    guard header.days.indices.contains(day) else { return [] }
    let end = day + 1 < header.days.count ? header.start(ofDay: day + 1) : .distantFuture
    return news.cancelledEvents(from: header.start(ofDay: day), to: end).map { item in
      let start = item.start ?? .distantPast
      var row = Row.item(
        [
          "✗ " + ExpoTime.hourMinute(start, zone: zone), name(item.name, t.language), "",
          t.changeStatus(item.status),
        ], opens: nil, columns: CatalogueScreens.eventColumns(t))
      row.isCancelled = true
      // (★ when it was bookmarked; b removes the bookmark.)
      row.gone = BookmarkKey(.event, item.id)
      return (start, row)
    }
  }

  /// Home's lead when the data changed: your bookmarks' changes first, then the way to all of them.
  func changeRows(_ t: UIText, _ bookmarks: [Bookmark], _ keys: Keymaps) -> [Row] {
    let items = news.items.filter { $0.status != .renumbered }
    guard !items.isEmpty else { return [] }
    let marks = Set(bookmarks.map(\.key))
    let mine = items.filter { $0.isBookmarked(in: marks) }
    var rows: [Row] = [.section(t.changesSince(news.since.map(versionTime) ?? ""))]
    for item in mine.prefix(3) {
      var row = changeRow(item, t)
      row.cells = [name(item.name, t.language), UIText.changeMark(item.status) + " " + t.whatChanged(item)]
      row.columns = nil
      rows.append(row)
    }
    rows.append(
      .item(
        [
          t.allChanges,
          t.changeSummary(DatasetChanges.summary(items))
            + (mine.count > 3 ? t.comma + t.moreOfYours(mine.count - 3) : ""),
        ], opens: .changes(mine.isEmpty ? .all : .mine)))
    return rows
  }
}
