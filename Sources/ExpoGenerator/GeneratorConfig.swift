/// What to generate. `.chongqing2023` is the shipped sample; other sizes make synthetic fairs with
/// the same kinds of content (for benchmarks and tests at the scale of the largest fairs).
public struct GeneratorConfig: Sendable, Hashable {
  public enum Profile: String, Sendable, Hashable {
    /// The Chongqing International Consumer Products Expo 2023 layout, venues and named events.
    case chongqing2023
    /// A generated fair with numbered halls.
    case synthetic
  }

  public var profile: Profile
  public var exhibitors: Int
  public var products: Int
  /// Number of halls (synthetic profile only; the sample has six).
  public var halls: Int
  /// Number of exhibiting countries (synthetic profile; extra countries get generic goods).
  public var countries: Int
  public var events: Int
  public var seed: UInt64

  public init(
    profile: Profile, exhibitors: Int, products: Int, halls: Int, countries: Int, events: Int, seed: UInt64
  ) {
    self.profile = profile
    self.exhibitors = max(1, exhibitors)
    self.products = max(0, products)
    self.halls = max(1, halls)
    self.countries = max(1, countries)
    self.events = max(0, events)
    self.seed = seed
  }

  /// The shipped sample: 520 exhibitors from 30 countries, 10,400 products, 6 halls, 48 events.
  public static let chongqing2023 = GeneratorConfig(
    profile: .chongqing2023, exhibitors: 520, products: 10_400, halls: 6, countries: 30, events: 48, seed: 2023)
}
