import ArgumentParser
import ExpoGenerator
import ExpoModel
import Foundation

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a deterministic expo dataset (the shipped sample, or a fair of any size).",
    discussion: """
      With --sample, writes the Chongqing 2023 sample exactly as shipped in Assets/. Otherwise makes a \
      synthetic fair: expo generate --exhibitors 30000 --products 1000000 --halls 60 --countries 150 \
      --events 1000 --seed 7 -o /tmp/big
      """)

  @Flag(help: "Generate the shipped Chongqing 2023 sample.") var sample = false
  @Option(help: "Number of exhibitors.") var exhibitors = 520
  @Option(help: "Number of products.") var products = 10_400
  @Option(help: "Number of halls.") var halls = 6
  @Option(help: "Number of exhibiting countries.") var countries = 30
  @Option(help: "Number of events.") var events = 48
  @Option(help: "Random seed.") var seed: UInt64 = 2023
  @Option(name: [.short, .customLong("output")], help: "Folder to write.") var output: String

  func run() throws {
    let config =
      sample
      ? GeneratorConfig.chongqing2023
      : GeneratorConfig(
        profile: .synthetic, exhibitors: exhibitors, products: products, halls: halls, countries: countries,
        events: events, seed: seed)
    var generator = FairGenerator(config: config)
    let dataset = generator.makeDataset()
    try DatasetWriter.write(dataset, to: URL(fileURLWithPath: output))
    print(
      "wrote \(output): \(dataset.halls.count) halls, \(dataset.countries.count) countries, "
        + "\(dataset.exhibitors.count) exhibitors, \(dataset.products.count) products, \(dataset.events.count) events")
  }
}
