/// The top-level sections, reachable with the keys 1–7.
public enum Section: Int, CaseIterable, Sendable {
  case halls = 1
  case countries
  case exhibitors
  case products
  case schedule
  case plan
  case map

  public var title: String {
    switch self {
    case .halls: return "Halls"
    case .countries: return "Countries"
    case .exhibitors: return "Exhibitors"
    case .products: return "Products"
    case .schedule: return "Schedule"
    case .plan: return "My plan"
    case .map: return "Map"
    }
  }

  /// The section's one-word name on the command line (`--open plan`).
  public var name: String {
    switch self {
    case .halls: return "halls"
    case .countries: return "countries"
    case .exhibitors: return "exhibitors"
    case .products: return "products"
    case .schedule: return "schedule"
    case .plan: return "plan"
    case .map: return "map"
    }
  }

  /// The section named `name` (exactly, any case).
  public init?(name: String) {
    guard let section = Section.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
    self = section
  }
}
