// Per-scan latency of an asset count (盘点) on a real SQLite file (WAL, synchronous=FULL),
// through the kiosk's own engine and store, then the close and the reconciliation report.
// Plain harness: prints p50/p90/p99/max per phase, times, and peak RSS.
//
//   swift build -c release --product count-latency
//   taskset -c 0 .build/release/count-latency [SCANS] [ASSETS] [DIR]
//
// The register: ASSETS assets (default 100,000) in 1,000 rooms (10 buildings of 100 rooms
// under one site), 100 per room, plus one disposed asset per room. One session over the whole site,
// then SCANS tag scans (default 100,000) room by room through `KioskEngine` over
// `StationDatabase`, each its own durable transaction: of each room's 100 scans, one is a tag
// of another room (moved), one an unknown tag (surplus), one the room's first tag again
// (duplicate), one a disposed asset, the rest found in place. Beside them,
// every 10th scan, a bare one-row commit at synchronous=FULL on the same disk: the disk's limit.
import Foundation
import GRDB
import QuartermasterCore
import Station
import Storage

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func report(_ name: String, _ samples: [Double]) {
    let s = samples.sorted()
    func ms(_ v: Double) -> String { String(format: "%.3f", v * 1000) }
    print("\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) n=\(s.count)  p50 \(ms(percentile(s, 0.5))) ms  p90 \(ms(percentile(s, 0.9))) ms  p99 \(ms(percentile(s, 0.99))) ms  max \(ms(s.last!)) ms")
}

/// Peak resident set size so far, in MiB (Linux reports ru_maxrss in KiB).
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let arguments = CommandLine.arguments
let scanCount = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let assetCount = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
let folder = arguments.count > 3 ? arguments[3] : NSTemporaryDirectory() + "qm-count-bench-\(getpid())"
try? FileManager.default.removeItem(atPath: folder)
let path = folder + "/station.sqlite"
let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

// MARK: The register

let buildings = 10, roomsPerBuilding = 100
let rooms = buildings * roomsPerBuilding
let perRoom = max(1, assetCount / rooms)
func room(_ index: Int) -> String { "LOC-B\(String(100 + index / roomsPerBuilding).suffix(2))-\(String(1000 + index % roomsPerBuilding).suffix(3))" }
func tag(_ n: Int) -> String { "FA-" + String(1_000_000 + n).suffix(6) }

var database = try StationDatabase(path: path, stationID: "BENCH")
try database.importPeople(csv: "badge,name,department,roles\n100231,张审计,审计部,auditor\n", file: "people.csv", actorBadge: "100231", time: Date())
try database.close()
let seedStart = clock.now
let seeding = try DatabaseQueue(path: path)
try seeding.write { db in
    try db.execute(sql: "INSERT INTO location (code, name) VALUES ('LOC-HQ', '总部')")
    for b in 0..<buildings {
        let building = "LOC-B\(String(100 + b).suffix(2))"
        try db.execute(sql: "INSERT INTO location (code, name, parent_code) VALUES (?, ?, 'LOC-HQ')", arguments: [building, "\(b + 1) 号楼"])
    }
    let location = try db.makeStatement(sql: "INSERT INTO location (code, name, parent_code) VALUES (?, ?, ?)")
    for r in 0..<rooms {
        try location.execute(arguments: [room(r), "\(r / roomsPerBuilding + 1) 号楼 \(r % roomsPerBuilding + 101) 室", String(room(r).prefix(7))])
    }
    let asset = try db.makeStatement(sql: "INSERT INTO asset (tag, name, category, location_code, status, cost_cents) VALUES (?, ?, ?, ?, ?, ?)")
    let categories = ["电脑", "家具", "设备", "车辆"]
    for n in 0..<(perRoom * rooms) {
        try asset.execute(arguments: [tag(n), "资产 \(n)", categories[n % categories.count], room(n / perRoom), "in_use", 10_000 + n % 500_000])
    }
    // Disposed ones, 1% more, one per room: not expected, flagged when scanned.
    for d in 0..<rooms {
        try asset.execute(arguments: [tag(900_000 + d), "报废资产 \(d)", "设备", room(d % rooms), "disposed", 0])
    }
}
try seeding.close()
let seedTime = seconds(seedStart.duration(to: clock.now))
database = try StationDatabase(path: path, stationID: "BENCH")
guard try database.synchronousLevel() == 2 else { fatalError("synchronous is not FULL") }
let rssSeeded = peakRSS()

// MARK: The session

var t = clock.now
let session = try database.openCount(CountOpening(scope: ["LOC-HQ"], blind: false, openedBy: "100231", station: "BENCH", time: Date()))
let openTime = seconds(t.duration(to: clock.now))

var engine = KioskEngine(
    router: KioskRouter(station: "BENCH", idleTimeout: 1e9),
    resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: database),
    slips: NoSlips())
engine.scan("QM-MODE-COUNT", at: Date())
engine.scan("100231", at: Date())

let bare = try DatabaseQueue(path: folder + "/bare.sqlite")
try bare.writeWithoutTransaction { db in
    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    try db.execute(sql: "PRAGMA synchronous = FULL")
    try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
}
guard try bare.read({ db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }) == 2 else { fatalError("bare synchronous is not FULL") }

var scanTimes: [Double] = [], locationTimes: [Double] = [], bareTimes: [Double] = []
var classes: [String: Int] = [:]
let perRoomScans = max(1, scanCount / rooms)
var done = 0
var surplus = 0
roomLoop: for r in 0..<rooms {
    t = clock.now
    engine.scan(room(r), at: Date())
    locationTimes.append(seconds(t.duration(to: clock.now)))
    guard case .counting? = engine.router.notice.as(CountNotice.self) else { fatalError("room \(room(r)): \(engine.router.notice)") }
    for i in 0..<perRoomScans {
        if done == scanCount { break roomLoop }
        let code: String
        switch i % 200 {
        case 1, 101: code = tag(((r + 7) % rooms) * perRoom + i % perRoom)      // moved: another room's asset
        case 2: surplus += 1; code = tag(990_000 + surplus)                     // surplus: not in the register
        case 3: code = tag(r * perRoom)                                          // duplicate: counted at i = 0
        case 4: code = tag(900_000 + r)                                          // disposed
        default: code = tag(r * perRoom + i % perRoom)                           // found in place
        }
        t = clock.now
        engine.scan(code, at: Date())
        scanTimes.append(seconds(t.duration(to: clock.now)))
        done += 1
        guard let notice = engine.router.notice.as(CountNotice.self) else { fatalError("\(code): \(engine.router.notice)") }
        switch notice {
        case .found: classes["found", default: 0] += 1
        case .moved: classes["moved", default: 0] += 1
        case .surplus: classes["surplus", default: 0] += 1
        case .duplicate: classes["duplicate", default: 0] += 1
        case .disposed: classes["disposed", default: 0] += 1
        default: fatalError("\(code): \(notice)")
        }
        if done % 10 == 0 {
            t = clock.now
            try bare.write { db in try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: ["row \(done)"]) }
            bareTimes.append(seconds(t.duration(to: clock.now)))
        }
    }
}
let rssScanned = peakRSS()

// MARK: Close and report

let today = CalendarDate(Date(), in: .current)
t = clock.now
var closure: CountClosure? = try database.closeCount(CountClosing(
    session: session.id, closedBy: "100231", station: "BENCH", time: Date(), acceptAllMoves: true,
    lastCounted: today, nextCount: today.adding(months: 3)))
let closeTime = seconds(t.duration(to: clock.now))
let rssClosed = peakRSS()
let (closeMoves, closeDates) = (closure?.moves.count ?? 0, closure?.counted ?? 0)
closure = nil
t = clock.now
guard let reconciliation = try database.reconciliation(session: session.id) else { fatalError("no reconciliation") }
let readTime = seconds(t.duration(to: clock.now))
/// The report as `count report -o FILE` writes it: record by record, 64 KiB at a time.
struct ChunkedFile: TextOutputStream {
    let handle: FileHandle
    var buffer: [UInt8] = []
    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 65_536 { flush() }
    }
    mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
t = clock.now
let csvPath = folder + "/count.csv"
guard FileManager.default.createFile(atPath: csvPath, contents: nil) else { fatalError("cannot create \(csvPath)") }
var csvFile = ChunkedFile(handle: try FileHandle(forWritingTo: URL(fileURLWithPath: csvPath)))
ReconciliationCSV.write(reconciliation, to: &csvFile)
csvFile.flush()
try csvFile.handle.close()
let csvTime = seconds(t.duration(to: clock.now))
let csvBytes = (try FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int) ?? 0
let rssReported = peakRSS()

print("count latency, \(done) tag scans in \(rooms) rooms, \(perRoom * rooms) assets (+\(rooms) disposed), SQLite WAL synchronous=FULL, folder \(folder)")
print("classes: " + classes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
print(String(format: "seed register (bulk SQL)      %.2f s", seedTime))
print(String(format: "open session (snapshot)       %.3f s  (%d expected)", openTime, reconciliation.total.expected))
report("location scan (find + tally)", locationTimes)
report("tag scan → durable commit", scanTimes)
report("bare 1-row commit (FULL)", bareTimes)
print(String(format: "close (moves %d, dates %d)   %.3f s", closeMoves, closeDates, closeTime))
print(String(format: "reconciliation (read)         %.3f s  (%d rows)", readTime, reconciliation.rows.count))
print(String(format: "report CSV (to a file)        %.3f s  (%d KiB)", csvTime, csvBytes / 1024))
print(String(format: "peak RSS: seeded %.1f MiB, after scans %.1f MiB, after close %.1f MiB, after report %.1f MiB", rssSeeded, rssScanned, rssClosed, rssReported))
try? FileManager.default.removeItem(atPath: folder)
