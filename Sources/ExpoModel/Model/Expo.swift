import Foundation

/// The expo itself: names, venue, time zone and days.
public struct Expo: Sendable, Hashable, Codable {
  public var id: String
  public var name: LocalizedText
  public var venue: VenueSite
  /// IANA time zone identifier; every time is shown in it.
  public var timeZone: String
  /// First and last day, as `YYYY-MM-DD` in the expo's time zone.
  public var startDate: LocalDate
  public var endDate: LocalDate
  public var website: String?
  public var description: LocalizedText?
  /// Where the data comes from (e.g. "illustrative sample modelled on a news report").
  public var note: String?
  /// Seconds after midnight at which a new day of the expo begins (a schedule's `day_change`, e.g.
  /// 4 h: a session at 01:00 belongs to the evening before); nil: midnight.
  public var dayChange: Int?

  public init(
    id: String, name: LocalizedText, venue: VenueSite, timeZone: String, startDate: LocalDate,
    endDate: LocalDate, website: String? = nil, description: LocalizedText? = nil, note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.venue = venue
    self.timeZone = timeZone
    self.startDate = startDate
    self.endDate = endDate
    self.website = website
    self.description = description
    self.note = note
  }

  /// When `day` of the expo begins, in `zone` (midnight, or its `dayChange`).
  public func start(of day: LocalDate, in zone: some ZoneOffsets) -> Date {
    day.startOfDay(in: zone).addingTimeInterval(TimeInterval(dayChange ?? 0))
  }

  /// The expo day an instant belongs to (its calendar day, moved back before `dayChange`).
  public func day(of instant: Date, in zone: some ZoneOffsets) -> LocalDate {
    LocalDate(instant.addingTimeInterval(-TimeInterval(dayChange ?? 0)), in: zone)
  }

  /// The expo's days in order.
  public var days: [LocalDate] { LocalDate.range(from: startDate, through: endDate) }
}

/// The exhibition centre: name and address.
public struct VenueSite: Sendable, Hashable, Codable {
  public var name: LocalizedText
  public var address: LocalizedText?
  public var city: LocalizedText?

  public init(name: LocalizedText, address: LocalizedText? = nil, city: LocalizedText? = nil) {
    self.name = name
    self.address = address
    self.city = city
  }
}
