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
  public var description: String?
  /// Where the data comes from (e.g. "illustrative sample modelled on a news report").
  public var note: String?

  public init(
    id: String, name: LocalizedText, venue: VenueSite, timeZone: String, startDate: LocalDate,
    endDate: LocalDate, website: String? = nil, description: String? = nil, note: String? = nil
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
