import ExpoModel

/// The help text, status-bar hint and help group of every command, and where each mode's keys
/// work: the help overlay and the hints are generated from these and the keymaps.
extension UIText {
  /// The line in the help overlay for `command` in `mode` (tabs are days in the schedule, scopes
  /// on the Changes screen).
  public func help(_ command: Command, in mode: Mode) -> String {
    switch (mode, command) {
    case (.changes, .nextTab): return pick("Next tab", "下一标签")
    case (.changes, .previousTab): return pick("Previous tab", "上一标签")
    default: return help(command)
    }
  }

  /// The line in the help overlay.
  public func help(_ command: Command) -> String {
    switch command {
    case .moveDown: return pick("Move down", "下移")
    case .moveUp: return pick("Move up", "上移")
    case .moveLeft: return pick("Move left", "左移")
    case .moveRight: return pick("Move right", "右移")
    case .pageDown: return pick("Page down", "下一页")
    case .pageUp: return pick("Page up", "上一页")
    case .top: return pick("First row", "第一行")
    case .bottom: return pick("Last row", "最后一行")
    case .open: return pick("Open", "打开")
    case .back: return pick("Back", "返回")
    case .home: return pick("Home", "首页")
    case .section(let s):
      switch s {
      case .exhibitors: return pick("All exhibitors", "全部展商")
      case .products: return pick("All products", "全部产品")
      case .schedule: return pick("Event schedule", "活动日程")
      case .map: return pick("Venue map", "场馆地图")
      default: return section(s)
      }
    case .findOnMap: return pick("Find on map", "在地图上查看")
    case .zoomIn: return pick("Zoom in", "放大")
    case .zoomOut: return pick("Zoom out", "缩小")
    case .toggleRoute: return pick("Route on/off", "显示/隐藏路线")
    case .togglePane: return pick("Detail pane on/off", "显示/隐藏详情栏")
    case .nextTab: return pick("Next day", "后一天")
    case .previousTab: return pick("Previous day", "前一天")
    case .sort: return pick("Sort exhibitors", "展商排序")
    case .categories: return pick("By category", "按类别")
    case .timetable: return pick("List/timetable", "列表/时间表")
    case .filterKind: return pick("Filter: kind", "筛选：类型")
    case .filterVenue: return pick("Filter: venue", "筛选：场地")
    case .filterPavilion: return pick("Filter: pavilion", "筛选：国家馆")
    case .filterBookmarked: return pick("Only bookmarked", "只看已收藏")
    case .filterKindBack: return pick("Filter: kind, back", "筛选：类型（反向）")
    case .filterVenueBack: return pick("Filter: venue, back", "筛选：场地（反向）")
    case .filterPavilionBack: return pick("Filter: pavilion, back", "筛选：国家馆（反向）")
    case .clearFilters: return pick("No filter", "取消筛选")
    case .toggleLanguage: return pick("English/中文", "中文/English")
    case .search: return pick("Search", "搜索")
    case .bookmark: return pick("Bookmark", "收藏")
    case .note: return pick("Note", "备注")
    case .visited: return pick("Visited", "已参观")
    case .exportPlan: return pick("Export plan", "导出行程")
    case .deleteBackward: return pick("Delete a character", "删除前一个字")
    case .deleteForward: return pick("Delete the next character", "删除后一个字")
    case .deleteWord: return pick("Delete a word", "删除一个词")
    case .clearText: return pick("Clear", "清空")
    case .cursorLeft: return pick("Cursor left", "光标左移")
    case .cursorRight: return pick("Cursor right", "光标右移")
    case .cursorStart: return pick("To the start", "移到开头")
    case .cursorEnd: return pick("To the end", "移到末尾")
    case .save: return pick("Save", "保存")
    case .cancel: return pick("Cancel", "取消")
    case .about: return pick("About", "关于")
    case .help: return pick("This help", "本帮助")
    case .closeHelp: return pick("Close the help", "关闭帮助")
    case .quit: return pick("Quit", "退出")
    }
  }

  /// The word beside the key in the status bar (short: the bar is one row).
  public func hint(_ command: Command) -> String {
    switch command {
    case .open: return pick("open", "打开")
    case .back: return pick("back", "返回")
    case .section: return pick("sections", "栏目")
    case .zoomIn: return pick("zoom", "放大")
    case .zoomOut: return pick("out", "缩小")
    case .toggleRoute: return pick("route", "路线")
    case .bookmark: return pick("bookmark", "收藏")
    case .note: return pick("note", "备注")
    case .visited: return pick("visited", "已参观")
    case .exportPlan: return pick("export", "导出")
    case .findOnMap: return pick("map", "地图")
    case .nextTab: return pick("next day", "后一天")
    case .timetable: return pick("timetable", "时间表")
    case .sort: return pick("sort", "排序")
    case .categories: return pick("category", "类别")
    case .filterKind: return pick("kind", "类型")
    case .filterVenue: return pick("venue", "场地")
    case .toggleLanguage: return pick("中文/EN", "EN/中文")
    case .help: return pick("help", "帮助")
    case .quit: return pick("quit", "退出")
    case .save: return pick("save", "保存")
    case .cancel: return pick("cancel", "取消")
    case .clearText: return pick("clear", "清空")
    case .closeHelp: return pick("closes", "关闭")
    case .deleteBackward: return pick("delete", "删除")
    default: return isChinese ? help(command) : help(command).lowercased()
    }
  }

  /// Shorter hints the status bar uses in some modes.
  public var hintFilter: String { pick("filter", "筛选") }
  public var hintList: String { pick("list", "列表") }
  public var hintAnyKey: String { pick("any key", "任意键") }
  public var hintClosesHelp: String { pick("closes the help", "关闭帮助") }
  public var otherKeysType: String { pick("Other keys type", "其他键输入文字") }

  public enum HelpGroup: Int, CaseIterable, Sendable { case move, goTo, map, schedule, lists, text, general }

  public func helpGroup(_ group: HelpGroup) -> String {
    switch group {
    case .move: return pick("Move", "移动")
    case .goTo: return pick("Go to", "前往")
    case .map: return pick("Map", "地图")
    case .schedule: return pick("Schedule", "日程")
    case .lists: return pick("Lists", "列表")
    case .text: return pick("Text", "文字")
    case .general: return pick("General", "通用")
    }
  }

  /// Where a mode's keys work, for messages about a key pressed elsewhere ("in the schedule").
  public func place(_ mode: Mode) -> String {
    switch mode {
    case .list: return pick("in lists", "在列表中")
    case .changes: return pick("on the Changes screen", "在数据变更页")
    case .detail: return pick("on an item's screen", "在详情页")
    case .schedule, .timetable: return pick("in the schedule", "在日程中")
    case .map: return pick("on the map", "在地图上")
    case .search: return pick("in the search", "在搜索中")
    case .noteEditor: return pick("in the note editor", "在备注编辑中")
    case .help: return pick("in the help", "在帮助中")
    }
  }
}

extension Command {
  /// Group in the help screen.
  public var group: UIText.HelpGroup {
    switch self {
    case .moveDown, .moveUp, .moveLeft, .moveRight, .pageDown, .pageUp, .top, .bottom, .open, .back: return .move
    case .section, .home: return .goTo
    case .findOnMap, .zoomIn, .zoomOut, .toggleRoute: return .map
    case .nextTab, .previousTab, .timetable, .filterKind, .filterVenue, .filterPavilion, .filterBookmarked,
      .filterKindBack, .filterVenueBack, .filterPavilionBack, .clearFilters:
      return .schedule
    case .sort, .categories, .toggleLanguage, .togglePane, .search, .bookmark, .note, .visited, .exportPlan:
      return .lists
    case .deleteBackward, .deleteForward, .deleteWord, .clearText, .cursorLeft, .cursorRight, .cursorStart,
      .cursorEnd, .save, .cancel:
      return .text
    case .about, .help, .closeHelp, .quit: return .general
    }
  }
}
