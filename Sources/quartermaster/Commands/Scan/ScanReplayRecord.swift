import Foundation
import QuartermasterCore
import Scanning

/// One line of `scan replay --json`: the decoded scan and how the station classifies it.
struct ScanReplayRecord: Encodable {
    /// The text (JSON escapes control characters itself); nil when the bytes are not UTF-8.
    var text: String?
    /// The same text escaped as the plain output prints it.
    var escaped: String
    var device: String
    /// Seconds since the Unix epoch of the event that ended the scan.
    var time: Double
    var ending: String
    /// The symbology identifier, `]C1`, when the scanner sent one.
    var aim: String?
    var symbology: String?
    var kind: String
    var gtin: String?
    var gs1: [GS1Element]?
    /// Why the scan must not be used: the decoder's or the classifier's reason.
    var problem: String?

    init(_ scan: DecodedScan, classifier: ScanClassifier) {
        let classified = classifier.classify(bytes: scan.bytes)
        text = scan.text
        escaped = scan.escaped
        device = scan.device
        let parts = scan.time.components
        time = Double(parts.seconds) + Double(parts.attoseconds / 1_000_000_000_000) / 1_000_000
        ending = scan.ending.rawValue
        aim = classified.aim?.description
        symbology = classified.aim?.symbology
        kind = classified.kind.rawValue
        gtin = classified.gtin
        gs1 = classified.gs1
        problem = scan.problem?.description ?? classified.problem?.description
    }
}
