import Scanning
import Testing

/// The decoder state machine fed hand-made and encoded key events: no device needed.
@Suite struct KeyboardScanDecoderTests {
    let us: KeyboardLayout
    init() throws { us = try KeyboardLayout(layout: "us") }

    private func key(_ name: String, _ pressed: Bool, ms: Int) throws -> InputEvent {
        .key(try #require(InputEventCode.code(named: name)), pressed: pressed, at: KeyboardTyping.start + .milliseconds(ms))
    }

    private func tap(_ name: String, holding modifiers: [String] = [], ms: Int) throws -> [InputEvent] {
        var events: [InputEvent] = []
        for modifier in modifiers { events.append(try key(modifier, true, ms: ms)) }
        events.append(try key(name, true, ms: ms))
        events.append(try key(name, false, ms: ms + 1))
        for modifier in modifiers.reversed() { events.append(try key(modifier, false, ms: ms + 1)) }
        return events
    }

    // MARK: Text and terminators

    @Test func shiftedTextEndsAtEnter() throws {
        let events = try tap("KEY_E", holding: ["KEY_LEFTSHIFT"], ms: 0) + tap("KEY_1", ms: 2) + tap("KEY_ENTER", ms: 4)
        let scans = try KeyboardTyping.decode(events, layout: us)
        #expect(scans.map(\.text) == ["E1"])
        #expect(scans.first?.ending == .enter)
        #expect(scans.first?.problem == nil)
        #expect(scans.first?.device == "test")
        #expect(scans.first?.time == KeyboardTyping.start + .milliseconds(4))
    }

    @Test func emptyEnterIsNoScan() throws {
        #expect(try KeyboardTyping.decode(try tap("KEY_ENTER", ms: 0), layout: us).isEmpty)
    }

    @Test func tabTerminatorKeepsEnterOut() throws {
        let events = try tap("KEY_A", ms: 0) + tap("KEY_TAB", ms: 2) + tap("KEY_B", ms: 4) + tap("KEY_KPENTER", ms: 6)
        let tabOnly = try KeyboardTyping.decode(events, layout: us, configuration: .init(terminators: .tab))
        #expect(tabOnly.map(\.text) == ["a", "b\r"], "Enter is typed as CR when only Tab ends scans")
        #expect(tabOnly.map(\.ending) == [.tab, .endOfInput])
        #expect(tabOnly.last?.problem == .unterminated)
        let both = try KeyboardTyping.decode(events, layout: us, configuration: .init(terminators: [.enter, .tab]))
        #expect(both.map(\.text) == ["a", "b"])
        #expect(both.map(\.ending) == [.tab, .enter])
    }

    @Test func interKeyTimeoutEndsScansByEventTime() throws {
        let events = try tap("KEY_A", ms: 0) + tap("KEY_B", ms: 20) + tap("KEY_C", ms: 200) + tap("KEY_D", ms: 210)
        let configuration = ScanDecoderConfiguration(terminators: [], interKeyTimeout: .milliseconds(50))
        var decoder = try ScanDecoder(layout: us, device: "t", configuration: configuration)
        let during = events.compactMap { decoder.handle($0) }
        #expect(during.map(\.text) == ["ab"])
        #expect(during.first?.ending == .timeout)
        #expect(decoder.timeout(at: KeyboardTyping.start + .milliseconds(230)) == nil, "not yet")
        let late = decoder.timeout(at: KeyboardTyping.start + .milliseconds(300))
        #expect(late?.text == "cd")
        #expect(late?.problem == nil)
    }

    @Test func autorepeatTypesNothing() throws {
        var events = try tap("KEY_A", ms: 0)
        events.insert(InputEvent(time: KeyboardTyping.start, type: .key, code: 30, value: 2), at: 1)
        events += try tap("KEY_ENTER", ms: 5)
        #expect(try KeyboardTyping.decode(events, layout: us).map(\.text) == ["a"])
    }

    // MARK: Control characters

    @Test func controlBracketIsGroupSeparatorOnEveryLayout() throws {
        for name in ["us", "de", "fr", "gb"] {
            let layout = try KeyboardLayout(layout: name)
            let events = try tap("KEY_RIGHTBRACE", holding: ["KEY_LEFTCTRL"], ms: 0) + tap("KEY_ENTER", ms: 2)
            let scans = try KeyboardTyping.decode(events, layout: layout)
            #expect(scans.map(\.bytes) == [[0x1D]], "\(name)")
            #expect(scans.first?.escaped == "\\x1d")
        }
    }

    @Test func otherControlCharactersAreKeptAsBytes() throws {
        // ISO/IEC 15434 messages use RS (Ctrl+^) and EOT (Ctrl+D); they are data, not commands.
        let events = try tap("KEY_D", holding: ["KEY_LEFTCTRL"], ms: 0) + tap("KEY_ENTER", ms: 2)
        let scan = try KeyboardTyping.decode(events, layout: us).first
        #expect(scan?.bytes == [0x04])
        #expect(scan?.escaped == "\\x04")
    }

    @Test func deadKeysComposeAsAHostWould() throws {
        let de = try KeyboardLayout(layout: "de")
        // dead circumflex + a → â; dead circumflex + space → ^; dead acute twice → ´
        let events = try tap("KEY_GRAVE", ms: 0) + tap("KEY_A", ms: 2) + tap("KEY_GRAVE", ms: 4) + tap("KEY_SPACE", ms: 6)
            + tap("KEY_EQUAL", ms: 8) + tap("KEY_EQUAL", ms: 10) + tap("KEY_ENTER", ms: 12)
        #expect(try KeyboardTyping.decode(events, layout: de).map(\.text) == ["â^´"])
    }

    @Test func altKeypadCodes() throws {
        func alt(_ digits: String, ms: Int) throws -> [InputEvent] {
            var events = [try key("KEY_LEFTALT", true, ms: ms)]
            for digit in digits { events += try tap("KEY_KP\(digit)", ms: ms) }
            events.append(try key("KEY_LEFTALT", false, ms: ms + 1))
            return events
        }
        let events = try alt("065", ms: 0) + alt("029", ms: 10) + alt("24352", ms: 20) + tap("KEY_ENTER", ms: 30)
        let scans = try KeyboardTyping.decode(events, layout: us)
        #expect(scans.map(\.text) == ["A\u{1D}张"])
        // 128–255 are bytes: Latin-1 é (Alt+0233) alone is not UTF-8, so it is flagged, not guessed.
        let latin = try alt("0233", ms: 0) + tap("KEY_ENTER", ms: 10)
        let flagged = try KeyboardTyping.decode(latin, layout: us)
        #expect(flagged.first?.bytes == [0xE9])
        #expect(flagged.first?.problem == .invalidUTF8)
        #expect(flagged.first?.text == nil)
        #expect(flagged.first?.escaped == "\\xe9")
        // The same character sent as its UTF-8 bytes decodes.
        let utf8 = try alt("195", ms: 0) + alt("169", ms: 5) + tap("KEY_ENTER", ms: 10)
        #expect(try KeyboardTyping.decode(utf8, layout: us).map(\.text) == ["é"])
    }

    @Test func keypadDigitsWithoutAltAreDigits() throws {
        let events = try tap("KEY_KP4", ms: 0) + tap("KEY_KP2", ms: 2) + tap("KEY_ENTER", ms: 4)
        #expect(try KeyboardTyping.decode(events, layout: us).map(\.text) == ["42"])
    }

    // MARK: Locks

    @Test func capsLockDoesNotInvertTheNextScan() throws {
        let first = try tap("KEY_CAPSLOCK", ms: 0) + tap("KEY_A", ms: 2) + tap("KEY_B", holding: ["KEY_LEFTSHIFT"], ms: 4)
            + tap("KEY_ENTER", ms: 6)
        let second = try tap("KEY_A", ms: 100) + tap("KEY_B", holding: ["KEY_LEFTSHIFT"], ms: 102) + tap("KEY_ENTER", ms: 104)
        #expect(try KeyboardTyping.decode(first + second, layout: us).map(\.text) == ["Ab", "aB"])
    }

    // MARK: Bad input

    @Test func longScanIsCutOffAndRefused() throws {
        let text = String(repeating: "A1", count: 2100)
        let events = try KeyboardTyping.events([text, "OK"], layout: us)
        let scans = try KeyboardTyping.decode(events, layout: us)
        #expect(scans.count == 2)
        #expect(scans[0].problem == .tooLong)
        #expect(scans[0].bytes.count == 4096)
        #expect(scans[0].text == String(text.prefix(4096)))
        #expect(scans[1].text == "OK")
        #expect(scans[1].problem == nil)
    }

    @Test func droppedEventsDropThePartialScan() throws {
        var events = try tap("KEY_A", ms: 0) + tap("KEY_B", ms: 2)
        events.append(.dropped(at: KeyboardTyping.start + .milliseconds(3)))
        events += try tap("KEY_C", ms: 3)  // before SYN_REPORT: skipped, as the kernel says
        events.append(.report(at: KeyboardTyping.start + .milliseconds(4)))
        events += try tap("KEY_D", ms: 5) + tap("KEY_ENTER", ms: 7)
        var decoder = try ScanDecoder(layout: us, device: "t")
        let scans = events.compactMap { decoder.handle($0) }
        #expect(scans.map(\.problem) == [.interrupted, nil])
        #expect(scans.map(\.text) == ["ab", "d"])
    }

    @Test func vanishedDeviceDropsThePartialScan() throws {
        var decoder = try ScanDecoder(layout: us, device: "t")
        for event in try tap("KEY_X", ms: 0) { #expect(decoder.handle(event) == nil) }
        #expect(decoder.hasPartialScan)
        let dropped = decoder.interrupt(at: KeyboardTyping.start + .seconds(1))
        #expect(dropped?.problem == .interrupted)
        #expect(dropped?.text == "x")
        #expect(!decoder.hasPartialScan)
        #expect(decoder.interrupt(at: KeyboardTyping.start + .seconds(2)) == nil)
    }

    @Test func resynchronisedKeysTypeNothingButHold() throws {
        var decoder = try ScanDecoder(layout: us, device: "t")
        decoder.resynchronise(try key("KEY_LEFTSHIFT", true, ms: 0))
        for event in try tap("KEY_A", ms: 1) + [try key("KEY_LEFTSHIFT", false, ms: 2)] + tap("KEY_B", ms: 3) {
            _ = decoder.handle(event)
        }
        let scan = try tap("KEY_ENTER", ms: 5).compactMap { decoder.handle($0) }.first
        #expect(scan?.text == "Ab")
    }

    // MARK: Escaping

    @Test(arguments: [
        ([0x41, 0x1D, 0x42] as [UInt8], "A\\x1dB"),
        ([0x1B, 0x5B, 0x32, 0x4A], "\\x1b[2J"),
        ([0x5C], "\\"),  // the backslash prints as itself: escaping is idempotent
        ([0xE4, 0xB8, 0xAD, 0xFF, 0xC3], "中\\xff\\xc3"),
        ([0xE2, 0x80, 0xAE, 0x7F, 0x0D], "\\u{202e}\\x7f\\x0d"),
        ([0xC0, 0x80], "\\xc0\\x80"),
    ])
    func escapedForTerminals(bytes: [UInt8], expected: String) {
        #expect(DecodedScan.escaped(bytes) == expected)
    }
}
