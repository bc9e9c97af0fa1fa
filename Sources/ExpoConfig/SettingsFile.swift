import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The settings file on disk: where it is, the text of a new one, reading and writing. The only
/// part of the module that touches the file system.
public enum SettingsFile {
  /// A file larger than this is not read (a settings file is a few hundred bytes).
  public static let maximumSize = 1 << 20

  /// `$XDG_CONFIG_HOME/expo-guide/config.toml`, else `$HOME/.config/expo-guide/config.toml`.
  /// An `XDG_CONFIG_HOME` that is empty or relative is ignored, as the XDG spec says; without
  /// `HOME`, the account's home folder.
  public static func path(environment: [String: String]) -> String {
    var base: String
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      base = config
    } else {
      var home = environment["HOME"] ?? ""
      if home.isEmpty { home = NSHomeDirectory() }
      base = home + (home.hasSuffix("/") ? "" : "/") + ".config"
    }
    if base.hasSuffix("/") { base.removeLast() }
    return base + "/expo-guide/config.toml"
  }

  /// The text of a new settings file: every setting with its default and what it does.
  public static let defaultText = """
    # Expo Guide settings.
    #
    # Every setting is optional: one that is missing or commented out (# at the start of the line)
    # takes the default shown here. A wrong value is reported when the guide starts and the
    # default is used instead. The guide changes a setting in this file only by rewriting its
    # value: your comments and layout stay as they are.

    # The language of the interface: "en" (English) or "zh" (Chinese). Unset: from LC_ALL,
    # LC_MESSAGES or LANG (a value starting with "zh" gives Chinese, anything else English).
    # language = "zh"

    # Colours: "dark", "light" or "monochrome" (bold, underline and reverse only).
    # NO_COLOR in the environment, or --no-color, still turns colours off.
    theme = "dark"

    # The detail pane beside lists, on terminals 110 columns wide and wider (p switches it).
    pane = true

    # Click to select, double-click to open, the wheel to scroll. Turn it off to select text
    # with the terminal's own mouse.
    mouse = true

    [reminders]
    # How many minutes before an event its reminder is due (0 to 1440; 0: when it starts).
    minutes = 10
    # Ring the terminal's bell with a reminder.
    bell = true

    [updates]
    # While the guide runs, how often it checks a followed URL (--data https://…) for a new
    # version, in minutes (0: never). A file or folder on disk is looked at every few seconds.
    minutes = 30

    [keys]
    # Keys of your own for commands: the command's name = a list of key names.
    # bookmark = ["b"]

    """

  /// The settings in the file at `path`: the defaults when there is no file (no issue); the
  /// defaults and an issue when it cannot be read, is not a regular file, is larger than
  /// `maximumSize` or is not UTF-8.
  public static func load(path: String) -> (Settings, [SettingsIssue]) {
    switch read(path: path) {
    case .missing: return (.defaults, [])
    case .failed(let message):
      return (.defaults, [SettingsIssue(file: path, line: nil, key: nil, message: message)])
    case .text(let text): return SettingsParser.parse(text, file: path)
    case .notUTF8(let line):
      return (
        .defaults,
        [SettingsIssue(file: path, line: line, key: nil, message: "not UTF-8 text (settings files are UTF-8)")]
      )
    }
  }

  /// What reading a settings file found.
  enum ReadResult: Equatable {
    case missing
    case text(String)
    /// The line of the first byte that is not UTF-8.
    case notUTF8(line: Int)
    case failed(String)
  }

  static func read(path: String) -> ReadResult {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return errno == ENOENT || errno == ENOTDIR ? .missing : .failed("cannot read: " + errorText(errno))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failed("cannot read: not a regular file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failed("cannot read: " + errorText(errno))
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      return .failed("cannot read: " + SafeText.escape(error.localizedDescription, limit: 200))
    }
    guard data.count <= maximumSize else {
      return .failed("cannot read: larger than \(maximumSize / 1024) KB, not a settings file")
    }
    let bytes = [UInt8](data)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      // A newline byte is never part of a longer UTF-8 sequence: the first line that is not valid.
      let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
      return .notUTF8(line: bad + 1)
    }
    return .text(text)
  }

  /// An error from `save`.
  public struct SaveError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var step: String
    public var reason: String

    public var description: String { SafeText.escape(path, limit: 200) + ": cannot \(step): \(reason)" }
  }

  /// Writes `text` to `path` atomically: to a new file in the same folder, flushed to disk, then
  /// renamed over the old one, so the old file is whole until the new one is. The folder is
  /// made if needed; the old file's permissions are kept (a new file gets 0644). A symbolic link
  /// at `path` (a settings file kept with other dotfiles) is followed: the file it points to is
  /// replaced, the link stays.
  public static func save(text: String, to path: String) throws(SaveError) {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let folder = (target as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw SaveError(
        path: path, step: "create the folder", reason: SafeText.escape(error.localizedDescription, limit: 200))
    }
    var mode: mode_t = 0o644
    var status = stat()
    if stat(target, &status) == 0 { mode = status.st_mode & 0o7777 }

    let name = (target as NSString).lastPathComponent
    let temporary = folder + "/." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw SaveError(path: path, step: "create a temporary file", reason: errorText(errno))
    }
    var failure: SaveError?
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count, failure == nil {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno != EINTR { failure = SaveError(path: path, step: "write", reason: errorText(errno)) }
      } else {
        written += count
      }
    }
    // open() applied the umask: set the mode the old file had.
    if failure == nil, fchmod(descriptor, mode) != 0 {
      failure = SaveError(path: path, step: "set the permissions", reason: errorText(errno))
    }
    if failure == nil, fsync(descriptor) != 0 {
      failure = SaveError(path: path, step: "write", reason: errorText(errno))
    }
    if close(descriptor) != 0, failure == nil {
      failure = SaveError(path: path, step: "write", reason: errorText(errno))
    }
    if failure == nil, rename(temporary, target) != 0 {
      failure = SaveError(path: path, step: "replace the file", reason: errorText(errno))
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
  }

  private static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
