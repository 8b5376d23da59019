import ArgumentParser
import Foundation
import QuartermasterCore
import Scanning

/// `quartermaster scan replay FILE`: decode a scanner recording as the station would, to check
/// a scanner's set-up or to reproduce a bug report.
struct ScanReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Decode a scanner recording (evemu-record text, or raw input_event bytes) into scans.",
        discussion: """
            Each scan prints on its own line; control characters and bytes that are not UTF-8 print
            as \\xHH (a GS separator prints \\x1d), C1 controls, bidi overrides and other invisible
            characters as \\u{HHHH}; --json keeps the exact text. Flagged scans (too long, not
            UTF-8, interrupted, unterminated) are also reported on standard error.
            Record a scanner with: sudo evemu-record /dev/input/by-id/usb-…-event-kbd > scan.evemu
            """)

    @Argument(help: ArgumentHelp("The recording (- for standard input).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The keyboard layout the scanner is set to emit (us, de, fr, gb, …).", valueName: "L"))
    var layout = "us"

    @Option(help: ArgumentHelp("The layout variant, e.g. nodeadkeys.", valueName: "V"))
    var variant: String?

    @Option(help: ArgumentHelp("What ends a scan: enter, tab, both or none.", valueName: "KEY"))
    var terminator = "enter"

    @Option(help: ArgumentHelp("End a scan after this many milliseconds without a key.", valueName: "MS"))
    var timeout: Int?

    @Flag(help: "One JSON object per scan: text, AIM identifier, kind, GS1 elements, problem.")
    var json = false

    @Flag(help: "FILE holds raw struct input_event bytes (as read from /dev/input/eventN).")
    var raw = false

    func run() throws {
        let options = ScannerReplayOptions(
            layout: layout, variant: variant, raw: raw, terminator: terminator, timeoutMilliseconds: timeout)
        let scans = try options.scans(in: file)
        let classifier = ScanClassifier(patterns: ScanPatterns())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = ""
        for (index, scan) in scans.enumerated() {
            if let problem = scan.problem {
                FileHandle.standardError.write(Data((TerminalText.escaped("scan \(index + 1): \(problem)") + "\n").utf8))
            }
            if json {
                let record = ScanReplayRecord(scan, classifier: classifier)
                output += TerminalText.escapedJSON(String(decoding: try encoder.encode(record), as: UTF8.self)) + "\n"
            } else {
                output += scan.escaped + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
