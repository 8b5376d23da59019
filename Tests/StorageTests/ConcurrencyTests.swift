import Foundation
import QuartermasterCore
import Storage
import Testing

/// Another program holding the database: the keeper is told to wait, nothing half-written.
@Suite("Concurrency")
struct ConcurrencyTests {
    @Test func writeLockHeldByAnotherProgramIsReportedAsBusy() throws {
        let fixture = try StationFixture(busyTimeout: .milliseconds(200))
        let before = try fixture.snapshot()
        let lock = try SQLiteShell.WriteLock(on: fixture.path)
        let problem = #expect(throws: StationProblem.self) {
            try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8)]))
        }
        #expect(problem?.kind == .busy)
        #expect(problem?.message == "The station database is busy: another program is using it.")
        #expect(problem?.advice == "Wait a moment and try again; if it keeps happening, close other programs using \(fixture.path).")
        // Reads still work while another program writes (WAL).
        #expect(try fixture.snapshot() == before)
        lock.release()
        let outcome = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8)]))
        #expect(outcome.items["A4-70"]?.stock == 32)
    }

    @Test func importWhileLockedIsAStationProblemNotAFileProblem() throws {
        let fixture = try StationFixture(busyTimeout: .milliseconds(200))
        let before = try fixture.snapshot()
        let lock = try SQLiteShell.WriteLock(on: fixture.path)
        defer { lock.release() }
        let problem = #expect(throws: ImportProblem.self) {
            try fixture.database.importPeople(csv: StationFixture.people, file: "people.csv", actorBadge: "C01", time: .now)
        }
        guard case .station(let station) = problem else {
            Issue.record("expected a station problem, got \(String(describing: problem))")
            return
        }
        #expect(station.kind == .busy)
        #expect(try fixture.snapshot() == before)
    }

    @Test func concurrentPickupsNeverOversell() async throws {
        let fixture = try StationFixture()
        let database = fixture.database
        // YPQ-2024-001 owes 8 of A4-70: eight keepers racing to hand out one each, twice over.
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let commit = PickupCommit(
                        requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "A4-70", quantity: 1)], keeperBadge: "K01",
                        recipientBadge: "100231", acceptedByKeeper: false, station: "hq-1", time: StationFixture.pickupTime)
                    return (try? database.recordPickup(commit)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 8)
        #expect(try database.item(code: "A4-70")?.stock == 32)
        #expect(try database.journal().map(\.sequence) == Array(1...11))
    }
}
