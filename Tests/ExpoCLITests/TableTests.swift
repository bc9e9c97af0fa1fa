import ExpoModel
import Foundation
import Testing

@testable import ExpoCLI

/// The text table: widths as before, and a very long cell (a note of a megabyte, from an import)
/// costs its own length, not rows × its length.
@Suite struct TableTests {
  static func table(note: String, rows: Int) -> Table {
    Table(
      columns: [
        Table.Column(header: "KIND", key: "kind"), Table.Column(header: "NAME", key: "name", flexible: true),
        Table.Column(header: "NOTE", key: "note", flexible: true),
      ],
      rows: (0..<rows).map { i in
        [.string("exhibitor"), .string("Exhibitor \(i)"), .string(i == rows / 2 ? note : "short \(i)")]
      })
  }

  @Test func aLongNoteIsShrunkToTheWidthAndNotPaddedOnEveryRow() {
    let note = String(repeating: "琥珀 amber ", count: 100_000)
    let started = ContinuousClock.now
    let narrow = Self.table(note: note, rows: 2_000).renderText(width: 80, colour: false)
    let piped = Self.table(note: note, rows: 2_000).renderText(width: nil, colour: false)
    #expect(ContinuousClock.now - started < .seconds(5))
    let lines = narrow.split(separator: "\n")
    #expect(lines.count == 2_001)
    #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    #expect(lines.contains { $0.hasSuffix("…") })
    // Piped: the note whole, every other row as short as its text.
    #expect(piped.contains(note.trimmingCharacters(in: .whitespaces)))
    #expect(piped.utf8.count < note.utf8.count + 2_000 * 60)
  }

  @Test func widthsShrinkTheWidestFlexibleColumnFirst() {
    let table = Table(
      columns: [
        Table.Column(header: "A", key: "a"), Table.Column(header: "B", key: "b", flexible: true),
        Table.Column(header: "C", key: "c", flexible: true),
      ],
      rows: [[.string("aaaa"), .string(String(repeating: "b", count: 30)), .string(String(repeating: "c", count: 20))]])
    // 4 + 30 + 20 + 2 gaps of 2 = 58; at 40 the widest (B) gives 18 columns back... down to C's 20,
    // then both shrink one at a time: 4 + 16/17 + 16/17 + 4 = 40.
    let lines = table.renderText(width: 40, colour: false).split(separator: "\n")
    #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
    let row = String(lines[1])
    #expect(row.hasPrefix("aaaa  "))
    let bWidth = DisplayWidth.of(String(row.dropFirst(6).prefix(while: { $0 != " " })))
    #expect((16...17).contains(bWidth), "\(row)")
    #expect(DisplayWidth.of(row) == 40)
  }
}
