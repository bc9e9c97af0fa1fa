/// A name or title in English, with the Chinese form where the data has it.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var en: String
  public var zh: String?

  public init(en: String, zh: String? = nil) {
    self.en = en
    self.zh = (zh?.isEmpty ?? true) ? nil : zh
  }

  /// The text in the preferred language, falling back to English.
  public func text(_ language: Language) -> String {
    switch language {
    case .english: return en
    case .chinese: return zh ?? en
    }
  }
}

/// The display language for names.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case english = "en"
  case chinese = "zh"

  public var toggled: Language { self == .english ? .chinese : .english }
}
