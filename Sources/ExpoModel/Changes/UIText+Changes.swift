/// Words for what changed between two versions of the data (`expo changes`, the guide's Changes
/// screen and marks).
extension UIText {
  /// The mark of a changed item in lists: ✚ new, Δ changed, ✗ cancelled or removed, # renumbered.
  public static func changeMark(_ status: DatasetChanges.Item.Status) -> String {
    switch status {
    case .new: "✚"
    case .changed: "Δ"
    case .cancelled, .removed: "✗"
    case .renumbered: "#"
    }
  }
  public func changeKind(_ kind: DatasetChanges.Item.Kind) -> String {
    BookmarkKind(rawValue: kind.rawValue).map(bookmarkKind) ?? pick("booth", "展位")
  }
  public func changeStatus(_ status: DatasetChanges.Item.Status) -> String {
    switch status {
    case .new: pick("new", "新增")
    case .changed: pick("changed", "变更")
    case .renumbered: pick("renumbered", "重新编号")
    case .cancelled: pick("cancelled", "取消")
    case .removed: pick("removed", "移除")
    }
  }
  public func changeField(_ name: DatasetChanges.Field.Name) -> String {
    switch name {
    case .day: pick("day", "日期")
    case .time: pick("time", "时间")
    case .duration: pick("minutes", "时长（分钟）")
    case .venue: pick("venue", "场地")
    case .title: pick("title", "标题")
    case .speakers: pick("speakers", "嘉宾")
    case .kind: pick("kind", "类型")
    case .booth: pick("booth", "展位")
    case .hall: pick("hall", "展馆")
    case .name: pick("name", "名称")
    case .country: pick("country", "国别")
    case .pavilion: pick("pavilion", "国家馆")
    case .category: pick("category", "类别")
    case .exhibitor: pick("exhibitor", "展商")
    }
  }
  /// "time 14:00 → 15:00" (an empty value is a dash).
  public func fieldChange(_ field: DatasetChanges.Field) -> String {
    let old = field.old.isEmpty ? "—" : field.old
    let new = field.new.isEmpty ? "—" : field.new
    return pick("\(changeField(field.name)) \(old) → \(new)", "\(changeField(field.name))：\(old) → \(new)")
  }
  public func previouslyID(_ id: String) -> String { pick("was \(id)", "原编号\(id)") }
  /// Between a name and what changed of it ("Opening: time …", "开幕式，时间：…").
  public var afterName: String { pick(": ", "，") }
  public var fieldSeparator: String { pick("; ", "；") }
  /// What changed of an item, field by field, and the id it had ("time 10:30 → 11:30; was 101");
  /// empty for a new or gone item. `separator`: between them (the text's, by default).
  public func changeDetails(_ item: DatasetChanges.Item, separator: String? = nil) -> String {
    (item.fields.map(fieldChange) + (item.previousID.map { [previouslyID($0)] } ?? []))
      .joined(separator: separator ?? fieldSeparator)
  }
  /// The fields that changed, or when none did, the item's status ("cancelled").
  public func whatChanged(_ item: DatasetChanges.Item) -> String {
    item.fields.isEmpty ? changeStatus(item.status) : item.fields.map(fieldChange).joined(separator: fieldSeparator)
  }
  /// "2 changed, 1 new, 1 cancelled".
  public func changeSummary(_ counts: [(DatasetChanges.Item.Status, Int)]) -> String {
    list(
      counts.map { status, n in
        pick("\(UIText.grouped(n)) \(changeStatus(status))", "\(changeStatus(status))\(UIText.grouped(n))项")
      })
  }
}
