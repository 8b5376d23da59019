import Foundation
import Scanning
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The three readers: evemu text, raw `input_event` bytes (file and pipe), and a device node
/// through libevdev, as far as a machine without /dev/input can take it.
@Suite struct EvdevReaderTests {
    // MARK: evemu text

    @Test func evemuLinesAreParsedAndOthersIgnored() throws {
        let text = """
            # EVEMU 1.3
            # Input device name: "Honeywell Imaging 1900"
            N: Honeywell Imaging 1900
            I: 0003 0c2e 0b81 0110
            P: 00 00 00 00 00 00 00 00
            B: 00 13 00 12 00 00 00 00
            E: 1700000000.000100 0004 0004 458756\t# EV_MSC / MSC_SCAN             458756
            E: 1700000000.000100 0001 001e 1\t# EV_KEY / KEY_A                1
            E: 1700000000.000100 0000 0000 0000\t# ------------ SYN_REPORT (0) ---------- +0ms
            E: 1700000000.001900 0001 001e 0
            E: -1.000000 0011 0001 -1

            """
        let recording = try EvemuRecording(parsing: text)
        #expect(recording.name == "Honeywell Imaging 1900")
        #expect(recording.vendor == 0x0c2e)
        #expect(recording.product == 0x0b81)
        #expect(recording.events.count == 5)
        #expect(recording.events[1] == .key(30, pressed: true, at: .seconds(1_700_000_000) + .microseconds(100)))
        #expect(recording.events[0].type == .miscellaneous && recording.events[0].value == 458756)
        #expect(recording.events[3].time == .seconds(1_700_000_000) + .microseconds(1900))
        #expect(recording.events[4].type == .led && recording.events[4].value == -1)
    }

    @Test(arguments: [
        "E: 1.000001 0001 001e",
        "E: 1.1 0001 001e 1",
        "E: 1.000001 0001 00zz 1",
        "E: abc 0001 001e 1",
    ])
    func malformedEventLineIsAnErrorWithItsNumber(line: String) {
        let error = #expect(throws: EvemuRecordingError.self) {
            try EvemuRecording(parsing: "N: x\n\(line)\n")
        }
        #expect(error == .malformedEvent(line: 2, text: line))
        #expect(error?.description.contains("Line 2") == true)
    }

    @Test func writtenRecordingReadsBack() throws {
        let layout = try KeyboardLayout(layout: "us")
        let events = try KeyboardTyping.events(["Round-trip 1"], layout: layout)
        let recording = EvemuRecording(name: "Test", vendor: 0x05e0, product: 0x1200, events: events)
        let read = try EvemuRecording(parsing: recording.text)
        #expect(read == recording)
        #expect(recording.text.contains("E: 1700000000.000000 0001 002a 1\t# EV_KEY / KEY_LEFTSHIFT"))
    }

    // MARK: Raw input_event bytes

    @Test func rawRecordsSplitAnywhereParseTheSame() throws {
        #expect(RawInputEventParser.recordSize == 24)
        let layout = try KeyboardLayout(layout: "us")
        let events = try KeyboardTyping.events(["RAW-1", "raw 2"], layout: layout)
        let bytes = events.flatMap(RawInputEventParser.bytes(for:))
        #expect(bytes.count == events.count * 24)
        for chunk in [1, 7, 24, 25, 1000] {
            var parser = RawInputEventParser()
            var parsed: [InputEvent] = []
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + chunk, bytes.count)
                parsed += parser.parse(Array(bytes[offset..<end]))
                offset = end
            }
            #expect(parsed == events, "chunks of \(chunk)")
            #expect(parser.pendingByteCount == 0)
        }
        #expect(try KeyboardTyping.decode(events, layout: layout).map(\.text) == ["RAW-1", "raw 2"])
    }

    @Test func rawFileAndPipeGoThroughTheSameReader() throws {
        let layout = try KeyboardLayout(layout: "de")
        let events = try KeyboardTyping.events(["Zy-7/", "HA112"], layout: layout)
        let bytes = events.flatMap(RawInputEventParser.bytes(for:))
        let path = NSTemporaryDirectory() + "qm-raw-\(UUID().uuidString).raw"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes + [0x01, 0x02]).write(to: URL(fileURLWithPath: path))  // a cut-off record at the end
        let file = try InputEventFile(path: path)
        #expect(try file.readAll() == events)
        #expect(file.trailingByteCount == 2)

        // A pipe delivers in pieces; a writer thread feeds it while the reader reads.
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let writeEnd = descriptors[1]
        let writer = Thread {
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + 100, bytes.count)
                _ = bytes[offset..<end].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                offset = end
            }
            close(writeEnd)
        }
        writer.start()
        let piped = try InputEventFile(path: "/dev/fd/\(descriptors[0])").readAll()
        close(descriptors[0])
        #expect(try KeyboardTyping.decode(piped, layout: layout).map(\.text) == ["Zy-7/", "HA112"])
    }

    @Test func missingFileIsATypedError() {
        #expect(throws: EvdevError.openFailed(path: "/nonexistent/scan.raw", errno: ENOENT)) {
            try InputEventFile(path: "/nonexistent/scan.raw")
        }
    }

    // MARK: Devices (no /dev/input here: only the failure paths can run)

    @Test func nonEvdevFileIsNotAnInputDevice() throws {
        let error = #expect(throws: EvdevError.self) { try EvdevDevice(path: "/dev/null") }
        #expect(error?.description.contains("/dev/null is not an input device") == true)
        #expect(error?.isDeviceGone == false)
    }

    @Test func missingDeviceNodeSaysSo() {
        let error = #expect(throws: EvdevError.self) { try EvdevDevice(path: "/dev/input/event999") }
        #expect(error == .openFailed(path: "/dev/input/event999", errno: ENOENT))
    }

    @Test func permissionErrorPointsAtTheUdevRule() {
        #expect(EvdevError.openFailed(path: "/dev/input/event3", errno: EACCES).description
            .contains("70-quartermaster-scanners.rules"))
        #expect(EvdevError.deviceGone(path: "/dev/input/event3").isDeviceGone)
    }
}
