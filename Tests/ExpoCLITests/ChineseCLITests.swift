import Foundation
import Testing

/// `--lang zh` on the command line: text output's headers and messages in Chinese, JSON and CSV
/// keeping their English keys, and the exported plan in Chinese with a byte order mark on the CSV.
@Suite struct ChineseCLITests {
  /// Latin words of two letters or more with a small letter (headers and messages are checked:
  /// data names in the rows may be English).
  static func englishWords(_ line: String) -> [String] {
    line.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init).filter {
      $0.count >= 2 && $0 != $0.uppercased()
    }
  }

  @Test(arguments: [
    ["halls"], ["countries"], ["pavilions"], ["exhibitors", "--country", "UY"], ["products", "--exhibitor", "ex-0363"],
    ["events", "--day", "1"], ["search", "琥珀"],
  ])
  func headersAreChinese(arguments: [String]) throws {
    let result = try ExpoBinary.run(arguments + ["--lang", "zh"])
    #expect(result.status == 0, "\(result.stderr)")
    let header = try #require(result.stdout.split(separator: "\n").first.map(String.init))
    #expect(Self.englishWords(header).isEmpty, "\(arguments): \(header)")
    #expect(!header.contains("ID") && !header.contains("NAME"), "\(header)")
    // The English header is still the default.
    let english = try ExpoBinary.run(arguments + ["--lang", "en"])
    let first = ["search": "KIND", "countries": "CC", "events": "DAY"][arguments[0]] ?? "ID"
    #expect(english.stdout.hasPrefix(first), "\(english.stdout.prefix(80))")
  }

  @Test func jsonAndCSVKeepTheirEnglishKeys() throws {
    let json = try ExpoBinary.run(["halls", "--lang", "zh", "--format", "json"])
    #expect(json.stdout.contains("\"exhibitors\""))
    let csv = try ExpoBinary.run(["halls", "--lang", "zh", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("id,name,nameZh,exhibitors"))
  }

  @Test func messagesAreChinese() throws {
    let cut = try ExpoBinary.run(["exhibitors", "--country", "UY", "--limit", "3", "--lang", "zh"])
    #expect(cut.stderr.contains("显示了3/12"), "\(cut.stderr)")
    let unknown = try ExpoBinary.run(["exhibitors", "--hall", "Z9", "--lang", "zh"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("--hall：目录中没有“Z9”；可用的值：N1, N2"), "\(unknown.stderr)")
    let info = try ExpoBinary.run(["info", "--lang", "zh"])
    #expect(info.stdout.contains("2023年10月27日—29日") && info.stdout.contains("520家展商"), "\(info.stdout)")
    let next = try ExpoBinary.run(["events", "--now", "2023-10-28T14:05", "--next", "--lang", "zh"])
    #expect(next.stdout.hasPrefix("现在：10月28日 周六 14:05"), "\(next.stdout)")
    #expect(next.stdout.contains("各场地的下一场："))
    let none = try ExpoBinary.run(["search", "zzqqxxyy", "--lang", "zh"])
    #expect(none.stderr.contains("没有与“zzqqxxyy”匹配的结果"), "\(none.stderr)")
  }

  @Test func thePlanIsExportedInChinese() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zh-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let user = folder.appendingPathComponent("user.sqlite").path
    _ = try ExpoBinary.run(["bookmarks", "add", "exhibitor", "ex-0363", "--user-data", user])
    _ = try ExpoBinary.run(["bookmarks", "add", "event", "ev-opening", "--user-data", user])
    let md = folder.appendingPathComponent("plan.md").path
    let csv = folder.appendingPathComponent("plan.csv").path
    let plain = folder.appendingPathComponent("plain.csv").path
    let result = try ExpoBinary.run(["export", "--md", md, "--csv", csv, "--lang", "zh", "--user-data", user])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("已写入"))
    let text = try String(contentsOfFile: md, encoding: .utf8)
    #expect(text.contains("阿蒂加斯珠宝出口股份有限公司"))
    #expect(text.contains("开幕式"))
    // Headings and table headers carry no English (the rows hold names and codes).
    let headings = text.split(separator: "\n").filter {
      $0.hasPrefix("#") || $0.hasPrefix("| # ") || $0.hasPrefix("| 时间")
    }
    #expect(headings.count >= 4, "\(text)")
    for line in headings { #expect(Self.englishWords(String(line)).isEmpty, "\(line)") }
    let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
    #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    _ = try ExpoBinary.run(["export", "--csv", plain, "--no-bom", "--user-data", user])
    #expect(try Data(contentsOf: URL(fileURLWithPath: plain)).prefix(4) == Data("kind".utf8))
  }
}
