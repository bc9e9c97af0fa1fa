import ArgumentParser
import ExpoModel

// The closed sets of values that options take: parsed by swift-argument-parser, which lists the
// valid values in `--help` and in the error for a wrong one.

extension Section: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public var defaultValueDescription: String { name }
  public static var allValueStrings: [String] { allCases.map(\.name) }
  public static var allValueDescriptions: [String: String] {
    Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, "\(UIText.english.section($0)) (key \($0.rawValue))") })
  }
}

extension ExhibitorSort: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] {
    ["name": "by name", "booth": "by booth code", "country": "by country, then name"]
  }
}

/// A kind named on the command line in the singular or the plural, any case ("event", "Events").
protocol KindArgument: ExpressibleByArgument, RawRepresentable, CaseIterable where RawValue == String {}

extension KindArgument {
  public init?(argument: String) {
    let name = argument.lowercased()
    guard let kind = Self(rawValue: name) ?? Self(rawValue: String(name.dropLast())) else { return nil }
    self = kind
  }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension SearchKind: KindArgument {}

extension BookmarkKind: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// A plan's zoom level: 0 overview, 1 plan, 2 close-up (the numbers or the names).
enum MapZoom: Int, CaseIterable, ExpressibleByArgument {
  case overview = 0
  case plan = 1
  case closeUp = 2

  init?(argument: String) {
    switch argument.lowercased() {
    case "0", "overview": self = .overview
    case "1", "plan": self = .plan
    case "2", "close-up", "closeup": self = .closeUp
    default: return nil
    }
  }

  static var allValueStrings: [String] { ["0", "1", "2", "overview", "plan", "close-up"] }
  static var allValueDescriptions: [String: String] {
    [
      "0": "overview", "1": "plan", "2": "close-up", "overview": "0", "plan": "1", "close-up": "2",
    ]
  }
}

extension TextEncoding: ExpressibleByArgument {
  public init?(argument: String) {
    let name = argument.lowercased().replacingOccurrences(of: "_", with: "-")
    switch name {
    case "utf8", "utf-8": self = .utf8
    case "utf16", "utf-16": self = .utf16
    case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
    case "windows-1252", "cp1252", "windows1252": self = .windows1252
    default: return nil
    }
  }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Language: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { ["zh": "简体中文", "en": "English"] }
}
