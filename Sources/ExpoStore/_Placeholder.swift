// ExpoStore
