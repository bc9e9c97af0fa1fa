import ExpoModel
import Foundation

/// The fixed parts of the Chongqing International Consumer Products Expo 2023 sample: the expo,
/// its halls and stages, and the events the public report names. Everything else is generated.
enum SampleContent {
  static let expo = Expo(
    id: "cq-consumer-expo-2023",
    name: LocalizedText(
      en: "Chongqing International Consumer Products Expo 2023", zh: "2023重庆国际消费品博览会"),
    venue: VenueSite(
      name: LocalizedText(en: "Chongqing International Convention and Exhibition Center", zh: "重庆国际会议展览中心"),
      address: LocalizedText(en: "Nanan District, Chongqing, China", zh: "中国重庆市南岸区"),
      city: LocalizedText(en: "Chongqing", zh: "重庆")),
    timeZone: "Asia/Shanghai",
    startDate: LocalDate(year: 2023, month: 10, day: 27),
    endDate: LocalDate(year: 2023, month: 10, day: 29),
    description: LocalizedText(
      en: "Over 500 exhibitors from over 20 countries and more than 10,000 products: country pavilions of Russia, "
        + "Iran, Belgium, Kenya, Uruguay, Myanmar, Pakistan and Hungary, Chongqing brands and new energy vehicles.",
      zh: "来自20多个国家的500余家参展商携1万余种展品亮相：设有俄罗斯、伊朗、比利时、肯尼亚、乌拉圭、缅甸、巴基斯坦和匈牙利国家馆，"
        + "以及重庆名优品牌和新能源汽车展区。"),
    note:
      "Illustrative sample modelled on a public news report of the expo. The halls, stages, companies and "
      + "products are invented (made by `expo generate --sample`); only the expo, its dates, venue, pavilions, "
      + "highlighted exhibits and headline events follow the report.")

  static let halls: [Hall] = [
    Hall(
      id: "N1", name: LocalizedText(en: "Hall N1 · Europe & Caucasus", zh: "N1馆·欧洲及高加索"), floor: 1, width: 100,
      depth: 60, x: 0, y: 0),
    Hall(
      id: "N2", name: LocalizedText(en: "Hall N2 · Middle East & Central Asia", zh: "N2馆·中东及中亚"), floor: 1, width: 100,
      depth: 60, x: 110, y: 0),
    Hall(
      id: "N3", name: LocalizedText(en: "Hall N3 · Africa, Americas & Oceania", zh: "N3馆·非洲、美洲及大洋洲"), floor: 1,
      width: 100, depth: 60, x: 220, y: 0),
    Hall(
      id: "S1", name: LocalizedText(en: "Hall S1 · ASEAN & South Asia", zh: "S1馆·东盟及南亚"), floor: 1, width: 100,
      depth: 60, x: 0, y: 80),
    Hall(
      id: "S2", name: LocalizedText(en: "Hall S2 · Chongqing Brands", zh: "S2馆·重庆名优品牌"), floor: 1, width: 100,
      depth: 60, x: 110, y: 80),
    Hall(
      id: "S3", name: LocalizedText(en: "Hall S3 · New Energy Vehicles & Smart Living", zh: "S3馆·新能源汽车与智慧生活"), floor: 1,
      width: 120, depth: 70, x: 220, y: 80),
  ]

  static let venues: [Venue] = [
    Venue(id: "main-stage", name: LocalizedText(en: "Main Stage", zh: "主舞台"), hall: "N1"),
    Venue(id: "forum-a", name: LocalizedText(en: "Forum Hall A", zh: "论坛A厅")),
    Venue(id: "forum-b", name: LocalizedText(en: "Forum Hall B", zh: "论坛B厅")),
    Venue(id: "runway", name: LocalizedText(en: "Fashion Runway", zh: "时装秀场"), hall: "N1"),
    Venue(id: "tasting", name: LocalizedText(en: "Tasting Corner", zh: "品鉴区"), hall: "N2"),
    Venue(id: "asean-stage", name: LocalizedText(en: "ASEAN Stage", zh: "东盟舞台"), hall: "S1"),
    Venue(id: "nev-stage", name: LocalizedText(en: "NEV Stage", zh: "新能源汽车舞台"), hall: "S3"),
    Venue(id: "live-studio", name: LocalizedText(en: "Live-stream Studio", zh: "直播间"), hall: "S2"),
  ]

  /// What each pavilion of the report shows, in English and Chinese.
  static let pavilionBlurb: [String: LocalizedText] = [
    "RU": LocalizedText(
      en: "Russian food, crafts and fashion; hosts the Russia fashion show and Russian food tastings.",
      zh: "俄罗斯食品、手工艺品和时装；馆内举办俄罗斯时装秀和俄罗斯美食品鉴会。"),
    "IR": LocalizedText(
      en: "Iranian handicrafts, saffron, pistachios, dates and Persian carpets.", zh: "伊朗手工艺品、藏红花、开心果、椰枣和波斯地毯。"),
    "BE": LocalizedText(en: "Belgian chocolate, beer, waffles and lace.", zh: "比利时巧克力、啤酒、华夫饼和蕾丝。"),
    "KE": LocalizedText(en: "Kenyan tea, coffee, avocados, macadamia nuts and flowers.", zh: "肯尼亚茶叶、咖啡、牛油果、夏威夷果和鲜花。"),
    "UY": LocalizedText(
      en: "Uruguayan amethysts and agates, Tannat wine, beef and wool.", zh: "乌拉圭紫水晶和玛瑙、丹娜红葡萄酒、牛肉和羊毛。"),
    "MM": LocalizedText(en: "Myanmar amber, jadeite and traditional crafts.", zh: "缅甸琥珀、翡翠和传统手工艺品。"),
    "PK": LocalizedText(
      en: "Pakistani hand-carved furniture, Himalayan salt, onyx and textiles.", zh: "巴基斯坦手工雕花家具、喜马拉雅盐、缟玛瑙和纺织品。"),
    "HU": LocalizedText(en: "Hungarian porcelain, Tokaji wine, paprika and salami.", zh: "匈牙利瓷器、托卡伊葡萄酒、红椒粉和萨拉米香肠。"),
    "PH": LocalizedText(en: "Nanyang (South Sea) gold pearls, dried mango and coconut products.", zh: "南洋金珠、芒果干和椰子制品。"),
  ]

  /// How a company's trade is named from its main product category.
  static func industry(for category: String) -> (en: String, zh: String) {
    switch category {
    case "Food": return ("Foods", "食品")
    case "Fresh produce": return ("Agriculture", "农业")
    case "Tea": return ("Tea", "茶业")
    case "Coffee": return ("Coffee", "咖啡")
    case "Wine & spirits": return ("Wines", "酒业")
    case "Jewellery & gems": return ("Gems", "珠宝")
    case "Handicrafts": return ("Crafts", "工艺品")
    case "Furniture": return ("Furniture", "家具")
    case "Textiles": return ("Textiles", "纺织")
    case "Fashion": return ("Fashion", "服饰")
    case "Spices": return ("Spice", "香料")
    case "Nuts & dried fruit": return ("Dried Fruit", "干果")
    case "Porcelain & ceramics": return ("Porcelain", "陶瓷")
    case "Cosmetics": return ("Cosmetics", "化妆品")
    case "Flowers": return ("Flowers", "花卉")
    case "Home decor": return ("Home", "家居")
    case "New energy vehicles": return ("New Energy Auto", "新能源汽车")
    case "Consumer electronics": return ("Electronics", "电子")
    case "Smart home": return ("Smart Home Technology", "智能家居科技")
    default: return ("Trading", "贸易")
    }
  }

  struct Fixed {
    var id: String
    var en: String
    var zh: String
    var kind: String
    var day: Int
    var start: String
    var end: String
    var venue: String
    var pavilion: String?
    var speakers: [String]
    var description: String
    /// The description in Chinese, written for the Chinese catalogue.
    var descriptionZh: String
  }

  /// The trades (product categories) whose exhibitors take part in a pavilion's event.
  static let eventTrades: [String: Set<String>] = [
    "ev-ru-tasting-1": ["Food"], "ev-ru-tasting-2": ["Food"], "ev-ru-fashion-1": ["Fashion", "Textiles"],
    "ev-ru-fashion-2": ["Fashion", "Textiles"], "ev-ir-saffron": ["Spices", "Nuts & dried fruit"],
    "ev-wine": ["Wine & spirits"], "ev-uy-amethyst": ["Jewellery & gems"], "ev-hu-porcelain": ["Porcelain & ceramics"],
    "ev-mm-amber": ["Jewellery & gems"], "ev-ph-pearls": ["Jewellery & gems"], "ev-pk-furniture": ["Furniture"],
    "ev-ke-coffee": ["Coffee", "Tea"], "ev-be-chocolate": ["Food"],
  ]

  // The events the report names come first; the others are typical of such an expo.
  static let fixed: [Fixed] = [
    Fixed(
      id: "ev-opening", en: "Grand Opening Ceremony", zh: "开幕式", kind: "ceremony", day: 0, start: "09:30", end: "10:30",
      venue: "main-stage", pavilion: nil,
      speakers: ["Chongqing Municipal People's Government", "Ministry of Commerce representative"],
      description:
        "Grand opening of the 2023 Chongqing International Consumer Products Expo, followed by a tour of the country pavilions.",
      descriptionZh: "2023重庆国际消费品博览会盛大开幕，随后参观各国家馆。"
    ),
    Fixed(
      id: "ev-ru-tasting-1", en: "Russian Food Tasting", zh: "俄罗斯美食品鉴会", kind: "tasting", day: 0, start: "11:00",
      end: "12:00", venue: "tasting", pavilion: "pav-ru", speakers: [],
      description: "Russian honey, chocolate, ice cream and pine nuts to taste at the Russia pavilion's producers.",
      descriptionZh: "在俄罗斯馆生产商展位品尝俄罗斯蜂蜜、巧克力、冰淇淋和松子。"),
    Fixed(
      id: "ev-ru-fashion-1", en: "Russia Fashion Show", zh: "俄罗斯时装秀", kind: "fashion show", day: 0, start: "14:00",
      end: "15:00", venue: "runway", pavilion: "pav-ru", speakers: [],
      description: "Russian designers show evening wear, Orenburg down shawls and ready-to-wear collections.",
      descriptionZh: "俄罗斯设计师展示晚礼服、奥伦堡羊绒披肩和成衣系列。"),
    Fixed(
      id: "ev-asi-speech", en: "Speech by Anastasia Dubrovskaya, Agency for Strategic Initiatives (Russia)",
      zh: "俄罗斯战略倡议署阿纳斯塔西娅·杜布罗夫斯卡娅演讲", kind: "speech", day: 0, start: "15:30", end: "16:00", venue: "forum-a",
      pavilion: "pav-ru",
      speakers: [
        "Anastasia Dubrovskaya, director of the project bureau, International Liaison Department, Russian Agency for Strategic Initiatives"
      ],
      description:
        "On what Chinese and Russian fashion share, and on working together in clothing design, accessories, film and video games.",
      descriptionZh: "俄罗斯战略倡议署阿纳斯塔西娅·杜布罗夫斯卡娅谈中俄时尚的共通之处，以及两国在服装设计、配饰、影视和电子游戏领域的合作。"
    ),
    Fixed(
      id: "ev-nev-summit", en: "Chongqing New Energy Vehicle Export Industry Summit", zh: "重庆新能源汽车出口产业峰会",
      kind: "summit", day: 1, start: "09:30", end: "12:00", venue: "forum-a", pavilion: nil,
      speakers: ["Chongqing Municipal Commission of Commerce", "NEV makers and exporters"],
      description: "Carmakers, parts suppliers and logistics firms on exporting Chongqing-built new energy vehicles.",
      descriptionZh: "整车企业、零部件供应商和物流企业共话重庆造新能源汽车出口。"),
    Fixed(
      id: "ev-ru-fashion-2", en: "Russia Fashion Show (second show)", zh: "俄罗斯时装秀（第二场）", kind: "fashion show", day: 1,
      start: "14:00", end: "15:00", venue: "runway", pavilion: "pav-ru", speakers: [],
      description: "The Russia pavilion's designers show again.", descriptionZh: "俄罗斯馆设计师再度登台展示。"),
    Fixed(
      id: "ev-ru-tasting-2", en: "Russian Food Tasting", zh: "俄罗斯美食品鉴会", kind: "tasting", day: 1, start: "11:00",
      end: "12:00", venue: "tasting", pavilion: "pav-ru", speakers: [],
      description: "A second tasting of Russian food at the tasting corner.", descriptionZh: "品鉴区举行的第二场俄罗斯美食品鉴会。"),
    Fixed(
      id: "ev-ir-saffron", en: "Iranian Saffron and Pistachio Tasting", zh: "伊朗藏红花与开心果品鉴", kind: "tasting", day: 1,
      start: "15:00", end: "16:00", venue: "tasting", pavilion: "pav-ir", speakers: [],
      description: "How to tell real saffron, and pistachios from Kerman.", descriptionZh: "教您辨别正宗藏红花，并介绍克尔曼出产的开心果。"),
    Fixed(
      id: "ev-wine", en: "International Wine Tasting: Old World meets New World", zh: "国际葡萄酒品鉴会", kind: "tasting",
      day: 2, start: "10:00", end: "11:30", venue: "tasting", pavilion: nil,
      speakers: ["Sommeliers of the exhibiting wineries"],
      description:
        "Wines of Georgia, Hungary, France, Italy, Spain, Chile, Argentina, Uruguay, Australia and New Zealand.",
      descriptionZh: "品鉴格鲁吉亚、匈牙利、法国、意大利、西班牙、智利、阿根廷、乌拉圭、澳大利亚和新西兰的葡萄酒。"),
    Fixed(
      id: "ev-uy-amethyst", en: "Uruguayan Amethyst Showcase", zh: "乌拉圭紫水晶鉴赏会", kind: "showcase", day: 1,
      start: "10:30", end: "11:15", venue: "main-stage", pavilion: "pav-uy", speakers: [],
      description: "Amethyst geodes from Artigas: how they form, are cut and graded.",
      descriptionZh: "阿蒂加斯紫水晶洞：如何形成、切割和分级。"),
    Fixed(
      id: "ev-hu-porcelain", en: "Hungarian Porcelain Painting Demonstration", zh: "匈牙利瓷器彩绘展示", kind: "demonstration",
      day: 2, start: "14:00", end: "15:00", venue: "main-stage", pavilion: "pav-hu", speakers: [],
      description: "Porcelain painters from Herend and Pécs at work.", descriptionZh: "来自海兰德和佩奇的瓷器彩绘师现场作画。"),
    Fixed(
      id: "ev-mm-amber", en: "Myanmar Amber Appraisal Talk", zh: "缅甸琥珀鉴赏讲座", kind: "talk", day: 2, start: "10:30",
      end: "11:15", venue: "asean-stage", pavilion: "pav-mm", speakers: [],
      description: "Burmite amber: origins, colours and how to spot imitations.", descriptionZh: "缅甸琥珀：产地、色泽及仿品鉴别。"),
    Fixed(
      id: "ev-ph-pearls", en: "Nanyang Gold Pearl Showcase", zh: "南洋金珠鉴赏会", kind: "showcase", day: 1, start: "14:00",
      end: "14:45", venue: "asean-stage", pavilion: "pav-ph", speakers: [],
      description: "Golden South Sea pearls: grading lustre, size and colour.", descriptionZh: "南洋金珠：如何按光泽、大小和颜色分级。"),
    Fixed(
      id: "ev-pk-furniture", en: "Pakistani Furniture Craftsmanship Showcase", zh: "巴基斯坦家具工艺展示", kind: "showcase",
      day: 0, start: "16:15", end: "17:00", venue: "main-stage", pavilion: "pav-pk", speakers: [],
      description: "Chiniot wood carvers show hand-carved sheesham and walnut furniture.",
      descriptionZh: "奇尼奥特木雕匠人展示手工雕花的印度黄檀木和胡桃木家具。"),
    Fixed(
      id: "ev-ke-coffee", en: "Kenyan Coffee and Tea Cupping", zh: "肯尼亚咖啡与红茶品鉴", kind: "tasting", day: 2,
      start: "14:00", end: "15:00", venue: "tasting", pavilion: "pav-ke", speakers: [],
      description: "AA coffee from Nyeri and black tea from Kericho.", descriptionZh: "品鉴涅里出产的AA级咖啡和凯里乔出产的红茶。"),
    Fixed(
      id: "ev-be-chocolate", en: "Belgian Chocolate Workshop", zh: "比利时巧克力工坊", kind: "workshop", day: 1, start: "16:00",
      end: "17:00", venue: "main-stage", pavilion: "pav-be", speakers: [],
      description: "Make pralines with Belgian chocolatiers.", descriptionZh: "与比利时巧克力师一起亲手制作果仁夹心巧克力。"),
    Fixed(
      id: "ev-closing", en: "Closing Ceremony and Deal Signing", zh: "闭幕式暨签约仪式", kind: "ceremony", day: 2,
      start: "16:00", end: "17:00", venue: "main-stage", pavilion: nil, speakers: ["Expo organising committee"],
      description: "Signing of the expo's trade agreements and closing of the expo.",
      descriptionZh: "本届博览会贸易协议集中签约，博览会随后闭幕。"),
  ]

  struct Template {
    var en: String
    var zh: String
    var kind: String
    var venue: String
    var minutes: Int
  }

  static let templates: [Template] = [
    Template(en: "Cross-border E-commerce Forum", zh: "跨境电商论坛", kind: "forum", venue: "forum-b", minutes: 120),
    Template(
      en: "China–Europe Railway Express Trade Forum", zh: "中欧班列贸易论坛", kind: "forum", venue: "forum-b", minutes: 90),
    Template(
      en: "Buyer–Supplier Matchmaking Session", zh: "采购商供应商对接会", kind: "matchmaking", venue: "forum-a", minutes: 90),
    Template(
      en: "Live-streaming Sales Session: Imported Goods", zh: "进口商品直播带货", kind: "livestream", venue: "live-studio",
      minutes: 60),
    Template(
      en: "Live-streaming Sales Session: Chongqing Brands", zh: "重庆名优品牌直播带货", kind: "livestream", venue: "live-studio",
      minutes: 60),
    Template(
      en: "Chongqing Hotpot Cooking Show", zh: "重庆火锅烹饪秀", kind: "demonstration", venue: "live-studio", minutes: 45),
    Template(en: "New Energy Vehicle Launch", zh: "新能源汽车新品发布", kind: "launch", venue: "nev-stage", minutes: 45),
    Template(en: "Smart Home Product Launch", zh: "智能家居新品发布", kind: "launch", venue: "nev-stage", minutes: 45),
    Template(en: "ASEAN Tropical Fruit Tasting", zh: "东盟热带水果品鉴", kind: "tasting", venue: "asean-stage", minutes: 45),
    Template(en: "RCEP Trade Facilitation Seminar", zh: "RCEP贸易便利化研讨会", kind: "forum", venue: "forum-b", minutes: 90),
    Template(
      en: "Consumer Trends Forum: Imported Goods in Western China", zh: "西部进口消费趋势论坛", kind: "forum", venue: "forum-a",
      minutes: 90),
    Template(
      en: "Intangible Cultural Heritage Crafts Demonstration", zh: "非遗技艺展示", kind: "demonstration",
      venue: "live-studio", minutes: 45),
  ]

  /// The named events plus typical ones, without two events on one venue at once.
  static func events(zone: TimeZone, pavilions: [Pavilion], exhibitors: [Exhibitor], total: Int, rng: inout SplitMix64)
    -> [Event]
  {
    let days = expo.days
    let pavilionIDs = Set(pavilions.map(\.id))
    var events: [Event] = []
    func at(_ day: Int, _ hhmm: String) -> Date {
      let parts = hhmm.split(separator: ":").compactMap { Int($0) }
      return days[day].startOfDay(in: zone).addingTimeInterval(Double(parts[0] * 3600 + parts[1] * 60))
    }
    // An event's exhibitors are the pavilion's companies in the trade it shows (the fashion
    // show lists fashion houses, not food traders); none when the pavilion has none.
    func related(_ event: Fixed, _ pavilion: String?) -> [String] {
      guard let pavilion, let trades = eventTrades[event.id] else { return [] }
      let fitting = exhibitors.filter { e in e.pavilion == pavilion && e.categories.contains { trades.contains($0) } }
      return Array(fitting.prefix(3).map(\.id))
    }
    for f in fixed where events.count < total {
      let pavilion = f.pavilion.flatMap { pavilionIDs.contains($0) ? $0 : nil }
      events.append(
        Event(
          id: f.id, title: LocalizedText(en: f.en, zh: f.zh), kind: f.kind, start: at(f.day, f.start),
          end: at(f.day, f.end), venue: f.venue, speakers: f.speakers, pavilion: pavilion,
          exhibitors: related(f, pavilion), description: LocalizedText(en: f.description, zh: f.descriptionZh)))
    }
    // Fill free slots: each template repeats on the days, at the first free time on its venue.
    var serial = 0
    var round = 0
    while events.count < total && round < 50 {
      for template in templates where events.count < total {
        let day = (serial + round) % days.count
        let closing = day == days.count - 1 ? 17 * 60 : 18 * 60
        var minute = 9 * 60 + 30 + 15 * rng.below(4)
        while minute + template.minutes <= closing {
          let start = at(day, "\(minute / 60):\(minute % 60)")
          let end = start.addingTimeInterval(Double(template.minutes * 60))
          let busy = events.contains { $0.venue == template.venue && $0.start < end && start < $0.end }
          if !busy {
            serial += 1
            events.append(
              Event(
                id: "ev-\(pad(serial, 3))", title: LocalizedText(en: template.en, zh: template.zh),
                kind: template.kind, start: start, end: end, venue: template.venue,
                description: LocalizedText(
                  en: "\(template.en) at the expo (illustrative).", zh: "博览会期间举办的\(template.zh)（示例）。")))
            break
          }
          minute += 15
        }
      }
      round += 1
    }
    return events.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
  }
}
