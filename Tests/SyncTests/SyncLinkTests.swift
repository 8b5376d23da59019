import Foundation
import QuartermasterCore
import Storage
import Sync
import Testing

/// The station's side of the link (migration `v6-sync`), on a real station database.
@Suite struct SyncLinkTests {
    @Test func theLinkAndItsMarksSurviveARestartAndTheMarkNeverGoesDown() throws {
        let station = try SyncStation()
        #expect(try station.database.syncLink() == nil)
        #expect(StationDatabase.knownMigrations.contains("v6-sync"), "applied by every database (not necessarily the last)")
        let enrolled = Date(timeIntervalSince1970: 1_764_633_600)
        try station.database.saveSyncLink(centreURL: "https://central.example.com", stationName: "一楼库房", token: "secret", at: enrolled)
        try station.receive(5)
        try station.database.recordAcknowledged(4, at: enrolled)
        try station.database.recordAcknowledged(2, at: enrolled)  // a late answer to an earlier batch
        try station.reopen()
        let link = try #require(try station.database.syncLink())
        #expect(link.centreURL == "https://central.example.com")
        #expect(link.stationName == "一楼库房")
        #expect(link.token == "secret")
        #expect(link.acknowledged == 4)
        #expect(link.lastError == nil)
    }

    @Test func theBacklogCountsWhatTheCentreHasNotAcknowledgedWithTheOldestTime() throws {
        let station = try SyncStation()
        try station.database.saveSyncLink(centreURL: "http://127.0.0.1:1", stationName: "前台", token: "t", at: Date())
        try station.receive(3)
        let all = try station.database.syncEvents(after: 0, limit: 100)
        #expect(all.count == 5)  // two imports, three receipts
        #expect(all.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(all.allSatisfy { $0.station == station.id })
        try station.database.recordAcknowledged(3, at: Date())
        let backlog = try station.database.syncBacklog()
        #expect(backlog.count == 2)
        #expect(backlog.oldest == Date(timeIntervalSince1970: 1_709_300_001))
        #expect(try station.database.syncEvents(after: 3, limit: 1).map(\.sequence) == [4])
    }

    @Test func aFailureIsRecordedForTheStatusLineAndASuccessClearsIt() throws {
        let station = try SyncStation()
        try station.database.saveSyncLink(centreURL: "http://127.0.0.1:1", stationName: "前台", token: "t", at: Date())
        try station.database.recordSyncFailure("The centre refused the station (401).", at: Date())
        #expect(try station.database.syncLink()?.lastError == "The centre refused the station (401).")
        try station.database.recordAcknowledged(0, at: Date())
        #expect(try station.database.syncLink()?.lastError == nil)
    }

    @Test func anUnenrolledStationIsToldHowToEnrol() async throws {
        let station = try SyncStation()
        do {
            _ = try await SyncRun(database: station.database).run()
            Issue.record("an unenrolled station synced")
        } catch {
            #expect(error.kind == .notEnrolled)
            #expect(error.description.contains("sync enrol"))
        }
    }

    @Test func anUnreachableCentreIsOfflineAndRecorded() async throws {
        let station = try SyncStation()
        try station.database.saveSyncLink(centreURL: "http://127.0.0.1:1", stationName: "前台", token: "t", at: Date())
        try station.receive(1)
        do {
            _ = try await SyncRun(database: station.database).run()
            Issue.record("synced to a port nobody listens on")
        } catch {
            #expect(error.kind == .offline)
            #expect(error.isTransient)
        }
        #expect(try station.database.syncLink()?.lastError?.contains("could not be reached") == true)
        #expect(try station.database.syncLink()?.acknowledged == 0)
    }
}
