import ArgumentParser
import ExpoModel
import ExpoStore
import Foundation

/// `expo update --data URL`: fetches a followed schedule or exhibitor list now.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Fetch a followed schedule or exhibitor list now (--data https://…).",
    discussion: """
      Any command given --data https://… fetches the file when the last check is older than ten \
      minutes (asking the server whether it changed: ETag, Last-Modified) and keeps every version \
      that validates (the newest 5) in $XDG_DATA_HOME/expo-guide/sources. A download that does not \
      validate, an error status or no network never replaces the version kept: the reason is said \
      and the kept version used. Needs curl.
      """)

  @OptionGroup var data: DataOptions

  func run() throws {
    try runReporting {
      guard let text = data.data, RemoteSource.isRemote(text) else {
        throw CLIError("expo update: give the URL to follow, e.g. --data https://example.org/schedule.xml", code: 64)
      }
      switch try data.followed(text, force: true).outcome {
      case .unchanged: print(Sanitize.line("\(text): not modified"))
      case .fetched(let name):
        // Compiled now, so that the version is kept for `expo changes` and the guide's news.
        let expo = try data.open().info().expo.id
        let earlier = VersionStore(directory: VersionStore.defaultDirectory()).versions(expo: expo).count > 1
        print(
          Sanitize.line(
            "\(text): new version \(name)"
              + (earlier ? " (expo changes --data \(text) says what changed)" : " (the first kept of this data)")))
      case .kept(let reason, _):
        printError(DataOptions.keptNotice(reason))
        throw ExitCode(1)
      }
    }
  }
}
