import ExpoModel
import Foundation
import Testing

@testable import ExpoNavigation

/// Reminders before bookmarked events: once each, in the window the settings give, with the bell
/// only when wanted, in the interface's language.
@Suite struct ReminderTests {
  let navigator = Navigator(source: MemorySource())
  let source = MemorySource()

  /// A time on day 0 in Shanghai (forum-1 starts at 10:00, show-1 at 11:00, forum-2 at 14:00).
  func at(_ hour: Int, _ minute: Int) -> Date {
    source.header.days[0].startOfDay(in: MemorySource.zone).addingTimeInterval(
      Double(hour) * 3600 + Double(minute) * 60)
  }

  func state(_ bookmarks: [String], minutes: Int?, bell: Bool = true, language: Language = .english) -> AppState {
    var state = navigator.initialState(width: 100, height: 30, now: at(8, 0), language: language)
    state.bookmarks = Set(bookmarks.map { BookmarkKey(.event, $0) })
    state.reminders = Reminders(minutes: minutes, bell: bell)
    return state
  }

  @Test func aReminderComesOnceInItsWindow() {
    var s = state(["show-1", "forum-2"], minutes: 10)
    #expect(navigator.reduce(into: &s, .tick(at(10, 49))).isEmpty)
    #expect(s.message == nil, "11 minutes before: not yet")
    #expect(navigator.reduce(into: &s, .tick(at(10, 50))) == [.bell])
    #expect(s.message == "⏰ In 10 min: Event show-1 · stage (11:00)")
    s.message = nil
    #expect(navigator.reduce(into: &s, .tick(at(10, 55))).isEmpty, "announced once")
    #expect(s.message == nil)
    // An event that has started is not announced.
    #expect(navigator.reduce(into: &s, .tick(at(14, 1))).isEmpty)
  }

  @Test func offWithoutMinutesQuietWithoutTheBellAndInChinese() {
    var off = state(["show-1"], minutes: nil)
    #expect(navigator.reduce(into: &off, .tick(at(10, 55))).isEmpty)
    #expect(off.message == nil)
    var quiet = state(["show-1"], minutes: 30, bell: false, language: .chinese)
    #expect(navigator.reduce(into: &quiet, .tick(at(10, 45))).isEmpty)
    #expect(quiet.message == "⏰ 15分钟后：活动show-1 · stage（11:00）")
    // Not bookmarked: no reminder.
    var none = state([], minutes: 60)
    #expect(navigator.reduce(into: &none, .tick(at(10, 30))).isEmpty)
    #expect(none.message == nil)
  }

  @Test func severalDueAtOnceAreOneMessage() {
    var s = state(["forum-1", "show-1"], minutes: 120)
    #expect(navigator.reduce(into: &s, .tick(at(9, 30))) == [.bell])
    #expect(s.message == "⏰ In 30 min: Event forum-1 · hall-a (10:00) (+1 more)")
    #expect(Set(s.reminders.announced.map { String($0.prefix { $0 != "@" }) }) == ["forum-1", "show-1"])
  }
}
