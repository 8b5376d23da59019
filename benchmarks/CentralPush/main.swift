import Central
import CentralServer
import Foundation
import GRDB
import Hummingbird
import Logging
import QuartermasterCore
import Storage
import Sync

// central-push: how fast a station's backlog reaches PostgreSQL, three ways in one run, each
// into a fresh database of the same cluster:
//
//   1. sync (the headline): a real station database holding --events journal entries, drained
//      by the station's own client (`SyncRun`, batches of --batch) over HTTP on loopback into
//      the real server (`CentralServer`, in process) and `PostgresCentralStore`: the whole
//      path, read from SQLite, JSON both ways, auth, the exactly-once transaction and ledger.
//   2. store: the same events handed straight to `PostgresCentralStore.push` (no HTTP), which
//      says how much of the time is the database's.
//   3. psql \copy of the same event rows into a bare table shaped like `event` (no checks, no
//      ledger, one COPY): the practical ceiling.
//
//   swift build -c release --scratch-path .build-release --product central-push
//   scripts/postgres-test start /tmp/pgb-NAME
//   .build-release/release/central-push --database "$(scripts/postgres-test url /tmp/pgb-NAME)" [--events 200000] [--batch 5000]
//
// `--only sync|store|copy` runs one of the three (for a profiler watching the process).
//
// After a delivery of each of 500 items, half the events are pickups (a movement, a stock
// update and a requisition row each), half slip reprints (stored, no ledger effect), as a
// storeroom's journal is. --no-stock leaves out the deliveries: every pickup then also raises
// an anomaly (stock below zero), the centre's slowest case.

struct Options {
    var database = ""
    var events = 200_000
    var batch = PushRequest.batchEvents
    var stocked = true
    var stations = 1
    var inFlight = 2
    /// The ways to run (all three unless `--only` names one): a profiler can then watch one.
    var ways: Set<String> = ["sync", "store", "copy"]

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--database": database = iterator.next() ?? ""
            case "--events": events = Int(iterator.next() ?? "") ?? events
            case "--batch": batch = Int(iterator.next() ?? "") ?? batch
            case "--no-stock": stocked = false
            case "--stations": stations = max(1, Int(iterator.next() ?? "") ?? stations)
            case "--in-flight": inFlight = max(1, Int(iterator.next() ?? "") ?? inFlight)
            case "--only":
                let way = iterator.next() ?? ""
                guard ways.contains(way) else { fallthrough }
                ways = [way]
            default:
                FileHandle.standardError.write(Data("usage: central-push --database postgres://… [--events N] [--batch N] [--stations N] [--in-flight N] [--no-stock] [--only sync|store|copy]\n".utf8))
                exit(2)
            }
        }
        guard database.hasPrefix("postgres") else {
            FileHandle.standardError.write(Data("central-push: --database postgres://… is required (scripts/postgres-test start DIR prints one)\n".utf8))
            exit(2)
        }
        guard (1...20_000).contains(batch) else {
            FileHandle.standardError.write(Data("central-push: --batch must be between 1 and 20000\n".utf8))
            exit(2)
        }
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
}

func run(_ tool: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
    }
}

/// The journal: first a delivery of each of the 500 items (so pickups leave stock above zero, as
/// in a storeroom that is run; with `--no-stock` every pickup raises a below-zero anomaly
/// instead), then pickups and slip reprints, alternating.
func makeEvents(_ count: Int, station: String, stocked: Bool) throws -> [SyncEvent] {
    var generator = SystemRandomNumberGenerator()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .millisecondsSince1970
    let start: Int64 = 1_764_640_000_000
    let items = 500
    return try (1...count).map { index in
        let time = start + Int64(index) * 1000
        let date = Date(timeIntervalSince1970: Double(time) / 1000)
        let id = UUIDv7.make(time: date, using: &generator).uuidString.lowercased()
        let payload: String
        let kind: String
        if stocked && index <= items {
            kind = JournalEventKind.stockReceived.rawValue
            let delivery = StockChange(kind: .receipt, itemCode: "ITEM-\(index - 1)", quantity: 1_000_000, actorBadge: "100200", station: station, time: date)
            payload = String(decoding: try encoder.encode(delivery), as: UTF8.self)
        } else if index % 2 == 0 {
            kind = JournalEventKind.pickupConfirmed.rawValue
            payload = #"{"acceptedByKeeper":false,"keeperBadge":"100231","picks":[{"itemCode":"ITEM-\#(index % items)","quantity":1}],"recipientBadge":"10\#(index % 9000 + 1000)","requisitionNumber":"R-2026-\#(station)-\#(index / 2)","station":"\#(station)","time":\#(time)}"#
        } else {
            kind = JournalEventKind.slipReprinted.rawValue
            payload = #"{"note":"张伟 补打 第\#(index) 张","station":"\#(station)"}"#
        }
        return SyncEvent(id: id, station: station, sequence: Int64(index), actor: "100231", time: time, kind: kind, payload: payload)
    }
}

func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }

/// A fresh database in the cluster, and a migrated store on it.
func freshStore(_ label: String) async throws -> (name: String, url: String, store: PostgresCentralStore) {
    let name = "qm_bench_\(label)_\(UInt32.random(in: .min ... .max))"
    try run(psql, ["-X", "-q", options.database, "-c", "CREATE DATABASE \(name)"])
    let url = options.database.replacingOccurrences(of: "/postgres", with: "/\(name)")
    let store = try PostgresCentralStore(url: url)
    try await store.migrate()
    return (name, url, store)
}

/// Every pickup and delivery became a movement, and (with stock) no anomaly was raised.
func checkLedger(_ store: PostgresCentralStore, _ label: String) async throws -> (movements: Int, anomalies: Int) {
    let expected = events.filter { $0.kind != JournalEventKind.slipReprinted.rawValue }.count
    let movements = try await store.movements().count
    let anomalies = try await store.anomalies().count
    guard movements == expected, !options.stocked || anomalies == 0 else {
        throw Failure(description: "\(label): \(movements) movements for \(expected) pickups and deliveries, \(anomalies) anomalies")
    }
    return (movements, anomalies)
}

let options = Options(CommandLine.arguments)
let psql = "/usr/bin/psql"
let clock = ContinuousClock()
let folder = NSTemporaryDirectory() + "central-push-\(UUID().uuidString)"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

// MARK: 1. sync: each station's journal drained over HTTP into the server and PostgreSQL

let stationIDs = (1...options.stations).map { "一楼库房-\($0)" }
let perStation = options.events / options.stations
let journals = try stationIDs.map { try makeEvents(perStation, station: $0, stocked: options.stocked) }
let events = journals.flatMap { $0 }
let batch = options.batch
var databaseNames: [String] = []

@MainActor func drainStations() async throws -> (Duration, movements: Int, anomalies: Int) {
    var databases: [StationDatabase] = []
    let sync = try await freshStore("sync")
    databaseNames.append(sync.name)
    var logger = Logger(label: "central-push")
    logger.logLevel = .critical  // a cancelled server logs its open connections as errors
    let (ports, sink) = AsyncStream.makeStream(of: Int.self)
    // A batch above the server's default limit is a trial of a larger limit: the server takes it.
    let app = CentralServer(store: sync.store, maxBatch: max(batch, CentralServer.defaultMaxBatch)).application(host: "127.0.0.1", port: 0, logger: logger) { sink.yield($0) }
    let serving = Task { try await app.run() }
    func first(_ ports: AsyncStream<Int>) async -> Int? {
        for await port in ports { return port }
        return nil
    }
    guard let port = await first(ports) else { throw Failure(description: "the server did not start") }
    for (stationID, journal) in zip(stationIDs, journals) {
        let path = folder + "/\(stationID).sqlite"
        try StationDatabase(path: path, stationID: stationID).close()
        // The journal as the station writes it (the same columns `recordStockChange` and the
        // pickup commit fill), appended in one transaction: a week offline, say.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            let statement = try db.makeStatement(sql: "INSERT INTO journal (id, station, sequence, actor, time, kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for event in journal {
                try statement.execute(arguments: [event.id, event.station, event.sequence, event.actor, event.time, event.kind, event.payload])
            }
        }
        try queue.close()
        let station = try StationDatabase(path: path, stationID: stationID)
        let code = try await sync.store.addStation(name: stationID, site: "总部")
        let enrolled = try await CentreConnection(centreURL: "http://127.0.0.1:\(port)", token: nil).enrol(EnrolRequest(code: code, station: stationID))
        try station.saveSyncLink(centreURL: "http://127.0.0.1:\(port)", stationName: enrolled.name, token: enrolled.token, at: Date())
        guard try station.syncBacklog().count == perStation else { throw Failure(description: "sync: \(stationID)'s backlog is not \(perStation)") }
        databases.append(station)
    }
    let syncStart = clock.now
    // Every station drains at once, each one pass of its own client, as branches coming back online do.
    try await withThrowingTaskGroup(of: Void.self) { group in
        for station in databases {
            group.addTask {
                let report = try await SyncRun(database: station, batchSize: batch, batchesInFlight: options.inFlight).run()
                guard report.acknowledged == Int64(perStation), try station.syncBacklog().count == 0 else {
                    throw Failure(description: "sync: \(station.stationID) acknowledged \(report.acknowledged) of \(perStation)")
                }
            }
        }
        try await group.waitForAll()
    }
    let drained = clock.now - syncStart
    for stationID in stationIDs where try await sync.store.acknowledged(station: stationID) != Int64(perStation) {
        throw Failure(description: "sync: the centre's mark for \(stationID) is not \(perStation)")
    }
    let ledger = try await checkLedger(sync.store, "sync")
    serving.cancel()
    _ = try? await serving.value
    for station in databases { try station.close() }
    sync.store.shutdown()
    return (drained, ledger.movements, ledger.anomalies)
}

// MARK: 2. store: the same events straight into PostgresCentralStore.push, stations at once

@MainActor func pushIntoTheStore() async throws -> Duration {
    let direct = try await freshStore("store")
    databaseNames.append(direct.name)
    defer { direct.store.shutdown() }
    var authenticated: [AuthenticatedStation] = []
    for stationID in stationIDs {
        let code = try await direct.store.addStation(name: stationID, site: "总部")
        let enrolled = try await direct.store.enrol(EnrolRequest(code: code, station: stationID))
        guard let station = try await direct.store.authenticate(token: enrolled.token) else { throw Failure(description: "enrolled station did not authenticate") }
        authenticated.append(station)
    }
    let pushStart = clock.now
    let store = direct.store
    try await withThrowingTaskGroup(of: Void.self) { group in
        for (station, journal) in zip(authenticated, journals) {
            group.addTask {
                var acknowledged: Int64 = 0
                for start in stride(from: 0, to: journal.count, by: batch) {
                    acknowledged = try await store.push(Array(journal[start..<min(start + batch, journal.count)]), from: station).acknowledged
                }
                guard acknowledged == Int64(journal.count) else { throw Failure(description: "store: acknowledged \(acknowledged) of \(journal.count)") }
            }
        }
        try await group.waitForAll()
    }
    let pushed = clock.now - pushStart
    _ = try await checkLedger(direct.store, "store")
    return pushed
}

// MARK: 3. the ceiling: the same rows through \copy into a bare table shaped like `event`

@MainActor func copyWithPsql() async throws -> Duration {
    let bare = try await freshStore("copy")
    databaseNames.append(bare.name)
    bare.store.shutdown()
    let csv = folder + "/events.csv"
    var text = ""
    text.reserveCapacity(events.count * 300)
    for event in events {
        text += [csvField(event.station), String(event.sequence), event.id, event.actor, String(event.time), event.kind, csvField(event.payload), "0"].joined(separator: ",") + "\n"
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
    try run(psql, ["-X", "-q", bare.url, "-c", "CREATE TABLE event_copy (LIKE event INCLUDING ALL)"])
    let copyStart = clock.now
    try run(psql, ["-X", "-q", bare.url, "-c", "\\copy event_copy (station, sequence, id, actor, time, kind, payload, received_at) FROM '\(csv)' CSV"])
    return clock.now - copyStart
}

func rate(_ duration: Duration) -> Double { Double(events.count) / seconds(duration) }
let drained = options.ways.contains("sync") ? try await drainStations() : nil
let pushed = options.ways.contains("store") ? try await pushIntoTheStore() : nil
let copied = options.ways.contains("copy") ? try await copyWithPsql() : nil
print("events: \(events.count) from \(options.stations) station(s) at once, in batches of \(options.batch), \(options.inFlight) in flight"
    + (drained.map { "; movements applied: \($0.movements), anomalies raised: \($0.anomalies)" } ?? ""))
if let (duration, _, _) = drained {
    print(String(format: "sync (station client → HTTP on loopback → server → PostgreSQL): %.2f s, %.0f events/s", seconds(duration), rate(duration)))
}
if let pushed {
    print(String(format: "store push (PostgresCentralStore.push, no HTTP):                %.2f s, %.0f events/s", seconds(pushed), rate(pushed)))
}
if let copied {
    print(String(format: "psql \\copy (same rows, no checks, no ledger):                   %.2f s, %.0f events/s", seconds(copied), rate(copied)))
}
for name in databaseNames {
    try run(psql, ["-X", "-q", options.database, "-c", "DROP DATABASE \(name) WITH (FORCE)"])
}
