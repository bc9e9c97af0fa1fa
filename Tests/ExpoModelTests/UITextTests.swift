import ExpoModel
import Foundation
import Testing

/// The catalogue's own forms: dates, durations and counts in each language.
@Suite struct UITextTests {
  let fri = LocalDate(year: 2023, month: 10, day: 27)
  let sun = LocalDate(year: 2023, month: 10, day: 29)

  @Test func datesInEachLanguage() {
    #expect(UIText.english.day(fri) == "Fri 27 Oct")
    #expect(UIText.chinese.day(fri) == "10月27日 周五")
    #expect(UIText.english.dateRange(fri, sun) == "27–29 October 2023")
    #expect(UIText.chinese.dateRange(fri, sun) == "2023年10月27日—29日")
    let jan = LocalDate(year: 2024, month: 1, day: 2)
    #expect(UIText.chinese.dateRange(fri, jan) == "2023年10月27日—2024年1月2日")
    #expect(UIText.english.dateRange(fri, jan) == "27 October 2023 – 2 January 2024")
  }

  /// Numbers grouped by thousands, at the edges of Int too; and the list position.
  @Test func groupedNumbers() {
    let cases: [(Int, String)] = [
      (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (-1_234_567, "-1,234,567"), (100_000, "100,000"),
      (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
    ]
    for (n, text) in cases { #expect(UIText.grouped(n) == text) }
    for n in stride(from: -5_000, through: 5_000_000, by: 997) {
      let plain = String(n)
      #expect(UIText.grouped(n).replacingOccurrences(of: ",", with: "") == plain)
    }
    #expect(UIText.english.position(1_234, of: 10_400) == "1,234 of 10,400")
    #expect(UIText.chinese.position(1_234, of: 10_400) == "1,234/10,400")
  }

  @Test func durationsAndCounts() {
    #expect(UIText.english.duration(45 * 60) == "45 min")
    #expect(UIText.chinese.duration(45 * 60) == "45分钟")
    #expect(UIText.chinese.duration(90 * 60) == "1小时30分钟")
    #expect(UIText.chinese.duration(120 * 60) == "2小时")
    #expect(UIText.english.count(1, .pavilion) == "1 pavilion")
    #expect(UIText.english.count(10_400, .product) == "10,400 products")
    #expect(UIText.english.count(29, .country) == "29 countries")
    // Chinese counts take a measure word, never an English plural.
    #expect(UIText.chinese.count(520, .exhibitor) == "520家展商")
    #expect(UIText.chinese.count(1, .event) == "1场活动")
    for noun in UIText.Noun.allCases {
      let text = UIText.chinese.count(2, noun)
      #expect(!text.contains { $0.isASCII && $0.isLetter }, "\(noun): \(text)")
    }
  }

  @Test func kindsAndCategoriesOfTheData() {
    #expect(UIText.chinese.eventKind("fashion show") == "时装秀")
    #expect(UIText.chinese.eventKind("Fashion Show") == "时装秀")
    #expect(UIText.chinese.eventKind("hackathon") == "hackathon", "an unknown kind is shown as given")
    #expect(UIText.english.eventKind("fashion show") == "fashion show")
    #expect(UIText.chinese.category("Jewellery & gems") == "珠宝玉石")
  }
}
