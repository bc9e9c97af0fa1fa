import ExpoCLI
import ExpoStore

SQLiteSettings.apply()
ExpoCommand.main()
