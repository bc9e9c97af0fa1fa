// ExpoUI
