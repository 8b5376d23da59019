import Foundation
import QuartermasterCore
import Storage
import Testing

/// A database is one station's: its id is stored when it is created, a run under another id
/// is refused, and only a deliberate rename changes it, with the journal running on.
@Suite("Station identity")
struct IdentityTests {
    @Test func openingUnderAnotherIDIsRefusedNamingBoth() throws {
        let fixture = try StationFixture()
        try fixture.database.close()
        let problem = #expect(throws: StationProblem.self) {
            try StationDatabase(path: fixture.path, stationID: "laptop-7")
        }
        #expect(problem?.message.contains(#"belongs to station "hq-1""#) == true, "\(String(describing: problem))")
        #expect(problem?.message.contains(#"started as station "laptop-7""#) == true)
        #expect(problem?.advice.contains("--station hq-1") == true)
        #expect(problem?.advice.contains("quartermaster db rename-station laptop-7 --station hq-1") == true)
        // Nothing was written under the other name, and the right one still opens.
        let again = try StationDatabase(path: fixture.path, stationID: "hq-1")
        #expect(try again.journal().allSatisfy { $0.station == "hq-1" })
        try again.close()
    }

    @Test func withoutAnIDTheDatabaseOpensAsItsOwnStation() throws {
        let fixture = try StationFixture()
        try fixture.database.close()
        // No --station, QM_STATION or station.yaml, and the machine was renamed since: the
        // database is still this storeroom's, and opens as the station it was created for.
        let reopened = try StationDatabase(path: fixture.path, stationID: nil, newStationID: "renamed-host")
        #expect(reopened.stationID == "hq-1")
        try reopened.close()
        // A new database takes the fallback id for good.
        let fresh = fixture.directory.appendingPathComponent("fresh/station.sqlite").path
        let created = try StationDatabase(path: fresh, stationID: nil, newStationID: "host-1")
        #expect(created.stationID == "host-1")
        try created.close()
        #expect(try StationDatabase(path: fresh, stationID: nil, newStationID: "host-2").stationID == "host-1")
        #expect(throws: StationProblem.self) { try StationDatabase(path: fresh, stationID: "host-2", newStationID: "host-2") }
    }

    @Test func renamingIsJournalledAndTheSequenceRunsOn() throws {
        let fixture = try StationFixture()
        try fixture.database.close()
        let before = try StationDatabase(path: fixture.path, stationID: "hq-1")
        let last = try #require(try before.journal().last?.sequence)
        try before.close()

        let renamed = try StationDatabase.renameStation(
            path: fixture.path, from: "hq-1", to: "STORE-2F", actorBadge: "admin", time: StationFixture.pickupTime)
        #expect(renamed.stationID == "STORE-2F")
        let event = try #require(try renamed.journal(after: last).first)
        #expect(event.kind == .stationRenamed)
        #expect(event.station == "STORE-2F")
        #expect(event.sequence == last + 1)
        #expect(event.payload == #"{"previous":"hq-1","station":"STORE-2F"}"#)

        _ = try renamed.recordPickup(PickupCommit(
            requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "PEN", quantity: 1)], keeperBadge: "K01",
            recipientBadge: "100231", acceptedByKeeper: false, station: "STORE-2F", time: StationFixture.pickupTime))
        // One history: the entries written as hq-1, the rename, then STORE-2F's, numbered on.
        let journal = try renamed.journal()
        #expect(journal.map(\.sequence) == Array(1...(last + 2)))
        #expect(journal.last?.station == "STORE-2F")
        #expect(journal.first?.station == "hq-1")
        try renamed.close()

        #expect(throws: StationProblem.self) { try StationDatabase(path: fixture.path, stationID: "hq-1") }
    }

    @Test func renamingNeedsTheCurrentID() throws {
        let fixture = try StationFixture()
        try fixture.database.close()
        #expect(throws: StationProblem.self) {
            try StationDatabase.renameStation(path: fixture.path, from: "wrong", to: "STORE-2F", actorBadge: "admin", time: Date())
        }
        #expect(try SQLiteShell.run("SELECT id FROM station;", on: fixture.path).output == "hq-1\n")
    }
}
