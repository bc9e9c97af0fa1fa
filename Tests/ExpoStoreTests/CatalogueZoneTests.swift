import ExpoModel
import Foundation
import Testing

@testable import ExpoStore

/// A compiled catalogue lists its zone's offsets: the guide reads times without Foundation's zone,
/// and they are the times Foundation's zone gives.
@Suite struct CatalogueZoneTests {
  @Test func theSampleListsItsZoneAndItsTimesAreFoundations() throws {
    let catalogue = SampleCatalogue.shared
    let info = try catalogue.info()
    #expect(info.zone.isTable && info.zone.identifier == "Asia/Shanghai")
    let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
    let events = try catalogue.events(EventQuery(), offset: 0, limit: 10_000)
    #expect(!events.isEmpty)
    for event in events {
      #expect(ExpoTime.iso8601(event.start, zone: info.zone) == ExpoTime.iso8601(event.start, zone: zone))
      #expect(LocalDate(event.start, in: info.zone) == LocalDate(event.start, in: zone))
    }
    for day in info.expo.days {
      #expect(info.expo.start(of: day, in: info.zone) == info.expo.start(of: day, in: zone))
    }
  }

  /// A catalogue without the list (an older one) reads its zone from Foundation.
  @Test func withoutAListTheZoneIsFoundations() throws {
    var info = try SampleCatalogue.shared.info()
    info.zoneTable = nil
    #expect(!info.zone.isTable && info.zone.timeZone.identifier == "Asia/Shanghai")
  }
}
