import ExpoModel
import ExpoStore
import Foundation

/// One HTTP(S) request, conditional on what was fetched before.
struct FetchResponse: Sendable {
  /// 200, 304, 404, …
  var status: Int
  /// The body (status 200), in a file of its own.
  var body: URL?
  var etag: String?
  var lastModified: String?
}

/// Fetches a URL (the network is an edge: tests give their own).
protocol Fetcher: Sendable {
  func fetch(_ url: URL, etag: String?, lastModified: String?, into file: URL) throws -> FetchResponse
}

/// Why a source could not be fetched.
struct FetchError: Error, CustomStringConvertible {
  var description: String
}

/// `curl`, run as a program: no HTTP stack linked into `expo` (every command would load it at
/// start, and most never fetch), TLS and proxies as the system has them. Only http and https,
/// redirects followed, 30 s at most; the URL is an argument, never a shell word.
struct CurlFetcher: Fetcher {
  static func curl() -> String? {
    let paths = (ProcessEnvironment.variables["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/curl" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  func fetch(_ url: URL, etag: String?, lastModified: String?, into file: URL) throws -> FetchResponse {
    guard let curl = Self.curl() else {
      throw FetchError(description: "fetching \(url.absoluteString) needs curl, which is not installed")
    }
    let headers = file.appendingPathExtension("headers")
    defer { try? FileManager.default.removeItem(at: headers) }
    var arguments = [
      "--silent", "--show-error", "--location", "--max-time", "30", "--proto", "=http,https", "--proto-redir",
      "=http,https", "--output", file.path, "--dump-header", headers.path, "--write-out", "%{http_code}",
    ]
    if let etag { arguments += ["--header", "If-None-Match: \(etag)"] }
    if let lastModified { arguments += ["--header", "If-Modified-Since: \(lastModified)"] }
    arguments += ["--", url.absoluteString]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curl)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let code = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, let status = Int(code.trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
      throw FetchError(description: "cannot reach \(url.absoluteString): \(reason.isEmpty ? "curl failed" : reason)")
    }
    // The last response's headers (after redirects).
    let text = (try? String(contentsOf: headers, encoding: .utf8)) ?? ""
    let last = text.components(separatedBy: "\r\n\r\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    func header(_ name: String) -> String? {
      for line in last.components(separatedBy: "\r\n") {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].lowercased() == name {
          return parts[1].trimmingCharacters(in: .whitespaces)
        }
      }
      return nil
    }
    return FetchResponse(
      status: status, body: status == 200 ? file : nil, etag: header("etag"), lastModified: header("last-modified"))
  }
}

/// A schedule or exhibitor list followed at a URL: every version that validated is kept in
/// `$XDG_DATA_HOME/expo-guide/sources/<url hash>/`, and the newest of them is what `--data URL`
/// opens. A download that does not validate, an error status or no network never replaces it
/// (the reason is said, the last good version used).
struct RemoteSource {
  var url: URL
  var folder: URL
  var fetcher: any Fetcher
  /// How long a check holds: commands run within it use the kept version without asking again.
  var interval: TimeInterval = 600
  var keep = 5

  struct State: Codable {
    var url: String
    var etag: String?
    var lastModified: String?
    /// The file name of the newest good version.
    var current: String?
    var checked: Date?
    /// The ETag of the last download that did not validate, and why: asked for next time, so that
    /// a broken file left on the server is not downloaded again at every check.
    var rejectedETag: String?
    var rejectedReason: String?
  }

  init(
    url: URL, fetcher: any Fetcher = CurlFetcher(), environment: [String: String] = ProcessEnvironment.variables
  ) {
    self.url = url
    self.fetcher = fetcher
    folder = UserStore.dataFolder(environment: environment).appendingPathComponent(
      "sources/" + SourceHash.of(text: url.absoluteString))
  }

  static func isRemote(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The name a version is kept under: its time, and the URL's extension when it is one we read
  /// (else none, and the contents tell the format).
  func fileName(_ now: Date) -> String {
    let ext = url.pathExtension.lowercased()
    return VersionStore.stamp(now) + (["xml", "json", "ics", "ical", "csv", "tsv"].contains(ext) ? ".\(ext)" : "")
  }

  func readState() -> State {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("state.json")),
      let state = try? decoder.decode(State.self, from: data), state.url == url.absoluteString
    else { return State(url: url.absoluteString) }
    return state
  }

  func write(_ state: State) throws {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    try encoder.encode(state).write(to: folder.appendingPathComponent("state.json"), options: .atomic)
  }

  /// What `resolve` did, for the user.
  enum Outcome: Equatable {
    case unchanged
    case fetched(String)
    /// The kept version is used: why (`offline`: no answer at all, which the running guide does
    /// not report).
    case kept(reason: String, offline: Bool)
  }

  /// The local file of the newest good version: fetched when asked (`force`) or when the last
  /// check is older than `interval`; validated with `options` before it is used.
  func resolve(force: Bool, options: ImportOptions, now: Date = Date()) throws -> (file: URL, outcome: Outcome) {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var state = readState()
    let current = state.current.map { folder.appendingPathComponent($0) }.flatMap {
      FileManager.default.fileExists(atPath: $0.path) ? $0 : nil
    }
    if !force, let current, let checked = state.checked, now.timeIntervalSince(checked) < interval {
      return (current, .unchanged)
    }
    let download = folder.appendingPathComponent("download.part")
    defer { try? FileManager.default.removeItem(at: download) }
    func keepCurrent(_ reason: String, offline: Bool = false) throws -> (file: URL, outcome: Outcome) {
      guard let current else { throw FetchError(description: reason) }
      return (current, .kept(reason: reason, offline: offline))
    }
    let response: FetchResponse
    do {
      response = try fetcher.fetch(
        url, etag: current == nil ? nil : state.rejectedETag ?? state.etag,
        lastModified: current == nil || state.rejectedETag != nil ? nil : state.lastModified, into: download)
    } catch {
      return try keepCurrent("\(error)", offline: true)
    }
    switch response.status {
    case 304:
      guard let current else {
        throw FetchError(description: "\(url.absoluteString) answered 304 (not modified) but no version is kept")
      }
      state.checked = now
      try write(state)
      // (Not modified since the download that was refused: still that one.)
      if let reason = state.rejectedReason, state.rejectedETag != nil { return try keepCurrent(reason) }
      return (current, .unchanged)
    case 200:
      let name = fileName(now)
      let candidate = folder.appendingPathComponent(name)
      try? FileManager.default.removeItem(at: candidate)
      try FileManager.default.moveItem(at: download, to: candidate)
      do {
        _ = try Importer.load(candidate, options: options)
      } catch {
        try? FileManager.default.removeItem(at: candidate)
        // The located error first, under the URL's file name (not the download's: a broken file
        // served again reads the same, and is said once).
        let first = (error.errors.first.map { $0.description } ?? "it cannot be read")
          .replacingOccurrences(of: name, with: url.lastPathComponent.isEmpty ? "download" : url.lastPathComponent)
        let reason = "\(first) (the download from \(url.absoluteString) does not validate)"
        if let etag = response.etag, current != nil {
          state.rejectedETag = etag
          state.rejectedReason = reason
          state.checked = now
          try write(state)
        }
        return try keepCurrent(reason)
      }
      state.current = name
      state.rejectedETag = nil
      state.rejectedReason = nil
      state.etag = response.etag
      state.lastModified = response.lastModified
      state.checked = now
      try write(state)
      let versions = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0 != "state.json" && !$0.hasSuffix(".part") }.sorted()
      for old in versions.dropLast(keep) { try? FileManager.default.removeItem(at: folder.appendingPathComponent(old)) }
      return (candidate, .fetched(name))
    default:
      return try keepCurrent("\(url.absoluteString) answered HTTP \(response.status)")
    }
  }
}
