import ArgumentParser
import ExpoModel
import ExpoNavigation
import Foundation

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract:
      "Check an expo's data; print the detected format, the counts and every warning and error with its position.",
    discussion: """
      PATH is an expo folder (our JSON files, and/or schedules and exhibitor lists), a frab/Pentabarf schedule .xml, \
      a C3VOC schedule .json, an iCalendar .ics or an exhibitor .csv. \
      Exit status: 0 when the data can be opened (warnings are printed), 65 when it has errors.
      """)

  @Argument(help: "An expo folder or a schedule/calendar/exhibitor file.") var path: String
  @Option(
    name: .customLong("columns"),
    help: ArgumentHelp("Exhibitor CSV columns (as for --data).", valueName: "field=header,…"))
  var columns: String?
  @Option(
    name: .customLong("time-zone"),
    help: ArgumentHelp("The zone of a schedule that names none (as for --data).", valueName: "zone"))
  var timeZone: String?
  @Option(help: "How to read an imported file that is not UTF-8 (as for --data).") var encoding: TextEncoding?

  func run() throws {
    let options = try DataOptions.importOptions(columns, timeZone: timeZone, encoding: encoding)
    do {
      let result = try Importer.load(URL(fileURLWithPath: path), options: options)
      for source in result.sources { print(Sanitize.line("\(source.file): \(source.format.rawValue)")) }
      for warning in result.warnings { printError(Sanitize.line(warning.description)) }
      let d = result.dataset
      let t = UIText.english
      print(
        Sanitize.line(
          "\(path): valid — "
            + [
              t.count(d.halls.count, .hall), t.count(d.pavilions.count, .pavilion),
              t.count(d.countries.count, .country), t.count(d.exhibitors.count, .exhibitor),
              t.count(d.booths.count, .booth), t.count(d.products.count, .product),
              t.count(d.venues.count, .venue), t.count(d.events.count, .event),
            ].joined(separator: ", ")
            + (result.warnings.isEmpty ? "" : " (\(result.warnings.count) warnings)")))
    } catch {
      for issue in error.issues { printError(Sanitize.line(issue.description)) }
      printError(
        Sanitize.line(
          "\(path): \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"), "
            + "\(error.warnings.count) warning\(error.warnings.count == 1 ? "" : "s")"))
      throw ExitCode(65)
    }
  }
}
