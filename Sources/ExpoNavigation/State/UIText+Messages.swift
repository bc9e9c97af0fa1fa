import ExpoModel

/// The status-bar messages of the reducer.
extension UIText {
  /// "K (Filter: kind) works in the schedule (5)".
  public func worksElsewhere(key: String, command: Command, place mode: Mode, sectionKey: String?) -> String {
    let section = sectionKey.map { pick(" (\($0))", "（\($0)）") } ?? ""
    return pick(
      "\(key) (\(help(command))) works \(place(mode))\(section)", "\(key)（\(help(command))）\(place(mode))可用\(section)")
  }

  public func doesNothingHere(key: String, helpKey: String) -> String {
    pick("\(key) does nothing here · \(helpKey) shows the keys", "\(key) 在此无作用 · \(helpKey) 查看按键")
  }

  public var nothingToOpen: String { pick("Nothing to open here", "这里没有可打开的内容") }
  public func thisIsHome(quitKey: String) -> String { pick("This is Home · \(quitKey) quits", "已在首页 · \(quitKey) 退出") }
  public func sortWorksOnExhibitors(sortKey: String, sectionKey: String) -> String {
    pick(
      "\(sortKey) changes the order of the exhibitor list (\(sectionKey))", "\(sortKey) 改变展商列表的顺序（\(sectionKey)）")
  }
  public func sortedBy(_ order: ExhibitorSort) -> String {
    pick("Exhibitors sorted by \(sort(order))", "展商按\(sort(order))排序")
  }
  /// After `L`: the new language, said in it.
  public var languageSwitched: String {
    pick("Interface and names in English", "界面和名称：中文（无中文名时显示英文）")
  }
  public func thisIsTheMap(mapKey: String) -> String {
    pick("This is the map · \(mapKey) shows the venue", "这是地图 · \(mapKey) 查看整个场馆")
  }
  public var nothingOnMap: String { pick("No booth or hall to show on the map", "没有可在地图上显示的展位或展馆") }
  public func zoomLevel(_ level: Int) -> String {
    [pick("Overview", "总览"), pick("Plan", "平面图"), pick("Close-up", "特写")][max(0, min(2, level))]
  }
  public func paneOn(columns: Int) -> String {
    pick("Detail pane on (\(columns) columns and wider)", "详情栏已打开（终端宽\(columns)列以上时显示）")
  }
  public var paneOff: String { pick("Detail pane off", "详情栏已关闭") }
  public var routeShown: String { pick("Route of My plan shown", "已显示我的行程路线") }
  public var routeHidden: String { pick("Route hidden", "已隐藏路线") }
  public var noFilter: String { pick("No filter: every event of the day", "无筛选：显示当天全部活动") }
  public var nothingToBookmark: String {
    pick("Nothing to bookmark here: choose an exhibitor, an event or a product", "这里没有可收藏的内容：请选择展商、活动或产品")
  }
  public func bookmarked(planKey: String) -> String {
    pick("★ Bookmarked · \(planKey) shows My plan", "★ 已收藏 · \(planKey) 查看我的行程")
  }
  public var bookmarkRemoved: String { pick("Bookmark removed", "已取消收藏") }
  public var chooseItemFirst: String { pick("Choose an exhibitor, an event or a product first", "请先选择展商、活动或产品") }
  public var visitedIsForBooths: String { pick("Visited applies to booths (exhibitors)", "“已参观”只用于展位（展商）") }
  public var markedVisited: String { pick("✓ Visited", "✓ 已参观") }
  public var notVisited: String { pick("Not visited yet", "尚未参观") }
  public var edgeOfPlan: String { pick("Edge of the plan", "已到平面图边缘") }
  public var edgeOfTimetable: String { pick("Edge of the timetable", "已到时间表边缘") }
  public var noteNotChanged: String { pick("Note not changed", "备注未更改") }
  public var noteSaved: String { pick("Note saved", "备注已保存") }

  // MARK: Settings and the bookmarks file at start

  /// A problem of the settings file at start: what was used, then where and what.
  public func settingsProblem(_ issue: String, more: Int) -> String {
    pick("Settings: defaults used · \(issue)", "设置：已使用默认值 · \(issue)")
      + (more > 0 ? pick(" (+\(more) more: expo config show)", "（另有\(more)处：expo config show）") : "")
  }
  public func settingsNotSavedBroken(_ path: String) -> String {
    pick("Not remembered: \(path) has errors (expo config show)", "未记住：\(path)有错误（见 expo config show）")
  }
  public func settingsNotSaved(_ error: String) -> String { pick("Not remembered: \(error)", "未记住：\(error)") }
  // (What happened first, the path last: at 80 columns the status bar cuts the end of a long path.)
  public func bookmarksReadOnly(_ path: String) -> String {
    pick("Read-only bookmarks file: shown, not saved · \(path)", "收藏文件只读：可查看，不能保存 · \(path)")
  }
  /// `aside` is beside the bookmarks file: its name is enough.
  public func bookmarksRecovered(_ aside: String) -> String {
    let name = aside.split(separator: "/").last.map(String.init) ?? aside
    return pick("Unreadable bookmarks file kept as \(name); a new one started", "收藏文件无法读取，已另存为\(name)")
  }
  public func bookmarksCannotBeSaved(_ error: String) -> String {
    pick("Bookmarks cannot be saved: \(error)", "收藏无法保存：\(error)")
  }

  // MARK: Effects

  public var noteNotSaved: String { pick("The note could not be saved", "备注无法保存") }
  public var notSaved: String { pick("Could not be saved", "无法保存") }
  public var bookmarksNotSaved: String {
    pick("Bookmarks are not saved: the bookmarks file could not be opened", "收藏不会保存：无法打开收藏文件")
  }
  public func bookmarkNotSaved(_ error: String) -> String {
    pick("The bookmark could not be saved: \(error)", "收藏无法保存：\(error)")
  }
  public var notSavedNoFile: String { pick("Not saved: the bookmarks file could not be opened", "未保存：无法打开收藏文件") }
  public var nothingToExport: String {
    pick("Nothing to export: the bookmarks file could not be opened", "没有可导出的内容：无法打开收藏文件")
  }
  public func wrote(_ stem: String, folder: String) -> String {
    pick("Wrote \(stem).ics, .md and .csv in \(folder)", "已在\(folder)写入\(stem).ics、.md和.csv")
  }
  public func exportFailed(_ error: String) -> String { pick("Export failed: \(error)", "导出失败：\(error)") }
}

/// Text the renderer draws around the content (title bar, status bar, help, maps).
extension UIText {
  public var appName: String { pick("Expo Guide", "展会导览") }
  /// The language's own short name in the title bar.
  public var languageTag: String { pick("EN", "中文") }
  public var nothingHere: String { pick("Nothing here.", "这里没有内容。") }
  public var noteLabel: String { pick("Note", "备注") }
  public var helpTitle: String { pick("Keys · any key closes", "按键 · 按任意键关闭") }
  public var helpCut: String { pick("… enlarge the terminal to see every key", "… 放大终端可看到全部按键") }
  public func enlargeTerminal(minWidth: Int, minHeight: Int, width: Int, height: Int, quitKey: String) -> String {
    pick(
      "Enlarge the terminal to at least \(minWidth)×\(minHeight) (now \(width)×\(height)) · \(quitKey) quits",
      "请把终端放大到至少\(minWidth)×\(minHeight)（现在\(width)×\(height)）· \(quitKey) 退出")
  }
  public var noWayIn: String { pick("(no way in)", "（无法进入）") }
  public func routeHeading(metres: Int) -> String {
    pick("Route · \(self.metres(metres))", "路线 · \(self.metres(metres))")
  }

  // The map's legend and side panel.
  public var legendEntrance: String { pick("entrance", "入口") }
  public var legendPavilion: String { pick("pavilion", "国家馆") }
  public var legendBooth: String { pick("booth", "展位") }
  public var legendBookmarked: String { pick("bookmarked", "已收藏") }
  public var legendVisited: String { pick("visited", "已参观") }
  public var legendRoute: String { pick("route", "路线") }
  public var legendStage: String { pick("stage", "舞台") }
  public var legendCafe: String { pick("café", "咖啡厅") }
  public var legendToilets: String { pick("toilets", "洗手间") }
  public var legendInformation: String { pick("information", "服务台") }
  public var legendOther: String { pick("other", "其他") }
  public var wholeVenue: String { pick("whole venue", "整个场馆") }
  public func zoomFactor(_ factor: Int) -> String { pick("zoom ×\(factor)", "放大×\(factor)") }
  /// The plan's zoom levels as the legend names them.
  public func planLevel(_ level: Int) -> String {
    [pick("overview", "总览"), pick("plan", "平面图"), pick("close-up", "特写")][max(0, min(2, level))]
  }
  public var near: String { pick("near", "靠近") }
  public var bookmarkedMark: String { pick("★ bookmarked", "★ 已收藏") }
  public var bookmarkedVisitedMark: String { pick("★ bookmarked · ✓ visited", "★ 已收藏 · ✓ 已参观") }
  public func routeHelp(routeKey: String) -> [String] {
    isChinese
      ? ["\(routeKey) 显示经过已收藏展位的", "步行路线。"]
      : ["\(routeKey) shows the walking route", "through your bookmarked booths."]
  }
  public func bookmarkForRoute(bookmarkKey: String, routeKey: String) -> [String] {
    isChinese
      ? ["收藏展位（\(bookmarkKey)）后，", "这里显示步行路线（\(routeKey)）。"]
      : ["Bookmark booths (\(bookmarkKey)) to see the", "walking route here (\(routeKey))."]
  }
  /// Tab on the expo's last day, Shift-Tab on its first.
  public var lastDay: String { pick("This is the expo's last day", "这是展会的最后一天") }
  public var firstDay: String { pick("This is the expo's first day", "这是展会的第一天") }
}
