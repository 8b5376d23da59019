import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// The station's `sync now` and the centre's server, the real binary both, killed with SIGKILL
/// in the middle of a push, 200 times: after each, one more pass (the station's client, in the
/// test's process as in the kiosk's) must bring the centre every event exactly once (0 lost,
/// 0 duplicated) and leave nothing waiting (0 stuck). Once with the centre on a SQLite file, once
/// on PostgreSQL (a centre killed there mid-batch leaves PostgreSQL to roll back the open
/// transaction of the connection that died).
///
/// The kill is timed by what happens, not by the clock: the link runs through a loopback proxy
/// that counts the requests reaching the centre, and each run kills (after a jitter of up to
/// 3 ms) once the request of a randomly chosen batch has arrived. Batches of 1–4 events make a
/// push many requests long, so the kill lands before the centre commits a batch, while it
/// commits, after it commits but before the station hears, or while the station stores the
/// mark; the test counts how many runs were really cut short and requires nearly all.
@Suite(.serialized) struct KillTests {
    @Test(arguments: CentreKind.allCases)
    func killedStationsAndCentresLoseNothingDuplicateNothingAndLeaveNothingStuck(_ kind: CentreKind) async throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let runs = Int(ProcessInfo.processInfo.environment["QM_SYNC_KILL_RUNS"] ?? "") ?? 200
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let centreDatabase = kind == .postgres
            ? try await PrivatePostgres.shared().makeDatabase()
            : "sqlite:" + folder.appendingPathComponent("central.sqlite").path
        let port = try SpawnedProcess.freePort()
        var centre = try await Self.startCentre(binary, database: centreDatabase, port: port)
        defer { centre.kill() }
        let proxy = try DroppingProxy(upstreamPort: port)
        defer { proxy.stop() }

        let store = try openCentralStore(centreDatabase)
        let station = try SyncStation()
        let code = try await store.addStation(name: "一楼库房", site: "总部")
        try await Enrolment.enrol(station.database, centre: "http://127.0.0.1:\(proxy.port)", code: code)

        var generator = SplitMix64(seed: 20_261_202)
        var killedStations = 0, killedCentres = 0, cutShort = 0
        for run in 1...runs {
            let backlog = Int.random(in: 4...24, using: &generator)
            try station.receive(backlog)
            let batch = Int.random(in: 1...4, using: &generator)
            let batches = (backlog + batch - 1) / batch
            // A pass asks for the centre's mark first, then sends the batches: aim at one of those.
            let target = proxy.requests + 1 + Int.random(in: 1...batches, using: &generator)
            let killStation = Bool.random(using: &generator)
            let jitter = Duration.microseconds(Int.random(in: 0...3_000, using: &generator))

            let push = try SpawnedProcess(binary, ["sync", "now", "--data", station.dataFolder, "--batch", "\(batch)"])
            let reached = try await Self.waitUntil { proxy.requests >= target || push.hasEnded }
            #expect(reached, "run \(run): the push neither reached batch \(target) nor ended: \(push.error)")
            try await Task.sleep(for: jitter)
            if killStation {
                _ = try await onOwnThread { push.kill() }
                killedStations += 1
            } else {
                let killed = centre
                _ = try await onOwnThread { killed.kill() }
                killedCentres += 1
                _ = try await onOwnThread { push.wait() }
                centre = try await Self.startCentre(binary, database: centreDatabase, port: port)
            }
            let last = try #require(try station.database.syncEvents(after: 0, limit: .max).last?.sequence)
            if try #require(try station.database.syncLink()).acknowledged < last { cutShort += 1 }

            // One more pass, as the kiosk's client makes next (the same `SyncRun` as `sync now`),
            // finishes the job.
            var recovered = true
            do {
                _ = try await SyncRun(database: station.database, batchSize: 50).run()
            } catch {
                recovered = false
                Issue.record("run \(run): the recovery pass failed: \(error)")
            }
            let reconciliation = Reconciliation(station: try station.journalIDs(), centre: try await Self.events(store, station.id))
            #expect(reconciliation.isExact, "run \(run): \(reconciliation)")
            let stuck = try station.database.syncBacklog().count
            #expect(stuck == 0, "run \(run): \(stuck) event(s) stuck at the station")
            #expect(try await store.acknowledged(station: station.id) == last, "run \(run): the centre's mark is not the journal's end")
            if !reconciliation.isExact || !recovered || stuck != 0 { break }
        }
        // Both sides were killed often, and nearly every kill cut a push short (the station's
        // mark behind its journal's end), not a pass that had already sent everything.
        #expect(killedStations > runs / 4 && killedCentres > runs / 4)
        #expect(cutShort >= runs * 9 / 10, "only \(cutShort) of \(runs) kills landed inside the push")
        print("KillTests (\(kind)): \(runs) runs, \(killedStations) stations and \(killedCentres) centres killed, \(cutShort) pushes cut short")
    }

    /// Polls `condition` every half millisecond, up to 30 s; whether it became true.
    static func waitUntil(_ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .microseconds(500))
        }
        return true
    }

    static func startCentre(_ binary: String, database: String, port: Int) async throws -> SpawnedProcess {
        let centre = try SpawnedProcess(binary, ["central", "serve", "--database", database, "--listen", "127.0.0.1:\(port)"])
        guard try await onOwnThread({ SpawnedProcess.waitForListener(port: port) }) else {
            centre.kill()
            throw CentreDidNotStart(error: centre.error)
        }
        return centre
    }

    static func events(_ store: any CentralStore, _ station: String) async throws -> [SyncEvent] {
        var all: [SyncEvent] = []
        while true {
            let page = try await store.events(station: station, after: Int64(all.count), limit: 10_000)
            all += page
            if page.count < 10_000 { return all }
        }
    }
}

struct CentreDidNotStart: Error, CustomStringConvertible {
    var error: String
    var description: String { "the centre did not start: \(error)" }
}
