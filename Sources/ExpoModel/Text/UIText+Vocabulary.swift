/// The names of the guide's own vocabulary (sections, result kinds, sort orders), and the Chinese
/// of the usual event kinds and product categories (data that names them otherwise is shown as
/// given).
extension UIText {
  public func section(_ section: Section) -> String {
    switch section {
    case .halls: return pick("Halls", "展馆")
    case .countries: return pick("Countries", "国家")
    case .exhibitors: return pick("Exhibitors", "展商")
    case .products: return pick("Products", "产品")
    case .schedule: return pick("Schedule", "日程")
    case .plan: return pick("My plan", "我的行程")
    case .map: return pick("Map", "地图")
    }
  }

  /// Heading of a group of search results.
  public func kind(_ kind: SearchKind) -> String {
    switch kind {
    case .exhibitor: return pick("Exhibitors", "展商")
    case .product: return pick("Products", "产品")
    case .country: return pick("Countries", "国家")
    case .pavilion: return pick("Pavilions", "国家馆")
    case .event: return pick("Events", "活动")
    case .booth: return pick("Booths", "展位")
    }
  }

  /// What a bookmark is of ("exhibitor" / "展商").
  public func bookmarkKind(_ kind: BookmarkKind) -> String {
    switch kind {
    case .exhibitor: return pick("exhibitor", "展商")
    case .event: return pick("event", "活动")
    case .product: return pick("product", "产品")
    }
  }

  public func sort(_ sort: ExhibitorSort) -> String {
    switch sort {
    case .name: return pick("name", "名称")
    case .booth: return pick("booth", "展位")
    case .country: return pick("country", "国家")
    }
  }

  /// An event's kind: the usual ones in Chinese, any other as the data gives it.
  public func eventKind(_ kind: String) -> String {
    guard isChinese else { return kind }
    return UIText.eventKindsZH[kind.lowercased()] ?? kind
  }

  /// A product category: the usual ones in Chinese, any other as the data gives it.
  public func category(_ name: String) -> String {
    guard isChinese else { return name }
    return UIText.categoriesZH[name.lowercased()] ?? name
  }

  static let eventKindsZH: [String: String] = [
    "ceremony": "仪式", "demonstration": "演示", "fashion show": "时装秀", "forum": "论坛", "launch": "发布会",
    "livestream": "直播", "matchmaking": "对接会", "showcase": "展示", "speech": "演讲", "summit": "峰会",
    "talk": "讲座", "tasting": "品鉴", "workshop": "工作坊", "session": "场次", "lecture": "讲座",
    "keynote": "主旨演讲", "panel": "圆桌讨论", "performance": "表演", "exhibition": "展览", "meeting": "会议",
    "concert": "音乐会", "party": "派对", "tour": "参观", "award": "颁奖", "awards": "颁奖", "conference": "会议",
    "seminar": "研讨会", "competition": "比赛", "show": "表演", "other": "其他",
  ]

  static let categoriesZH: [String: String] = [
    "coffee": "咖啡", "consumer electronics": "消费电子", "cosmetics": "化妆品", "fashion": "服饰", "flowers": "花卉",
    "food": "食品", "fresh produce": "生鲜农产品", "furniture": "家具", "handicrafts": "工艺品", "home decor": "家居装饰",
    "jewellery & gems": "珠宝玉石", "new energy vehicles": "新能源汽车", "nuts & dried fruit": "坚果干果",
    "porcelain & ceramics": "瓷器陶瓷", "smart home": "智能家居", "spices": "香料", "tea": "茶叶", "textiles": "纺织品",
    "wine & spirits": "酒类",
  ]
}
