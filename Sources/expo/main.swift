import ExpoCLI

ExpoCommand.main()
