import ExpoModel
import Foundation

/// Small text formatting helpers shared by the screens (no locale dependence).
public enum Format {
  /// 10400 -> "10,400".
  public static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return n < 0 ? "-" + out : out
  }

  /// "1 pavilion", "11 pavilions", "10,400 products".
  public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(grouped(n)) \(n == 1 ? singular : plural ?? singular + "s")"
  }

  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// "Fri 27 Oct".
  public static func day(_ date: LocalDate) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
    let instant = date.startOfDay(in: calendar.timeZone)
    let weekday = calendar.component(.weekday, from: instant)
    return "\(weekdays[(weekday - 1) % 7]) \(date.day) \(months[(date.month - 1) % 12])"
  }

  /// "27–29 October 2023".
  public static func dateRange(_ start: LocalDate, _ end: LocalDate) -> String {
    let long = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    if start.year == end.year && start.month == end.month {
      return start == end
        ? "\(start.day) \(long[start.month - 1]) \(start.year)"
        : "\(start.day)–\(end.day) \(long[start.month - 1]) \(start.year)"
    }
    return "\(start.day) \(long[start.month - 1]) \(start.year) – \(end.day) \(long[end.month - 1]) \(end.year)"
  }

  /// "1 h 30 min", "45 min", "0 min".
  public static func duration(_ seconds: TimeInterval) -> String {
    let minutes = max(0, Int(seconds / 60))
    if minutes < 60 { return "\(minutes) min" }
    return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
  }
}
