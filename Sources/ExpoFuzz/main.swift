import Foundation

// expo-fuzz TARGET [FILE|DIR ...]: runs a fuzz target over files (replaying a corpus or a crash).
// expo-fuzz explore …: the explorer's walks (see Explore.swift).
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (Scripts/fuzz.sh), it is a libFuzzer
// binary instead: expo-fuzz TARGET [libFuzzer options] CORPUS_DIR.

let arguments = CommandLine.arguments
// The explorer's long walks (Scripts/explore.sh).
if arguments.count >= 2, arguments[1] == "explore" { exit(Explore.main(Array(arguments.dropFirst(2)))) }
guard arguments.count >= 2, FuzzTargets.names.contains(arguments[1]) else {
  FileHandle.standardError.write(
    Data("usage: expo-fuzz TARGET [inputs…]; targets: \(FuzzTargets.names.joined(separator: ", "))\n".utf8))
  exit(64)
}
let target = arguments[1]

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// The target, read by the C callback (set once before fuzzing starts).
  nonisolated(unsafe) var fuzzTarget = ""
  fuzzTarget = target
  // libFuzzer sees the arguments after the target name.
  var driverArguments = [arguments[0]] + arguments.dropFirst(2)
  var cStrings = driverArguments.map { strdup($0) }
  var argc = Int32(cStrings.count)
  cStrings.append(nil)
  let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
      FuzzTargets.run(fuzzTarget, bytes)
      return 0
    }
  }
  exit(status)
#else
  var files: [URL] = []
  for path in arguments.dropFirst(2) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      FileHandle.standardError.write(Data("expo-fuzz: \(path): no such file\n".utf8))
      exit(66)
    }
    if isDirectory.boolValue {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      files += names.sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0) }
    } else {
      files.append(URL(fileURLWithPath: path))
    }
  }
  let started = Date()
  for file in files {
    guard let data = FileManager.default.contents(atPath: file.path) else { continue }
    FuzzTargets.run(target, Array(data))
  }
  print("\(target): \(files.count) inputs, no crash, \(Int(Date().timeIntervalSince(started) * 1000)) ms")
#endif
