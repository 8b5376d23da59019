import QuartermasterTesting
import Scanning
import Testing

/// Random printable ASCII, typed through a layout as a scanner set to that layout would, and
/// decoded back: it must come out identical, for every layout a station is likely to meet.
@Suite struct KeyboardPropertyTests {
    @Test(arguments: ["us", "de", "fr", "gb"])
    func randomPrintableASCIIRoundTrips(layoutName: String) throws {
        let layout = try KeyboardLayout(layout: layoutName)
        var random = SplitMix64(seed: 0x5CA7_0000 + UInt64(layoutName.utf8.reduce(0) { $0 * 31 + Int($1) }))
        let texts = (0..<300).map { _ in
            String((0..<Int.random(in: 1...40, using: &random)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random)))
            })
        }
        let events = try KeyboardTyping.events(texts, layout: layout)
        let scans = try KeyboardTyping.decode(events, layout: layout)
        #expect(scans.count == texts.count)
        for (scan, text) in zip(scans, texts) where scan.text != text {
            Issue.record("\(layoutName): typed \(text.debugDescription), decoded \(scan.escaped.debugDescription)")
        }
        #expect(scans.allSatisfy { $0.problem == nil })
    }

    @Test(arguments: ["us", "de", "fr", "gb"])
    func everyPrintableASCIICharacterHasStrokes(layoutName: String) throws {
        let encoder = try KeyEventEncoder(layout: KeyboardLayout(layout: layoutName))
        for value in UInt8(0x20)...0x7E {
            #expect(encoder.strokes(for: Unicode.Scalar(value)) != nil, "\(layoutName) cannot type \(Character(Unicode.Scalar(value)))")
        }
    }
}
