import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// The station's `sync now` and the centre's server, the real binary both, killed with SIGKILL
/// at random points while a push is under way, 200 times: after each, one more pass must bring
/// the centre every event exactly once (0 lost, 0 duplicated) and leave nothing waiting (0 stuck).
@Suite(.serialized) struct KillTests {
    @Test(.disabled("unfinished: on this machine most of the 200 runs end before the kill lands, so the test does not yet prove what it claims; issue 10 stays open for it")) func killedStationsAndCentresLoseNothingDuplicateNothingAndLeaveNothingStuck() async throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let runs = Int(ProcessInfo.processInfo.environment["QM_SYNC_KILL_RUNS"] ?? "") ?? 200
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let centreDatabase = "sqlite:" + folder.appendingPathComponent("central.sqlite").path
        let port = try SpawnedProcess.freePort()
        var centre = try Self.startCentre(binary, database: centreDatabase, port: port)
        defer { centre.kill() }

        let store = try openCentralStore(centreDatabase)
        let station = try SyncStation()
        let code = try await store.addStation(name: "一楼库房", site: "总部")
        try await Enrolment.enrol(station.database, centre: "http://127.0.0.1:\(port)", code: code)

        var generator = SplitMix64(seed: 20_261_202)
        var killedStations = 0, killedCentres = 0, finishedFirst = 0
        for run in 1...runs {
            try station.receive(Int.random(in: 1...12, using: &generator))
            let push = try SpawnedProcess(binary, ["sync", "now", "--data", station.dataFolder, "--batch", "\(Int.random(in: 1...4, using: &generator))"])
            try await Task.sleep(for: .microseconds(Int.random(in: 0...250_000, using: &generator)))
            if push.hasEnded { finishedFirst += 1 }
            if Bool.random(using: &generator) {
                push.kill()
                killedStations += 1
            } else {
                centre.kill()
                killedCentres += 1
                push.wait()
                centre = try Self.startCentre(binary, database: centreDatabase, port: port)
            }

            // One more pass, as the kiosk's client or the next `sync now` makes, finishes the job.
            let recovery = try SpawnedProcess(binary, ["sync", "now", "--data", station.dataFolder])
            let status = recovery.wait()
            #expect(status == 0, "run \(run): recovery pass failed: \(recovery.error)")
            let ids = try station.journalIDs()
            let reconciliation = Reconciliation(station: ids, centre: try await Self.events(store, station.id))
            #expect(reconciliation.isExact, "run \(run): \(reconciliation)")
            #expect(try station.database.syncBacklog().count == 0, "run \(run): events stuck at the station")
            if !reconciliation.isExact || status != 0 { break }
        }
        // The runs really killed both sides mid-way, not only after the work was done.
        #expect(killedStations > runs / 4 && killedCentres > runs / 4)
        #expect(finishedFirst < runs / 2, "most kills should land while the push is under way")
    }

    static func startCentre(_ binary: String, database: String, port: Int) throws -> SpawnedProcess {
        let centre = try SpawnedProcess(binary, ["central", "serve", "--database", database, "--listen", "127.0.0.1:\(port)"])
        guard SpawnedProcess.waitForListener(port: port) else {
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
