import ExpoModel
import ExpoUI

/// A table of strings written as aligned text (fitting a width), JSON or CSV.
struct Table {
  struct Column {
    var header: String
    /// JSON key.
    var key: String
    /// Shrinks first when the table is too wide.
    var flexible = false
    var alignRight = false
    /// Not shown as a text column (JSON/CSV only).
    var hiddenInText = false
    /// Shown in text only (a shorter form of what JSON/CSV carry in another column).
    var onlyInText = false
  }

  var columns: [Column]
  /// Row values; JSON values per column (for typed JSON), text shown in text/CSV.
  var rows: [[JSONText.Value]]

  static func text(_ value: JSONText.Value) -> String {
    switch value {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .bool(let b): return b ? "yes" : "no"
    case .null: return ""
    case .array(let items): return items.map(text).joined(separator: ", ")
    case .object(let members): return members.map { "\($0.0)=\(text($0.1))" }.joined(separator: " ")
    }
  }

  /// `t` names the text output's headers (JSON and CSV keep the keys).
  func render(_ format: OutputFormat, _ t: UIText = .english) -> String {
    switch format {
    case .json:
      let objects = rows.map { row in
        JSONText.Value.object(zip(columns, row).filter { !$0.0.onlyInText }.map { ($0.key, $1) })
      }
      return JSONText.Value.array(objects).pretty() + "\n"
    case .csv:
      let kept = columns.indices.filter { !columns[$0].onlyInText }
      var out = kept.map { csv(columns[$0].key) }.joined(separator: ",") + "\r\n"
      for row in rows { out += kept.map { csv(Table.text(row[$0])) }.joined(separator: ",") + "\r\n" }
      return out
    case .text:
      return renderText(width: TerminalInfo.width, colour: TerminalInfo.useColour, t)
    }
  }

  func csv(_ field: String) -> String { Sanitize.csvField(field) }

  /// Aligned columns; the flexible columns shrink (with an ellipsis) to fit `width`.
  func renderText(width: Int?, colour: Bool, _ t: UIText = .english) -> String {
    let shown = columns.indices.filter { !columns[$0].hiddenInText }
    let headers = columns.map { t.tableHeader(key: $0.key, english: $0.header) }
    let cells = rows.map { row in shown.map { Sanitize.line(Table.text(row[$0])) } }
    var widths = shown.enumerated().map { i, c in
      max(DisplayWidth.of(headers[c]), cells.map { DisplayWidth.of($0[i]) }.max() ?? 0)
    }
    let gap = 2
    if let width {
      var total = widths.reduce(0, +) + gap * max(0, widths.count - 1)
      let flexible = shown.enumerated().filter { columns[$0.element].flexible }.map(\.offset)
      while total > width {
        // Shrink the widest flexible column (or the widest column when none is flexible), down
        // to the next widest at once (a note of a million characters is one step, not a million).
        let candidates = flexible.isEmpty ? Array(widths.indices) : flexible
        guard let widest = candidates.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 else { break }
        let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
        let cut = max(1, min(total - width, widths[widest] - max(next, 6)))
        widths[widest] -= cut
        total -= cut
      }
    }
    var out = ""
    let header = shown.enumerated().map { i, c in
      DisplayWidth.fit(headers[c], to: widths[i], alignRight: columns[c].alignRight)
    }.joined(separator: String(repeating: " ", count: gap))
    out += (colour ? "\u{1B}[1m" : "") + trimRight(header) + (colour ? "\u{1B}[0m" : "") + "\n"
    for row in cells {
      let line = shown.enumerated().map { i, c in
        // (The last column is not padded: the padding would only be trimmed off again, and
        // padding every row to one long note made the output as long as rows × that note.)
        i == shown.count - 1 && !columns[c].alignRight
          ? DisplayWidth.truncate(row[i], to: widths[i])
          : DisplayWidth.fit(row[i], to: widths[i], alignRight: columns[c].alignRight)
      }.joined(separator: String(repeating: " ", count: gap))
      out += trimRight(line) + "\n"
    }
    return out
  }

  private func trimRight(_ s: String) -> String {
    var s = s
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}

/// The text output's column headers in Chinese, by column key (JSON and CSV keep the keys).
extension UIText {
  func tableHeader(key: String, english: String) -> String {
    guard isChinese else { return english }
    if english == "CC" { return "国别" }
    let zh: [String: String] = [
      "booths": "展位", "categories": "类别", "category": "类别", "country": "国别", "day": "日期", "detail": "详情",
      "end": "结束", "exhibitor": "展商", "exhibitorName": "展商名称", "exhibitors": "展商数", "hall": "展馆",
      "id": "编号", "kind": "类型", "match": "匹配", "name": "名称", "nameZh": "中文", "note": "备注", "origin": "产地",
      "pavilion": "国家馆", "pavilions": "国家馆数", "status": "状态", "changes": "变更", "when": "时间", "previousId": "原编号",
      "products": "产品数",
      "score": "得分", "speakers": "嘉宾",
      "start": "开始", "time": "时间", "title": "标题", "titleZh": "中文", "venue": "场地", "visited": "已参观",
    ]
    return zh[key] ?? english
  }
}
