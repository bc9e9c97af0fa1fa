import ArgumentParser
import ExpoModel
import ExpoNavigation
import ExpoScreens
import ExpoStore
import Foundation

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search exhibitors, products, countries, pavilions, events and booths (English and Chinese).")

  @OptionGroup var data: DataOptions
  @Argument(help: "What to look for: a name or part of it, a booth code, Chinese text; typos are tolerated.")
  var query: [String]
  @Option(help: "Only this kind (repeatable; the plural works too).")
  var kind: [SearchKind] = []
  @Option(help: "At most this many results.") var limit = 20
  @Option(help: "Output format: text or json.") var format: OutputFormat = .text
  @OptionGroup var language: LanguageOption

  func run() throws { try request.run() }

  /// `expo search` with its options as plain values (the fast lane calls it too).
  static func run(
    data: DataChoice, query: [String], kinds kind: [SearchKind], limit: Int, format: OutputFormat, language: Language?
  ) throws {
    try runReporting {
      let kinds: Set<SearchKind>? = kind.isEmpty ? nil : Set(kind)
      let text = query.joined(separator: " ")
      let catalogue = try data.open()
      Profile.mark("catalogue open")
      let t = UIText(UserSettings.language(language))
      let results = try catalogue.search(text, kinds: kinds, limit: max(0, limit))
      Profile.mark("search")
      // What tells a result apart: a product's exhibitor, country and booth; an event's day and time.
      let screens = try CatalogueScreens(catalogue: catalogue)
      let details = try results.results.map { result -> String in
        var detail = try screens.searchDetail(result, t.language).detail
        // (The other language's name has its own column.)
        let other = t.isChinese ? result.name.en : result.name.zh
        if let other, detail.hasSuffix(" · " + other) { detail.removeLast(other.count + 3) }
        return detail == other ? "" : detail
      }
      Profile.mark("details")
      let table = Table(
        columns: [
          .init(header: "KIND", key: "kind"), .init(header: "ID", key: "id"),
          .init(header: "NAME", key: "name", flexible: true), .init(header: "中文", key: "nameZh", flexible: true),
          .init(header: "DETAIL", key: "detail", flexible: true),
          .init(header: "SCORE", key: "score", alignRight: true), .init(header: "MATCH", key: "match"),
        ],
        rows: zip(results.results, details).map { result, detail in
          [
            .string(result.kind.rawValue), .string(result.ref), .string(result.name.en),
            result.name.zh.map { .string($0) } ?? .null, .string(detail),
            .double((result.score * 10).rounded() / 10), .string(result.match.rawValue),
          ]
        })
      switch format {
      case .json, .csv: print(table.render(format), terminator: "")
      case .text:
        if results.results.isEmpty {
          printError(t.noResultsFor(Sanitize.line(text)))
        } else {
          print(table.render(.text, t), terminator: "")
          // Every match is counted: say how many were not shown, by kind.
          if results.total > results.results.count {
            let byKind = SearchKind.allCases.compactMap { k in results.counts[k].map { (k, $0) } }
            printError(t.shownOf(results.results.count, results.total, t.resultsByKind(byKind)))
          }
        }
      }
      KeptUntilExit.keep((catalogue, screens))
    }
  }
}
