/// Rowids as text, written and read byte by byte: a keystroke hands SQLite a JSON array of a few
/// hundred rowids and reads lists of them kept at compile (`search_common`, `search_initial`).
/// `map(String.init).joined` and `split` made a string per number, and were a tenth of a
/// keystroke's time on the sample.
enum RowidList {
  /// `[1,2,3]`: the rowids as a JSON array (the argument of `json_each`).
  static func json<C: Collection>(_ ids: C) -> String where C.Element == Int64 {
    "[" + joined(ids) + "]"
  }

  /// `1,2,3`.
  static func joined<C: Collection>(_ ids: C) -> String where C.Element == Int64 {
    // 20 bytes hold any Int64 with its sign; one more for the comma.
    String(unsafeUninitializedCapacity: ids.count * 21) { buffer in
      var at = 0
      for id in ids {
        if at > 0 {
          buffer[at] = UInt8(ascii: ",")
          at += 1
        }
        if id < 0 {
          buffer[at] = UInt8(ascii: "-")
          at += 1
        }
        // The digits, last first, then turned round.
        let start = at
        var value = id.magnitude
        repeat {
          buffer[at] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
          at += 1
        } while value > 0
        buffer[start..<at].reverse()
      }
      return at
    }
  }

  /// The rowids of `text` separated by `,` (empty: none); nil when a part is not a number.
  static func parse(_ text: Substring) -> [Int64]? {
    var text = text
    return text.withUTF8 { parse($0) }
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int64]? {
    var out: [Int64] = []
    guard !bytes.isEmpty else { return out }
    out.reserveCapacity(bytes.count / 4)
    var magnitude: UInt64 = 0
    var digits = 0
    var negative = false
    func number() -> Int64? {
      guard digits > 0 else { return nil }
      if negative { return magnitude <= Int64.min.magnitude ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
      return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
        guard !o1, !o2 else { return nil }
        magnitude = sum
        digits += 1
      case UInt8(ascii: "-") where digits == 0 && !negative:
        negative = true
      case UInt8(ascii: ","):
        guard let value = number() else { return nil }
        out.append(value)
        (magnitude, digits, negative) = (0, 0, false)
      default:
        return nil
      }
    }
    guard let value = number() else { return nil }
    out.append(value)
    return out
  }
}

/// A set of rowids as a sorted array, searched by halves: a keystroke asks a few thousand times
/// whether a rowid is among a few hundred, and hashing each (SipHash) cost more than the search.
struct RowidSet {
  /// The rowids in ascending order.
  let sorted: [Int64]

  init(_ ids: [Int64]) {
    // (FTS5 returns rowids in order: sorted already, as a rule.)
    sorted = zip(ids, ids.dropFirst()).allSatisfy { $0.0 < $0.1 } ? ids : ids.sorted()
  }

  /// The index of the first rowid not below `id` (`sorted.count` when none).
  func lowerBound(_ id: Int64) -> Int {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < id { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  func contains(_ id: Int64) -> Bool {
    let at = lowerBound(id)
    return at < sorted.count && sorted[at] == id
  }
}

/// Counts by 64-bit fingerprint (`SearchRanking.fingerprint`) in an open-addressed table: the
/// variants spread and the exhibitors' sold counts of a keystroke take a few hundred counts, and
/// a `Dictionary` hashed each key again (SipHash), a tenth of the keystroke.
struct FingerprintCounts {
  private var keys: [UInt64]
  private var values: [Int]
  private var used: [Bool]
  private let shift: UInt64
  private(set) var count = 0

  /// Room for `capacity` keys (the table is at most half full).
  init(capacity: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < 2 * max(1, capacity) { bits += 1 }
    keys = Array(repeating: 0, count: 1 << bits)
    values = Array(repeating: 0, count: 1 << bits)
    used = Array(repeating: false, count: 1 << bits)
    shift = 64 - bits
  }

  private func slot(_ key: UInt64) -> Int {
    // Fibonacci hashing: the top bits of the product spread even keys that differ in few bits.
    let mask = keys.count - 1
    var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while used[i] && keys[i] != key { i = (i + 1) & mask }
    return i
  }

  /// The count of `key` (0: never added).
  subscript(key: UInt64) -> Int {
    let i = slot(key)
    return used[i] ? values[i] : 0
  }

  /// Adds `n` to `key`'s count; returns the count before.
  @discardableResult mutating func add(_ key: UInt64, _ n: Int = 1) -> Int {
    if 2 * (count + 1) > keys.count { grow() }
    let i = slot(key)
    if !used[i] {
      used[i] = true
      keys[i] = key
      values[i] = 0
      count += 1
    }
    let before = values[i]
    values[i] = before + n
    return before
  }

  private mutating func grow() {
    var bigger = FingerprintCounts(capacity: keys.count)
    for i in keys.indices where used[i] { bigger.add(keys[i], values[i]) }
    self = bigger
  }
}
