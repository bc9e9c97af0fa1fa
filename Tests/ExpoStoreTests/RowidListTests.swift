import PropertyBased
import Testing

@testable import ExpoStore

/// The rowid lists a keystroke writes for `json_each` and reads from the answers kept at compile,
/// and the sorted set it asks for membership: against Swift's own formatting, parsing and `Set`.
struct RowidListTests {
  @Test func writtenAsSwiftWritesThemAndReadBack() async {
    await propertyCheck(count: 300, input: Gen.int64().array(of: 0...40)) { ids in
      let text = RowidList.joined(ids)
      #expect(text == ids.map(String.init).joined(separator: ","))
      #expect(RowidList.json(ids) == "[" + text + "]")
      #expect(RowidList.parse(text[...]) == ids)
    }
  }

  @Test func theExtremesAndOneDigit() {
    let ids: [Int64] = [0, 9, 10, -1, .max, .min]
    #expect(RowidList.joined(ids) == "0,9,10,-1,9223372036854775807,-9223372036854775808")
    #expect(RowidList.parse(RowidList.joined(ids)[...]) == ids)
  }

  @Test func whatIsNotAListIsRefused() {
    for bad in [
      ",", "1,", ",1", "1,,2", "a", "1 2", "--1", "1-", "9223372036854775808", "-9223372036854775809", "-", "+1", "1;2",
    ] {
      #expect(RowidList.parse(bad[...]) == nil, "\(bad)")
    }
    #expect(RowidList.parse(""[...]) == [])
  }

  @Test func theSortedSetAnswersAsASetDoes() async {
    await propertyCheck(count: 300, input: Gen.int64(in: -50...50).array(of: 0...60), Gen.int64(in: -60...60)) {
      ids, probe in
      let unique = Array(Set(ids))
      let set = RowidSet(unique)
      #expect(set.contains(probe) == unique.contains(probe))
      for id in unique { #expect(set.contains(id)) }
    }
  }
}

extension RowidListTests {
  @Test func fingerprintCountsCountAsADictionaryDoes() async {
    // Few distinct keys (repeats), keys that differ in high bits only, and growth past the
    // capacity asked for.
    let key = Gen.oneOf(Gen.uint64(in: 0...20), Gen.uint64(in: 0...20).map { $0 << 58 }, Gen.uint64())
    await propertyCheck(count: 300, input: key.array(of: 0...200), Gen.int(in: 1...8)) { keys, capacity in
      var table = FingerprintCounts(capacity: capacity)
      var reference: [UInt64: Int] = [:]
      for key in keys {
        #expect(table.add(key) == reference[key, default: 0])
        reference[key, default: 0] += 1
      }
      #expect(table.count == reference.count)
      for (key, n) in reference { #expect(table[key] == n) }
      #expect(table[UInt64.max - 7] == reference[UInt64.max - 7, default: 0])
    }
  }
}
