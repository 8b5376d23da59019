// Scan → state update → durable commit latency of the storeroom pickup, on a real SQLite file
// (WAL, synchronous=FULL). Plain harness: prints p50/p90/p99/max per phase.
//
//   swift run -c release pickup-latency [SCANS] [DIR]
//
// Each pickup is the requisition scan and one item scan (resolve + flow update + a durable
// commit keeping the scans, open_pickup) followed by the recipient's badge scan (resolve + flow
// update + one transaction with fsync that also owes the slip). At the end, the ratios issue 7's
// goal compares. Then, as the kiosk does once the screen says "Recorded", the slip is rendered (cairo,
// Pango, qrencode; in a child process as the running station does with QM_BENCH_QUARTERMASTER set
// to a quartermaster binary, else here) and put in the print queue. SCANS pickups are measured, after 100 that warm
// the WAL up. Beside them, in the same run and folder, a bare one-row commit at
// synchronous=FULL, after 1,000 that warm its WAL up: the disk's limit. The confirming
// scan is also given as time on the CPU (the rest is waiting for the disk), and split into the
// commits that ran SQLite's automatic WAL checkpoint and those that did not.
import Foundation
import GRDB
import QuartermasterCore
import Rendering
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

let arguments = CommandLine.arguments
let scans = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
/// Pickups made before the measured ones, and bare commits made before the first: both WAL
/// files then have grown to the size SQLite checkpoints at (1,000 frames) and are reused from
/// their start, as on a station that has been running. A commit that still extends its WAL
/// also syncs the file's new size: a fresh file's first thousand commits are slower.
let warmUpPickups = 100, warmUpBareCommits = 1_000
let folder = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory() + "qm-bench-\(getpid())"
try? FileManager.default.removeItem(atPath: folder)
let database = try StationDatabase(path: folder + "/station.sqlite", stationID: "BENCH")

// One keeper, one applicant, 50 items with plenty of stock, one requisition per pickup.
let itemCount = 50
var people = "badge,name,department,roles\nE1001,Keeper,Storeroom,keeper\nE2001,张三,General Affairs,employee\n"
var items = "code,barcodes,name,spec,unit,category,stock,threshold,bin\n"
func ean(_ n: Int) -> String {
    CheckDigit.appended(to: "6901234" + String(100_000 + n).suffix(5))!
}
for n in 1...itemCount { items += "ITM-\(n),\(ean(n)),Item \(n),spec,pcs,stationery,1000000,10,A-\(n)\n" }
var requisitions = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved\n"
for n in 1...(warmUpPickups + scans) {
    requisitions += "YPQ-2024-\(String(100_000 + n).suffix(6)),E2001,General Affairs,2024-03-01,bench,Manager Li,approved,ITM-\(n % itemCount + 1),1,1\n"
}
try database.importPeople(csv: people, file: "people.csv", actorBadge: "E1001", time: Date())
try database.importItems(csv: items, file: "items.csv", actorBadge: "E1001", time: Date())
try database.importRequisitions(csv: requisitions, file: "requisitions.csv", actorBadge: "E1001", time: Date())

// Where slips go: `queue` (default: rendered and stored in the print queue, as with a slip
// printer) or `folder` (PDF files, the kiosk's default without a printer): QM_BENCH_SLIPS.
let slipRenderer = SlipRenderer(language: .english, timeZone: .current, paper: .roll(widthMM: 80))
let slipsTo = ProcessInfo.processInfo.environment["QM_BENCH_SLIPS"] ?? "queue"
let slipDestination: StationSlipOutput.Destination = slipsTo == "folder"
    ? .folder(PDFSlipFolder(folder: folder + "/out", renderer: slipRenderer))
    : .queue("bench-slips", renderer: slipRenderer)
var slips = StationSlipOutput(destination: slipDestination, database: database)
// The running station draws each slip in a child process (`quartermaster draw`): with
// QM_BENCH_QUARTERMASTER=BINARY so does this harness; without it the slip is drawn here.
if let binary = ProcessInfo.processInfo.environment["QM_BENCH_QUARTERMASTER"] {
    slips.drawing = ChildProcessDrawing(executable: binary)
}
var engine = KioskEngine(
    router: KioskRouter(station: "BENCH"),
    resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: database),
    slips: slips)
engine.scan("E1001", at: Date())

var openTimes: [Double] = [], itemTimes: [Double] = [], confirmTimes: [Double] = [], pickupTimes: [Double] = []
var slipTimes: [Double] = [], confirmCPUTimes: [Double] = []
let clock = ContinuousClock()
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
/// This thread's CPU time (user and kernel, waits excluded): GRDB runs each access on the
/// calling thread, so the confirming scan's CPU time minus its wall time is its wait for the disk.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
/// Frames SQLite has copied from the WAL into the database file (`nBackfill`, offset 96 of the
/// `-shm` WAL index: https://www.sqlite.org/walformat.html). It grows exactly when a checkpoint
/// runs, so reading it around a commit tells whether SQLite's automatic checkpoint (at 1,000
/// WAL frames) ran inside that commit.
func backfilledFrames(_ shm: Int32) -> UInt32 {
    var value: UInt32 = 0
    guard pread(shm, &value, 4, 96) == 4 else { fatalError("cannot read the WAL index") }
    return value
}
/// Frames in the WAL (`mxFrame`, offset 16 of the WAL index): its growth across a commit is
/// the pages that commit wrote (each frame one page), unless the WAL restarted from its start.
func walFrames(_ shm: Int32) -> UInt32 {
    var value: UInt32 = 0
    guard pread(shm, &value, 4, 16) == 4 else { fatalError("cannot read the WAL index") }
    return value
}
let stationSHM = open(folder + "/station.sqlite-shm", O_RDONLY)
guard stationSHM >= 0 else { fatalError("no WAL index at \(folder)/station.sqlite-shm") }
var checkpointedConfirms: [Double] = [], plainConfirms: [Double] = []
var framesPerConfirm: [Int] = []

// The physical limit, in the same run on the same disk: a bare one-row commit in WAL mode at
// synchronous=FULL (what any durable write costs), through the same SQLite library.
let bare = try DatabaseQueue(path: folder + "/bare.sqlite")
try bare.writeWithoutTransaction { db in
    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    try db.execute(sql: "PRAGMA synchronous = FULL")
    try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
}
let level = try bare.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
guard level == 2, try database.synchronousLevel() == 2 else { fatalError("synchronous is not FULL") }
var bareTimes: [Double] = [], bareCPUTimes: [Double] = [], framesPerBareCommit: [Int] = []
let bareSHM = open(folder + "/bare.sqlite-shm", O_RDONLY)
guard bareSHM >= 0 else { fatalError("no WAL index at \(folder)/bare.sqlite-shm") }
for n in 1...warmUpBareCommits {
    try bare.write { db in try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: ["warm-up \(n)"]) }
}

for n in 1...(warmUpPickups + scans) {
    let measured = n > warmUpPickups
    let number = "YPQ-2024-\(String(100_000 + n).suffix(6))"
    var t = clock.now
    engine.scan(number, at: Date())
    let open = seconds(t.duration(to: clock.now))
    t = clock.now
    engine.scan(ean(n % itemCount + 1), at: Date())
    let item = seconds(t.duration(to: clock.now))
    let backfilled = backfilledFrames(stationSHM), framesBefore = walFrames(stationSHM)
    t = clock.now
    let cpu = threadCPUSeconds()
    engine.scan("E2001", at: Date())
    let confirm = seconds(t.duration(to: clock.now))
    let confirmCPU = threadCPUSeconds() - cpu
    if measured {
        openTimes.append(open)
        itemTimes.append(item)
        confirmTimes.append(confirm)
        confirmCPUTimes.append(confirmCPU)
        pickupTimes.append(item + confirm)
        let framesAfter = walFrames(stationSHM)
        if framesAfter > framesBefore { framesPerConfirm.append(Int(framesAfter - framesBefore)) }
        if backfilledFrames(stationSHM) > backfilled { checkpointedConfirms.append(confirm) } else { plainConfirms.append(confirm) }
    }
    guard case .pickupRecorded? = engine.router.notice.as(PickupNotice.self) else { fatalError("pickup \(number) not recorded: \(engine.router.notice)") }
    // What the kiosk does right after the screen says "Recorded": render the slip and queue it.
    t = clock.now
    engine.performFollowUps(at: Date())
    if measured { slipTimes.append(seconds(t.duration(to: clock.now))) }
    guard let note = engine.router.job(PickupJob.self)?.slipNote, note.hasPrefix("queued for") || note.hasSuffix(".pdf") else {
        fatalError("slip for \(number) not queued: \(String(describing: engine.router.job(PickupJob.self)?.slipNote))")
    }
    // The disk's limit, interleaved so both see the same moment: one bare row, one commit.
    t = clock.now
    let bareCPU = threadCPUSeconds(), bareFramesBefore = walFrames(bareSHM)
    try bare.write { db in try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: ["row \(n)"]) }
    if measured {
        bareTimes.append(seconds(t.duration(to: clock.now)))
        bareCPUTimes.append(threadCPUSeconds() - bareCPU)
        let bareFramesAfter = walFrames(bareSHM)
        if bareFramesAfter > bareFramesBefore { framesPerBareCommit.append(Int(bareFramesAfter - bareFramesBefore)) }
    }
}

print("pickup latency, \(scans) item scans (after \(warmUpPickups) unmeasured), SQLite WAL synchronous=FULL, slips to \(slipsTo), folder \(folder)")
report("requisition scan → kept", openTimes)
report("item scan → scans kept", itemTimes)
report("badge scan → durable commit", confirmTimes)
report("  of which on CPU", confirmCPUTimes)
report("  without a checkpoint", plainConfirms)
if checkpointedConfirms.isEmpty {
    print("  with SQLite's checkpoint   n=0")
} else {
    report("  with SQLite's checkpoint", checkpointedConfirms)
}
/// Pages a commit wrote (WAL frames), over the commits that did not restart the WAL.
func reportFrames(_ name: String, _ counts: [Int]) {
    let frames = counts.sorted()
    guard !frames.isEmpty else { return print("\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) n=0") }
    let mean = Double(frames.reduce(0, +)) / Double(frames.count)
    print("\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) n=\(frames.count)  min \(frames[0])  p50 \(frames[frames.count / 2])  mean \(String(format: "%.2f", mean))  max \(frames[frames.count - 1])")
}
reportFrames("  WAL frames (pages)", framesPerConfirm)
report("item scan + commit", pickupTimes)
report("slip render + queue (after)", slipTimes)
report("bare 1-row commit (FULL)", bareTimes)
report("  of which on CPU", bareCPUTimes)
reportFrames("  WAL frames (pages)", framesPerBareCommit)

// What issue 7's goal compares: a p99 within 1.5x of the bare commit's. Since v7-open-work the
// requisition and item scans are durable commits too (the scans kept in open_pickup), so a
// whole pickup is three commits and cannot be within 1.5x of one; the goal is read per durable
// commit, the confirm's being the one this benchmark follows. The item scan + commit ratio (two
// commits) is printed as the earlier runs gave it.
func p99(_ samples: [Double]) -> Double { percentile(samples.sorted(), 0.99) }
let bareP99 = p99(bareTimes)
func ratio(_ name: String, _ samples: [Double], goal: Double?) {
    let value = p99(samples) / bareP99
    let verdict = goal.map { value <= $0 ? "met (goal <= \(String(format: "%.1f", $0))x)" : "not met (goal <= \(String(format: "%.1f", $0))x)" } ?? "(two commits: no goal)"
    print("  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%.2f", value))x  \(verdict)")
}
print("goal (issue 7 point 2): each durable commit of a pickup, p99 / bare 1-row commit p99")
ratio("badge scan -> durable commit", confirmTimes, goal: 1.5)
ratio("item scan (its commit keeps scans)", itemTimes, goal: 1.5)
ratio("item scan + commit", pickupTimes, goal: nil)
let cpuRatio = percentile(confirmCPUTimes.sorted(), 0.5) / percentile(bareCPUTimes.sorted(), 0.5)
print("  confirm on CPU p50 / bare on CPU p50 \(String(format: "%.2f", cpuRatio))x")
try? FileManager.default.removeItem(atPath: folder)
