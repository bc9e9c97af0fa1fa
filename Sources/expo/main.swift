import ExpoCLI
import ExpoStore
import Foundation

Profile.mark("main")
SQLiteSettings.apply()
// The guide, `info` and `search` in their plain forms, without the parser's reflection (FastLane).
FastLane.run(Array(CommandLine.arguments.dropFirst()))
if let message = ExpoCommand.unknownCommand(Array(CommandLine.arguments.dropFirst())) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(64)
}
ExpoCommand.main()
