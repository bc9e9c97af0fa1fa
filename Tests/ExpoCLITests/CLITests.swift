import ExpoModel
import Foundation
import Testing

/// The `expo` command line, run as a whole process on the built-in sample.
@Suite(.serialized) struct CLITests {
  @Test func infoReportsTheSampleSize() throws {
    let info = try #require(try ExpoBinary.json(["info", "--format", "json"]) as? [String: Any])
    #expect(info["name"] as? String == "Chongqing International Consumer Products Expo 2023")
    #expect(info["start"] as? String == "2023-10-27")
    #expect(info["end"] as? String == "2023-10-29")
    #expect(info["timeZone"] as? String == "Asia/Shanghai")
    let counts = try #require(info["counts"] as? [String: Int])
    #expect(counts["exhibitors"]! >= 500)
    #expect(counts["countries"]! >= 20)
    #expect(counts["products"]! >= 10_000)
    #expect(counts["events"]! >= 40)
    for key in ["halls", "pavilions", "booths"] { #expect((counts[key] ?? 0) > 0) }
  }

  @Test func productsCarryTheNamedExhibitsWithTheirCountries() throws {
    let products = try #require(try ExpoBinary.json(["products", "--format", "json"]) as? [[String: Any]])
    #expect(products.count >= 10_000)
    func countries(_ name: String) -> Set<String> {
      Set(products.filter { ($0["name"] as? String)?.contains(name) == true }.compactMap { $0["country"] as? String })
    }
    #expect(countries("Amethyst") == ["UY"])
    #expect(countries("Nanyang Gold Pearl") == ["PH"])
    #expect(countries("Burmese Amber") == ["MM"])
    #expect(countries("Porcelain Vase") == ["HU"])
    #expect(countries("Carved Sheesham") == ["PK"])
    #expect(countries("Saffron") == ["IR"])
    #expect(countries("Pistachio") == ["IR"])
    #expect(countries("Russian Chocolate") == ["RU"])
    #expect(countries("Red Wine").count >= 5)
    let first = try #require(products.first)
    for key in ["id", "name", "exhibitor", "country", "category"] { #expect(first[key] != nil, "missing \(key)") }
  }

  @Test func eventsCarryTheNamedEventsOnTheirDays() throws {
    let events = try #require(try ExpoBinary.json(["events", "--format", "json"]) as? [[String: Any]])
    #expect(events.count >= 40)
    func start(_ title: String) -> String? {
      events.first { ($0["title"] as? String)?.contains(title) == true }?["start"] as? String
    }
    #expect(start("Grand Opening Ceremony")?.hasPrefix("2023-10-27T09:30:00+08:00") == true)
    #expect(start("Russia Fashion Show")?.hasPrefix("2023-10-27") == true)
    #expect(start("New Energy Vehicle Export Industry Summit")?.hasPrefix("2023-10-28") == true)
    #expect(start("Agency for Strategic Initiatives")?.hasPrefix("2023-10-27") == true)
    #expect(start("Russian Food Tasting") != nil)
    for key in ["id", "title", "start", "end", "venue", "kind"] { #expect(events[0][key] != nil, "missing \(key)") }
    let day2 = try #require(try ExpoBinary.json(["events", "--day", "2", "--format", "json"]) as? [[String: Any]])
    #expect(day2.allSatisfy { ($0["start"] as? String)?.hasPrefix("2023-10-28") == true })
  }

  @Test func scheduleNowAndNextInTheExpoTimeZone() throws {
    for zone in ["UTC", "America/New_York", "Asia/Shanghai"] {
      let result = try ExpoBinary.run(
        ["schedule", "--now", "2023-10-28T14:05", "--next", "--format", "json"], environment: ["TZ": zone])
      let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      #expect(json["now"] as? String == "2023-10-28T14:05:00+08:00", "TZ=\(zone)")
      let current = try #require(json["current"] as? [[String: Any]])
      #expect(current.contains { $0["title"] as? String == "Russia Fashion Show (second show)" })
      let next = try #require(json["next"] as? [[String: Any]])
      #expect(next.first?["title"] as? String == "Iranian Saffron and Pistachio Tasting")
      #expect(next.allSatisfy { $0["speakers"] != nil && $0["hall"] != nil })
    }
    let day = try #require(
      try ExpoBinary.json(["schedule", "--now", "2023-10-29T09:00", "--format", "json"]) as? [[String: Any]])
    #expect(day.allSatisfy { ($0["start"] as? String)?.hasPrefix("2023-10-29") == true })
  }

  @Test func listsFilterAndFormats() throws {
    let exhibitors = try #require(
      try ExpoBinary.json(["exhibitors", "--country", "uy", "--format", "json"]) as? [[String: Any]])
    #expect(!exhibitors.isEmpty)
    #expect(exhibitors.allSatisfy { $0["country"] as? String == "UY" && $0["hall"] as? String == "N3" })
    #expect(exhibitors.allSatisfy { ($0["booths"] as? [String])?.isEmpty == false })
    let csv = try ExpoBinary.run(["halls", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("id,name,nameZh,exhibitors,pavilions,booths\r\n"))
    let text = try ExpoBinary.run(["pavilions"], environment: ["COLUMNS": "60"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Hungary Pavilion"))
    #expect(!text.stdout.contains("\u{1B}"), "no colours when piped")
    for line in text.stdout.split(separator: "\n") {
      #expect(line.count <= 60, "wider than COLUMNS: \(line)")
    }
    let bad = try ExpoBinary.run(["events", "--day", "9"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--day must be 1–3"))
  }

  @Test func validateReportsEveryErrorAndExits65() throws {
    let broken = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/broken").path
    let result = try ExpoBinary.run(["validate", broken])
    #expect(result.status == 65)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.filter { $0.contains(": error: ") }.count == 15)
    #expect(result.stderr.contains("exhibitors.json:7:73: error: $.exhibitors[4].booths[0]: unknown booth \"Z-99\""))
    let good = try ExpoBinary.run(["validate", ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/minimal").path])
    #expect(good.status == 0)
    #expect(good.stdout.contains("valid"))
    let missing = try ExpoBinary.run(["validate", "/nonexistent/expo"])
    #expect(missing.status == 65)
  }

  @Test func compileWritesACatalogueThatDataOpens() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("expo-cli-\(UUID().uuidString).sqlite")
    defer { try? FileManager.default.removeItem(at: out) }
    let minimal = ExpoBinary.repo.appendingPathComponent("Tests/Fixtures/minimal").path
    let compiled = try ExpoBinary.run(["compile", minimal, "-o", out.path])
    #expect(compiled.status == 0, "\(compiled.stderr)")
    let info = try #require(try ExpoBinary.json(["info", "--format", "json", "--data", out.path]) as? [String: Any])
    #expect(info["name"] as? String == "Mini Fair")
    let junk = try ExpoBinary.run(["info", "--data", "/etc/hostname"])
    #expect(junk.status == 65)
    #expect(junk.stderr.contains("unknown format; expected an expo folder, a frab schedule .xml"))
  }

  /// `--compress` packs a catalogue for distribution; `--data` opens it and answers as the plain
  /// one; a compiled catalogue given to `compile` is packed, or unpacked into the same rows.
  @Test func compileCompressPacksACatalogueThatAnswersTheSame() throws {
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("expo-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let sample = ExpoBinary.repo.appendingPathComponent("Assets/chongqing-2023").path
    let plain = tmp.appendingPathComponent("plain.sqlite").path
    let packed = tmp.appendingPathComponent("packed.sqlite").path
    let repacked = tmp.appendingPathComponent("repacked.sqlite").path
    let unpacked = tmp.appendingPathComponent("unpacked.sqlite").path
    #expect(try ExpoBinary.run(["compile", sample, "-o", plain]).status == 0)
    let compressed = try ExpoBinary.run(["compile", sample, "-o", packed, "--compress"])
    #expect(compressed.status == 0, "\(compressed.stderr)")
    #expect(compressed.stdout.contains("packed 16."), "\(compressed.stdout)")
    let plainSize = try FileManager.default.attributesOfItem(atPath: plain)[.size] as! Int
    let packedSize = try FileManager.default.attributesOfItem(atPath: packed)[.size] as! Int
    #expect(packedSize * 4 < plainSize, "\(packedSize) of \(plainSize)")
    // From the compiled catalogue, and back.
    #expect(try ExpoBinary.run(["compile", plain, "-o", repacked, "--compress"]).status == 0)
    let unpack = try ExpoBinary.run(["compile", repacked, "-o", unpacked])
    #expect(unpack.status == 0 && unpack.stdout.contains("unpacked into"), "\(unpack.stderr)")
    // Unpacked: the very file that was packed.
    #expect(try Data(contentsOf: URL(fileURLWithPath: unpacked)) == Data(contentsOf: URL(fileURLWithPath: plain)))
    let again = try ExpoBinary.run(["compile", plain, "-o", tmp.appendingPathComponent("x.sqlite").path])
    #expect(again.status == 64 && again.stderr.contains("already a compiled catalogue; add --compress"))
    for size in ["1000", "256", "0", "33554432"] {
      let bad = try ExpoBinary.run(["compile", plain, "-o", packed, "--compress", "--chunk-size", size])
      #expect(bad.status == 64 && bad.stderr.contains("is not a power of two from 512 to 16777216"), "\(bad.stderr)")
    }
    let small = tmp.appendingPathComponent("small.sqlite").path
    #expect(try ExpoBinary.run(["compile", plain, "-o", small, "--compress", "--chunk-size", "4096"]).status == 0)
    for query in ["amber", "琥珀", "hupo", "russian fashion", "s1-a0"] {
      let answers = try [plain, packed, unpacked, small].map {
        try ExpoBinary.run(["search", query, "--limit", "40", "--format", "json", "--data", $0]).stdout
      }
      #expect(!answers[0].isEmpty && answers.allSatisfy { $0 == answers[0] }, "\(query)")
    }
    // Where the output cannot go, nothing is replaced and the output is named.
    let folder = tmp.appendingPathComponent("folder")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("inner"), withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: folder.appendingPathComponent("keep.txt"))
    let link = tmp.appendingPathComponent("link.sqlite").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plain)
    let plainBytes = try Data(contentsOf: URL(fileURLWithPath: plain))
    for (arguments, expected) in [
      (["compile", plain, "-o", folder.path, "--compress"], "is a folder"),
      (["compile", packed, "-o", folder.path], "is a folder"),
      (["compile", sample, "-o", folder.path], "is a folder"),
      (["compile", packed, "-o", link], "is a symbolic link"),
      (
        ["compile", plain, "-o", tmp.appendingPathComponent("plain.sqlite/out.sqlite").path, "--compress"],
        "not a folder"
      ),
      (["compile", packed, "-o", "/dev/null"], "not a file"),
    ] {
      let refused = try ExpoBinary.run(arguments)
      #expect(refused.status == 73, "\(arguments): \(refused.status) \(refused.stderr)")
      #expect(refused.stderr.contains(arguments[3]) && refused.stderr.contains(expected), "\(refused.stderr)")
    }
    #expect(try String(contentsOf: folder.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
    #expect(try Data(contentsOf: URL(fileURLWithPath: plain)) == plainBytes)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == plain)
    let loose = try ExpoBinary.run([
      "compile", sample, "-o", tmp.appendingPathComponent("y.sqlite").path, "--chunk-size", "4096",
    ])
    #expect(loose.status == 64 && loose.stderr.contains("give it with --compress"), "\(loose.stderr)")
    let validated = try ExpoBinary.run(["validate", plain])
    #expect(validated.status == 65 && validated.stderr.contains("a compiled catalogue; this reads the data"))
    let empty = try ExpoBinary.run(["info", "--data", ""])
    #expect(empty.status == 64 && empty.stderr.contains("--data is empty"), "\(empty.stderr)")
    let info = try [plain, packed].map { try ExpoBinary.run(["info", "--format", "json", "--data", $0]).stdout }
    #expect(info[1] == info[0])
    // A damaged one is refused by name, with what is wrong.
    let damaged = tmp.appendingPathComponent("damaged.sqlite").path
    try Data(try Data(contentsOf: URL(fileURLWithPath: packed)).dropLast(3)).write(to: URL(fileURLWithPath: damaged))
    let refused = try ExpoBinary.run(["info", "--data", damaged])
    #expect(refused.status == 66)
    #expect(refused.stderr.contains(damaged) && refused.stderr.contains("truncated"), "\(refused.stderr)")
    // Damage after the first open's check (the file changed in place, its size, time and inode kept):
    // the command that reads the chunk names the file and the chunk, not "disk I/O error".
    let changed = tmp.appendingPathComponent("changed.sqlite").path
    try FileManager.default.copyItem(atPath: packed, toPath: changed)
    #expect(try ExpoBinary.run(["info", "--data", changed]).status == 0)
    var before = stat()
    #expect(stat(changed, &before) == 0)
    let handle = try #require(FileHandle(forUpdatingAtPath: changed))
    // (Inside the first chunk, which every open reads: its schema.)
    try handle.seek(toOffset: 64 + 100)
    let middle = try #require(try handle.read(upToCount: 64))
    try handle.seek(toOffset: 64 + 100)
    try handle.write(contentsOf: Data(middle.map { $0 ^ 0x5A }))
    try handle.close()
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, changed, &times, 0) == 0)
    let reads =
      try ["琥珀", "amber", "wine", "zzzz", "hupo", "a"].map {
        try ExpoBinary.run(["search", $0, "--data", changed])
      } + [
        try ExpoBinary.run(["products", "--data", changed]), try ExpoBinary.run(["exhibitors", "--data", changed]),
      ]
    for result in reads {
      #expect(result.status == 66, "\(result.stderr)")
      #expect(
        result.stderr.hasPrefix("expo: \(changed): a damaged packed catalogue (chunk 1 of "), "\(result.stderr)")
    }
    let unpackDamaged = try ExpoBinary.run(["compile", damaged, "-o", tmp.appendingPathComponent("z.sqlite").path])
    #expect(
      unpackDamaged.status == 66 && unpackDamaged.stderr.hasPrefix("expo: \(damaged): a damaged packed catalogue"))
    #expect(!FileManager.default.fileExists(atPath: tmp.appendingPathComponent("z.sqlite").path))
  }

  @Test func theGuideRefusesANonTerminalWithAClearMessage() throws {
    let result = try ExpoBinary.run([])
    #expect(result.status == 2)
    #expect(result.stderr.contains("needs a terminal"))
    #expect(result.stderr.contains("expo info"))
    #expect(result.stdout.isEmpty, "nothing written to a redirected stdout")
  }

  @Test func aWrongOpenValueListsTheValidOnes() throws {
    let result = try ExpoBinary.run(["guide", "--open", "planner"])
    #expect(result.status == 64)
    for name in ["halls", "countries", "exhibitors", "products", "schedule", "plan", "map"] {
      #expect(result.stderr.contains("- \(name)"), "\(name) missing from: \(result.stderr)")
    }
    let sort = try ExpoBinary.run(["exhibitors", "--sort", "size"])
    #expect(sort.status == 64 && sort.stderr.contains("'name', 'booth' or 'country'"))
  }

  @Test func aCutListSaysHowMuchWasCut() throws {
    let result = try ExpoBinary.run(["exhibitors", "--country", "UY", "--limit", "3"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 4)  // the header and three rows
    #expect(result.stderr.contains("3 of 12 exhibitors (--limit 3)"), "\(result.stderr)")
    let whole = try ExpoBinary.run(["exhibitors", "--country", "UY", "--limit", "30"])
    #expect(whole.stderr.isEmpty)
  }

  /// A value that names nothing is an error that lists what exists, never an empty answer.
  @Test func unknownValuesAreRefusedWithTheValidOnes() throws {
    for (arguments, expected) in [
      (["exhibitors", "--hall", "Z9"], "--hall: nothing is \"Z9\" in this catalogue; expected one of N1"),
      (["exhibitors", "--country", "Atlantis"], "--country: nothing is \"Atlantis\""),
      (["exhibitors", "--pavilion", "pav-xx"], "--pavilion: nothing is \"pav-xx\""),
      (["products", "--category", "Spaceships"], "--category: nothing is \"Spaceships\""),
      (["products", "--exhibitor", "ex-9999"], "--exhibitor: no exhibitor has the id \"ex-9999\""),
      (["events", "--venue", "moon"], "--venue: nothing is \"moon\""),
      (["events", "--kind", "duel"], "--kind: nothing is \"duel\""),
      (["bookmarks", "add", "product", "p-nope"], "no product has the id \"p-nope\""),
    ] {
      let result = try ExpoBinary.run(arguments)
      #expect(result.status == 64, "\(arguments): \(result.status)")
      #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
    // Codes in any case and countries by name are understood.
    let byName = try ExpoBinary.run(["exhibitors", "--country", "uruguay", "--format", "json"])
    #expect(byName.status == 0 && byName.stdout.contains("Artigas Gems Export"))
    let lower = try ExpoBinary.run(["exhibitors", "--hall", "n3", "--format", "json"])
    #expect(lower.status == 0 && lower.stdout.contains("\"hall\" : \"N3\"") || lower.stdout.contains("N3"))
  }

  @Test func versionAndUnknownCommands() throws {
    let version = try ExpoBinary.run(["--version"])
    #expect(
      version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)
    let unknown = try ExpoBinary.run(["exibitors"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("unknown command \"exibitors\"; commands: guide, info"), "\(unknown.stderr)")
    #expect(!unknown.stderr.contains("USAGE"))
    let help = try ExpoBinary.run(["help", "info"])
    #expect(help.status == 0 && help.stdout.contains("USAGE: expo info"), "\(help.stdout)")
  }
}
