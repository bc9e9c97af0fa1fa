import ArgumentParser
import ExpoSample
import ExpoStore
import Foundation

/// `--data PATH`: which expo to open (default: the built-in Chongqing 2023 sample).
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "An expo folder (JSON) or a compiled catalogue (.sqlite). Default: $EXPO_DATA or the built-in sample.",
      valueName: "path"))
  var data: String?

  /// The source to open.
  func source() throws -> URL {
    if let data { return URL(fileURLWithPath: data) }
    if let env = ProcessInfo.processInfo.environment["EXPO_DATA"], !env.isEmpty { return URL(fileURLWithPath: env) }
    guard let sample = ExpoSample.folder() else { throw CLIError(CatalogueError.noSample.description, code: 66) }
    return sample
  }

  /// Opens the catalogue (compiling a JSON folder into the cache when needed).
  func open() throws -> Catalogue {
    let url = try source()
    do {
      let opened = try CatalogueCache(directory: CatalogueCache.defaultDirectory()).open(url)
      return opened.catalogue
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
