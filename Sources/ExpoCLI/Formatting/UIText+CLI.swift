import ExpoModel

/// Messages of the command line's text output.
extension UIText {
  func noResultsFor(_ query: String) -> String { pick("no results for \"\(query)\"", "没有与“\(query)”匹配的结果") }
  /// "20 of 151 exhibitors (--limit 20)".
  func shownOf(_ shown: Int, _ total: Int, _ what: String) -> String {
    pick(
      "\(UIText.grouped(shown)) of \(UIText.grouped(total)) \(what) (--limit \(shown))",
      "\(what)：显示了\(UIText.grouped(shown))/\(UIText.grouped(total))（--limit \(shown)）")
  }
  func resultsByKind(_ counts: [(SearchKind, Int)]) -> String {
    let parts = counts.map { kind, n in
      isChinese
        ? "\(self.kind(kind))\(UIText.grouped(n))"
        : "\(UIText.grouped(n)) \(n == 1 ? kind.rawValue : self.kind(kind).lowercased())"
    }
    return pick("results: ", "结果（") + list(parts) + pick("", "）")
  }
  func fromTheEntrance(_ heading: String) -> String { pick("\(heading), from the entrance:", "\(heading)，从入口出发：") }
  var noBookmarkedBooths: String {
    pick(
      "No bookmarked booths in this hall (expo bookmarks add exhibitor ID).",
      "这个展馆没有收藏的展位（expo bookmarks add exhibitor ID）。")
  }
  func wroteFile(_ path: String) -> String { pick("wrote \(path)", "已写入\(path)") }

  /// "--hall: nothing is "Z9" in this catalogue; expected one of …".
  func unknownValue(option: String, value: String, valid: String) -> String {
    pick(
      "--\(option): nothing is \"\(value)\" in this catalogue; expected one of \(valid)",
      "--\(option)：目录中没有“\(value)”；可用的值：\(valid)")
  }
  func andMore(_ total: Int) -> String { pick(", … (\(total) in all)", "……（共\(total)个）") }
  func unknownExhibitor(_ id: String) -> String {
    pick(
      "--exhibitor: no exhibitor has the id \"\(id)\"; `expo exhibitors` lists them with their ids",
      "--exhibitor：没有编号为“\(id)”的展商；`expo exhibitors` 列出全部展商及编号")
  }
  func badTime(_ text: String) -> String {
    pick(
      "--now: expected a time such as 2023-10-28T14:05 (got \"\(text)\")",
      "--now：应为 2023-10-28T14:05 这样的时间（收到“\(text)”）")
  }
  func badDay(_ count: Int, from start: String, to end: String, got: String) -> String {
    pick(
      "--day must be 1–\(count) or a date from \(start) to \(end) (got \"\(got)\")",
      "--day 应为 1–\(count) 或 \(start) 至 \(end) 之间的日期（收到“\(got)”）")
  }
  func nowLine(_ day: String, _ time: String, _ zone: String) -> String {
    pick("Now: \(day) \(time) (\(zone))", "现在：\(day) \(time)（\(zone)）")
  }
  var nothingOn: String { pick("  nothing on", "  目前没有活动") }
  func until(_ time: String) -> String { pick("until \(time)", "至\(time)") }
  var nextPerVenue: String { pick("Next, per venue:", "各场地的下一场：") }
  var nothingLater: String { pick("  nothing later", "  之后没有活动") }
  func bookmarkedItem(_ kind: BookmarkKind, _ id: String, added: Bool) -> String {
    added
      ? pick("bookmarked \(kind.rawValue) \(id)", "已收藏\(bookmarkKind(kind)) \(id)")
      : pick("\(kind.rawValue) \(id) was already bookmarked", "\(bookmarkKind(kind)) \(id) 已在收藏中")
  }
  func notBookmarked(_ kind: BookmarkKind, _ id: String) -> String {
    pick("\(kind.rawValue) \(id) is not bookmarked", "\(bookmarkKind(kind)) \(id) 未被收藏")
  }
  func removedItem(_ kind: BookmarkKind, _ id: String) -> String {
    pick("removed \(kind.rawValue) \(id)", "已取消收藏\(bookmarkKind(kind)) \(id)")
  }
  func wroteBookmarks(_ n: Int, _ file: String) -> String {
    pick("wrote \(n) bookmarks to \(file)", "已把\(n)个收藏写入\(file)")
  }
  func imported(_ added: Int, existing: Int, reported: Int) -> String {
    pick(
      "imported \(added) new bookmarks (\(existing) already there, \(reported) reported)",
      "导入了\(added)个新收藏（\(existing)个已存在，\(reported)个有问题）")
  }
  var sayWhatToWrite: String {
    pick("say what to write: --ics FILE, --md FILE and/or --csv FILE", "请指定要写的文件：--ics FILE、--md FILE 和/或 --csv FILE")
  }
}

/// `expo changes`.
extension UIText {
  /// The guide's first start on a new version: a bookmark's change first, then how many changes
  /// in all ("★ Opening Ceremony: time 10:30 → 11:30 (+1 ★) · 3 changes in all"; Home lists them),
  /// else the counts ("Data updated: 2 changed, 1 cancelled"). Sized for an 80-column status bar.
  func dataChanged(_ counts: [(DatasetChanges.Item.Status, Int)], bookmarked: Int, first: String?) -> String {
    guard bookmarked > 0, let first else {
      return DisplayWidth.truncate(pick("Data updated: ", "数据更新：") + changeSummary(counts), to: UIText.newsWidth)
    }
    let total = counts.map(\.1).reduce(0, +)
    let more = bookmarked > 1 ? " (+\(bookmarked - 1) ★)" : ""
    let tail =
      more + " · "
      + pick("\(UIText.grouped(total)) change\(total == 1 ? "" : "s") in all", "共\(UIText.grouped(total))项变更")
    // The bookmark's change is cut, not the count, so that the whole fits.
    let head = DisplayWidth.truncate(
      "★ " + Sanitize.line(first), to: max(12, UIText.newsWidth - DisplayWidth.of(tail)))
    return head + tail
  }
  /// The status bar's room for the news at 80 columns, beside "1 of 1,234".
  static let newsWidth = 64
  func ambiguousVersion(_ name: String, matches: String) -> String {
    pick("--since: \"\(name)\" names more than one kept version: \(matches)", "--since：“\(name)”对应多个已保存版本：\(matches)")
  }
  func isCurrentVersion(_ name: String) -> String {
    pick("--since: \(name) is the current version", "--since：\(name)就是当前版本")
  }
  func differentExpos(_ a: String, _ b: String) -> String {
    pick(
      "note: the two versions are of different expos (\(a) and \(b)): everything may read as new and cancelled",
      "注意：两个版本属于不同的展会（\(a)与\(b)）：可能全部显示为新增和取消")
  }
  var currentVersion: String { pick("(current)", "（当前）") }
  var noEarlierVersion: String {
    pick(
      "no earlier version of this data is kept yet (a version is kept each time the data is opened after it changed); compare with a file: expo changes --from OLD",
      "尚未保存这份数据的更早版本（数据每次变更后被打开时保存一个版本）；可与文件比较：expo changes --from OLD")
  }
  func unknownVersion(_ name: String, valid: String) -> String {
    pick(
      "--since: no kept version is \"\(name)\"; kept: \(valid.isEmpty ? "none" : valid)",
      "--since：没有名为“\(name)”的已保存版本；已保存：\(valid.isEmpty ? "无" : valid)")
  }
  func noChanges(from path: String) -> String {
    pick("no changes since \(path)", "自\(path)以来没有变更")
  }
}

/// The guide, when a new version of the data arrives while it runs.
extension UIText {
  /// The reason first: at 80 columns the status bar cuts the end.
  func newVersionUnreadable(_ reason: String) -> String {
    pick("New version not read: \(reason) · the version before stays", "新版本未读取：\(reason) · 仍显示之前的版本")
  }
  var newVersionShown: String {
    pick("A new version of the data is shown (nothing you see changed)", "已显示新版本数据（所见内容无变化）")
  }
}
