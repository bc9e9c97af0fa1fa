import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file a person asked for, only where intended: a regular file is replaced atomically
/// (a temporary file renamed over it); a device, FIFO or socket is written into, never replaced
/// (`--csv /dev/stdout` streams, `/dev/full` says it is full); a symbolic link to a regular file
/// is refused (it would write elsewhere than the name says).
public enum FileOutput {
  public enum Failure: Error, CustomStringConvertible, Equatable {
    case symbolicLink(String)
    case directory(String)
    case cannotWrite(String, String)

    public var description: String {
      switch self {
      case .symbolicLink(let path):
        return "\(path) is a symbolic link to a file; give the file's own path (nothing was written)"
      case .directory(let path): return "\(path) is a folder; give a file name"
      case .cannotWrite(let path, let reason): return "\(path) could not be written: \(reason)"
      }
    }
  }

  public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

  /// What is at a path a file would be written to.
  enum Target {
    case nothing, file, folder, linkToFile, linkToFolder, danglingLink
    /// A device, FIFO or socket (or a link to one): written into, never replaced.
    case stream
  }

  static func target(_ path: String) -> Target {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .nothing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    case S_IFLNK:
      var followed = stat()
      guard stat(path, &followed) == 0 else { return .danglingLink }
      switch followed.st_mode & S_IFMT {
      case S_IFREG: return .linkToFile
      case S_IFDIR: return .linkToFolder
      default: return .stream
      }
    default: return .stream
    }
  }

  public static func write(_ data: Data, to path: String) throws {
    switch target(path) {
    case .nothing, .file: break
    case .folder, .linkToFolder: throw Failure.directory(path)
    case .linkToFile, .danglingLink: throw Failure.symbolicLink(path)
    case .stream: return try stream(data, to: path)
    }
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw Failure.cannotWrite(path, folderProblem(path) ?? reason(error))
    }
  }

  /// Refuses a path that a whole file cannot be written to and later opened in place: a folder, a
  /// symbolic link (it would write elsewhere than the name says), a device, FIFO or socket, or a
  /// name in a folder that does not exist or cannot be written.
  public static func checkFileTarget(_ path: String) throws {
    guard !path.isEmpty else { throw Failure.cannotWrite(path, "no file name was given") }
    switch target(path) {
    case .nothing, .file: break
    case .folder, .linkToFolder: throw Failure.directory(path)
    case .linkToFile, .danglingLink: throw Failure.symbolicLink(path)
    case .stream: throw Failure.cannotWrite(path, "it is a device, FIFO or socket, not a file; give a file name")
    }
    if let problem = folderProblem(path) { throw Failure.cannotWrite(path, problem) }
  }

  /// Puts the finished `temporary` file in place of `path` in one step (rename(2): a file there is
  /// replaced; a folder is never removed).
  public static func replace(_ path: String, with temporary: String) throws {
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw Failure.cannotWrite(path, reason)
    }
  }

  /// What is wrong with the folder a file would go in, if anything: the usual reason a write
  /// fails, said in words (Foundation says only "The file doesn't exist").
  public static func folderProblem(_ path: String) -> String? {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var info = stat()
    guard stat(folder, &info) == 0 else { return "the folder \(folder) does not exist (create it first)" }
    guard info.st_mode & S_IFMT == S_IFDIR else { return "\(folder) is not a folder" }
    guard access(folder, W_OK) == 0 else {
      return "the folder \(folder) is not writable (\(String(cString: strerror(errno))))"
    }
    return nil
  }

  /// Writes into an existing device, FIFO or socket.
  static func stream(_ data: Data, to path: String) throws {
    let fd = open(path, O_WRONLY | O_NOCTTY)
    guard fd >= 0 else { throw Failure.cannotWrite(path, String(cString: strerror(errno))) }
    defer { close(fd) }
    if let failure = data.withUnsafeBytes({ Paths.writeAll(fd, $0) }) {
      throw Failure.cannotWrite(path, String(cString: strerror(failure)))
    }
  }

  /// The reason of a Foundation error in one line (not its whole userInfo dump).
  public static func reason(_ error: any Error) -> String {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if ns.domain == NSCocoaErrorDomain { return ns.localizedDescription }
    // Our own errors say what happened in their description.
    return String(describing: error)
  }

  /// The first `stem`, `stem-2`, `stem-3` … in `folder` with no file of any of the `extensions`
  /// (a path without extension): the guide's export never overwrites an earlier one.
  public static func freeStem(in folder: URL, stem: String, extensions: [String]) -> String {
    var n = 1
    while true {
      let base = folder.appendingPathComponent(n == 1 ? stem : "\(stem)-\(n)").path
      let taken = extensions.contains { FileManager.default.fileExists(atPath: base + "." + $0) }
      if !taken || n >= 9_999 { return base }
      n += 1
    }
  }

  /// Why `path` cannot be read as data (nil: a regular file or a folder). A FIFO would make a
  /// reader wait forever, a device (`/dev/zero`) never ends: both are refused with a reason.
  public static func unreadableKind(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG, S_IFDIR: return nil
    case S_IFIFO: return "is a FIFO (a pipe); give a file or a folder"
    case S_IFCHR, S_IFBLK: return "is a device; give a file or a folder"
    case S_IFSOCK: return "is a socket; give a file or a folder"
    default: return "is not a regular file; give a file or a folder"
    }
  }
}
