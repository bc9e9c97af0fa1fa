import ExpoModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `expo` binary (next to the test bundle in .build/<config>/).
enum ExpoBinary {
  static let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent()
  static let path: String = {
    let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("expo").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }()

  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A private cache folder for this test process.
  static let cache: String = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "expo-cli-cache-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A data folder of a test's own, with its bookmarks in it (CI points every test at one
  /// bookmarks file with EXPO_USER_DATA; kept versions of a fixture another test changed would be
  /// news).
  static func dataFolder(_ path: String) -> [String: String] {
    ["XDG_DATA_HOME": path, "EXPO_USER_DATA": path + "/user.sqlite"]
  }

  static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
    try runProgram(
      path, arguments,
      environment: [
        "XDG_CACHE_HOME": cache, "XDG_DATA_HOME": cache + "/data", "XDG_CONFIG_HOME": cache + "/config",
        "COLUMNS": "100",
      ].merging(extra) { $1 })
  }

  /// Runs a program to completion. With `detached`, its output is not read (a daemon such as the
  /// tmux server keeps inherited pipes open long after the command returns).
  static func runProgram(
    _ program: String, _ arguments: [String], environment extra: [String: String] = [:], detached: Bool = false
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in extra { environment[k] = v }
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    if detached { return try Shell.run(([program] + arguments).map(Shell.quote).joined(separator: " ")) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting: a full pipe would block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func json(_ arguments: [String]) throws -> Any {
    let result = try run(arguments)
    guard result.status == 0 else { throw CLIFailure(result: result) }
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  struct CLIFailure: Error {
    var result: Result
  }
}

/// Runs a shell command with posix_spawn and waitpid, its output in a temporary file. Used for
/// tmux: the tmux server it starts keeps inherited descriptors open, which Foundation's Process
/// does not cope with.
enum Shell {
  static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  static func run(_ command: String) throws -> ExpoBinary.Result {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("expo-shell-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let script = "(\(command)) > \(quote(output.path)) 2>&1 < /dev/null"
    var pid: pid_t = 0
    let words: [String] = ["/bin/sh", "-c", script]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    // Children inherit the signal mask; the test runner's threads block signals the tmux panes need.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ)
    guard spawned == 0 else {
      throw ExpoBinary.CLIFailure(result: .init(status: -1, stdout: "", stderr: "spawn failed"))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    return ExpoBinary.Result(status: (status >> 8) & 0xFF, stdout: text, stderr: "")
  }
}
