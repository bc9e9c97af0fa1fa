import ExpoModel
import Foundation
import Testing

/// Exports write only where intended: regular files atomically, devices and FIFOs written into,
/// links to files refused; the guide's `e` never overwrites an earlier export.
@Suite struct FileOutputTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("expo-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func csvToStandardOutputStreams() throws {
    let result = try ExpoBinary.run([
      "bookmarks", "export", "/dev/stdout", "--user-data", try folder().path + "/u.sqlite",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"bookmarks\""))
  }

  @Test func aFifoIsWrittenIntoNotReplaced() throws {
    let dir = try folder()
    let fifo = dir.appendingPathComponent("plan.csv").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let reader = try Shell.run("cat \(Shell.quote(fifo)) > \(Shell.quote(dir.path + "/got.csv")) & echo started")
    #expect(reader.status == 0)
    let result = try ExpoBinary.run(["export", "--csv", fifo, "--user-data", dir.path + "/u.sqlite"])
    #expect(result.status == 0, "\(result.stderr)")
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    var got = ""
    for _ in 0..<50 where !got.contains("kind,id") {
      usleep(50_000)
      got = (try? String(contentsOfFile: dir.path + "/got.csv", encoding: .utf8)) ?? ""
    }
    #expect(got.hasPrefix("kind,id,name"))
  }

  @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
    let result = try ExpoBinary.run(["export", "--ics", "/dev/full", "--user-data", try folder().path + "/u.sqlite"])
    #expect(result.status == 73)
    #expect(result.stderr.contains("/dev/full could not be written: No space left on device"), "\(result.stderr)")
    var info = stat()
    #expect(lstat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  /// A missing folder is named in one line, not as Foundation's "The file doesn't exist".
  @Test func aMissingFolderIsNamed() throws {
    let dir = try folder()
    let target = dir.path + "/no/such/folder/plan.ics"
    let result = try ExpoBinary.run(["export", "--ics", target, "--user-data", dir.path + "/u.sqlite"])
    #expect(result.status == 73)
    #expect(
      result.stderr.contains("\(target) could not be written: the folder \(dir.path)/no/such/folder does not exist"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("operation could not be completed"))
    // One line (besides the progress of a first compile).
    #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("expo:") }.count == 1)
  }

  @Test func aLinkToAFileIsRefusedAndTheFileKept() throws {
    let dir = try folder()
    let target = dir.appendingPathComponent("notes.md").path
    try "my own notes\n".write(toFile: target, atomically: true, encoding: .utf8)
    let link = dir.appendingPathComponent("plan.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try ExpoBinary.run(["export", "--md", link, "--user-data", dir.path + "/u.sqlite"])
    #expect(result.status == 73)
    #expect(result.stderr.contains("is a symbolic link"), "\(result.stderr)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "my own notes\n")
  }

  @Test func freeNamesNeverOverwriteAnEarlierExport() throws {
    let dir = try folder()
    let extensions = ["ics", "md", "csv"]
    let first = FileOutput.freeStem(in: dir, stem: "expo-plan", extensions: extensions)
    #expect(first == dir.path + "/expo-plan")
    try "mine".write(toFile: first + ".md", atomically: true, encoding: .utf8)
    #expect(FileOutput.freeStem(in: dir, stem: "expo-plan", extensions: extensions) == dir.path + "/expo-plan-2")
    try "mine too".write(toFile: dir.path + "/expo-plan-2.csv", atomically: true, encoding: .utf8)
    #expect(FileOutput.freeStem(in: dir, stem: "expo-plan", extensions: extensions) == dir.path + "/expo-plan-3")
  }

  /// A FIFO or a device as data is refused at once, not read forever.
  @Test func aFifoOrADeviceAsDataIsRefused() throws {
    let dir = try folder()
    let fifo = dir.appendingPathComponent("expo.csv").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let start = Date()
    let result = try ExpoBinary.run(["info", "--data", fifo])
    #expect(Date().timeIntervalSince(start) < 10)
    #expect(result.status == 66 && result.stderr.contains("is a FIFO (a pipe)"), "\(result.stderr)")
    // A FIFO named as a catalogue, to compile or pack: refused before it is opened (open(2) of a
    // FIFO waits for a writer). Under timeout(1): a hang fails the test instead of stopping it.
    let catalogueFifo = dir.appendingPathComponent("fifo.sqlite").path
    #expect(mkfifo(catalogueFifo, 0o644) == 0)
    for extra in ["", " --compress"] {
      let out = dir.appendingPathComponent("out.sqlite").path
      let compiled = try Shell.run(
        "timeout 20 \(Shell.quote(ExpoBinary.path)) compile \(Shell.quote(catalogueFifo)) -o \(Shell.quote(out))\(extra)"
      )
      #expect(compiled.status == 66, "\(extra): \(compiled.stdout)")
      #expect(compiled.stdout.contains("\(catalogueFifo) is a FIFO (a pipe)"), "\(extra): \(compiled.stdout)")
      #expect(!FileManager.default.fileExists(atPath: out))
    }
    let zero = try ExpoBinary.run(["validate", "/dev/zero"])
    #expect(zero.status == 65 && zero.stderr.contains("/dev/zero: error: is a device"), "\(zero.stderr)")
  }

  /// A NUL in a CSV name is shown, with a warning, not a cut.
  @Test func aNulInACSVIsShownNotCut() throws {
    let dir = try folder()
    let csv = dir.appendingPathComponent("ex.csv")
    try Data("name,country,booth\nAcme\u{0}Hidden,HU,A1\n".utf8).write(to: csv)
    let result = try ExpoBinary.run(["exhibitors", "--data", csv.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Acme\u{FFFD}Hidden"), "\(result.stdout)")
    let validate = try ExpoBinary.run(["validate", csv.path])
    #expect(validate.stderr.contains("NUL bytes in the text are shown as"), "\(validate.stderr)")
  }
}
