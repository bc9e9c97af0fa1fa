import Foundation

/// What changed between two versions of an expo's data, item by item and field by field.
///
/// Events are matched by id (which the importers take from a session's guid, then its id), then,
/// for an event whose id is new, by its title on the same day (a schedule that renumbers its
/// sessions); exhibitors, products and booths by id. An item only in the old version is cancelled
/// (an event) or removed (the others): it is reported, never dropped silently.
public enum DatasetChanges {
  /// One item that is new, changed or gone.
  public struct Item: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
      case event, exhibitor, product, booth
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
      /// `renumbered`: the same item under a new id, nothing else changed (told apart so that a
      /// schedule that renumbers every session does not read as a thousand changes).
      case new, changed, renumbered, cancelled, removed

      /// Whether the item left the data.
      public var isGone: Bool { self == .cancelled || self == .removed }
    }

    public var kind: Kind
    /// The item's id in the new version (in the old one for a cancelled or removed item).
    public var id: String
    /// The id it had in the old version, when it was matched by another way than its id.
    public var previousID: String?
    public var name: LocalizedText
    public var status: Status
    /// What changed (a changed item only).
    public var fields: [Field]
    /// When an event starts (in the new version; the old one when cancelled): "still to come".
    public var start: Date?

    /// The bookmark of this item (nil for a booth: booths are not bookmarked).
    public var bookmarkKey: BookmarkKey? { BookmarkKind(rawValue: kind.rawValue).map { BookmarkKey($0, id) } }

    /// The bookmark it had under its id in the old version, when it was matched another way.
    public var previousBookmarkKey: BookmarkKey? {
      guard let previousID else { return nil }
      return BookmarkKind(rawValue: kind.rawValue).map { BookmarkKey($0, previousID) }
    }

    /// Whether one of `bookmarks` is of this item, under its id or the id it had before.
    public func isBookmarked(in bookmarks: Set<BookmarkKey>) -> Bool {
      [bookmarkKey, previousBookmarkKey].contains { $0.map(bookmarks.contains) == true }
    }
  }

  /// How many items have each status, in the statuses' order (the header of a list of changes).
  public static func summary(_ items: [Item]) -> [(Item.Status, Int)] {
    var counts: [Item.Status: Int] = [:]
    for item in items { counts[item.status, default: 0] += 1 }
    return Item.Status.allCases.compactMap { status in counts[status].map { (status, $0) } }
  }

  /// One field of a changed item, as shown: old and new value.
  public struct Field: Sendable, Hashable, Codable {
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
      case day, time, duration, venue, title, speakers, kind, booth, hall, name, country, pavilion, category,
        exhibitor
    }

    public var name: Name
    public var old: String
    public var new: String
  }

  /// Every difference from `old` to `new`: events first (by start), then exhibitors, products and
  /// booths (by id); within each kind, changed, new, then gone.
  public static func compare(_ old: ExpoDataset, _ new: ExpoDataset) -> [Item] {
    events(old, new) + exhibitors(old, new) + products(old, new) + booths(old, new)
  }

  static func order(_ status: Item.Status) -> Int { Item.Status.allCases.firstIndex(of: status) ?? 0 }

  // MARK: Events

  static func events(_ old: ExpoDataset, _ new: ExpoDataset) -> [Item] {
    let zone = TimeZone(identifier: new.expo.timeZone) ?? TimeZone(secondsFromGMT: 0)!
    let oldZone = TimeZone(identifier: old.expo.timeZone) ?? zone
    var oldByID: [String: Event] = [:]
    for event in old.events { oldByID[event.id] = event }
    let newIDs = Set(new.events.map(\.id))
    // The old events whose id is gone, by title and day, for the new events whose id is new.
    var orphans: [String: [Event]] = [:]
    for event in old.events where !newIDs.contains(event.id) {
      orphans[titleDay(event, oldZone), default: []].append(event)
    }
    var matched = Set<String>()
    var items: [Item] = []
    for event in new.events {
      var previous = oldByID[event.id]
      var previousID: String?
      if previous == nil, var candidates = orphans[titleDay(event, zone)], !candidates.isEmpty {
        previous = candidates.removeFirst()
        orphans[titleDay(event, zone)] = candidates
        previousID = previous?.id
      }
      guard let previous else {
        items.append(
          Item(kind: .event, id: event.id, name: event.title, status: .new, fields: [], start: event.start))
        continue
      }
      matched.insert(previous.id)
      let fields = eventFields(previous, oldZone, old, event, zone, new)
      if !fields.isEmpty || previousID != nil {
        items.append(
          Item(
            kind: .event, id: event.id, previousID: previousID, name: event.title,
            status: fields.isEmpty ? .renumbered : .changed, fields: fields, start: event.start))
      }
    }
    for event in old.events where !matched.contains(event.id) {
      items.append(
        Item(kind: .event, id: event.id, name: event.title, status: .cancelled, fields: [], start: event.start))
    }
    return items.sorted {
      ($0.start ?? .distantPast, order($0.status), $0.id) < ($1.start ?? .distantPast, order($1.status), $1.id)
    }
  }

  static func titleDay(_ event: Event, _ zone: TimeZone) -> String {
    event.title.en.lowercased() + "|" + String(ExpoTime.iso8601(event.start, zone: zone).prefix(10))
  }

  static func eventFields(
    _ a: Event, _ aZone: TimeZone, _ old: ExpoDataset, _ b: Event, _ bZone: TimeZone, _ new: ExpoDataset
  ) -> [Field] {
    var fields: [Field] = []
    func add(_ name: Field.Name, _ x: String, _ y: String) {
      if x != y { fields.append(Field(name: name, old: x, new: y)) }
    }
    let aStart = ExpoTime.iso8601(a.start, zone: aZone)
    let bStart = ExpoTime.iso8601(b.start, zone: bZone)
    add(.day, String(aStart.prefix(10)), String(bStart.prefix(10)))
    add(.time, String(aStart.dropFirst(11).prefix(5)), String(bStart.dropFirst(11).prefix(5)))
    add(.duration, minutes(a), minutes(b))
    add(.venue, venueName(a.venue, old), venueName(b.venue, new))
    add(.title, names(a.title, b.title).0, names(a.title, b.title).1)
    add(.speakers, a.speakers.joined(separator: ", "), b.speakers.joined(separator: ", "))
    add(.kind, a.kind, b.kind)
    return fields
  }

  static func minutes(_ event: Event) -> String {
    String(Int((event.end.timeIntervalSince(event.start) / 60).rounded()))
  }

  static func venueName(_ id: String, _ dataset: ExpoDataset) -> String {
    dataset.venues.first { $0.id == id }?.name.en ?? id
  }

  // MARK: Exhibitors, products, booths

  /// Items matched by id: new, changed (the fields `fields` finds different), removed.
  static func byID<T>(
    _ kind: Item.Kind, _ old: [T], _ new: [T], id: (T) -> String, name: (T) -> LocalizedText,
    fields: (T, T) -> [Field]
  ) -> [Item] {
    var oldByID: [String: T] = [:]
    for item in old { oldByID[id(item)] = item }
    let newIDs = Set(new.map(id))
    var items: [Item] = []
    for item in new {
      guard let previous = oldByID[id(item)] else {
        items.append(Item(kind: kind, id: id(item), name: name(item), status: .new, fields: []))
        continue
      }
      let changed = fields(previous, item)
      if !changed.isEmpty {
        items.append(Item(kind: kind, id: id(item), name: name(item), status: .changed, fields: changed))
      }
    }
    for item in old where !newIDs.contains(id(item)) {
      items.append(Item(kind: kind, id: id(item), name: name(item), status: .removed, fields: []))
    }
    return items.sorted { (order($0.status), $0.id) < (order($1.status), $1.id) }
  }

  /// A name's two values as compared: the English, or when only the Chinese changed, the Chinese
  /// (a rename a Chinese reader sees is a change too).
  static func names(_ a: LocalizedText, _ b: LocalizedText) -> (String, String) {
    a.en != b.en || a.zh == b.zh ? (a.en, b.en) : (a.zh ?? "", b.zh ?? "")
  }

  static func compared(_ pairs: [(Field.Name, String, String)]) -> [Field] {
    pairs.filter { $0.1 != $0.2 }.map { Field(name: $0.0, old: $0.1, new: $0.2) }
  }

  static func exhibitors(_ old: ExpoDataset, _ new: ExpoDataset) -> [Item] {
    let oldHalls = Dictionary(old.booths.map { ($0.code, $0.hall) }, uniquingKeysWith: { a, _ in a })
    let newHalls = Dictionary(new.booths.map { ($0.code, $0.hall) }, uniquingKeysWith: { a, _ in a })
    return byID(.exhibitor, old.exhibitors, new.exhibitors, id: \.id, name: \.name) { a, b in
      compared([
        (.name, names(a.name, b.name).0, names(a.name, b.name).1),
        (.booth, a.booths.joined(separator: ", "), b.booths.joined(separator: ", ")),
        (
          .hall, a.booths.compactMap { oldHalls[$0] }.joined(separator: ", "),
          b.booths.compactMap { newHalls[$0] }.joined(separator: ", ")
        ),
        (.country, a.country, b.country),
        (.pavilion, a.pavilion ?? "", b.pavilion ?? ""),
      ])
    }
  }

  static func products(_ old: ExpoDataset, _ new: ExpoDataset) -> [Item] {
    byID(.product, old.products, new.products, id: \.id, name: \.name) { a, b in
      compared([
        (.name, names(a.name, b.name).0, names(a.name, b.name).1), (.exhibitor, a.exhibitor, b.exhibitor),
        (.category, a.category, b.category),
      ])
    }
  }

  static func booths(_ old: ExpoDataset, _ new: ExpoDataset) -> [Item] {
    byID(
      .booth, old.booths, new.booths, id: \.code, name: { LocalizedText(en: $0.code) },
      fields: { a, b in compared([(.hall, a.hall, b.hall)]) })
  }
}
