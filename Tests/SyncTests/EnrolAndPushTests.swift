import AsyncHTTPClient
import Central
import Foundation
import NIOCore
import QuartermasterCore
import Storage
import Sync
import Testing

/// The whole path over loopback: the real server, the real SQLite central store, the station's
/// real database and its client, the way `sync enrol` and `sync now` use them.
@Suite struct EnrolAndPushTests {
    @Test func aStationEnrolsPushesAndEveryEventArrivesOnce() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try station.receive(25)
        let code = try await centre.addStation("一楼库房")
        try await Enrolment.enrol(station.database, centre: centre.url, code: code)

        let report = try await SyncRun(database: station.database, batchSize: 10).run()
        let ids = try station.journalIDs()
        #expect(report.acknowledged == Int64(ids.count))
        #expect(report.sent == ids.count)
        let stored = try await centre.storedEvents(station.id)
        #expect(Reconciliation(station: ids, centre: stored).isExact)
        // The payload arrives byte for byte, Chinese text and quotes included.
        let local = try station.database.syncEvents(after: 0, limit: .max)
        #expect(stored == local)
        #expect(try station.database.syncLink()?.acknowledged == Int64(ids.count))
        #expect(try station.database.syncBacklog().count == 0)

        // Nothing new: the next pass sends nothing and still succeeds.
        let again = try await SyncRun(database: station.database).run()
        #expect(again.sent == 0)
        await centre.stop()
    }

    @Test func theMarkSurvivesARestartAndOnlyNewEventsAreSent() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("二楼库房"))
        try station.receive(5)
        _ = try await SyncRun(database: station.database).run()
        try station.reopen()
        try station.receive(3)
        let report = try await SyncRun(database: station.database).run()
        #expect(report.sent == 3)
        #expect(Reconciliation(station: try station.journalIDs(), centre: try await centre.storedEvents(station.id)).isExact)
        await centre.stop()
    }

    @Test func aCentreThatHasMoreThanTheStationKnowsIsBelievedWithoutResending() async throws {
        // The station stopped between the centre's commit and storing the acknowledgement.
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("三楼库房"))
        try station.receive(4)
        let link = try #require(try station.database.syncLink())
        let authenticated = try #require(try await centre.store.authenticate(token: link.token))
        _ = try await centre.store.push(try station.database.syncEvents(after: 0, limit: 100), from: authenticated)
        let report = try await SyncRun(database: station.database).run()
        #expect(report.sent == 0)
        #expect(report.acknowledged == Int64(try station.journalIDs().count))
        await centre.stop()
    }
}

/// `sync enrol` as the command does it, for tests that do not run the binary.
enum Enrolment {
    static func enrol(_ database: StationDatabase, centre url: String, code: String) async throws {
        let answer = try await CentreConnection(centreURL: url, token: nil).enrol(EnrolRequest(code: code, station: database.stationID))
        try database.saveSyncLink(centreURL: url, stationName: answer.name, token: answer.token, at: Date())
    }
}
