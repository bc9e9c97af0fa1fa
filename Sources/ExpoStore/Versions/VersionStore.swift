import ExpoModel
import Foundation

/// The versions of an expo's data this machine has opened, kept so that `expo changes` can say
/// what changed since the last one: each time a source is compiled, the data (without its
/// descriptions and import note) is written to `<directory>/<expo>/<time>-<digest>.json`, once per
/// content (the same data under another file name is the same version; `sources.index` says which
/// version each source hash is); the newest `keep` versions of each expo are kept.
public struct VersionStore: Sendable {
  public let directory: URL
  /// `directory` as a path (the reads at every start go by paths: URL and FileManager's first
  /// uses were most of the guide's "versions" step).
  let directoryPath: String
  public var keep = 5

  public init(directory: URL) {
    self.directory = directory
    directoryPath = directory.path
  }

  /// `$XDG_DATA_HOME/expo-guide/versions` (or `~/.local/share/expo-guide/versions`).
  public static func defaultDirectory(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    URL(
      fileURLWithPath: Paths.joined(UserStore.dataFolderPath(environment: environment), "versions"),
      isDirectory: true)
  }

  /// One kept version.
  public struct Version: Sendable, Hashable {
    /// `20261130T203000.123Z-1a2b…`: when it was first opened (names sort in time order), and a
    /// digest of its contents.
    public var name: String
    /// The version's file (`<folder>/<name>.json`).
    public var path: String
    public var url: URL { URL(fileURLWithPath: path) }
    public var digest: String { String(name.split(separator: "-").last ?? "") }

    /// A file beside the version's: `<folder>/<name>.<suffix>`.
    func sibling(_ suffix: String) -> String { String(path.dropLast(".json".count)) + "." + suffix }
  }

  /// `20261130T203000.123Z`: a time that sorts as text (versions' and fetched files' names).
  public static func stamp(_ date: Date) -> String {
    ISO8601DateFormatter.string(
      from: date, timeZone: ExpoTime.utc,
      formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withFractionalSeconds]) + "Z"
  }

  /// The folder of an expo's versions (its id, made safe for a file name).
  func folder(_ expo: String) -> URL { URL(fileURLWithPath: folderPath(expo), isDirectory: true) }

  func folderPath(_ expo: String) -> String {
    let safe = String(expo.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    return Paths.joined(directoryPath, safe.isEmpty ? "_" : String(safe.prefix(80)))
  }

  /// The kept versions of `expo`, oldest first.
  public func versions(expo: String) -> [Version] {
    let folder = folderPath(expo)
    return Paths.names(in: folder).filter { $0.hasSuffix(".json") }.sorted().map {
      Version(name: String($0.dropLast(5)), path: Paths.joined(folder, $0))
    }
  }

  /// The data as kept: without descriptions (the changes do not compare them) and without the
  /// import note (it names the file).
  static func slim(_ dataset: ExpoDataset) -> ExpoDataset {
    var slim = dataset
    slim.expo.description = nil
    slim.expo.note = nil
    for i in slim.pavilions.indices { slim.pavilions[i].description = nil }
    for i in slim.exhibitors.indices { slim.exhibitors[i].description = nil }
    for i in slim.products.indices { slim.products[i].description = nil }
    for i in slim.events.indices { slim.events[i].description = nil }
    return slim
  }

  static func encoded(_ dataset: ExpoDataset) throws -> (data: Data, digest: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(slim(dataset))
    return (data, SourceHash.of(text: String(decoding: data, as: UTF8.self)))
  }

  /// The digest a dataset is kept under.
  public static func digest(_ dataset: ExpoDataset) throws -> String { try encoded(dataset).digest }

  func indexURL(_ expo: String) -> URL { URL(fileURLWithPath: Paths.joined(folderPath(expo), "sources.index")) }

  /// Which version each source was read as (read with our own JSON reader: JSONDecoder's first
  /// use was a twentieth of the guide's start).
  func index(_ expo: String) -> [String: String] {
    let path = Paths.joined(folderPath(expo), "sources.index")
    guard let text = Paths.smallFile(path) ?? (try? String(contentsOfFile: path, encoding: .utf8)),
      let root = try? JSONParser.parse(Array(text.utf8)),
      case .object(let object) = root.value
    else { return [:] }
    var index: [String: String] = [:]
    for member in object.members {
      if case .string(let name) = member.value.value { index[member.key] = name }
    }
    return index
  }

  /// The kept version a source (by its cache hash) was read as.
  public func version(expo: String, source hash: String) -> Version? {
    guard let name = index(expo)[hash] else { return nil }
    return versions(expo: expo).first { $0.name == name }
  }

  /// Keeps `dataset`, read from the source with cache hash `hash`: a new version unless one with
  /// the same contents is kept; forgets the oldest beyond `keep`. Returns the version and whether
  /// it is new.
  @discardableResult
  public func keep(_ dataset: ExpoDataset, hash: String, now: Date = Date()) throws -> (version: Version, new: Bool) {
    let expo = dataset.expo.id
    let (data, digest) = try Self.encoded(dataset)
    let folder = folder(expo)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var sources = index(expo)
    defer {
      if let data = try? JSONEncoder().encode(sources) { try? data.write(to: indexURL(expo), options: .atomic) }
    }
    if let same = versions(expo: expo).last(where: { $0.digest == digest }) {
      sources[hash] = same.name
      return (same, false)
    }
    let name = "\(Self.stamp(now))-\(digest)"
    let url = folder.appendingPathComponent(name + ".json")
    try data.write(to: url, options: .atomic)
    sources[hash] = name
    // (The version the guide showed last stays: the next one's news is counted from it.)
    let shownLast = lastShown(expo)?.version
    for old in versions(expo: expo).dropLast(keep) where old.name != shownLast?.name {
      for url in [old.url, changesURL(old), seenURL(old)] {
        try? FileManager.default.removeItem(at: url)
      }
      sources = sources.filter { $0.value != old.name }
    }
    return (Version(name: name, path: url.path), true)
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

  func changesURL(_ version: Version) -> URL { URL(fileURLWithPath: version.sibling("changes")) }

  /// The changes recorded for `version`, if any.
  public func changes(of version: Version) -> Changes? {
    // (Most versions have none: asked by access(2) first, not by a failed read's error.)
    guard access(version.sibling("changes"), F_OK) == 0, let data = try? Data(contentsOf: changesURL(version)) else {
      return nil
    }
    return try? JSONDecoder().decode(Changes.self, from: data)
  }

  /// Keeps `dataset` (see `keep`); a new version records what changed from the one before it.
  public func keepWithChanges(_ dataset: ExpoDataset, hash: String, now: Date = Date()) throws {
    let earlier = versions(expo: dataset.expo.id).last
    let (current, new) = try keep(dataset, hash: hash, now: now)
    guard new, let earlier, dataset.products.count <= Self.changesUpTo else { return }
    let changes = Changes(since: earlier.name, items: DatasetChanges.compare(try load(earlier), dataset))
    try record(changes, of: current)
    remember(gone: changes.items, expo: dataset.expo.id)
  }

  /// What the guide says of the version read from source `hash`: what changed into it since the
  /// version the guide showed last (whichever that was: a later one, when the data went back), and
  /// whether that is news (a version other than the one shown last: the status bar says so once).
  /// A marker file beside a version holds when it was last shown. Items cancelled or removed on
  /// the way are remembered (`gone`), so that a bookmark of one keeps its name.
  public func news(expo: String, hash: String, now: Date = Date()) -> (
    version: Version, changes: Changes?, firstTime: Bool
  )? {
    guard let current = version(expo: expo, source: hash) else { return nil }
    let shown = lastShown(expo)
    let last = shown?.version
    // (Marked shown now, later than any before; the version shown last already is.)
    if last?.name != current.name {
      let stamp = max(now.timeIntervalSince1970, (shown?.at ?? 0) + 0.001)
      try? Data(String(stamp).utf8).write(to: seenURL(current), options: .atomic)
    }
    var changes = changes(of: current)
    guard last?.name != current.name else { return (current, changes, false) }
    // Another version was shown last (versions fetched but never shown, or the data went back to
    // an earlier one): the changes since that one, so that nothing in between goes unsaid.
    if let last, changes?.since != last.name, let old = try? load(last), let new = try? load(current),
      new.products.count <= Self.changesUpTo
    {
      let since = Changes(since: last.name, items: DatasetChanges.compare(old, new))
      try? record(since, of: current)
      changes = since
    }
    if let changes { remember(gone: changes.items, expo: expo) }
    return (current, changes, true)
  }

  func seenURL(_ version: Version) -> URL { URL(fileURLWithPath: version.sibling("seen")) }

  /// Writes what changed into `version`.
  func record(_ changes: Changes, of version: Version) throws {
    try JSONEncoder().encode(changes).write(to: changesURL(version), options: .atomic)
  }

  /// The version the guide showed last, and when.
  func lastShown(_ expo: String) -> (version: Version, at: Double)? {
    versions(expo: expo).compactMap { version in shownAt(version).map { (version, $0) } }.max { $0.1 < $1.1 }
  }

  /// When the guide last showed `version` (nil: never).
  func shownAt(_ version: Version) -> Double? {
    let marker = version.sibling("seen")
    guard access(marker, F_OK) == 0 else { return nil }
    // (A marker of an earlier release is empty: shown, at some time before any stamped one.)
    let text = Paths.smallFile(marker) ?? ""
    return Double(text) ?? 0
  }

  /// An item that left the data: what it was called and why it is gone.
  public struct Gone: Sendable, Codable, Hashable {
    public var name: LocalizedText
    public var status: DatasetChanges.Item.Status
  }

  func goneURL(_ expo: String) -> URL { URL(fileURLWithPath: Paths.joined(folderPath(expo), "gone.index")) }

  /// How `gone` names an item: "kind:id".
  public static func goneKey(_ kind: String, _ id: String) -> String { "\(kind):\(id)" }

  /// Every item of `expo` that a version shown cancelled or removed, by `goneKey`.
  public func gone(expo: String) -> [String: Gone] {
    guard access(Paths.joined(folderPath(expo), "gone.index"), F_OK) == 0,
      let data = try? Data(contentsOf: goneURL(expo))
    else { return [:] }
    return (try? JSONDecoder().decode([String: Gone].self, from: data)) ?? [:]
  }

  func remember(gone items: [DatasetChanges.Item], expo: String) {
    var known = gone(expo: expo)
    var changed = false
    for item in items {
      let key = Self.goneKey(item.kind.rawValue, item.id)
      if item.status.isGone {
        known[key] = Gone(name: item.name, status: item.status)
        changed = true
      } else if item.status == .new, known[key] != nil {
        known[key] = nil
        changed = true
      }
    }
    guard changed, let data = try? JSONEncoder().encode(known) else { return }
    try? data.write(to: goneURL(expo), options: .atomic)
  }

  /// A kept version's data.
  public func load(_ version: Version) throws -> ExpoDataset {
    try JSONDecoder().decode(ExpoDataset.self, from: Data(contentsOf: version.url))
  }
}
