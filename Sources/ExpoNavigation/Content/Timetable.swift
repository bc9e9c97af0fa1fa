import ExpoModel
import Foundation

/// One day's events as a grid: venues across, time down. Built from the same filtered events as
/// the schedule's list, so the grid, the header's count and j/k agree (event `i` is list row `i`).
public struct Timetable: Hashable, Sendable {
  public struct Block: Hashable, Sendable {
    public var id: String
    /// Index into `venues`.
    public var venue: Int
    public var start: Date
    public var end: Date
    public var title: String
    public var bookmarked: Bool
    public var clash: Bool

    public init(id: String, venue: Int, start: Date, end: Date, title: String, bookmarked: Bool, clash: Bool) {
      self.id = id
      self.venue = venue
      self.start = start
      self.end = end
      self.title = title
      self.bookmarked = bookmarked
      self.clash = clash
    }
  }

  /// Venue names, in the catalogue's venue order (only venues with a shown event).
  public var venues: [String]
  /// In the list's order (time order).
  public var blocks: [Block]
  public var zone: ZoneRules

  public init(venues: [String], blocks: [Block], zone: ZoneRules) {
    self.venues = venues
    self.blocks = blocks
    self.zone = zone
  }
}
