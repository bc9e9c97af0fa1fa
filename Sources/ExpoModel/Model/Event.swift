import Foundation

/// A scheduled event: ceremony, fashion show, summit, forum, tasting, speech.
public struct Event: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var title: LocalizedText
  public var kind: String
  public var start: Date
  public var end: Date
  /// The venue (stage/room) id.
  public var venue: String
  public var speakers: [String]
  public var pavilion: String?
  public var exhibitors: [String]
  public var description: LocalizedText?

  public init(
    id: String, title: LocalizedText, kind: String, start: Date, end: Date, venue: String,
    speakers: [String] = [], pavilion: String? = nil, exhibitors: [String] = [], description: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.start = start
    self.end = end
    self.venue = venue
    self.speakers = speakers
    self.pavilion = pavilion
    self.exhibitors = exhibitors
    self.description = description
  }

  public var duration: TimeInterval { end.timeIntervalSince(start) }
}
