import ExpoConfig
import Testing

@Suite struct SafeTextTests {
  @Test func plainTextIsQuotedAsItIs() {
    #expect(SafeText.quote("blue") == #""blue""#)
    #expect(SafeText.quote("琥珀 café 🙂") == #""琥珀 café 🙂""#)
    #expect(SafeText.quote(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
    #expect(SafeText.escape(#"say "hi" \ bye"#) == #"say "hi" \ bye"#)
  }

  @Test func controlsBecomeVisibleEscapes() {
    #expect(SafeText.quote("\u{1B}[31mred\u{1B}[0m") == #""\u{1B}[31mred\u{1B}[0m""#)
    #expect(SafeText.quote("a\nb\tc\rd\u{0}e\u{7F}f") == #""a\nb\tc\rd\u{0}e\u{7F}f""#)
    #expect(SafeText.quote("\u{9B}2J\u{85}") == #""\u{9B}2J\u{85}""#)
    #expect(SafeText.quote("\u{2028}\u{2029}") == #""\u{2028}\u{2029}""#)
  }

  @Test func everyBidiControlIsEscaped() {
    for value in [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069) {
      let scalar = Unicode.Scalar(UInt32(value))!
      let quoted = SafeText.quote("a" + String(Character(scalar)) + "b")
      #expect(quoted == "\"a\\u{\(String(value, radix: 16, uppercase: true))}b\"")
      #expect(!quoted.unicodeScalars.contains(scalar))
    }
  }

  @Test func longTextIsCutWithAnEllipsis() {
    let long = String(repeating: "x", count: 10_000)
    #expect(SafeText.quote(long) == "\"" + String(repeating: "x", count: 60) + "…\"")
    #expect(SafeText.quote(long, limit: 5) == "\"xxxxx…\"")
    #expect(SafeText.quote(String(repeating: "x", count: 60)) == "\"" + String(repeating: "x", count: 60) + "\"")
    // One character of ten thousand combining marks is cut too (the limit counts scalars).
    let zalgo = SafeText.quote("e" + String(repeating: "\u{301}", count: 10_000))
    #expect(zalgo.unicodeScalars.count == 63)
    #expect(zalgo.hasSuffix("…\""))
    // Escapes count as one each: 10 KB of ESC stays short.
    #expect(SafeText.quote(String(repeating: "\u{1B}", count: 10_000)).count < 60 * 7 + 3)
  }

  @Test func printableCharactersAreNotEscaped() {
    for value in [0x20, 0x41, 0x7E, 0xA0, 0x4E2D, 0x200D, 0xFEFF, 0x1F600] {
      #expect(!SafeText.needsEscape(Unicode.Scalar(UInt32(value))!), "\(value)")
    }
  }
}

@Suite struct LanguageTests {
  @Test(
    arguments: [
      // (settings, LC_ALL, LC_MESSAGES, LANG, expected)
      (nil, nil, nil, nil, "en"),
      (nil, nil, nil, "zh_CN.UTF-8", "zh"),
      (nil, nil, nil, "zh_TW.Big5", "zh"),
      (nil, nil, nil, "zh", "zh"),
      (nil, nil, nil, "en_US.UTF-8", "en"),
      (nil, nil, nil, "C.UTF-8", "en"),
      (nil, nil, nil, "POSIX", "en"),
      (nil, nil, nil, "fr_FR.UTF-8", "en"),
      (nil, nil, nil, "", "en"),
      (nil, nil, "zh_CN.UTF-8", "en_US.UTF-8", "zh"),
      (nil, nil, "en_GB.UTF-8", "zh_CN.UTF-8", "en"),
      (nil, "zh_HK.UTF-8", "en_GB.UTF-8", "en_US.UTF-8", "zh"),
      (nil, "C", "zh_CN.UTF-8", "zh_CN.UTF-8", "en"),
      (nil, "", "zh_CN.UTF-8", "en_US.UTF-8", "zh"),
      (nil, "", "", "zh_SG", "zh"),
      ("en", "zh_CN.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8", "en"),
      ("zh", nil, nil, "en_US.UTF-8", "zh"),
      ("zh", "C", nil, nil, "zh"),
    ] as [(String?, String?, String?, String?, String)])
  func language(settings: String?, all: String?, messages: String?, lang: String?, expected: String) {
    var environment: [String: String] = ["HOME": "/home/someone"]
    environment["LC_ALL"] = all
    environment["LC_MESSAGES"] = messages
    environment["LANG"] = lang
    #expect(Settings.language(settings: Settings(language: settings), environment: environment) == expected)
  }
}
