import ExpoCLI
import ExpoStore
import Foundation

Profile.mark("main")
SQLiteSettings.apply()
if let message = ExpoCommand.unknownCommand(Array(CommandLine.arguments.dropFirst())) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(64)
}
ExpoCommand.main()
