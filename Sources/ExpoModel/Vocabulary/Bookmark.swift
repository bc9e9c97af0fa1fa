import Foundation

/// What can be bookmarked: an exhibitor (its booths), an event or a product.
public enum BookmarkKind: String, Sendable, Hashable, CaseIterable, Codable {
  case exhibitor
  case event
  case product
}

/// A bookmark's identity: stable across recompiles (expo id + item id).
public struct BookmarkKey: Sendable, Hashable, Codable {
  public var kind: BookmarkKind
  public var id: String

  public init(_ kind: BookmarkKind, _ id: String) {
    self.kind = kind
    self.id = id
  }
}

public struct Bookmark: Sendable, Hashable {
  public var key: BookmarkKey
  public var created: Date
  public var note: String
  public var visited: Bool

  public init(key: BookmarkKey, created: Date, note: String = "", visited: Bool = false) {
    self.key = key
    self.created = created
    self.note = note
    self.visited = visited
  }
}
