// ExpoTerminal
