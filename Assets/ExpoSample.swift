import Foundation

/// Locates the shipped sample expo (Chongqing International Consumer Products Expo 2023).
///
/// The JSON is copied next to the binary as a SwiftPM resource bundle. We search for it without
/// `Bundle.module`, whose generated accessor traps when the bundle is missing.
public enum ExpoSample {
  public static let folderName = "chongqing-2023"
  static let bundleName = "expo-guide_ExpoSample.resources"

  /// The sample's folder, or nil when it cannot be found (then `--data` is needed).
  public static func folder() -> URL? {
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["EXPO_SAMPLE_DIR"], !env.isEmpty {
      candidates.append(URL(fileURLWithPath: env))
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    let executableDir = executable.deletingLastPathComponent()
    candidates.append(executableDir.appendingPathComponent(bundleName).appendingPathComponent(folderName))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent(folderName))
    // Test bundles and `swift run` from the source tree: the Assets folder beside this file.
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folderName))
    for url in candidates where FileManager.default.fileExists(atPath: url.appendingPathComponent("expo.json").path) {
      return url
    }
    return nil
  }
}
