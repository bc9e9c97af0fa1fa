import ExpoModel

/// The one-line editor of a bookmark's note: grapheme clusters, so a Chinese character or an
/// emoji is one step of the cursor and one Backspace.
public struct NoteEditor: Hashable, Sendable {
  public var key: BookmarkKey
  public private(set) var characters: [Character]
  /// Insertion point, 0…characters.count.
  public private(set) var cursor: Int

  public init(key: BookmarkKey, text: String) {
    self.key = key
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  public mutating func insert(_ c: Character) {
    guard characters.count < 500 else { return }
    characters.insert(c, at: cursor)
    cursor += 1
  }

  public mutating func backspace() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func delete() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func left() { cursor = max(0, cursor - 1) }
  public mutating func right() { cursor = min(characters.count, cursor + 1) }
  public mutating func home() { cursor = 0 }
  public mutating func end() { cursor = characters.count }

  public mutating func clear() {
    characters = []
    cursor = 0
  }
}
