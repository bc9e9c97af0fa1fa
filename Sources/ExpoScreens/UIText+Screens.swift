import ExpoModel
import ExpoNavigation
import ExpoStore

/// The text of the guide's screens: titles, column headers, field labels, sentences.
extension UIText {
  // MARK: Titles and headings

  public var home: String { pick("Home", "首页") }
  public var about: String { pick("About", "关于") }
  public var aboutTitle: String { pick("About this expo", "关于本届展会") }
  public var search: String { pick("Search", "搜索") }
  public var error: String { pick("Error", "错误") }
  public var sections: String { pick("Sections", "栏目") }
  public var nowAndNext: String { pick("Now and next", "正在进行和即将开始") }
  public func firstEvents(_ day: String) -> String { pick("First events · \(day)", "首批活动 · \(day)") }
  public func expoEnded(_ day: String) -> String { pick("The expo has ended · events of \(day)", "展会已结束 · \(day)的活动") }
  public var halls: String { section(.halls) }
  public var countriesAndPavilions: String { pick("Countries and pavilions", "国家和国家馆") }
  public var categories: String { pick("Categories", "类别") }
  public var events: String { kind(.event) }
  public var exhibitors: String { kind(.exhibitor) }
  public var products: String { kind(.product) }
  public var pavilions: String { kind(.pavilion) }
  public var pavilion: String { pick("Pavilion", "国家馆") }
  public func planOfHall(_ hall: String) -> String { pick("\(hall) · plan", "\(hall) · 平面图") }
  public func planTitle(_ id: String) -> String { pick("Plan \(id)", "\(id)平面图") }
  public func scheduleOf(_ day: String) -> String { pick("Schedule of \(day)", "\(day)的日程") }
  public var noLongerInCatalogue: String { pick("No longer in the catalogue", "已不在目录中") }
  public var eventsInTimeOrder: String { pick("in time order", "按时间排序") }

  // MARK: Column headers

  public var columnHall: String { pick("Hall", "展馆") }
  public var columnName: String { pick("Name", "名称") }
  public var columnCountryCode: String { pick("CC", "国") }
  public var columnCountry: String { pick("Country", "国家") }
  public var columnPavilion: String { pick("Pavilion", "国家馆") }
  public var columnExhibitors: String { pick("Exhibitors", "展商") }
  public var columnExhibitor: String { pick("Exhibitor", "展商") }
  public var columnProducts: String { pick("Products", "产品") }
  public var columnProduct: String { pick("Product", "产品") }
  public var columnCategory: String { pick("Category", "类别") }
  public var columnBooth: String { pick("Booth", "展位") }
  public var columnTime: String { pick("Time", "时间") }
  public var columnEvent: String { pick("Event", "活动") }
  public var columnVenue: String { pick("Venue", "场地") }
  public var columnKind: String { pick("Kind", "类型") }

  // MARK: Field labels

  public var fieldFrom: String { pick("From", "来自") }
  public var fieldBooth: String { pick("Booth", "展位") }
  public var fieldSells: String { pick("Sells", "经营") }
  public var fieldWeb: String { pick("Web", "网站") }
  public var fieldCategory: String { pick("Category", "类别") }
  public var fieldOrigin: String { pick("Origin", "产地") }
  public var fieldShownBy: String { pick("Shown by", "展商") }
  public var fieldWhen: String { pick("When", "时间") }
  public var fieldWhere: String { pick("Where", "地点") }
  public var fieldKind: String { pick("Kind", "类型") }
  public var fieldClashes: String { pick("⚠ Clashes", "⚠ 时间冲突") }
  public var fieldSpeakers: String { pick("Speakers", "嘉宾") }
  public var fieldNote: String { pick("Your note", "我的备注") }
  public var fieldHall: String { pick("Hall", "展馆") }
  public var fieldExpo: String { pick("Expo", "展会") }
  public var fieldDates: String { pick("Dates", "日期") }
  public var fieldVenue: String { pick("Venue", "场馆") }
  public var fieldData: String { pick("Data", "数据") }
  public var fieldWebsite: String { pick("Website", "网站") }
  public var fieldCatalogue: String { pick("Catalogue", "目录") }
  public var fieldNow: String { pick("Now", "正在进行") }
  public var fieldNextUp: String { pick("Next up", "下一场") }

  // Links to related screens ("Country: Uruguay").
  public func linkCountry(_ name: String) -> String { labelled(pick("Country", "国家"), name) }
  public func linkPavilion(_ name: String) -> String { labelled(pick("Pavilion", "国家馆"), name) }
  public func linkHall(_ name: String) -> String { labelled(pick("Hall", "展馆"), name) }
  public func linkCategory(_ name: String) -> String { labelled(pick("Category", "类别"), name) }
  public func linkExhibitor(_ name: String) -> String { labelled(pick("Exhibitor", "展商"), name) }

  // MARK: Sentences

  /// "in hall N3" on a pavilion's row and in search details.
  public func inHall(_ hall: String) -> String { pick("hall \(hall)", "\(hall)馆") }
  public func floor(_ n: Int) -> String { pick("floor \(n)", "\(n)层") }
  public var yes: String { pick("yes", "有") }
  public var noPavilion: String { pick("no national pavilion", "无国家馆") }
  public func pavilionInHall(_ halls: [String]) -> String {
    pick("pavilion in hall \(halls.joined(separator: ", "))", "国家馆位于\(list(halls.map { "\($0)馆" }))")
  }
  public func hallsAt(_ count: Int, _ venue: String) -> String {
    pick("\(self.count(count, .hall)) at \(venue)", "\(venue)共\(self.count(count, .hall))")
  }
  public var noHalls: String {
    pick("This data has no halls (a schedule only?): 5 shows the schedule.", "这份数据没有展馆（只有日程？）：按 5 查看日程。")
  }
  public func sortedBy(_ sort: ExhibitorSort, key: String) -> String {
    pick("sorted by \(self.sort(sort)) · \(key) changes the order", "按\(self.sort(sort))排序 · \(key) 改变顺序")
  }
  public func productsByName(_ count: Int, categoryKey: String) -> String {
    pick(
      "\(self.count(count, .product)), by name · \(categoryKey) filters by category",
      "\(self.count(count, .product))，按名称排序 · \(categoryKey) 按类别筛选")
  }
  public var chooseCategory: String {
    pick("Choose one to list its exhibitors and products", "选择一个类别，查看其展商和产品")
  }
  public func inThisCategory(_ exhibitors: Int, _ products: Int) -> String {
    pick(
      "\(count(exhibitors, .exhibitor)) · \(count(products, .product)) in this category",
      "本类别有\(count(exhibitors, .exhibitor)) · \(count(products, .product))")
  }
  public func expoCounts(exhibitors: Int, countries: Int, products: Int, pavilions: Int, events: Int) -> String {
    pick(
      "\(count(exhibitors, .exhibitor)) from \(count(countries, .country)) · \(count(products, .product)) · "
        + "\(count(pavilions, .pavilion)) · \(count(events, .event))",
      "来自\(count(countries, .country))的\(count(exhibitors, .exhibitor)) · \(count(products, .product)) · "
        + "\(count(pavilions, .pavilion)) · \(count(events, .event))")
  }
  public func eventsOverDays(_ events: Int, _ days: Int) -> String {
    pick("\(count(events, .event)) over \(count(days, .day))", "\(count(days, .day))共\(count(events, .event))")
  }
  public var planSummary: String { pick("bookmarks and visit plan", "收藏和参观路线") }
  public func mapSummary(_ halls: Int) -> String {
    pick("the venue and its \(count(halls, .hall)) on plans", "场馆及其\(count(halls, .hall))的平面图")
  }
  public var aboutSummary: String { pick("this expo and its data", "本届展会及数据") }
  public func catalogueCounts(_ c: CatalogueCounts) -> String {
    list([
      count(c.halls, .hall), count(c.pavilions, .pavilion), count(c.countries, .country),
      count(c.exhibitors, .exhibitor),
      count(c.booths, .booth), count(c.products, .product), count(c.events, .event),
    ])
  }
  public func aboutKeys(helpKey: String, quitKey: String) -> String {
    pick(
      "Expo Guide — a terminal guide. Press \(helpKey) for the keys, \(quitKey) to quit.",
      "展会导览——终端里的展会指南。按 \(helpKey) 查看按键，\(quitKey) 退出。")
  }
  public var runsPastMidnight: String {
    pick("runs past midnight, listed on the day it starts", "跨过午夜，列在开始的那一天")
  }
  public func clashesWith(_ titles: [String]) -> String {
    pick("with " + titles.joined(separator: "; "), "与" + titles.joined(separator: "；") + "冲突")
  }
  public var clash: String { pick("⚠ clash", "⚠ 冲突") }
  public func catalogueUnreadable(_ error: String) -> String {
    pick("The catalogue could not be read: \(error)", "无法读取目录：\(error)")
  }
  /// What a screen of an item names when the catalogue has no such item.
  public enum Missing: Sendable { case exhibitor, product, event, hall, country, pavilion }

  /// "No hall "Z9" in this catalogue." / "目录中没有展馆“Z9”。".
  public func missing(_ what: Missing, _ id: String) -> String {
    let thing: String
    switch what {
    case .exhibitor: thing = bookmarkKind(.exhibitor)
    case .product: thing = bookmarkKind(.product)
    case .event: thing = bookmarkKind(.event)
    case .hall: thing = pick("hall", "展馆")
    case .country: thing = pick("country", "国家")
    case .pavilion: thing = pick("pavilion", "国家馆")
    }
    return pick("No \(thing) \"\(id)\" in this catalogue.", "目录中没有\(thing)“\(id)”。")
  }

  // MARK: Maps

  /// A hall feature the data does not name.
  public func feature(_ kind: HallFeature.Kind) -> String {
    switch kind {
    case .entrance: return pick("Entrance", "入口")
    case .stage: return pick("Stage", "舞台")
    case .cafe: return pick("Café", "咖啡厅")
    case .restroom: return pick("Toilets", "洗手间")
    case .info: return pick("Information", "服务台")
    case .office: return pick("Office", "办公室")
    case .other: return pick("Other", "其他")
    }
  }
  public var outsideHalls: String { pick("outside the halls", "展馆外") }
  public func venueMapTitle(_ venue: String) -> String { pick("Venue map · \(venue)", "场馆地图 · \(venue)") }
  public func venueMapSummary(halls: Int, outside: Int) -> String {
    count(halls, .hall)
      + (outside == 0 ? "" : pick(" · \(count(outside, .venue)) outside the halls", " · 展馆外\(count(outside, .venue))"))
  }
  public var syntheticHalls: String {
    pick("The data gives no hall positions: halls are shown in a row.", "数据没有展馆位置：展馆排成一行显示。")
  }
  public var syntheticBooths: String {
    pick("The data gives no booth positions: booths are laid out in a grid by code.", "数据没有展位位置：展位按编号排成网格。")
  }
  public var noMap: String { pick("This data has no halls, so there is no map.", "这份数据没有展馆，因此没有地图。") }
  public var noBooths: String { pick("No booths in this hall.", "这个展馆没有展位。") }
  public var noExhibitor: String { pick("(no exhibitor)", "（无展商）") }
  public func hallSize(_ width: Int, _ depth: Int) -> String { pick("\(width) × \(depth) m", "\(width)×\(depth)米") }
  public func routeSummary(stops: Int, metres: Int) -> String {
    pick("route: \(count(stops, .stop)), \(self.metres(metres))", "路线：\(count(stops, .stop))，\(self.metres(metres))")
  }

  // MARK: My plan

  public var nothingBookmarked: String {
    pick(
      "Nothing bookmarked yet. Press b on an exhibitor, an event or a product (in any list or on its screen); "
        + "bookmarked rows carry ★ and gather here: booths in walking order, events in time order.",
      "还没有收藏。在展商、活动或产品上（任何列表或详情页）按 b 收藏；"
        + "收藏的行带 ★，并汇集在这里：展位按步行顺序，活动按时间顺序。")
  }
  public func hallWalk(_ hall: String, stops: Int, visited: Int, metres: Int) -> String {
    pick(
      "\(hall) · \(count(stops, .stop)) (\(visited) visited) · \(self.metres(metres)) on foot",
      "\(hall) · \(count(stops, .stop))（已参观\(visited)站）· 步行\(self.metres(metres))")
  }
  public func clashesWithOther(_ other: String, more: Int) -> String {
    pick("clashes with \(other)", "与\(other)冲突") + (more > 0 ? " +\(more)" : "")
  }
  public func freeBefore(_ duration: String) -> String { pick("\(duration) free before", "之前空闲\(duration)") }
  /// A bookmark whose item left the data: "event Russia Fashion Show · cancelled · kept; b removes it".
  public func keptMissing(_ kind: BookmarkKind, _ name: String, why: String?, removeKey: String) -> String {
    let reason = why.map { " · " + $0 } ?? ""
    return pick(
      "\(bookmarkKind(kind)) \(name)\(reason) · kept; \(removeKey) removes it",
      "\(bookmarkKind(kind)) \(name)\(reason) · 已保留；按 \(removeKey) 删除")
  }
  public func planCounts(booths: Int, events: Int, products: Int, keys: (visited: String, note: String, export: String))
    -> String
  {
    "\(count(booths, .booth)) · \(count(events, .event)) · \(count(products, .product)) · "
      + pick(
        "\(keys.visited) ticks a booth, \(keys.note) adds a note, \(keys.export) exports",
        "\(keys.visited) 标记已参观，\(keys.note) 添加备注，\(keys.export) 导出")
  }

  // MARK: Schedule

  public func filterKind(_ kind: String) -> String { labelled(pick("kind", "类型"), eventKind(kind)) }
  public func filterVenue(_ venue: String) -> String { labelled(pick("venue", "场地"), venue) }
  public func filterPavilion(_ pavilion: String) -> String { labelled(pick("pavilion", "国家馆"), pavilion) }
  public var filterOnlyBookmarked: String { pick("only bookmarked", "只看已收藏") }
  public func filterKeys(kind: String, venue: String, pavilion: String, bookmarked: String) -> String {
    pick(
      " (\(kind) kind · \(venue) venue · \(pavilion) pavilion · \(bookmarked) bookmarked)",
      "（\(kind) 类型 · \(venue) 场地 · \(pavilion) 国家馆 · \(bookmarked) 已收藏）")
  }
  public func timesIn(_ zone: String) -> String { pick("times in \(zone)", "时间为\(zone)时区") }
  public func nowAt(_ time: String) -> String { pick("now \(time) ▶", "现在\(time) ▶") }
  public func changeDay(_ keys: String) -> String { pick("\(keys) change the day", "\(keys) 切换日期") }
  public var noEventsToday: String { pick("No events on this day.", "这一天没有活动。") }
  public var noEventsWithFilter: String { pick("No events on this day with this filter.", "这一天没有符合筛选的活动。") }

  // MARK: Search

  public var all: String { pick("All", "全部") }
  public var searchIntro: String {
    pick(
      "Type to search exhibitors, products, countries, pavilions, events, speakers and booth codes — in English, "
        + "中文 or pinyin. Tab changes the filter, Enter opens, Esc goes back.",
      "输入文字搜索展商、产品、国家、国家馆、活动、嘉宾和展位号——可用中文、English 或拼音。"
        + "Tab 切换筛选，Enter 打开，Esc 返回。")
  }
  public func allOf(_ n: Int, _ kind: SearchKind) -> String {
    // (Chinese counts take the kind's measure word: 全部115款产品, 全部11家展商.)
    let noun: Noun
    switch kind {
    case .exhibitor: noun = .exhibitor
    case .product: noun = .product
    case .country: noun = .country
    case .pavilion: noun = .pavilion
    case .event: noun = .event
    case .booth: noun = .booth
    }
    return pick("All \(UIText.grouped(n)) \(self.kind(kind).lowercased()) ›", "全部\(count(n, noun)) ›")
  }
  public func nothingMatches(_ query: String) -> String { pick("Nothing matches \"\(query)\".", "没有与“\(query)”匹配的结果。") }
  public func resultsSummary(_ n: Int, filterKey: String, bookmarkKey: String, mapKey: String) -> String {
    pick(
      "\(count(n, .result)) · best first · \(filterKey) filter · \(bookmarkKey) bookmark · \(mapKey) map",
      "\(count(n, .result)) · 最相关的在前 · \(filterKey) 筛选 · \(bookmarkKey) 收藏 · \(mapKey) 地图")
  }
  public var noResults: String { pick("No results.", "没有结果。") }

  // MARK: What changed in the data

  public var changesTitle: String { pick("What changed", "数据变更") }
  public var columnChange: String { pick("Change", "变更") }
  public var columnWhatChanged: String { pick("What", "内容") }
  public func changesScope(_ scope: ChangesScope) -> String {
    switch scope {
    case .mine: pick("Your bookmarks", "我的收藏")
    case .upcoming: pick("Still to come", "尚未结束")
    case .all: pick("All", "全部")
    }
  }
  public func changeKinds(_ kind: DatasetChanges.Item.Kind) -> String {
    switch kind {
    case .event: events
    case .exhibitor: exhibitors
    case .product: products
    case .booth: pick("Booths", "展位")
    }
  }
  public var changeLegend: String {
    pick(
      "✚ new  Δ changed  ✗ cancelled or removed — marked so in every list",
      "✚ 新增  Δ 变更  ✗ 取消或移除 —— 各列表中均有标记")
  }
  public var noEarlierVersionKept: String {
    pick(
      "No earlier version of this data is kept: what changes shows here after the data is updated.",
      "尚未保存这份数据的更早版本：数据更新后，变更会显示在这里。")
  }
  public var nothingChanged: String { pick("Nothing changed.", "没有变更。") }
  public func noBookmarkChanged(_ tabKey: String) -> String {
    pick("None of your bookmarks changed (\(tabKey): the other changes).", "您的收藏都没有变更（\(tabKey)：其他变更）。")
  }
  public var nothingStillToCome: String { pick("No change to anything still to come.", "尚未结束的内容没有变更。") }
  public var noVersionKept: String { pick("This data has no kept version.", "这份数据没有已保存的版本。") }
  public func versionSince(_ version: String, since: String?) -> String {
    guard let since else { return pick("Version of \(version)", "版本：\(version)") }
    return pick("Version of \(version), changes since \(since)", "版本：\(version)，相对\(since)的变更")
  }
  public func checkedAt(_ time: String) -> String { pick("checked \(time)", "\(time)检查更新") }
  public var fieldUpdated: String { pick("Updated", "已更新") }
  public func changesSince(_ since: String) -> String {
    since.isEmpty ? pick("The data changed", "数据已更新") : pick("The data changed since \(since)", "数据自\(since)以来已更新")
  }
  public var allChanges: String { pick("All changes", "全部变更") }
  public func moreOfYours(_ n: Int) -> String { pick("\(n) more of yours", "另有\(n)项您的收藏") }
  public var fieldVersion: String { pick("Version", "版本") }
  public var fieldChecked: String { pick("Checked", "检查更新") }
}
