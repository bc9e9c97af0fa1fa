import Foundation

/// Locates the shipped sample expo (Chongqing International Consumer Products Expo 2023).
///
/// The JSON is copied next to the binary as a SwiftPM resource bundle. We search for it without
/// `Bundle.module`, whose generated accessor traps when the bundle is missing.
public enum ExpoSample {
  public static let folderName = "chongqing-2023"
  static let bundleName = "expo-guide_ExpoSample.resources"

  /// The sample's folder, or nil when it cannot be found (then `--data` is needed). The places are
  /// tried in order and only as far as needed: `Bundle.main` lists the executable's folder (all of
  /// /usr/local/bin, say) and reads its Info.plist, a cost every command paid at start.
  public static func folder() -> URL? {
    func found(_ url: URL) -> URL? {
      FileManager.default.fileExists(atPath: url.appendingPathComponent("expo.json").path) ? url : nil
    }
    if let env = getenv("EXPO_SAMPLE_DIR").map({ String(cString: $0) }), !env.isEmpty,
      let url = found(URL(fileURLWithPath: env))
    {
      return url
    }
    // The executable as the kernel knows it (argv[0] may be a bare name found on the PATH), its
    // links resolved by realpath(3) (FileManager's and URL's were a third of a millisecond).
    if let resolved = realpath("/proc/self/exe", nil) ?? CommandLine.arguments.first.flatMap({ realpath($0, nil) }) {
      let path = String(cString: resolved)
      free(resolved)
      let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
      let sample = "\(folder)/\(bundleName)/\(folderName)"
      if access(sample + "/expo.json", R_OK) == 0 { return URL(fileURLWithPath: sample, isDirectory: true) }
    }
    if let url = found(Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent(folderName)) {
      return url
    }
    // Test bundles and `swift run` from the source tree: the Assets folder beside this file.
    return found(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folderName))
  }
}
