import Central
import Foundation
import QuartermasterCore

// central-push: how fast the centre stores a station's backlog in PostgreSQL through the store
// (`PostgresCentralStore.push`, batches of --batch events, ledger applied), and the same event
// rows loaded with psql's \copy into a table of the same shape, in the same run: the ceiling.
//
//   swift build -c release --product central-push
//   .build/release/central-push --database postgres://quartermaster@127.0.0.1:PORT/postgres [--events 200000] [--batch 1000]
//
// Start the cluster with scripts/postgres-test start DIR. Each run uses a new database in it.
// Half the events are pickups (one movement, a stock update and a requisition row each), half
// slip reprints (stored, no ledger effect), as a storeroom's journal is.

struct Options {
    var database = ""
    var events = 200_000
    var batch = 1000

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--database": database = iterator.next() ?? ""
            case "--events": events = Int(iterator.next() ?? "") ?? events
            case "--batch": batch = Int(iterator.next() ?? "") ?? batch
            default:
                FileHandle.standardError.write(Data("usage: central-push --database postgres://… [--events N] [--batch N]\n".utf8))
                exit(2)
            }
        }
        guard database.hasPrefix("postgres") else {
            FileHandle.standardError.write(Data("central-push: --database postgres://… is required (scripts/postgres-test start DIR prints one)\n".utf8))
            exit(2)
        }
    }
}

func run(_ tool: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CentralStoreError(.database, "\(tool) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
    }
}

func makeEvents(_ count: Int, station: String) -> [SyncEvent] {
    var generator = SystemRandomNumberGenerator()
    let start: Int64 = 1_764_640_000_000
    return (1...count).map { index in
        let time = start + Int64(index) * 1000
        let id = UUIDv7.make(time: Date(timeIntervalSince1970: Double(time) / 1000), using: &generator).uuidString.lowercased()
        let payload: String
        let kind: String
        if index % 2 == 0 {
            kind = "pickup.confirmed"
            payload = #"{"acceptedByKeeper":false,"keeperBadge":"100231","picks":[{"itemCode":"ITEM-\#(index % 500)","quantity":1}],"recipientBadge":"10\#(index % 9000 + 1000)","requisitionNumber":"R-2026-\#(index / 4)","station":"\#(station)","time":\#(time)}"#
        } else {
            kind = "slip.reprinted"
            payload = #"{"note":"张伟 补打 第\#(index) 张","station":"\#(station)"}"#
        }
        return SyncEvent(id: id, station: station, sequence: Int64(index), actor: "100231", time: time, kind: kind, payload: payload)
    }
}

func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

let options = Options(CommandLine.arguments)
let psql = "/usr/bin/psql"
let name = "qm_bench_\(UInt32.random(in: .min ... .max))"
try run(psql, ["-X", "-q", options.database, "-c", "CREATE DATABASE \(name)"])
let url = options.database.replacingOccurrences(of: "/postgres", with: "/\(name)")
let store = try PostgresCentralStore(url: url)
try await store.migrate()
let code = try await store.addStation(name: "bench", site: "总部")
let enrolled = try await store.enrol(EnrolRequest(code: code, station: "bench-station"))
guard let station = try await store.authenticate(token: enrolled.token) else { fatalError("enrolled station did not authenticate") }
let events = makeEvents(options.events, station: station.station)

// The store: batches in sequence order, one push (one transaction) each.
let clock = ContinuousClock()
let pushStart = clock.now
var acknowledged: Int64 = 0
for start in stride(from: 0, to: events.count, by: options.batch) {
    acknowledged = try await store.push(Array(events[start..<min(start + options.batch, events.count)]), from: station).acknowledged
}
let pushed = clock.now - pushStart
guard acknowledged == Int64(events.count), try await store.acknowledged(station: station.station) == acknowledged else {
    fatalError("acknowledged \(acknowledged) of \(events.count)")
}

// The ceiling: the same rows through \copy into a bare table shaped like `event`.
let csv = NSTemporaryDirectory() + "\(name).csv"
var text = ""
text.reserveCapacity(events.count * 300)
for event in events {
    text += [event.station, String(event.sequence), event.id, event.actor, String(event.time), event.kind, csvField(event.payload), "0"].joined(separator: ",") + "\n"
}
try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
try run(psql, ["-X", "-q", url, "-c", "CREATE TABLE event_copy (LIKE event INCLUDING ALL)"])
let copyStart = clock.now
try run(psql, ["-X", "-q", url, "-c", "\\copy event_copy (station, sequence, id, actor, time, kind, payload, received_at) FROM '\(csv)' CSV"])
let copied = clock.now - copyStart
try? FileManager.default.removeItem(atPath: csv)

func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
let movements = try await store.movements().count
print("events: \(events.count) in batches of \(options.batch); movements applied: \(movements)")
print(String(format: "store push: %.2f s, %.0f events/s", seconds(pushed), Double(events.count) / seconds(pushed)))
print(String(format: "psql \\copy (same rows, no ledger): %.2f s, %.0f events/s", seconds(copied), Double(events.count) / seconds(copied)))
store.shutdown()
try run(psql, ["-X", "-q", options.database, "-c", "DROP DATABASE \(name) WITH (FORCE)"])
