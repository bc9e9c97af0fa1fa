import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// What the guide knows of the data's versions: the one open, when its source was last checked,
/// and what changed into it from the version before. The Changes screen, the marks in lists, Home,
/// the item screens and About read it; the guide's edge (`expo`) fills it from the version store.
public struct DataNews: Sendable {
  /// The name of the version open (nil when none is kept, e.g. an in-memory catalogue).
  public var version: String?
  /// When a followed URL was last checked.
  public var checked: Date?
  /// The version the changes are counted from.
  public var since: String?
  /// Every change into this version, as `DatasetChanges.compare` lists them.
  public var items: [DatasetChanges.Item]
  /// Items that earlier versions cancelled or removed, by "kind:id" (a bookmark of one keeps its
  /// name in My plan after further versions).
  public var gone: [String: VersionStore.Gone]
  private var index: [Key: Int] = [:]

  struct Key: Hashable {
    var kind: DatasetChanges.Item.Kind
    var id: String
  }

  public init(
    version: String? = nil, checked: Date? = nil, since: String? = nil, items: [DatasetChanges.Item] = [],
    gone: [String: VersionStore.Gone] = [:]
  ) {
    self.gone = gone
    self.version = version
    self.checked = checked
    self.since = since
    self.items = items
    for (n, item) in items.enumerated() { index[Key(kind: item.kind, id: item.id)] = n }
  }

  public static let none = DataNews()

  /// The change of an item, if it is news (a renumbered item is not: nothing a visitor sees changed).
  public func change(_ kind: DatasetChanges.Item.Kind, _ id: String) -> DatasetChanges.Item? {
    guard let n = index[Key(kind: kind, id: id)], items[n].status != .renumbered else { return nil }
    return items[n]
  }

  /// The change of the item a bookmark is of, under its id or the one it had before.
  public func change(of key: BookmarkKey) -> DatasetChanges.Item? {
    guard let kind = DatasetChanges.Item.Kind(rawValue: key.kind.rawValue) else { return nil }
    return change(kind, key.id) ?? items.first { $0.previousBookmarkKey == key }
  }

  /// What a bookmark's item was called and why it left the data, if a version said so.
  public func departure(of key: BookmarkKey) -> (name: LocalizedText, status: DatasetChanges.Item.Status)? {
    if let change = change(of: key), change.status.isGone { return (change.name, change.status) }
    return gone[VersionStore.goneKey(key.kind.rawValue, key.id)].map { ($0.name, $0.status) }
  }

  /// Events of the old version that are gone, starting in `start ..< end` (a day of the schedule).
  public func cancelledEvents(from start: Date, to end: Date) -> [DatasetChanges.Item] {
    items.filter { $0.kind == .event && $0.status == .cancelled && ($0.start.map { start <= $0 && $0 < end } ?? false) }
  }

  /// The changes `scope` keeps: the bookmarked items', those not yet past, or all.
  /// (`end` is when an event ends, if the catalogue still has it; else its start counts.)
  public func items(
    _ scope: ChangesScope, bookmarks: Set<BookmarkKey>, now: Date, end: (DatasetChanges.Item) -> Date?
  ) -> [DatasetChanges.Item] {
    switch scope {
    case .mine: return items.filter { $0.isBookmarked(in: bookmarks) }
    case .upcoming: return items.filter { item in (end(item) ?? item.start).map { $0 > now } ?? true }
    case .all: return items
    }
  }
}
