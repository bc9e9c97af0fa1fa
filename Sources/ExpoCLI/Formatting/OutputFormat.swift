import ArgumentParser

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case csv
}

struct FormatOptions: ParsableArguments {
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text
}
