import QuartermasterTesting
import Terminal
import Testing

/// The byte sequences real terminals send, and what the kiosk must make of them.
@Suite("KeyDecoder")
struct KeyDecoderTests {
    private static let esc = "\u{1B}"

    private func decode(_ text: String) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(Array(text.utf8))
    }

    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes)
    }

    // MARK: Function keys

    @Test("Linux console function keys", arguments: [
        ("[[A", 1), ("[[B", 2), ("[[C", 3), ("[[D", 4), ("[[E", 5),
        ("[17~", 6), ("[18~", 7), ("[19~", 8), ("[20~", 9), ("[21~", 10), ("[23~", 11), ("[24~", 12),
    ])
    func linuxFunctionKeys(sequence: String, number: Int) {
        #expect(decode(Self.esc + sequence) == [.function(number)])
    }

    @Test("xterm and VT220 function keys", arguments: [
        ("OP", 1), ("OQ", 2), ("OR", 3), ("OS", 4),
        ("[11~", 1), ("[12~", 2), ("[13~", 3), ("[14~", 4), ("[15~", 5),
        ("[17~", 6), ("[24~", 12),
        ("[1;2P", 1), ("[1;5S", 4), ("[15;2~", 5),  // with Shift or Ctrl held
    ])
    func xtermFunctionKeys(sequence: String, number: Int) {
        #expect(decode(Self.esc + sequence) == [.function(number)])
    }

    // MARK: Cursor and editing keys

    @Test("cursor and editing keys", arguments: [
        ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),  // application cursor mode
        ("[1;5C", .right), ("[1;2A", .up),  // with modifiers
        ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[H", .home), ("[F", .end),
        ("OH", .home), ("OF", .end),
        ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("OM", .enter), ("Op", .character("0")), ("Oy", .character("9")), ("Ok", .character("+")),
    ])
    func cursorKeys(sequence: String, key: Key) {
        #expect(decode(Self.esc + sequence) == [key])
    }

    // MARK: Control keys

    @Test("control bytes", arguments: [
        ([0x0D], [Key.enter]),
        ([0x0A], [.enter]),
        ([0x0D, 0x0A], [.enter]),  // CR LF is one Enter
        ([0x0D, 0x00], [.enter]),  // telnet's CR NUL too
        ([0x0D, 0x0D], [.enter, .enter]),
        ([0x0A, 0x0A], [.enter, .enter]),
        ([0x0A, 0x0D], [.enter, .enter]),
        ([0x0D, 0x41, 0x0A], [.enter, .character("A"), .enter]),
        ([0x09], [.tab]),
        ([0x7F], [.backspace]),
        ([0x08], [.backspace]),
        ([0x03], [.control("c")]),  // Ctrl+C arrives as a key
        ([0x01], [.control("a")]),
        ([0x1A], [.control("z")]),
        ([0x00], [.control("@")]),
        ([0x1C], [.control("\\")]),
        ([0x1F], [.control("_")]),
        ([0x20], [.character(" ")]),
    ] as [([UInt8], [Key])])
    func controlBytes(bytes: [UInt8], keys: [Key]) {
        #expect(decode(bytes) == keys)
    }

    // MARK: Text

    @Test("text, including Chinese")
    func text() {
        #expect(decode("ok 张三") == [.character("o"), .character("k"), .character(" "),
                                     .character("张"), .character("三")])
    }

    @Test("UTF-8 split across reads")
    func splitUTF8() {
        var decoder = KeyDecoder()
        let bytes = Array("张三".utf8)  // E5 BC A0 E4 B8 89
        #expect(decoder.feed(bytes[0..<1]) == [])
        #expect(decoder.hasPendingInput)
        #expect(decoder.feed(bytes[1..<2]) == [])
        #expect(decoder.feed(bytes[2..<4]) == [.character("张")])
        #expect(decoder.feed(bytes[4..<6]) == [.character("三")])
        #expect(!decoder.hasPendingInput)
    }

    @Test("invalid UTF-8 becomes U+FFFD and decoding carries on", arguments: [
        ([0xFF], 1, nil),
        ([0x80], 1, nil),  // stray continuation
        ([0xC0, 0x80], 2, nil),  // overlong
        ([0xED, 0xA0, 0x80], 3, nil),  // surrogate
        ([0xE5, 0x41], 1, "A"),  // broken off by ASCII
        ([0xF0, 0x9F, 0x41], 1, "A"),
    ] as [([UInt8], Int, Character?)])
    func invalidUTF8(bytes: [UInt8], replacements: Int, following: Character?) {
        var expected = Array(repeating: Key.character("\u{FFFD}"), count: replacements)
        if let following { expected.append(.character(following)) }
        #expect(decode(bytes) == expected)
    }

    // MARK: Escape

    @Test("a lone ESC waits for flush")
    func loneEscape() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPendingInput)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPendingInput)
        #expect(decoder.flush() == [])
    }

    @Test("ESC ESC is one Escape now and one pending")
    func doubleEscape() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B, 0x1B]) == [.escape])
        #expect(decoder.flush() == [.escape])
    }

    @Test("Escape pressed, then an arrow after the silence")
    func escapeThenArrow() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(decoder.feed(Array("\u{1B}[B".utf8)) == [.down])
    }

    @Test("a sequence split across reads")
    func splitSequence() {
        var decoder = KeyDecoder()
        for byte in Array("\u{1B}[15".utf8) {
            #expect(decoder.feed([byte]) == [])
        }
        #expect(decoder.feed(Array("~x".utf8)) == [.function(5), .character("x")])
    }

    @Test("half a sequence at flush is dropped, not typed")
    func flushHalfSequence() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("\u{1B}[1".utf8)) == [])
        #expect(decoder.flush() == [])
        #expect(decoder.feed(Array("a".utf8)) == [.character("a")])
    }

    @Test("half a character at flush is U+FFFD")
    func flushHalfCharacter() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0xE5, 0xBC]) == [])
        #expect(decoder.flush() == [.character("\u{FFFD}")])
    }

    // MARK: Unknown sequences

    @Test("unknown sequences are swallowed whole", arguments: [
        "[200~",  // bracketed paste start
        "[?1;2c",  // device attributes reply
        "[<0;10;5M",  // SGR mouse
        "[12;40R",  // cursor position report
        "[99~",
        "[25~",  // Shift+F1 on the Linux console (F13)
        "[Z",  // Shift+Tab
        "OZ",
        "[[Z",
        "x",  // Alt+x
        "\u{7F}",  // Alt+Backspace
        "[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15~",  // longer than anything real
        "]0;pwn\u{07}",  // a window title (OSC) ended by BEL
        "]0;pwn\u{1B}\\",  // ... or by ST
        "P1$r0m\u{1B}\\",  // a DCS answer
        "_app\u{1B}\\",  // APC
        "[M !!",  // an X10 mouse click: three raw bytes after ESC [ M
    ])
    func unknownSwallowed(sequence: String) {
        #expect(decode(Self.esc + sequence + "k") == [.character("k")])
    }

    @Test("Alt with a Chinese character is swallowed whole")
    func altWithUTF8() {
        #expect(decode(Self.esc + "张k") == [.character("k")])
    }

    @Test("a control byte breaks off a sequence and counts itself")
    func brokenSequence() {
        #expect(decode(Self.esc + "[1\r") == [.enter])
        #expect(decode(Self.esc + "[1" + Self.esc + "[A") == [.up])
    }

    // MARK: Robustness

    @Test("any bytes decode without trapping and leave nothing pending after flush")
    func arbitraryBytes() {
        var generator = SplitMix64(seed: 0x5EED)
        var decoder = KeyDecoder()
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 12)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let keys = decoder.feed(bytes)
            // At most one key per byte, plus one for a character broken off from the last read.
            #expect(keys.count <= bytes.count + 1)
            if generator.next() % 4 == 0 {
                _ = decoder.flush()
                #expect(!decoder.hasPendingInput)
            }
        }
    }
}
