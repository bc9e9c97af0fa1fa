/// A whole expo: everything the guide shows, validated and cross-referenced.
public struct ExpoDataset: Sendable, Hashable, Codable {
  public var expo: Expo
  public var halls: [Hall]
  public var venues: [Venue]
  public var pavilions: [Pavilion]
  public var booths: [Booth]
  public var exhibitors: [Exhibitor]
  public var products: [Product]
  public var events: [Event]

  public init(
    expo: Expo, halls: [Hall] = [], venues: [Venue] = [], pavilions: [Pavilion] = [], booths: [Booth] = [],
    exhibitors: [Exhibitor] = [], products: [Product] = [], events: [Event] = []
  ) {
    self.expo = expo
    self.halls = halls
    self.venues = venues
    self.pavilions = pavilions
    self.booths = booths
    self.exhibitors = exhibitors
    self.products = products
    self.events = events
  }

  /// The distinct countries of the exhibitors, sorted by code.
  public var countries: [String] { Array(Set(exhibitors.map(\.country))).sorted() }
}
