import ArgumentParser
import ExpoModel
import ExpoSample
import ExpoStore
import Foundation

/// `--data PATH`: which expo to open (default: the built-in Chongqing 2023 sample).
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "An expo folder, a schedule (frab .xml, C3VOC .json, .ics), an exhibitor .csv or a compiled catalogue (.sqlite). "
        + "Default: $EXPO_DATA or the built-in sample.",
      valueName: "path"))
  var data: String?

  @Option(
    name: .customLong("columns"),
    help: ArgumentHelp(
      "Exhibitor CSV columns by header name, e.g. name=Company,booth=Stand,country=Land (fields: id, name, name_zh, "
        + "country, hall, booth, description, categories, website, city, pavilion).",
      valueName: "field=header,…"))
  var columns: String?

  @Option(
    name: .customLong("time-zone"),
    help: ArgumentHelp(
      "The time zone of a schedule that names none and whose dates carry no offset, e.g. Europe/Berlin.",
      valueName: "zone"))
  var timeZone: String?

  @Option(help: "How to read an imported file that is not UTF-8 (UTF-8 and UTF-16 with a BOM are detected).")
  var encoding: TextEncoding?

  static func importOptions(_ columns: String?, timeZone: String? = nil, encoding: TextEncoding? = nil) throws
    -> ImportOptions
  {
    var options = ImportOptions(encoding: encoding)
    if let timeZone {
      guard let zone = TimeZone(identifier: timeZone) else {
        throw CLIError(
          "--time-zone: unknown zone \"\(timeZone)\"; expected an IANA name such as Europe/Berlin, Asia/Shanghai "
            + "or America/New_York", code: 64)
      }
      options.timeZone = zone
    }
    guard let columns else { return options }
    do {
      options.columns = try ImportOptions.parseColumns(columns)
      return options
    } catch {
      throw CLIError(error.description, code: 64)
    }
  }

  /// What a command says when a followed URL's kept version is used instead of a new one.
  static func keptNotice(_ reason: String) -> String { Sanitize.line("expo: \(reason); using the version kept") }

  /// The cache of compiled catalogues, keeping each compiled version for `expo changes`.
  static func cache() -> CatalogueCache {
    CatalogueCache(
      directory: CatalogueCache.defaultDirectory(), versions: VersionStore(directory: VersionStore.defaultDirectory()))
  }
}

/// What `--data` and its import options chose, as plain values: the fast lane makes them without
/// the parser (`FastLane`), and every command reads them through `DataChoosing`.
struct DataChoice: DataChoosing, Equatable, Sendable {
  var data: String?
  var columns: String?
  var timeZone: String?
  var encoding: TextEncoding?
}

/// Which data to open and how (`DataOptions` as parsed, `DataChoice` as made by the fast lane).
protocol DataChoosing {
  var data: String? { get }
  var columns: String? { get }
  var timeZone: String? { get }
  var encoding: TextEncoding? { get }
}

extension DataOptions: DataChoosing {}

extension DataChoosing {
  /// The choice as plain values.
  var choice: DataChoice { DataChoice(data: data, columns: columns, timeZone: timeZone, encoding: encoding) }

  /// The import options given on the command line.
  func importOptions() throws -> ImportOptions {
    try DataOptions.importOptions(columns, timeZone: timeZone, encoding: encoding)
  }

  /// The source to open.
  func source() throws -> URL {
    if let data, RemoteSource.isRemote(data) {
      let (file, outcome) = try followed(data, force: false)
      if case .kept(let reason, _) = outcome { printError(DataOptions.keptNotice(reason)) }
      return file
    }
    if let data, data.isEmpty {
      throw CLIError("--data is empty; give an expo folder, a data file, a compiled catalogue or a URL", code: 64)
    }
    if let data { return URL(fileURLWithPath: data) }
    if let env = ProcessEnvironment.variables["EXPO_DATA"], !env.isEmpty { return URL(fileURLWithPath: env) }
    guard let sample = ExpoSample.folder() else { throw CLIError(CatalogueError.noSample.description, code: 66) }
    return sample
  }

  /// The local file of a followed URL (fetched when the last check is older than ten minutes, or
  /// `force`) and what the fetch did; with no good version kept, the error (exit 69).
  func followed(_ text: String, force: Bool) throws -> (file: URL, outcome: RemoteSource.Outcome) {
    guard let url = URL(string: text), url.host != nil else {
      throw CLIError("--data: \"\(Sanitize.line(text))\" is not a URL that can be fetched", code: 64)
    }
    do {
      return try RemoteSource(url: url).resolve(force: force, options: importOptions())
    } catch let error as FetchError {
      throw CLIError(Sanitize.line("\(error.description); no version of it is kept yet"), code: 69)
    }
  }

  /// The kept version of the data opened with `sourceHash`, and for a followed URL when it was
  /// last checked.
  func version(expo: String, sourceHash: String?) -> (name: String?, checked: Date?) {
    let name = sourceHash.flatMap {
      VersionStore(directory: VersionStore.defaultDirectory()).version(expo: expo, source: $0)?.name
    }
    return (name, checked())
  }

  /// When a followed URL was last checked (nil for data on disk).
  func checked() -> Date? {
    guard let data, RemoteSource.isRemote(data), let url = URL(string: data) else { return nil }
    return RemoteSource(url: url).readState().checked
  }

  /// What looks for a new version of the data while the guide runs: a followed URL every
  /// `urlMinutes` (0: never), a file or folder on disk every few seconds; nil for the built-in
  /// sample.
  func watcher(shownHash: String?, urlMinutes: Int) -> DataWatcher? {
    let options = (try? importOptions()) ?? ImportOptions()
    if let data, RemoteSource.isRemote(data) {
      guard urlMinutes > 0, let url = URL(string: data) else { return nil }
      return DataWatcher(
        source: .url(url), options: options, shownHash: shownHash, urlInterval: TimeInterval(urlMinutes * 60))
    }
    let path = data ?? ProcessEnvironment.variables["EXPO_DATA"].flatMap { $0.isEmpty ? nil : $0 }
    guard let path else { return nil }
    return DataWatcher(
      source: .path(URL(fileURLWithPath: path)), options: options, shownHash: shownHash, urlInterval: 0)
  }

  /// Opens the catalogue (compiling a JSON folder into the cache when needed).
  func open() throws -> Catalogue { try opened().catalogue }

  /// Opens the catalogue, with the hash its source is cached and kept under.
  func opened() throws -> CatalogueCache.Opened {
    let url = try source()
    Profile.mark("source found")
    do {
      let bar = ProgressBar()
      defer { bar.finish() }
      return try DataOptions.cache().open(url, options: importOptions(), progress: bar.handler)
    } catch let error as CatalogueError {
      if case .invalidData = error { throw CLIError(error.description, code: 65) }
      throw CLIError(error.description, code: 66)
    }
  }
}

/// An error printed as one clear message, with a sysexits-style exit code.
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var code: Int32

  init(_ message: String, code: Int32 = 1) {
    self.message = message
    self.code = code
  }

  var description: String { message }
}
