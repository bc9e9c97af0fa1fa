import ExpoModel

/// Messages of the command line's text output.
extension UIText {
  func noResultsFor(_ query: String) -> String { pick("no results for \"\(query)\"", "没有与“\(query)”匹配的结果") }
  /// "20 of 151 exhibitors (--limit 20)".
  func shownOf(_ shown: Int, _ total: Int, _ what: String) -> String {
    pick(
      "\(UIText.grouped(shown)) of \(UIText.grouped(total)) \(what) (--limit \(shown))",
      "\(what)：显示了\(UIText.grouped(shown))/\(UIText.grouped(total))（--limit \(shown)）")
  }
  func resultsByKind(_ counts: [(SearchKind, Int)]) -> String {
    let parts = counts.map { kind, n in
      isChinese
        ? "\(self.kind(kind))\(UIText.grouped(n))"
        : "\(UIText.grouped(n)) \(n == 1 ? kind.rawValue : self.kind(kind).lowercased())"
    }
    return pick("results: ", "结果（") + list(parts) + pick("", "）")
  }
  func wroteFile(_ path: String) -> String { pick("wrote \(path)", "已写入\(path)") }
}
