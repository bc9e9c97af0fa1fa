import ExpoModel
import Foundation
import Testing

/// The fuzz targets' seed corpora replay without a crash (the libFuzzer runs are in Scripts/fuzz.sh).
@Suite struct FuzzCorpusTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test(arguments: ["catalogue", "packed"]) func aCatalogueTargetReplaysItsCorpus(target: String) throws {
    let binary = URL(fileURLWithPath: ExpoBinary.path).deletingLastPathComponent().appendingPathComponent("expo-fuzz")
    #expect(FileManager.default.isExecutableFile(atPath: binary.path), "build expo-fuzz (swift build)")
    let corpus = Self.root.appendingPathComponent("Fuzz/corpus/\(target)").path
    let result = try ExpoBinary.runProgram(binary.path, [target, corpus])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains("no crash") || result.stderr.contains("no crash"), "\(result.stdout)\(result.stderr)")
  }
}
