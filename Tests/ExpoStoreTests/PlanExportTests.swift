import ExpoModel
import Foundation
import Testing

@testable import ExpoStore

@Suite struct PlanExportTests {
  @Test func foldingKeepsLinesUnder75OctetsAndNeverSplitsACharacter() {
    let text = "DESCRIPTION:" + PlanExport.icsText(String(repeating: "重庆国际消费品博览会, 俄罗斯时装秀; ", count: 8))
    let folded = PlanExport.fold(text)
    #expect(folded.hasSuffix("\r\n"))
    let body = String(decoding: Array(folded.utf8.dropLast(2)), as: UTF8.self)
    let physical = body.components(separatedBy: "\r\n")
    #expect(physical.count > 1)
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    // Unfolding gives the line back, so no UTF-8 sequence was cut.
    #expect(body.replacingOccurrences(of: "\r\n ", with: "") == text)
  }

  @Test func textEscaping() {
    #expect(PlanExport.icsText("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    #expect(PlanExport.icsText("bell\u{7}\r") == "bell")
  }

  @Test func icsHasStableUIDsAndUTCTimes() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    try CatalogueCompiler.compile(try Fixtures.minimal(), to: path)
    let catalogue = try Catalogue(path: path)
    let marks = [
      Bookmark(key: BookmarkKey(.event, "open"), created: Date(), note: "front row, please; 谢谢"),
      Bookmark(key: BookmarkKey(.exhibitor, "tokaj"), created: Date(), visited: true),
    ]
    let plan = try VisitPlan.build(catalogue, bookmarks: marks)
    let stamp = Date(timeIntervalSince1970: 1_700_000_000)
    let a = PlanExport.ics(plan, booths: true, stamp: stamp)
    let b = PlanExport.ics(plan, booths: true, stamp: stamp)
    #expect(a == b)
    let unfolded = a.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("UID:mini-fair-event-open@expo-guide\r\n"))
    #expect(unfolded.contains("DTSTART:20231027T013000Z\r\n"))
    #expect(unfolded.contains("DTSTAMP:20231114T221320Z\r\n"))
    #expect(unfolded.contains("Note: front row\\, please\\; 谢谢"))
    #expect(unfolded.contains("UID:mini-fair-exhibitor-tokaj@expo-guide\r\n"))
    #expect(unfolded.contains("STATUS:COMPLETED\r\n"))
    let csv = PlanExport.csv(plan)
    #expect(csv.hasPrefix("kind,id,name,hall,booth,order,start,end,venue,clashes,visited,note\r\n"))
    #expect(
      csv.contains(
        "event,open,Opening,A,,,2023-10-27T09:30:00+08:00,2023-10-27T10:00:00+08:00,Main Stage,,,\"front row, please; 谢谢\""
      ))
    let md = PlanExport.markdown(plan)
    #expect(md.contains("| 1 | A-02 | Tokaj Wines Zrt. | ✓ |  |"))
  }

  @Test func thePlanExportsInChineseWithAByteOrderMark() throws {
    let tmp = try TemporaryFolder()
    let path = tmp.path("c.sqlite")
    try CatalogueCompiler.compile(try Fixtures.minimal(), to: path)
    let catalogue = try Catalogue(path: path)
    let marks = [
      Bookmark(key: BookmarkKey(.event, "open"), created: Date(), note: "前排"),
      Bookmark(key: BookmarkKey(.exhibitor, "tokaj"), created: Date(), visited: true),
    ]
    let plan = try VisitPlan.build(catalogue, bookmarks: marks)
    let md = PlanExport.markdown(plan, .chinese)
    #expect(md.hasPrefix("# 我的行程 · "))
    #expect(md.contains("| # | 展位 | 展商 | 已参观 | 备注 |"))
    #expect(md.contains("## 活动"))
    #expect(!md.contains("walking order") && !md.contains("booth"), "\(md)")
    let ics = PlanExport.ics(plan, booths: true, stamp: Date(timeIntervalSince1970: 0), .chinese)
      .replacingOccurrences(of: "\r\n ", with: "")
    #expect(ics.contains("备注：前排"))
    #expect(!ics.contains("BEGIN:VALARM"), "no alarm unless asked")
    let alarmed = PlanExport.ics(plan, booths: false, stamp: Date(timeIntervalSince1970: 0), .chinese, alarmMinutes: 15)
      .replacingOccurrences(of: "\r\n ", with: "")
    #expect(
      alarmed.contains(
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:开幕式\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT"))
    #expect(ics.contains("SUMMARY:参观"))
    // The CSV keeps its English columns; names and yes/no are in Chinese.
    let csv = PlanExport.csv(plan, .chinese)
    #expect(csv.hasPrefix("kind,id,name,hall,booth,order,start,end,venue,clashes,visited,note\r\n"))
    #expect(csv.contains(",是,"))
    let withMark = tmp.path("plan.csv")
    let without = tmp.path("plain.csv")
    _ = try PlanFiles.write(plan, csv: withMark, language: .chinese)
    _ = try PlanFiles.write(plan, csv: without, language: .chinese, csvByteOrderMark: false)
    #expect(try Data(contentsOf: URL(fileURLWithPath: withMark)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    #expect(try Data(contentsOf: URL(fileURLWithPath: without)).prefix(4) == Data("kind".utf8))
  }
}
