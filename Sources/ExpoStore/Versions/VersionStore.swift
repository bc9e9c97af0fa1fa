import ExpoModel
import Foundation

/// The versions of an expo's data this machine has opened, kept so that `expo changes` can say
/// what changed since the last one: each time a source is compiled, the data (without its
/// descriptions) is written to `<directory>/<expo>/<time>-<hash>.json`; the newest `keep`
/// versions of each expo are kept.
public struct VersionStore: Sendable {
  public let directory: URL
  public var keep = 5

  public init(directory: URL) { self.directory = directory }

  /// `$XDG_DATA_HOME/expo-guide/versions` (or `~/.local/share/expo-guide/versions`).
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("expo-guide/versions")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".local/share/expo-guide/versions")
  }

  /// One kept version.
  public struct Version: Sendable, Hashable {
    /// `20261130T203000.123Z-1a2b…`: when it was first opened (names sort in time order), and the
    /// source's hash.
    public var name: String
    public var url: URL
    public var hash: String { String(name.split(separator: "-").last ?? "") }
  }

  /// The folder of an expo's versions (its id, made safe for a file name).
  func folder(_ expo: String) -> URL {
    let safe = String(expo.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    return directory.appendingPathComponent(safe.isEmpty ? "_" : String(safe.prefix(80)))
  }

  /// The kept versions of `expo`, oldest first.
  public func versions(expo: String) -> [Version] {
    let folder = folder(expo)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map {
      Version(name: String($0.dropLast(5)), url: folder.appendingPathComponent($0))
    }
  }

  /// Keeps `dataset` as the version with `hash` (once per hash), and forgets the oldest beyond
  /// `keep`.
  public func keep(_ dataset: ExpoDataset, hash: String, now: Date = Date()) throws {
    let existing = versions(expo: dataset.expo.id)
    guard !existing.contains(where: { $0.hash == hash }) else { return }
    var slim = dataset
    slim.expo.description = nil
    for i in slim.pavilions.indices { slim.pavilions[i].description = nil }
    for i in slim.exhibitors.indices { slim.exhibitors[i].description = nil }
    for i in slim.products.indices { slim.products[i].description = nil }
    for i in slim.events.indices { slim.events[i].description = nil }
    let folder = folder(dataset.expo.id)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let stamp = ISO8601DateFormatter.string(
      from: now, timeZone: TimeZone(secondsFromGMT: 0)!,
      formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withFractionalSeconds])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(slim).write(to: folder.appendingPathComponent("\(stamp)Z-\(hash).json"), options: .atomic)
    for old in versions(expo: dataset.expo.id).dropLast(keep) {
      for url in [old.url, changesURL(old), old.url.deletingPathExtension().appendingPathExtension("seen")] {
        try? FileManager.default.removeItem(at: url)
      }
    }
  }

  /// What changed into a version from the one before it (written when it was kept).
  public struct Changes: Sendable, Codable {
    /// The earlier version's name.
    public var since: String
    public var items: [DatasetChanges.Item]
  }

  /// Fairs up to this many products have their changes worked out when a new version is kept (a
  /// larger one: `expo changes` on demand; reading the earlier version back costs seconds).
  public static let changesUpTo = 200_000

  func changesURL(_ version: Version) -> URL { version.url.deletingPathExtension().appendingPathExtension("changes") }

  /// The changes recorded for `version`, if any.
  public func changes(of version: Version) -> Changes? {
    guard let data = try? Data(contentsOf: changesURL(version)) else { return nil }
    return try? JSONDecoder().decode(Changes.self, from: data)
  }

  /// Keeps `dataset` (see `keep`) and records what changed from the newest earlier version.
  public func keepWithChanges(_ dataset: ExpoDataset, hash: String, now: Date = Date()) throws {
    let earlier = versions(expo: dataset.expo.id).last { $0.hash != hash }
    guard !versions(expo: dataset.expo.id).contains(where: { $0.hash == hash }) else { return }
    try keep(dataset, hash: hash, now: now)
    guard let earlier, dataset.products.count <= Self.changesUpTo,
      let current = versions(expo: dataset.expo.id).last(where: { $0.hash == hash })
    else { return }
    let old = try load(earlier)
    let changes = Changes(since: earlier.name, items: DatasetChanges.compare(old, dataset))
    try JSONEncoder().encode(changes).write(to: changesURL(current), options: .atomic)
  }

  /// The first time it is asked about the current version (`hash`): its recorded changes; nil
  /// after that, or when none were recorded. (A marker file beside the version says it was told.)
  public func unseenChanges(expo: String, hash: String) -> Changes? {
    guard let current = versions(expo: expo).last(where: { $0.hash == hash }) else { return nil }
    let marker = current.url.deletingPathExtension().appendingPathExtension("seen")
    guard !FileManager.default.fileExists(atPath: marker.path), let changes = changes(of: current) else { return nil }
    try? Data().write(to: marker)
    return changes
  }

  /// A kept version's data.
  public func load(_ version: Version) throws -> ExpoDataset {
    try JSONDecoder().decode(ExpoDataset.self, from: Data(contentsOf: version.url))
  }
}
