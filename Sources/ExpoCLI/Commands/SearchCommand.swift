import ArgumentParser
import ExpoModel
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

  func run() throws {
    try runReporting {
      let kinds: Set<SearchKind>? = kind.isEmpty ? nil : Set(kind)
      let text = query.joined(separator: " ")
      let results = try data.open().search(text, kinds: kinds, limit: max(0, limit))
      let table = Table(
        columns: [
          .init(header: "KIND", key: "kind"), .init(header: "ID", key: "id"),
          .init(header: "NAME", key: "name", flexible: true), .init(header: "中文", key: "nameZh", flexible: true),
          .init(header: "SCORE", key: "score", alignRight: true), .init(header: "MATCH", key: "match"),
        ],
        rows: results.results.map {
          [
            .string($0.kind.rawValue), .string($0.ref), .string($0.name.en), $0.name.zh.map { .string($0) } ?? .null,
            .double(($0.score * 10).rounded() / 10), .string($0.match.rawValue),
          ]
        })
      switch format {
      case .json, .csv: print(table.render(format), terminator: "")
      case .text:
        if results.results.isEmpty {
          printError("no results for \"\(Sanitize.line(text))\"")
        } else {
          print(table.render(.text), terminator: "")
        }
      }
    }
  }
}
