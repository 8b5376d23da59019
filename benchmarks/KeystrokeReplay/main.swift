// Replays 1,000,000 keystrokes of realistic scans through the scanner decoder (evdev events →
// xkb → scans) and checks that nothing is lost or garbled. Plain harness.
//
//   swift build -c release --product keystroke-replay && .build/release/keystroke-replay [KEYSTROKES] [LAYOUT]
//
// The scans (badges, requisitions, EAN-13, GS1-128 with GS, QR payloads) are typed through the
// layout's xkb keymap into an evemu-record text stream in memory, as a scanner would send them
// (Shift, AltGr, Ctrl+] for GS, Enter), then parsed and decoded as `scan replay` does.
// Per-key latency is the decoder's time to handle one key press event.
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Scanning

/// Scans as a storeroom sees them, from a seeded generator so every run replays the same.
struct ScanGenerator {
    var random: SplitMix64
    let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    mutating func ean13() -> String {
        CheckDigit.appended(to: "690" + digits(9))!
    }

    mutating func token(_ count: Int) -> String {
        String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
    }

    mutating func next() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1: return "E" + digits(4)
        case 2: return "YPQ-2024-" + digits(3)
        case 3, 4, 5: return ean13()
        case 6: return "]C1" + "01" + "0" + ean13() + "17" + "2512" + "31" + "10" + token(6) + "\u{1D}" + "21" + token(8)
        case 7: return "FA-" + digits(6)
        case 8: return "https://qm.example.com/r/" + token(12) + "?s=" + digits(4)
        default: return "ITM-" + token(5).uppercased() + "/" + digits(2)
        }
    }
}


func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

func benchmark() throws -> Bool {
let arguments = CommandLine.arguments
let target = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let layoutName = arguments.count > 2 ? arguments[2] : "us"
let layout = try KeyboardLayout(layout: layoutName)
let encoder = try KeyEventEncoder(layout: layout)
var generator = ScanGenerator(random: SplitMix64(seed: 42))

// MARK: Generating the evemu stream

let clock = ContinuousClock()

var texts: [String] = []
var keystrokes = 0
var stream = "# EVEMU 1.3\nN: keystroke-replay benchmark\nI: 0003 0c2e 0b81 0110\n"
var time = Duration.seconds(1_700_000_000)
let generation = clock.measure {
    while keystrokes < target {
        let text = generator.next()
        let events = try! encoder.events(typing: text, startingAt: time, interval: .microseconds(800))
        keystrokes += events.lazy.filter { $0.type == .key && $0.value == 1 }.count
        for event in events { stream += EvemuRecording.line(for: event) }
        texts.append(text)
        time = (events.last?.time ?? time) + .milliseconds(300)
    }
}

// MARK: Replaying

var recording: EvemuRecording!
let parsing = clock.measure { recording = try! EvemuRecording(parsing: stream) }
let events = recording.events

var decoder = try ScanDecoder(layout: layout, device: "bench")
var decoded: [DecodedScan] = []
decoded.reserveCapacity(texts.count)
var pressLatencies: [Int64] = []
pressLatencies.reserveCapacity(keystrokes)
let decoding = clock.measure {
    for event in events {
        if event.type == .key && event.value == 1 {
            let start = clock.now
            let scan = decoder.handle(event)
            let elapsed = clock.now - start
            pressLatencies.append(elapsed.components.attoseconds / 1_000_000_000 + elapsed.components.seconds * 1_000_000_000)
            if let scan { decoded.append(scan) }
        } else if let scan = decoder.handle(event) {
            decoded.append(scan)
        }
    }
    if let last = decoder.finish(at: time) { decoded.append(last) }
}

// The raw input_event path (what a device or a pipe gives) over the same events.
let rawBytes = events.flatMap(RawInputEventParser.bytes(for:))
var rawParser = RawInputEventParser()
var rawEvents: [InputEvent] = []
rawEvents.reserveCapacity(events.count)
let rawParsing = clock.measure { rawBytes.withUnsafeBytes { rawParser.parse($0, into: &rawEvents) } }

// MARK: Checking and reporting

let lost = max(0, texts.count - decoded.count)
var garbled = 0
for (scan, text) in zip(decoded, texts) where scan.text != text || scan.problem != nil { garbled += 1 }
let rawMismatch = rawEvents != events

pressLatencies.sort()
let sortedLatencies = pressLatencies
func percentile(_ p: Double) -> Int64 { sortedLatencies[min(sortedLatencies.count - 1, Int((Double(sortedLatencies.count) * p).rounded(.up)) - 1)] }

print("layout \(layoutName): \(texts.count) scans, \(keystrokes) keystrokes (key presses), \(events.count) events, \(stream.utf8.count / 1_048_576) MiB evemu text")
print(String(format: "generate (xkb encode + evemu text)  %.3f s", seconds(generation)))
print(String(format: "parse evemu text                    %.3f s  %.0f events/s", seconds(parsing), Double(events.count) / seconds(parsing)))
print(String(format: "parse raw input_event bytes         %.3f s  %.0f events/s", seconds(rawParsing), Double(rawEvents.count) / seconds(rawParsing)))
print(String(format: "decode (xkb state, scans)           %.3f s  %.0f scans/s  %.0f keystrokes/s", seconds(decoding), Double(decoded.count) / seconds(decoding), Double(keystrokes) / seconds(decoding)))
print(String(format: "parse + decode                      %.3f s  %.0f scans/s  %.0f keystrokes/s", seconds(parsing + decoding), Double(decoded.count) / seconds(parsing + decoding), Double(keystrokes) / seconds(parsing + decoding)))
print("per-key latency (decoder, one key press): p50 \(percentile(0.5)) ns  p99 \(percentile(0.99)) ns  max \(pressLatencies.last ?? 0) ns")
print("lost \(lost)  garbled \(garbled)  raw path identical \(!rawMismatch)")
return lost == 0 && garbled == 0 && !rawMismatch
}

if try !benchmark() { exit(1) }
