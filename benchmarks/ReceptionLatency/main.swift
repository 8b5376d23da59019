// Reception latency (issue 9): from the invite scan at the kiosk to the visitor's badge job
// accepted by CUPS (Print-Job answered with a job id), against a private cupsd.
//
//   benchmarks/ReceptionLatency/run.sh [VISITS]     (starts scripts/cupsd-test, runs this, stops it)
//
// Each visit: a fresh invite for today (not timed); then, timed, the invite's scan through the
// kiosk engine (sign-in transaction with its journal entries and the fresh badge code), the
// badge drawn from labels/visitor-badge-62x100.yaml and queued in the station's print queue
// (the follow-up the kiosk performs after the redraw), and one pass of the print spooler that
// sends it to CUPS. The same code the kiosk runs: KioskEngine over StationDatabase,
// StationSlipOutput, PrintSpooler over PrintWorkerStore. A second, shorter series lets the
// spooler run in the background as the kiosk does (a pass every second, and one asked for right
// after the follow-ups) and measures the scan to the moment the station has CUPS's job id.

import Foundation
import Printing
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
    print("\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) n=\(s.count)  p50 \(ms(percentile(s, 0.5))) ms  p90 \(ms(percentile(s, 0.9))) ms  p99 \(ms(percentile(s, 0.99))) ms  max \(ms(s.last!)) ms")
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

struct Failure: Error, CustomStringConvertible { var description: String }

let arguments = CommandLine.arguments
let visits = arguments.count > 1 ? Int(arguments[1]) ?? 300 : 300
let background = max(1, visits / 10)
let queue = ProcessInfo.processInfo.environment["QM_BENCH_QUEUE"] ?? "qm-pdf"
guard ProcessInfo.processInfo.environment["CUPS_SERVER"] != nil else {
    throw Failure(description: "CUPS_SERVER is not set: run benchmarks/ReceptionLatency/run.sh, which starts a private cupsd")
}
let folder = NSTemporaryDirectory() + "qm-bench-reception-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: folder) }
let database = try StationDatabase(path: folder + "/station.sqlite", stationID: "BENCH")
try database.importPeople(csv: "badge,name,department,roles\n100231,张三,行政部,employee\n", file: "people.csv", actorBadge: "admin", time: Date())

var slips = StationSlipOutput(destination: .queue(queue, renderer: SlipRenderer(language: .english, timeZone: .current, paper: .roll(widthMM: 80))), database: database)
// The badge is drawn as the running station draws it, by `quartermaster draw` in a child
// process (QM_BENCH_QUARTERMASTER, the release binary run.sh builds); QM_BENCH_DRAW=here draws
// it in this process, as `kiosk --script` does.
let environment = ProcessInfo.processInfo.environment
if environment["QM_BENCH_DRAW"] == "here" {
    print("badges drawn in this process")
} else {
    guard let binary = environment["QM_BENCH_QUARTERMASTER"] else {
        throw Failure(description: "QM_BENCH_QUARTERMASTER is not set: run benchmarks/ReceptionLatency/run.sh, or set QM_BENCH_DRAW=here")
    }
    slips.drawing = ChildProcessDrawing(executable: binary)
    print("badges drawn by \(binary) draw, a child process each")
}
var engine = KioskEngine(
    router: KioskRouter(station: "BENCH", jobs: KioskJobs.station),
    resolver: ScanResolver(classifier: ScanClassifier(), store: database),
    slips: slips)
engine.scan(ReceptionJob.card.mode.barcode, at: Date())
let server = PrintServer(environment: ProcessInfo.processInfo.environment)
let spooler = PrintSpooler(server: server, store: PrintWorkerStore(database: database))
let today = CalendarDate(Date(), in: database.stationTimeZone)

func invite(_ n: Int) throws -> String {
    let visit = try database.invite(name: "访客 \(n)", company: "龙腾科技, \"北京\"", purpose: "送货", hostBadge: "100231", date: today, time: Date())
    return visit.inviteCode ?? ""
}

/// The scan, as the kiosk takes it; fails the run if it did not sign the visitor in.
@MainActor func scan(_ code: String) throws {
    engine.submit(code, at: Date())
    guard case .signedIn? = engine.router.notice.as(ReceptionNotice.self) else {
        throw Failure(description: "the invite \(code) did not sign in: \(engine.router.notice.text(.english))")
    }
}

/// The newest print job must be this visit's badge, accepted by CUPS.
func acceptedJob() throws -> PrintJobEntry {
    guard let job = try database.recentPrintJobs(limit: 1).first, job.title == "Visitor badge" else { throw Failure(description: "no badge job queued") }
    return job
}

let clock = ContinuousClock()
var signIn: [Double] = [], badge: [Double] = [], submit: [Double] = [], total: [Double] = []
for n in 0..<visits {
    let code = try invite(n)
    let start = clock.now
    try scan(code)
    let signedIn = clock.now
    engine.performFollowUps(at: Date())
    let queued = clock.now
    let status = spooler.pass()
    let accepted = clock.now
    guard try acceptedJob().cupsJobID != nil else {
        throw Failure(description: "CUPS did not accept badge \(n): \(status.problem ?? "no problem reported")")
    }
    signIn.append(seconds(signedIn - start))
    badge.append(seconds(queued - signedIn))
    submit.append(seconds(accepted - queued))
    total.append(seconds(accepted - start))
}

// As the kiosk runs it: the spooler passes every second on its own, and the kiosk asks for a
// pass right after its follow-ups (KioskSession.printNow); QM_BENCH_NO_NUDGE=1 leaves it to the timer.
let nudge = ProcessInfo.processInfo.environment["QM_BENCH_NO_NUDGE"] == nil
let worker = Task.detached { await spooler.run() }
var polled: [Double] = []
for n in visits..<(visits + background) {
    let code = try invite(n)
    let start = clock.now
    try scan(code)
    engine.performFollowUps(at: Date())
    if nudge { Task.detached { await spooler.passOffThePool() } }
    let job = try acceptedJob()
    while try database.printJob(id: job.id)?.cupsJobID == nil {
        if clock.now - start > .seconds(30) { throw Failure(description: "badge \(n) not accepted within 30 s") }
        try await Task.sleep(for: .milliseconds(2))
    }
    polled.append(seconds(clock.now - start))
}
worker.cancel()
let drained = await spooler.drain(timeout: .seconds(60))

let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
print("reception latency, \(visits) invite scans, private cupsd queue \(queue), load \(load), \(ISO8601DateFormatter().string(from: Date()))")
report("invite scan → signed in (commit)", signIn)
report("badge drawn + queued (after)", badge)
report("spooler pass → CUPS accepted", submit)
report("invite scan → CUPS accepted", total)
report(nudge ? "same, background worker + nudge" : "same, worker on its 1 s timer only", polled)
print("backlog after drain: \(drained.backlog)\(drained.problem.map { ", problem: \($0)" } ?? "")")
