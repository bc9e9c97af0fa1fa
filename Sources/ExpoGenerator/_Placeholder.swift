// ExpoGenerator
