// Camera path cost per frame on recorded-style frames, beside zbarimg on the same frames.
// Plain harness: prints ms/frame and frames/s for each configuration.
//
//   swift build -c release --scratch-path .build-camera --product camera-frames
//   taskset -c 0 .build-camera/release/camera-frames [FRAMES] [ROUNDS] [DIR]
//
// For 640×480 and 1280×720 it makes FRAMES frames (a QR code and an EAN-13 at varying places
// on a noisy, unevenly lit, slightly blurred background) and as many frames with no code,
// writes them as PGM files to DIR, then times:
//   - FrameScanner.decode (zbar, QR binary mode) at density 1, density 2, prescale, and both,
//     ROUNDS passes over the frames, one thread;
//   - zbarimg once per file (process start + ImageMagick load + scan), and zbarimg over all
//     files in one invocation (start-up amortised), and zbarimg on a 1×1 image (start-up alone).
// Codes found are counted, so a fast configuration that misses codes shows it.
import Foundation
import QuartermasterCore
import Rendering
import Scanning

let arguments = CommandLine.arguments
let frameCount = arguments.count > 1 ? Int(arguments[1]) ?? 30 : 30
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let folder = arguments.count > 3 ? arguments[3] : NSTemporaryDirectory() + "qm-camera-frames-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

let clock = ContinuousClock()
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
/// CPU seconds used by this thread, or by finished child processes: on a shared machine the
/// wall clock also counts time spent waiting for a core, CPU time does not.
func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
func childrenCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
/// Runs `body`, returning wall time and CPU seconds as read by `cpu`.
func measure(cpu: () -> Double, _ body: () -> Void) -> (Duration, Double) {
    let before = cpu()
    let wall = clock.measure(body)
    return (wall, cpu() - before)
}
func column(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
func report(_ name: String, frames: Int, total: (Duration, Double), found: Int? = nil, expected: Int? = nil,
            wrong: [String] = []) {
    let perFrame = milliseconds(total.0) / Double(frames)
    let cpuPerFrame = total.1 * 1000 / Double(frames)
    var line = column(name, 44)
        + String(format: "%8.3f ms/frame %7.1f frames/s | CPU %8.3f ms/frame %7.1f frames/s",
                 perFrame, 1000 / perFrame, cpuPerFrame, 1000 / cpuPerFrame)
    if let found, let expected { line += "  codes \(found)/\(expected)" }
    if !wrong.isEmpty { line += "  WRONG \(wrong.count), e.g. \(Set(wrong).sorted().prefix(3).joined(separator: " "))" }
    print(line)
}

// MARK: Frames

struct FrameSet {
    var label: String
    var withCodes: [GrayImage] = []
    /// What each frame with codes holds, as `SYMBOLOGY:text` lines.
    var expected: [Set<String>] = []
    var empty: [GrayImage] = []
    var files: [String] = []
    var emptyFiles: [String] = []
}

/// Codes sized as a camera sees a badge or a box label held 20–40 cm away.
func makeFrames(width: Int, height: Int, qrModule: Int, eanModule: Int) throws -> FrameSet {
    var set = FrameSet(label: "\(width)×\(height)")
    for index in 0..<frameCount {
        var frame = SyntheticFrame(width: width, height: height, seed: UInt64(index))
        let qr = try QREncoder.encode("FA-\(String(100_000 + index).suffix(6))")
        let ean = CheckDigit.appended(to: "69012345" + String(1_000 + index).suffix(4))!
        let dx = (index * 37) % (width / 8), dy = (index * 23) % (height / 8)
        frame.print(qr, module: qrModule, x: width / 16 + dx, y: height / 8 + dy)
        let eanWidth = (95 + 22) * eanModule
        frame.print(ean: ean, module: eanModule, barHeight: height / 5, x: width - eanWidth - 8 - dx / 2, y: height / 2 + dy)
        set.expected.append(["QR-Code:FA-\(String(100_000 + index).suffix(6))", "EAN-13:\(ean)"])
        frame.blur()
        set.withCodes.append(try frame.image())
        let file = "\(folder)/\(width)x\(height)-codes-\(index).pgm"
        try Data(frame.pgm()).write(to: URL(fileURLWithPath: file))
        set.files.append(file)

        var empty = SyntheticFrame(width: width, height: height, seed: UInt64(10_000 + index))
        empty.blur()
        set.empty.append(try empty.image())
        let emptyFile = "\(folder)/\(width)x\(height)-empty-\(index).pgm"
        try Data(empty.pgm()).write(to: URL(fileURLWithPath: emptyFile))
        set.emptyFiles.append(emptyFile)
    }
    return set
}

// MARK: FrameScanner

/// Times ROUNDS passes; counts codes read correctly, and anything else zbar reported.
func timeScanner(_ name: String, _ frames: [GrayImage], _ expected: [Set<String>],
                 _ configuration: CameraConfiguration) throws {
    let scanner = try FrameScanner(configuration: configuration)
    _ = scanner.decode(frame: frames[0])  // warm up
    var results: [[DecodedSymbol]] = []
    results.reserveCapacity(rounds * frames.count)
    let total = measure(cpu: threadCPU) {
        for _ in 0..<rounds {
            for frame in frames { results.append(scanner.decode(frame: frame)) }
        }
    }
    var correct = 0
    var wrong: [String] = []
    for (index, symbols) in results.enumerated() {
        for symbol in symbols {
            if expected[index % frames.count].contains(symbol.zbarimgLine) { correct += 1 } else { wrong.append(symbol.zbarimgLine) }
        }
    }
    let wanted = rounds * expected.reduce(0) { $0 + $1.count }
    report(name, frames: rounds * frames.count, total: total, found: correct, expected: wanted, wrong: wrong)
}

// MARK: zbarimg

func which(_ tool: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(folder)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// Runs a program to its end (posix_spawn, output to a file); returns its exit status.
func spawn(_ path: String, _ arguments: [String], output: String) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xFF
}

func lines(_ file: String) -> [String] {
    (try? String(contentsOfFile: file, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
}

/// zbarimg's lines checked against what the frames hold.
func tally(_ file: String, _ set: FrameSet) -> (correct: Int, wrong: [String]) {
    let all = set.expected.reduce(Set<String>()) { $0.union($1) }
    let output = lines(file)
    return (output.filter(all.contains).count, output.filter { !all.contains($0) })
}

func timeZbarimg(_ zbarimg: String, _ set: FrameSet) {
    let options = ["--nodbus", "-q"]
    let perFileOutput = "\(folder)/zbarimg-\(set.label)-each.txt"
    try? FileManager.default.removeItem(atPath: perFileOutput)
    let each = measure(cpu: childrenCPU) {
        for file in set.files { _ = spawn(zbarimg, options + [file], output: perFileOutput) }
    }
    let eachTally = tally(perFileOutput, set)
    report("zbarimg, one process per frame", frames: set.files.count, total: each,
           found: eachTally.correct, expected: 2 * set.files.count, wrong: eachTally.wrong)

    let batchOutput = "\(folder)/zbarimg-\(set.label)-batch.txt"
    try? FileManager.default.removeItem(atPath: batchOutput)
    let batch = measure(cpu: childrenCPU) { _ = spawn(zbarimg, options + set.files, output: batchOutput) }
    let batchTally = tally(batchOutput, set)
    report("zbarimg, all frames in one process", frames: set.files.count, total: batch,
           found: batchTally.correct, expected: 2 * set.files.count, wrong: batchTally.wrong)

    let emptyOutput = "\(folder)/zbarimg-\(set.label)-empty.txt"
    let empty = measure(cpu: childrenCPU) { _ = spawn(zbarimg, options + set.emptyFiles, output: emptyOutput) }
    report("zbarimg, frames without codes, one process", frames: set.emptyFiles.count, total: empty)
}

// MARK: Run

print("camera-frames: \(frameCount) frames with codes + \(frameCount) without, per size; \(rounds) rounds; frames in \(folder)")
let zbarimg = which("zbarimg")
if let zbarimg {
    let tiny = "\(folder)/tiny.pgm"
    try Data(Array("P5 1 1 255\n".utf8) + [255]).write(to: URL(fileURLWithPath: tiny))
    let startups = 10
    let startup = measure(cpu: childrenCPU) {
        for _ in 0..<startups { _ = spawn(zbarimg, ["--nodbus", "-q", tiny], output: "/dev/null") }
    }
    report("zbarimg start-up alone (1×1 image)", frames: startups, total: startup)
} else {
    print("zbarimg not found: install zbar-tools for the side-by-side figures")
}

for (width, height, qrModule, eanModule) in [(640, 480, 3, 3), (1280, 720, 5, 4)] {
    let set = try makeFrames(width: width, height: height, qrModule: qrModule, eanModule: eanModule)
    print("\n\(set.label) (QR \(qrModule) px/module, EAN-13 \(eanModule) px/module)")
    let none = [Set<String>](repeating: [], count: set.empty.count)
    try timeScanner("FrameScanner density 1", set.withCodes, set.expected, CameraConfiguration())
    try timeScanner("FrameScanner density 2", set.withCodes, set.expected, CameraConfiguration(density: 2))
    try timeScanner("FrameScanner density 3", set.withCodes, set.expected, CameraConfiguration(density: 3))
    try timeScanner("FrameScanner prescale", set.withCodes, set.expected, CameraConfiguration(prescale: true))
    try timeScanner("FrameScanner prescale + density 2", set.withCodes, set.expected,
                    CameraConfiguration(density: 2, prescale: true))
    try timeScanner("FrameScanner density 1, frames without codes", set.empty, none, CameraConfiguration())
    try timeScanner("FrameScanner density 2, frames without codes", set.empty, none, CameraConfiguration(density: 2))
    try timeScanner("FrameScanner prescale, frames without codes", set.empty, none,
                    CameraConfiguration(prescale: true))
    let halving = measure(cpu: threadCPU) { for _ in 0..<rounds { for frame in set.withCodes { _ = frame.halved() } } }
    report("GrayImage.halved alone", frames: rounds * set.withCodes.count, total: halving)
    if let zbarimg { timeZbarimg(zbarimg, set) }
}
