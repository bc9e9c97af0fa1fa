import Testing

@testable import ExpoConfig

@Test func smoke() {}
