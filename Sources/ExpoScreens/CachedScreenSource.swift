import ExpoModel
import ExpoNavigation
import ExpoStore
import Foundation

/// The guide's `ScreenSource`: the pure builder with caches around it. Contents are kept per
/// screen and context (the context already blanks what a screen does not show), rows of long lists
/// in aligned blocks of 128; a screen that could not be read is shown but not kept, so the next
/// visit tries again. One per guide: its caches are not for use from more than one thread at a time.
public final class CachedScreenSource: ScreenSource {
  public let builder: CatalogueScreens
  public let header: ExpoHeader
  private var contents: [ContentKey: ScreenContent] = [:]
  private var contentOrder: [ContentKey] = []
  private var blocks: [BlockKey: [Row]] = [:]
  private var blockOrder: [BlockKey] = []
  /// (The last block, compared rather than hashed: a scroll by a row reads from it.)
  private let lastBlock = Recent<BlockKey, [Row]>()
  /// The content and the rows windows last asked for: a key asks for the same ones several times
  /// (the reducer, keeping the cursor visible, the scene, prefetching), and comparing the key with
  /// the last ones (its texts the same storage: compared by identity) costs less than hashing it.
  /// (The last four: a key asks for the current screen's and the breadcrumbs' screens'.)
  private let lastContents = Recent<ContentKey, ScreenContent>(limit: 4)
  private var windows: [Window] = []
  static let windowLimit = 3
  /// How many windows were moved in place (for tests).
  private(set) var slides = 0

  /// Rows `offset ..< offset + rows.count` of a listing, as last asked for.
  struct Window {
    var listing: Listing
    var language: Language
    var offset: Int
    var limit: Int
    var rows: [Row]

    func serves(_ listing: Listing, _ language: Language, limit: Int) -> Bool {
      self.limit == limit && self.language == language && self.listing == listing
    }
  }
  static let blockSize = 128
  static let contentLimit = 64
  static let blockLimit = 64

  struct ContentKey: Hashable {
    var screen: Screen
    var context: ContentContext
  }

  struct BlockKey: Hashable {
    var listing: Listing
    var language: Language
    var block: Int
  }

  public init(builder: CatalogueScreens) {
    self.builder = builder
    header = builder.header
  }

  public convenience init(catalogue: any CatalogueReading, news: DataNews = .none) throws {
    self.init(builder: try CatalogueScreens(catalogue: catalogue, news: news))
  }

  /// Read once: the catalogue does not change while it is open.
  public lazy var scheduleFilterOptions: ScheduleFilterOptions =
    (try? builder.scheduleFilterOptions()) ?? ScheduleFilterOptions()

  public func content(for screen: Screen, in context: ContentContext) -> ScreenContent {
    let key = ContentKey(screen: screen, context: context)
    if let last = lastContents.value(key) { return last }
    if let hit = contents[key] {
      lastContents.remember(key, hit)
      return hit
    }
    do {
      let content = try builder.content(for: screen, in: context)
      lastContents.remember(key, content)
      contents[key] = content
      contentOrder.append(key)
      if contentOrder.count > CachedScreenSource.contentLimit { contents[contentOrder.removeFirst()] = nil }
      return content
    } catch {
      return CatalogueScreens.failure(error, context.language)
    }
  }

  public func rows(of listing: Listing, in context: ContentContext, offset: Int, limit: Int) -> [Row] {
    let language = context.language
    if let kept = windows.first(where: { $0.offset == offset && $0.serves(listing, language, limit: limit) }) {
      return kept.rows
    }
    // (One row, as the selected row is asked for: from a window that holds it, or from the blocks;
    // not kept as a window of its own, which would push out the list's.)
    if limit == 1, offset >= 0 {
      if let kept = windows.first(where: {
        $0.language == language && $0.offset <= offset && offset < $0.offset + $0.rows.count && $0.listing == listing
      }) {
        return [kept.rows[offset - kept.offset]]
      }
      return window(of: listing, in: context, offset: offset, limit: 1).0
    }
    // A window a few rows from one kept (a move that scrolls the list): its rows moved in place,
    // only the rows brought in read.
    var near: Int?
    for (i, kept) in windows.enumerated()
    where kept.serves(listing, language, limit: limit) && kept.rows.count == limit && abs(kept.offset - offset) < limit
    {
      if near.map({ abs(kept.offset - offset) < abs(windows[$0].offset - offset) }) ?? true { near = i }
    }
    if let near {
      var kept = windows.remove(at: near)
      if slide(&kept, to: offset, context) {
        remember(kept)
        return kept.rows
      }
    }
    let (rows, complete) = window(of: listing, in: context, offset: offset, limit: limit)
    // (A window cut short by a block that could not be read is not kept: the next ask tries again.)
    if complete { remember(Window(listing: listing, language: language, offset: offset, limit: limit, rows: rows)) }
    return rows
  }

  /// Moves `kept` to start at `offset` (less than its length away), reading only the rows brought
  /// in; false when they could not all be read (`kept` is then not to be used).
  private func slide(_ kept: inout Window, to offset: Int, _ context: ContentContext) -> Bool {
    let by = offset - kept.offset
    let count = kept.rows.count
    let (brought, complete) = window(
      of: kept.listing, in: context, offset: by > 0 ? kept.offset + count : offset, limit: abs(by))
    guard complete, brought.count == abs(by) else { return false }
    if by > 0 {
      kept.rows.removeFirst(by)
      kept.rows += brought
    } else {
      kept.rows.removeLast(-by)
      kept.rows.insert(contentsOf: brought, at: 0)
    }
    kept.offset = offset
    slides += 1
    return true
  }

  private func remember(_ window: Window) {
    if windows.count >= CachedScreenSource.windowLimit { windows.removeFirst() }
    windows.append(window)
  }

  /// Rows `offset ..< offset + limit` from the blocks, and whether every block needed was read.
  private func window(of listing: Listing, in context: ContentContext, offset: Int, limit: Int) -> ([Row], Bool) {
    var out: [Row] = []
    var index = max(0, offset)
    let end = index + max(0, limit)
    let size = CachedScreenSource.blockSize
    while index < end {
      let block = index / size
      let rows: [Row]
      switch load(BlockKey(listing: listing, language: context.language, block: block), context) {
      case .success(let found): rows = found
      case .failure(let error):
        // (Not blank rows: where the list could not be read, it says why.)
        out.append(CatalogueScreens.failureRow(error, context.language))
        return (out, false)
      }
      let start = index - block * size
      guard start < rows.count else { break }
      let take = min(rows.count - start, end - index)
      if out.isEmpty { out.reserveCapacity(end - index) }
      out += rows[start..<(start + take)]
      index += take
    }
    return (out, true)
  }

  private func load(_ key: BlockKey, _ context: ContentContext) -> Result<[Row], any Error> {
    if let last = lastBlock.value(key) { return .success(last) }
    if let rows = blocks[key] {
      lastBlock.remember(key, rows)
      return .success(rows)
    }
    let size = CachedScreenSource.blockSize
    let rows: [Row]
    do {
      rows = try builder.rows(of: key.listing, in: context, offset: key.block * size, limit: size)
    } catch {
      return .failure(error)
    }
    blocks[key] = rows
    lastBlock.remember(key, rows)
    blockOrder.append(key)
    if blockOrder.count > CachedScreenSource.blockLimit { blocks[blockOrder.removeFirst()] = nil }
    return .success(rows)
  }

  public func mapTarget(for screen: Screen, selected: Screen?) -> Screen? {
    builder.mapTarget(for: screen, selected: selected)
  }

  public func reminderEvents(ids: [String]) -> [ReminderEvent] {
    ids.compactMap { id in
      (try? builder.catalogue.event(id: id))?.map {
        ReminderEvent(id: $0.id, title: $0.title, venue: $0.venueName, start: $0.start)
      }
    }
  }
}
