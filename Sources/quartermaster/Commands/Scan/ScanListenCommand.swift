import ArgumentParser
import Foundation
import QuartermasterCore
import Scanning
import StationRuntime

/// `quartermaster scan listen`: take the station's scanners as the kiosk will and print what
/// they scan, so an admin can check the udev rule, the layout and the scanner's settings on the
/// real machine before the kiosk runs.
struct ScanListenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Take the scanners (grabbed exclusively) and print each scan as it arrives.",
        discussion: """
            Scanners are the devices the udev rule tagged (Hardware/70-quartermaster-scanners.rules) and
            those named with --device. Scanners plugged in while it runs are taken within a second.
            Scans print as `scan replay` prints them; scanners coming, going and devices left alone are
            reported on standard error. Stop with Ctrl+C (the scanners are released).
            """)

    @Option(name: .customLong("device"), help: ArgumentHelp(
        "A scanner to take: its /dev/input/by-id/… path or vendor:product (repeatable).", valueName: "ID"))
    var devices: [String] = []

    @Flag(help: "Take only the devices named with --device, not those the udev rule tagged.")
    var noUdevTag = false

    @Option(help: ArgumentHelp("The layout scanners emit unless --scanner-layout says otherwise.", valueName: "L"))
    var layout = "us"

    @Option(help: ArgumentHelp("The layout of one scanner: ID=L, ID a by-id path or vendor:product (repeatable).", valueName: "ID=L"))
    var scannerLayout: [String] = []

    @Option(help: ArgumentHelp("What ends a scan: enter, tab, both or none.", valueName: "KEY"))
    var terminator = "enter"

    @Option(help: ArgumentHelp("End a scan after this many milliseconds without a key.", valueName: "MS"))
    var timeout: Int?

    @Flag(help: "One JSON object per scan, as `scan replay --json`.")
    var json = false

    @Option(help: ArgumentHelp("Where the device nodes are.", valueName: "DIR"))
    var inputDirectory = "/dev/input"

    @Option(name: .customLong("for"), help: ArgumentHelp("Stop after this many seconds.", valueName: "SECONDS"))
    var seconds: Double?

    func run() throws {
        let decoding = try ScannerReplayOptions(terminator: terminator, timeoutMilliseconds: timeout).configuration()
        let hub = try ScannerDeviceOptions(
            devices: devices, useUdevTag: !noUdevTag, defaultLayout: layout, deviceLayouts: scannerLayout,
            decoding: decoding, directory: inputDirectory).hub()
        let classifier = ScanClassifier(patterns: ScanPatterns())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Device names, paths and reasons come from the devices themselves (a USB name is
        // whatever the firmware says): every line goes through the terminal escaper.
        func note(_ line: String) {
            FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8))
        }
        func report(_ event: ScannerHubEvent) {
            switch event {
            case .connected(let scanner):
                note("connected: \(scanner)")
            case .disconnected(let scanner, let dropped):
                let dropped = dropped.map { " (a scan in progress was dropped: \($0.escaped))" } ?? ""
                note("unplugged: \(scanner)\(dropped)")
            case .skipped(let path, let reason):
                note("left alone: \(path): \(reason)")
            case .scan(let scan):
                if let problem = scan.problem {
                    note("\(scan.device): \(problem)")
                }
                let line = json
                    ? (try? encoder.encode(ScanReplayRecord(scan, classifier: classifier))).map { TerminalText.escapedJSON(String(decoding: $0, as: UTF8.self)) } ?? ""
                    : scan.escaped
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
        hub.start(report)
        if hub.scanners.isEmpty {
            FileHandle.standardError.write(Data("No scanner yet: waiting for one to be plugged in (Ctrl+C to stop).\n".utf8))
        }
        let deadline = seconds.map { Date().addingTimeInterval($0) }
        while deadline.map({ Date() < $0 }) ?? true {
            hub.poll(waitingAtMost: .milliseconds(250), report)
        }
    }
}
