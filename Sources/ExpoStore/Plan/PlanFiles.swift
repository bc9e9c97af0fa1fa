import ExpoModel
import Foundation

/// Writes the visit plan's files (iCalendar, Markdown, CSV): the one export path of `expo export`
/// and of the guide's `e`.
public enum PlanFiles {
  /// Writes each file that has a path (through `FileOutput`: regular files replaced atomically,
  /// devices and FIFOs written into, links to files refused); returns the paths written.
  public static func write(
    _ plan: VisitPlan, ics: String? = nil, markdown: String? = nil, csv: String? = nil, booths: Bool = false,
    language: Language = .english, csvByteOrderMark: Bool = true, alarmMinutes: Int? = nil
  ) throws -> [String] {
    let t = UIText(language)
    var written: [String] = []
    // The CSV starts with a UTF-8 byte order mark: Excel (on Chinese Windows above all) otherwise
    // reads UTF-8 as the local code page.
    let bom = csvByteOrderMark ? "\u{FEFF}" : ""
    for (path, make) in [
      (ics, { PlanExport.ics(plan, booths: booths, t, alarmMinutes: alarmMinutes) }),
      (markdown, { PlanExport.markdown(plan, t) }),
      (csv, { bom + PlanExport.csv(plan, t) }),
    ] as [(String?, () -> String)] {
      guard let path else { continue }
      try FileOutput.write(make(), to: path)
      written.append(path)
    }
    return written
  }
}
