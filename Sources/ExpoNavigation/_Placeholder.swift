// ExpoNavigation
