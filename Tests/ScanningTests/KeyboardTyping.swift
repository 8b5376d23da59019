import Scanning

/// Helpers that type scans through a layout into events and decode them back, for the decoder,
/// fixture and property tests.
enum KeyboardTyping {
    /// A fixed start time (2023-11-14), so recordings made here are byte-for-byte reproducible.
    static let start = Duration.seconds(1_700_000_000)

    /// The events of several scans, one every half second.
    static func events(
        _ scans: [String], layout: KeyboardLayout, style: KeyEncodingStyle = .init(),
        terminator: ScanTerminators? = .enter
    ) throws -> [InputEvent] {
        let encoder = try KeyEventEncoder(layout: layout)
        var events: [InputEvent] = []
        var time = start
        for scan in scans {
            events += try encoder.events(typing: scan, terminator: terminator, style: style, startingAt: time)
            time += .milliseconds(500)
        }
        return events
    }

    /// Every scan the events decode to, including the one the end of input leaves.
    static func decode(
        _ events: [InputEvent], layout: KeyboardLayout, configuration: ScanDecoderConfiguration = .init()
    ) throws -> [DecodedScan] {
        var decoder = try ScanDecoder(layout: layout, device: "test", configuration: configuration)
        var scans = events.compactMap { decoder.handle($0) }
        if let last = decoder.finish(at: events.last?.time ?? .zero) { scans.append(last) }
        return scans
    }
}

