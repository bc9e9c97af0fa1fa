import Foundation

/// The interface's own text, in English and Simplified Chinese: the one message catalogue.
///
/// Every message is a typed key (a property or a method of `UIText`) whose single definition
/// gives both languages (`pick(en, zh)`), so a message without one of them does not compile.
/// Data (names, titles, descriptions) is not here: it comes from the catalogue in the language the
/// data has. `UITextTests` renders every screen in Chinese and fails on an English word that is
/// not data, a code or a key name.
public struct UIText: Sendable, Hashable {
  public let language: Language

  public init(_ language: Language) { self.language = language }

  public static let english = UIText(.english)
  public static let chinese = UIText(.chinese)

  /// Both languages of one message (only the catalogue's `UIText+…` files call it).
  @inline(__always)
  /// The English or the Chinese text (only the one asked for is made).
  package func pick(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> String {
    language == .chinese ? zh() : en()
  }

  public var isChinese: Bool { language == .chinese }

  /// The comma between clauses ("Center, Nanan District" / "展览中心，南岸区").
  public var comma: String { pick(", ", "，") }

  /// A list joined as the language joins it ("a, b" / "a、b").
  public func list(_ items: [String]) -> String { items.joined(separator: pick(", ", "、")) }

  /// `text` followed by a note in parentheses: "Uruguay (UY)" / "乌拉圭（UY）".
  public func withNote(_ text: String, _ note: String) -> String { pick("\(text) (\(note))", "\(text)（\(note)）") }

  /// "Label: value" / "标签：value".
  public func labelled(_ label: String, _ value: String) -> String { pick("\(label): \(value)", "\(label)：\(value)") }
}

// MARK: - Counts

extension UIText {
  /// What is counted: English takes a plural, Chinese a measure word.
  public enum Noun: Sendable, CaseIterable {
    case exhibitor, product, country, pavilion, hall, event, day, booth, stop, result, venue, category

    var english: (String, String) {
      switch self {
      case .exhibitor: return ("exhibitor", "exhibitors")
      case .product: return ("product", "products")
      case .country: return ("country", "countries")
      case .pavilion: return ("pavilion", "pavilions")
      case .hall: return ("hall", "halls")
      case .event: return ("event", "events")
      case .day: return ("day", "days")
      case .booth: return ("booth", "booths")
      case .stop: return ("stop", "stops")
      case .result: return ("result", "results")
      case .venue: return ("venue", "venues")
      case .category: return ("category", "categories")
      }
    }

    /// Measure word and noun.
    var chinese: (String, String) {
      switch self {
      case .exhibitor: return ("家", "展商")
      case .product: return ("款", "产品")
      case .country: return ("个", "国家和地区")
      case .pavilion: return ("个", "国家馆")
      case .hall: return ("个", "展馆")
      case .event: return ("场", "活动")
      case .day: return ("天", "")
      case .booth: return ("个", "展位")
      case .stop: return ("站", "")
      case .result: return ("条", "结果")
      case .venue: return ("个", "场地")
      case .category: return ("个", "类别")
      }
    }
  }

  /// 10400 -> "10,400" (the same digits in both languages).
  public static func grouped(_ n: Int) -> String {
    // (Digits written from the right into a buffer: the status bar's position is made at every key.)
    var magnitude = n.magnitude
    var written = 0
    var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &bytes) { buffer in
      var at = buffer.count
      repeat {
        if written > 0 && written % 3 == 0 {
          at -= 1
          buffer[at] = UInt8(ascii: ",")
        }
        at -= 1
        buffer[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        written += 1
      } while magnitude > 0
      if n < 0 {
        at -= 1
        buffer[at] = UInt8(ascii: "-")
      }
      return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
    }
  }

  /// "1 pavilion", "10,400 products" / "1个国家馆", "10,400款产品".
  public func count(_ n: Int, _ noun: Noun) -> String {
    if isChinese {
      let (measure, word) = noun.chinese
      return "\(UIText.grouped(n))\(measure)\(word)"
    }
    let (one, many) = noun.english
    return "\(UIText.grouped(n)) \(n == 1 ? one : many)"
  }

  /// A group heading with its count: "Products (12)" / "产品（12）".
  public func heading(_ title: String, _ n: Int) -> String {
    pick("\(title) (\(UIText.grouped(n)))", "\(title)（\(UIText.grouped(n))）")
  }
}

// MARK: - Dates, times, durations

extension UIText {
  private static let weekdaysEN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let weekdaysZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]
  private static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  private static let longMonthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  private static func weekday(_ date: LocalDate) -> Int {
    CivilTime.weekday(days: CivilTime.days(year: date.year, month: date.month, day: date.day))
  }

  /// "Fri 27 Oct" / "10月27日 周五".
  public func day(_ date: LocalDate) -> String {
    let weekday = UIText.weekday(date)
    return isChinese
      ? "\(date.month)月\(date.day)日 \(UIText.weekdaysZH[weekday])"
      : "\(UIText.weekdaysEN[weekday]) \(date.day) \(UIText.monthsEN[(date.month - 1) % 12])"
  }

  /// "27–29 October 2023" / "2023年10月27日—29日".
  public func dateRange(_ start: LocalDate, _ end: LocalDate) -> String {
    if isChinese {
      let first = "\(start.year)年\(start.month)月\(start.day)日"
      if start == end { return first }
      if start.year == end.year && start.month == end.month { return "\(first)—\(end.day)日" }
      if start.year == end.year { return "\(first)—\(end.month)月\(end.day)日" }
      return "\(first)—\(end.year)年\(end.month)月\(end.day)日"
    }
    let long = UIText.longMonthsEN
    if start.year == end.year && start.month == end.month {
      return start == end
        ? "\(start.day) \(long[start.month - 1]) \(start.year)"
        : "\(start.day)–\(end.day) \(long[start.month - 1]) \(start.year)"
    }
    return "\(start.day) \(long[start.month - 1]) \(start.year) – \(end.day) \(long[end.month - 1]) \(end.year)"
  }

  /// "1 h 30 min", "45 min" / "1小时30分钟", "45分钟".
  public func duration(_ seconds: TimeInterval) -> String {
    let minutes = max(0, Int(seconds / 60))
    if isChinese {
      if minutes < 60 { return "\(minutes)分钟" }
      return minutes % 60 == 0 ? "\(minutes / 60)小时" : "\(minutes / 60)小时\(minutes % 60)分钟"
    }
    if minutes < 60 { return "\(minutes) min" }
    return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
  }

  /// "about 120 m" / "约120米".
  public func metres(_ m: Int) -> String { pick("about \(m) m", "约\(m)米") }

  /// "12 of 520" in the status bar / "12/520".
  public func position(_ number: Int, of total: Int) -> String {
    pick("\(UIText.grouped(number)) of \(UIText.grouped(total))", "\(UIText.grouped(number))/\(UIText.grouped(total))")
  }
}
