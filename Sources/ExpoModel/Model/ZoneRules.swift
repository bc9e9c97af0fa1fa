import Foundation

/// What the guide asks of a time zone: its UTC offset at an instant.
public protocol ZoneOffsets {
  func secondsFromGMT(for date: Date) -> Int
}

extension TimeZone: ZoneOffsets {}

/// An expo's time zone as the guide reads it: the zone's UTC offsets as a table of changes for the
/// years the table covers (made when a catalogue is compiled, from Foundation's zone, and checked
/// against it), or Foundation's zone itself. The first `TimeZone` of a process (ICU's zone data)
/// cost 0.4–0.6 ms of the guide's start and of every `expo search` that shows an event; a table
/// answers from memory. Outside its years a table asks Foundation's zone of the same name.
public struct ZoneRules: ZoneOffsets, Sendable, Hashable {
  /// The zone's name ("Asia/Shanghai").
  public let identifier: String
  /// Instants (seconds since 1970) from which `offsets[i]` holds, the first being where the table
  /// starts; the table ends at `end`.
  let starts: [Int64]
  let offsets: [Int32]
  let end: Int64
  /// The zone itself, when these rules were made from one (then the table is empty).
  let zone: TimeZone?

  /// The rules of `zone` (Foundation answers).
  public init(_ zone: TimeZone) {
    identifier = zone.identifier
    starts = []
    offsets = []
    end = 0
    self.zone = zone
  }

  init(identifier: String, starts: [Int64], offsets: [Int32], end: Int64) {
    self.identifier = identifier
    self.starts = starts
    self.offsets = offsets
    self.end = end
    zone = nil
  }

  /// Whether the offsets come from a table (not from Foundation) between its years.
  public var isTable: Bool { zone == nil && !starts.isEmpty }

  public func secondsFromGMT(for date: Date) -> Int {
    let t = date.timeIntervalSince1970
    if let first = starts.first, t >= Double(first), t < Double(end) {
      let seconds = Int64(t.rounded(.down))
      // The last change at or before the instant.
      var lo = 0
      var hi = starts.count - 1
      while lo < hi {
        let mid = (lo + hi + 1) / 2
        if starts[mid] <= seconds { lo = mid } else { hi = mid - 1 }
      }
      return Int(offsets[lo])
    }
    return timeZone.secondsFromGMT(for: date)
  }

  /// Foundation's zone (for what needs one: a calendar export's zone name, dates outside the
  /// table). UTC when the name is unknown.
  public var timeZone: TimeZone { zone ?? TimeZone(identifier: identifier) ?? ExpoTime.utc }

  /// The years a compiled catalogue's table covers: 1970 to 2100.
  public static let tableRange: (from: Int64, until: Int64) = (0, 4_102_444_800)

  /// The table of `zone`'s offsets between `from` and `until` (seconds since 1970), checked against
  /// the zone at every change and every week between; nil when they disagree (a zone Foundation
  /// reports changes of that it does not list as transitions), and the zone is then asked itself.
  public static func table(
    of zone: TimeZone, from: Int64 = tableRange.from, until: Int64 = tableRange.until
  ) -> ZoneRules? {
    var starts: [Int64] = [from]
    var offsets: [Int32] = [Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(from))))]
    var at = Date(timeIntervalSince1970: Double(from))
    while let next = zone.nextDaylightSavingTimeTransition(after: at), next.timeIntervalSince1970 < Double(until) {
      let seconds = Int64(next.timeIntervalSince1970.rounded(.down))
      guard seconds > starts[starts.count - 1], starts.count < 10_000 else { return nil }
      let offset = Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
      if offset != offsets[offsets.count - 1] {
        starts.append(seconds)
        offsets.append(offset)
      }
      at = next
    }
    let rules = ZoneRules(identifier: zone.identifier, starts: starts, offsets: offsets, end: until)
    // Checked: each change and the second before it, and every week.
    var probes = starts.flatMap { [$0 - 1, $0] }.filter { $0 >= from && $0 < until }
    probes += stride(from: from, to: until, by: 7 * 86_400)
    for probe in probes {
      let date = Date(timeIntervalSince1970: Double(probe))
      if rules.secondsFromGMT(for: date) != zone.secondsFromGMT(for: date) { return nil }
    }
    return rules
  }

  /// The table as text for a catalogue's `meta` ("end;start:offset;…"); nil for rules made from a
  /// zone.
  public var encoded: String? {
    guard isTable else { return nil }
    return ([String(end)] + zip(starts, offsets).map { "\($0):\($1)" }).joined(separator: ";")
  }

  /// Rules read back from `encoded`; nil when the text is not such a table (the zone is then
  /// asked itself).
  public init?(identifier: String, encoded: String) {
    let parts = encoded.split(separator: ";")
    guard parts.count >= 2, let end = Int64(parts[0]) else { return nil }
    var starts: [Int64] = []
    var offsets: [Int32] = []
    for part in parts.dropFirst() {
      let pair = part.split(separator: ":")
      guard pair.count == 2, let start = Int64(pair[0]), let offset = Int32(pair[1]), abs(offset) <= 86_400,
        start > starts.last ?? Int64.min, start < end
      else { return nil }
      starts.append(start)
      offsets.append(offset)
    }
    self.init(identifier: identifier, starts: starts, offsets: offsets, end: end)
  }
}
