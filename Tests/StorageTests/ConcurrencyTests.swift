import Foundation
import QuartermasterCore
@testable import Storage
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

    /// The counter's look-ups run on the writer connection (`lookUp`), whose pages it has cached:
    /// another program's commit is still seen by the next look-up, pages the station had just
    /// written included, and a look-up still answers while that program holds the write lock.
    @Test func lookUpsSeeAnotherProgramsCommitsAtOnceAndAnswerWhileItWrites() throws {
        let fixture = try StationFixture(busyTimeout: .milliseconds(200))
        let database = fixture.database
        #expect(try database.code("100299") == nil)
        _ = try database.recordPickup(fixture.commit("YPQ-2024-001", [("PEN", 1)]))
        #expect(try database.item(barcode: "PEN")?.stock == 4)

        let change = try SQLiteShell.run("""
            INSERT INTO person (badge, name, department, roles, active) VALUES ('100299', '王五', '行政部', 'employee', 1);
            UPDATE item SET stock = 3 WHERE code = 'PEN';
            """, on: fixture.path)
        #expect(change.status == 0, "\(change.error)")
        guard case .badge(let person)? = try database.code("100299") else {
            Issue.record("the badge another program registered is not seen: \(String(describing: try database.code("100299")))")
            return
        }
        #expect(person.name == "王五")
        #expect(try database.item(barcode: "PEN")?.stock == 3)
        #expect(try database.item(code: "PEN")?.stock == 3)

        let lock = try SQLiteShell.WriteLock(on: fixture.path)
        defer { lock.release() }
        #expect(try database.person(badge: "100299")?.department == "行政部")
        #expect(try database.requisitionDetail(number: "YPQ-2024-001")?.requisition.lines.first { $0.itemCode == "PEN" }?.picked == 1)
    }

    /// A push reads the journal on a reader connection (`read`) for as long as it takes; a scan's
    /// look-up and a pickup's commit, on the writer, go ahead meanwhile (SyncClient's promise).
    @Test func aScanAndAPickupGoAheadWhileAReaderIsHeld() throws {
        let fixture = try StationFixture()
        let database = fixture.database
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? database.read { _ in
                holding.signal()
                release.wait()
            }
            done.signal()
        }
        holding.wait()
        defer {
            release.signal()
            done.wait()
        }
        let answered = DispatchSemaphore(value: 0)
        let pickup = fixture.commit("YPQ-2024-001", [("PEN", 1)])
        nonisolated(unsafe) var results: (KnownCode?, PickupOutcome?)
        DispatchQueue.global().async {
            results = (try? database.code("100231"), try? database.recordPickup(pickup))
            answered.signal()
        }
        guard answered.wait(timeout: .now() + 30) == .success else {
            Issue.record("the look-up and the pickup waited for the held reader")
            return
        }
        guard case .badge(let person)? = results.0 else {
            Issue.record("no badge for 100231: \(String(describing: results.0))")
            return
        }
        #expect(person.name == "Zhang San")
        #expect(results.1?.items["PEN"]?.stock == 4)
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
