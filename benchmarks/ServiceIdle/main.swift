import Foundation
import QuartermasterTesting

// The running station's cost: time from start to READY=1 and idle RSS and CPU, measured on
// the real binary (`swift build -c release`) as systemd runs it: `run --config FILE` on a
// terminal of its own (a pty), NOTIFY_SOCKET pointing at a socket this harness reads.
// Beside each figure, the floor measured in the same run: starting /bin/true, and the same
// binary printing --help (the Swift runtime and libraries loaded, no station).
//
//   swift build -c release --static-swift-stdlib --product quartermaster
//   swift build -c release --static-swift-stdlib --product station-idle
//   .build/release/station-idle [--binary .build/release/quartermaster] [--idle 60] [--runs 5] [--enrolled] [--pickup]
//
// With --enrolled the station is enrolled at a centre (the same binary's `central serve` on
// SQLite, loopback) before it starts, so its sync client runs a pass every 15 s while idle.
// With --pickup the idle window starts after the demo's pickup, typed on the station's terminal
// as a keyboard-wedge scanner types it, and its slip written: a station idle after its first
// print, with the rendering libraries loaded.

struct Options {
    var binary = ".build/release/quartermaster"
    var idle = 60.0
    var runs = 5
    var enrolled = false
    var pickup = false
    var environment: [String: String] = [:]

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            switch flag {
            case "--binary": binary = rest.popFirst() ?? binary
            case "--idle": idle = Double(rest.popFirst() ?? "") ?? idle
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--enrolled": enrolled = true
            case "--pickup": pickup = true
            case "--env":
                let pair = (rest.popFirst() ?? "").split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { environment[pair[0]] = pair[1] }
            default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8)); exit(2)
            }
        }
    }
}

/// A process on a fresh pty (stdin, stdout), stderr to `log`.
final class Child {
    let pid: pid_t
    let master: Int32

    init(_ path: String, _ arguments: [String], environment: [String: String], log: String = "/dev/null") throws {
        // /dev/ptmx by hand (Glibc's module does not import posix_openpt): unlock, then the number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        // TIOCSPTLCK and TIOCGPTN are _IOW/_IOR macros, not imported: their x86_64/arm64 values.
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw NotifySocket.Failure(message: "no pty: \(String(cString: strerror(errno)))")
        }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_addopen(&actions, 1, slave, O_RDWR, 0)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, envp)
        posix_spawn_file_actions_destroy(&actions)
        guard result == 0 else { throw NotifySocket.Failure(message: "posix_spawn \(path): \(result)") }
        self.pid = pid
        // The size, once the child has the slave open (it sets raw mode on it).
        let descriptor = open(slave, O_RDWR | O_NOCTTY)
        _ = ioctl(descriptor, UInt(TIOCSWINSZ), &size)
        close(descriptor)
        // Keep reading the screen so the child never blocks on a full pty.
        let master = self.master
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(master, &buffer, buffer.count) > 0 {}
        }
    }

    func stop() -> Int32 {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }
}

/// A /proc file, read to its end: `String(contentsOfFile:)` trusts the size stat gives, 0 for
/// /proc, and returns only what its first read got (3.8 of smaps' 80 kB).
func proc(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: "/proc/" + path) else { return nil }
    defer { try? handle.close() }
    return (try? handle.readToEnd()).map { String(decoding: $0, as: UTF8.self) }
}

func clockTicks(_ pid: pid_t) -> Double {
    guard let stat = proc("\(pid)/stat"),
          let close = stat.lastIndex(of: ")") else { return .nan }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the name: state is field 3; utime 14 and stime 15 (1-based in proc(5)).
    return (Double(fields[11]) ?? .nan) + (Double(fields[12]) ?? .nan)
}

func status(_ pid: pid_t, _ key: String) -> String {
    guard let text = proc("\(pid)/status") else { return "?" }
    return text.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) } ?? "?"
}

/// Context switches by thread: each wake-up of an idle process is at least one.
func switches(_ pid: pid_t) -> [String: Int] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    var result: [String: Int] = [:]
    for task in tasks {
        guard let text = proc("\(pid)/task/\(task)/status") else { continue }
        result[task] = text.split(separator: "\n").filter { $0.hasPrefix("voluntary_ctxt_switches:") || $0.hasPrefix("nonvoluntary_ctxt_switches:") }
            .compactMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }.reduce(0, +)
    }
    return result
}

/// Switches made between two readings (threads started in between count from zero; threads
/// that ended in between are missed, so this is a lower bound).
func switchesBetween(_ before: [String: Int], _ after: [String: Int]) -> Int {
    after.reduce(0) { $0 + $1.value - (before[$1.key] ?? 0) }
}

/// A `/proc/PID/smaps_rollup` figure such as Pss, in kB.
func rollup(_ pid: pid_t, _ key: String) -> String {
    guard let text = proc("\(pid)/smaps_rollup") else { return "?" }
    return text.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) } ?? "?"
}

/// Resident kB of `pid`'s mappings of `binary`: its code (executable mappings) and the rest
/// (metadata, data); and of every other file it maps (the shared libraries).
func residentByFile(_ pid: pid_t, binary: String) -> (code: Int, rest: Int, libraries: Int) {
    guard let smaps = proc("\(pid)/smaps") else { return (0, 0, 0) }
    let own = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
    var result = (code: 0, rest: 0, libraries: 0)
    var file = "", executable = false
    for line in smaps.split(separator: "\n") {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        if let range = fields.first, range.contains("-"), fields.count >= 5, !range.hasSuffix(":") {
            executable = fields[1].contains("x")
            file = fields.count >= 6 ? String(fields[5]) : ""
        } else if fields.first == "Rss:", fields.count >= 2, let kB = Int(fields[1]) {
            if file == own {
                if executable { result.code += kB } else { result.rest += kB }
            } else if file.hasPrefix("/") {
                result.libraries += kB
            }
        }
    }
    return result
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let options = Options(CommandLine.arguments)
let binary = options.binary.hasPrefix("/") ? options.binary : FileManager.default.currentDirectoryPath + "/" + options.binary
let folder = NSTemporaryDirectory() + "qm-idle-\(UUID().uuidString.prefix(8))"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
let demo = try ChildProcess.run(binary, ["demo", "--data", folder + "/data", "--no-kiosk", "--station", "BENCH"])
guard demo.status == 0 else { fatalError("demo data: \(demo.error)") }
let config = folder + "/station.yaml"
try Data("data: \(folder)/data\nstation: BENCH\nlanguage: zh\n".utf8).write(to: URL(fileURLWithPath: config))
var environment = ["TERM": "linux", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
for (key, value) in options.environment { environment[key] = value }

// A centre on loopback and the station enrolled at it.
var centre: SpawnedProcess?
defer { centre?.kill(SIGTERM) }
if options.enrolled {
    let database = "sqlite:\(folder)/centre.sqlite"
    let port = 20_000 + Int(getpid() % 20_000)
    let add = try ChildProcess.run(binary, ["central", "station", "add", "BENCH", "--database", database])
    guard add.status == 0, let code = add.output.split(separator: "\n").last.map(String.init) else { fatalError("central station add: \(add.error)") }
    centre = try SpawnedProcess(binary, ["central", "serve", "--database", database, "--listen", "127.0.0.1:\(port)"])
    var enrol = ChildProcess.Result(status: -1, output: "", error: "")
    for _ in 0..<50 {
        enrol = try ChildProcess.run(binary, ["sync", "enrol", "http://127.0.0.1:\(port)", code, "--data", folder + "/data"])
        if enrol.status == 0 { break }
        Thread.sleep(forTimeInterval: 0.1)
    }
    guard enrol.status == 0 else { fatalError("sync enrol: \(enrol.output) \(enrol.error)") }
}

// Floors: a process start, and the Swift runtime with the binary's libraries.
let clock = ContinuousClock()
var trueTimes: [Double] = []
var helpTimes: [Double] = []
for _ in 0..<options.runs {
    var start = clock.now
    _ = try ChildProcess.run("/bin/true", [])
    trueTimes.append(milliseconds(clock.now - start))
    start = clock.now
    _ = try ChildProcess.run(binary, ["--help"])
    helpTimes.append(milliseconds(clock.now - start))
}

// Start to READY=1, several runs.
var readyTimes: [Double] = []
for run in 0..<options.runs {
    let socket = try NotifySocket(name: folder + "/notify-\(run)")
    var env = environment
    env["NOTIFY_SOCKET"] = socket.name
    let start = clock.now
    let child = try Child(binary, ["run", "--config", config], environment: env, log: folder + "/log")
    var seen: [String] = []
    guard socket.wait(for: "READY=1", timeout: 30, seen: &seen) else {
        fatalError("no READY=1 (run \(run)): \(seen) \((try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? "")")
    }
    readyTimes.append(milliseconds(clock.now - start))
    _ = child.stop()
}

// Idle: RSS and CPU over the idle window, after READY.
let socket = try NotifySocket(name: folder + "/notify-idle")
var env = environment
env["NOTIFY_SOCKET"] = socket.name
let child = try Child(binary, ["run", "--config", config], environment: env)
var seen: [String] = []
guard socket.wait(for: "READY=1", timeout: 30, seen: &seen) else { fatalError("no READY=1: \(seen)") }
Thread.sleep(forTimeInterval: 1)
if options.pickup {
    // The README's walk-through: keeper's badge, requisition, quantity, items, recipient's badge.
    for code in ["E1001", "YPQ-2024-001", "10", "6901234000016", "6901234000030", "6901234000030", "6901234000337", "E2001"] {
        _ = Array((code + "\r").utf8).withUnsafeBytes { write(child.master, $0.baseAddress, $0.count) }
        Thread.sleep(forTimeInterval: 0.2)
    }
    let out = folder + "/data/out"
    let deadline = Date().addingTimeInterval(30)
    while ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).isEmpty {
        guard Date() < deadline else { fatalError("--pickup: no slip in \(out) after 30 s") }
        Thread.sleep(forTimeInterval: 0.1)
    }
    Thread.sleep(forTimeInterval: 2)
}
let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
let ticksBefore = clockTicks(child.pid)
let switchesBefore = switches(child.pid)
let rssAtReady = status(child.pid, "VmRSS")
Thread.sleep(forTimeInterval: options.idle)
let ticksAfter = clockTicks(child.pid)
let switchesAfter = switches(child.pid)
let cpu = (ticksAfter - ticksBefore) / ticksPerSecond
let rss = status(child.pid, "VmRSS")
let rssParts = ["RssAnon", "RssFile", "RssShmem"].map { "\($0) \(status(child.pid, $0))" }.joined(separator: ", ")
let pss = rollup(child.pid, "Pss")
let byFile = residentByFile(child.pid, binary: binary)
let hwm = status(child.pid, "VmHWM")
let threads = status(child.pid, "Threads")

print("station-idle: \(binary)\(options.enrolled ? " (enrolled: a sync pass every 15 s)" : "")\(options.pickup ? " (idle after a pickup and its slip)" : "")")
print(String(format: "  start → READY=1        median %.1f ms (runs: %@)", median(readyTimes), readyTimes.map { String(format: "%.1f", $0) }.joined(separator: ", ")))
print(String(format: "  floor: /bin/true       median %.1f ms;  quartermaster --help  median %.1f ms", median(trueTimes), median(helpTimes)))
print("  idle RSS               \(rss) after \(Int(options.idle)) s (\(rssAtReady) at its start\(options.pickup ? ", after the pickup" : ", 1 s after READY"); peak \(hwm)); threads \(threads)")
print("                         \(rssParts); PSS \(pss)")
print("                         the binary's code \(byFile.code) kB, the rest of the binary \(byFile.rest) kB, shared libraries \(byFile.libraries) kB")
print(String(format: "  idle CPU               %.2f s over %.0f s = %.2f%%", cpu, options.idle, 100 * cpu / options.idle))
print("  idle wake-ups          \(switchesBetween(switchesBefore, switchesAfter)) context switches over \(Int(options.idle)) s (all threads)")
let exitStatus = child.stop()
print("  SIGTERM exit status    \(exitStatus)")
