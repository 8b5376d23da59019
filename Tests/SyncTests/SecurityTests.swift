import Central
import Foundation
import QuartermasterCore
import Storage
import Sync
import Testing

/// Every refusal a station can meet, through the real server: the status, and a body a person
/// can read. Nothing of a refused push is stored.
@Suite struct SecurityTests {
    @Test func aPushWithoutATokenIsRefusedWith401() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try station.receive(2)
        let events = try station.database.syncEvents(after: 0, limit: 10)
        await #expect(throws: SyncFailure.self) { _ = try await CentreConnection(centreURL: centre.url, token: nil).push(events) }
        let failure = await syncFailure { _ = try await CentreConnection(centreURL: centre.url, token: nil).push(events) }
        #expect(failure?.kind == .refused(status: 401))
        #expect(try await centre.storedEvents(station.id).isEmpty)
        await centre.stop()
    }

    @Test func aRevokedTokenIsRefusedWith401AndItsEventsStay() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("前台"))
        try station.receive(2)
        _ = try await SyncRun(database: station.database).run()
        try await centre.store.revokeStation(name: "前台")
        try station.receive(1)
        let failure = await syncFailure { _ = try await SyncRun(database: station.database).run() }
        #expect(failure?.kind == .refused(status: 401))
        #expect(try await centre.storedEvents(station.id).count == 2 + 2)  // the two imports and two receipts
        // The station records why, for its status line.
        #expect(try station.database.syncLink()?.lastError?.contains("401") == true)
        await centre.stop()
    }

    @Test func anotherStationsEventsAreRefusedWith403AndNothingIsStored() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let honest = try SyncStation(id: "库房-1")
        let other = try SyncStation(id: "库房-2")
        try await Enrolment.enrol(honest.database, centre: centre.url, code: try await centre.addStation("一号库房"))
        try other.receive(1)
        let token = try #require(try honest.database.syncLink()?.token)
        let failure = await syncFailure {
            _ = try await CentreConnection(centreURL: centre.url, token: token).push(try other.database.syncEvents(after: 0, limit: 10))
        }
        #expect(failure?.kind == .refused(status: 403))
        #expect(try await centre.storedEvents("库房-2").isEmpty)
        #expect(try await centre.storedEvents("库房-1").isEmpty)
        await centre.stop()
    }

    @Test func aReplayedEnrolmentCodeIsRefusedWith401() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let first = try SyncStation(id: "库房-1")
        let thief = try SyncStation(id: "库房-9")
        let code = try await centre.addStation("一号库房")
        try await Enrolment.enrol(first.database, centre: centre.url, code: code)
        let failure = await syncFailure { try await Enrolment.enrol(thief.database, centre: centre.url, code: code) }
        #expect(failure?.kind == .refused(status: 401))
        #expect(try thief.database.syncLink() == nil)
        await centre.stop()
    }

    @Test func anUnknownTokenIsRefusedWith401() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let failure = await syncFailure { _ = try await CentreConnection(centreURL: centre.url, token: "not-a-token").acknowledged() }
        #expect(failure?.kind == .refused(status: 401))
        #expect(failure?.message.contains("token") == true)
        await centre.stop()
    }
}
