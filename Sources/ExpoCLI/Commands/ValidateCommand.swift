import ArgumentParser
import ExpoModel
import Foundation

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check an expo folder; list every error with file, line:column and JSON path.",
    discussion: "Exit status: 0 when valid (warnings are printed), 65 when the data has errors.")

  @Argument(help: "An expo folder (expo.json, exhibitors.json, …).") var path: String

  func run() throws {
    do {
      let result = try DatasetLoader.load(folder: URL(fileURLWithPath: path))
      for warning in result.warnings { printError(Sanitize.line(warning.description)) }
      let d = result.dataset
      print(
        "\(path): valid — \(d.halls.count) halls, \(d.pavilions.count) pavilions, \(d.countries.count) countries, "
          + "\(d.exhibitors.count) exhibitors, \(d.booths.count) booths, \(d.products.count) products, "
          + "\(d.events.count) events" + (result.warnings.isEmpty ? "" : " (\(result.warnings.count) warnings)"))
    } catch {
      for issue in error.issues { printError(Sanitize.line(issue.description)) }
      printError("\(path): \(error.errors.count) errors, \(error.warnings.count) warnings")
      throw ExitCode(65)
    }
  }
}
