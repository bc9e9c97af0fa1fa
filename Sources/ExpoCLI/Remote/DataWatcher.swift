import ExpoModel
import ExpoStore
import Foundation

/// Looks for a new version of the guide's data while the guide runs, off the terminal's thread:
/// a followed URL is fetched again every `urlInterval` (the settings' `[updates] minutes`); a file
/// or folder on disk is looked at every `fileInterval` (its files' sizes and times), and read once
/// it has stopped changing. A new version is compiled into the cache (and so kept, with what
/// changed); the guide takes it between keys (`take`). A version that does not validate never
/// replaces the one shown: the reason is passed on once.
final class DataWatcher: @unchecked Sendable {
  enum Source: Sendable {
    case url(URL)
    case path(URL)
  }

  /// What the guide takes: a new version opened, or why one could not be.
  enum News: Sendable {
    case opened(CatalogueCache.Opened)
    case failed(String)
  }

  private let lock = NSLock()
  private var pending: News?
  private var stopped = false

  let source: Source
  let options: ImportOptions
  let urlInterval: TimeInterval
  let fileInterval: TimeInterval
  /// The source hash of the version shown (a new one differs).
  private var shownHash: String?

  init(
    source: Source, options: ImportOptions, shownHash: String?, urlInterval: TimeInterval,
    fileInterval: TimeInterval = 3
  ) {
    self.source = source
    self.options = options
    self.shownHash = shownHash
    self.urlInterval = urlInterval
    self.fileInterval = fileInterval
  }

  /// The news since the last call, if any.
  func take() -> News? {
    lock.lock()
    defer { lock.unlock() }
    let news = pending
    pending = nil
    return news
  }

  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  private func post(_ news: News) {
    lock.lock()
    pending = news
    lock.unlock()
  }

  /// Starts watching on a thread of its own.
  func start() {
    let thread = Thread { [self] in run() }
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func run() {
    switch source {
    case .url(let url):
      guard urlInterval > 0 else { return }
      var told: String?
      while sleep(urlInterval) {
        guard let (file, outcome) = try? RemoteSource(url: url).resolve(force: true, options: options) else { continue }
        switch outcome {
        case .fetched:
          told = nil
          open(file)
        case .kept(let reason, let offline):
          // A broken download or an error status is said (once); no network is not: the kept
          // version stays and the next check tries again.
          guard !offline, reason != told else { continue }
          told = reason
          post(.failed(Sanitize.line(reason)))
        case .unchanged:
          told = nil
        }
      }
    case .path(let url):
      var last = Self.signature(url)
      var changed = false
      while sleep(fileInterval) {
        let now = Self.signature(url)
        if now != last {
          // Still being written: read it once it holds still.
          last = now
          changed = true
        } else if changed {
          changed = false
          open(url)
        }
      }
    }
  }

  /// Sleeps `seconds` in short steps; false once stopped.
  private func sleep(_ seconds: TimeInterval) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      if isStopped { return false }
      Thread.sleep(forTimeInterval: min(0.25, max(0.01, end.timeIntervalSinceNow)))
    }
    return !isStopped
  }

  private func open(_ file: URL) {
    do {
      let opened = try DataOptions.cache().open(file, options: options)
      // (A compiled catalogue has no source hash: its file changed, so it is news.)
      guard opened.sourceHash == nil || opened.sourceHash != shownHash else { return }
      shownHash = opened.sourceHash
      post(.opened(opened))
    } catch CatalogueError.invalidData(_, let report) where !report.errors.isEmpty {
      // The first error, located (file:line:column): what the status bar has room for.
      let more = report.errors.count > 1 ? " (+\(report.errors.count - 1))" : ""
      post(.failed(Sanitize.line(report.errors[0].description + more)))
    } catch {
      post(.failed(Sanitize.line("\(error)")))
    }
  }

  /// What tells a file or folder changed: each file's path, size and time.
  static func signature(_ url: URL) -> [String] {
    let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
    func line(_ file: URL) -> String? {
      guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return nil }
      return "\(file.path)|\(values.fileSize ?? -1)|\(values.contentModificationDate?.timeIntervalSince1970 ?? 0)"
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return line(url).map { [$0] } ?? [] }
    let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys)?.compactMap { $0 as? URL }
    return (files ?? []).compactMap(line).sorted()
  }
}
