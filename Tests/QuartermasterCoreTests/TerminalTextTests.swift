import QuartermasterCore
import Testing

// MARK: - TerminalTextTests

/// The one escaper every terminal output uses: what is escaped, how it is written, and what is
/// left alone (Chinese, accents, the backslash).
@Suite struct TerminalTextTests {
    // MARK: Strings

    @Test("controls, bidi and invisible characters are written out; printable text is left alone", arguments: [
        ("plain text", "plain text"),
        ("张三 · 领用单", "张三 · 领用单"),
        ("A4 复印纸 ×6", "A4 复印纸 ×6"),
        ("e\u{301}", "e\u{301}"),  // a combining accent draws on its base
        ("\u{A0}\u{3000}", "\u{A0}\u{3000}"),  // no-break and ideographic spaces are printable
        ("C:\\temp", "C:\\temp"),  // the backslash prints as itself
        ("A\u{1B}[2J", "A\\x1b[2J"),
        ("\u{1B}]0;owned\u{7}", "\\x1b]0;owned\\x07"),  // OSC: set the window title
        ("tab\there", "tab\\x09here"),
        ("line\r\nforged", "line\\x0d\\x0aforged"),
        ("\u{0}\u{7F}", "\\x00\\x7f"),
        ("\u{9B}2J", "\\u{9b}2J"),  // C1 CSI
        ("\u{85}", "\\u{85}"),  // C1 next line
        ("abc\u{202E}fdp.exe", "abc\\u{202e}fdp.exe"),  // right-to-left override
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "\\u{202a}\\u{202b}\\u{202c}\\u{202d}"),
        ("\u{2066}x\u{2067}y\u{2068}z\u{2069}", "\\u{2066}x\\u{2067}y\\u{2068}z\\u{2069}"),  // isolates
        ("E1\u{200B}001", "E1\\u{200b}001"),  // zero-width space
        ("\u{200E}\u{200F}\u{FEFF}\u{AD}", "\\u{200e}\\u{200f}\\u{feff}\\u{ad}"),
        ("a\u{2028}b\u{2029}", "a\\u{2028}b\\u{2029}"),  // line and paragraph separators
        ("\u{E000}", "\\u{e000}"),  // private use
        ("\u{E0041}", "\\u{e0041}"),  // a tag character
    ])
    func escapedText(text: String, expected: String) {
        #expect(TerminalText.escaped(text) == expected)
    }

    @Test("escaped text holds no scalar a terminal may act on, and escaping it again changes nothing")
    func escapedIsInertAndIdempotent() {
        let ranges: [ClosedRange<UInt32>] = [0...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF...0xFEFF]
        let everything = "x" + String(String.UnicodeScalarView(ranges.flatMap { $0.compactMap(Unicode.Scalar.init) })) + "张"
        let escaped = TerminalText.escaped(everything)
        #expect(!escaped.unicodeScalars.contains(where: TerminalText.needsEscaping))
        #expect(escaped.unicodeScalars.allSatisfy { $0.isASCII || $0 == "张" })
        #expect(escaped.hasPrefix("x\\x00\\x01"))
        #expect(escaped.hasSuffix("\\u{feff}张"))
        #expect(TerminalText.escaped(escaped) == escaped)
    }

    // MARK: Bytes

    @Test("bytes: UTF-8 escaped as text, anything else as \\xHH", arguments: [
        (Array("FA-000123".utf8), "FA-000123"),
        (Array("张三".utf8), "张三"),
        ([0x30, 0x31, 0x1D, 0x31, 0x30], "01\\x1d10"),  // GS between GS1 fields
        ([0x1B, 0x5B, 0x32, 0x4A], "\\x1b[2J"),
        ([0x41, 0xFF, 0x42], "A\\xffB"),
        ([0xE5, 0xBC], "\\xe5\\xbc"),  // a cut-off character
        ([0xC0, 0x80], "\\xc0\\x80"),  // overlong NUL
        ([0xED, 0xA0, 0x80], "\\xed\\xa0\\x80"),  // a UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], "\\xf4\\x90\\x80\\x80"),  // above U+10FFFF
        ([0x9B], "\\x9b"),  // a lone C1 byte is not UTF-8 …
        ([0xC2, 0x9B], "\\u{9b}"),  // … C1 CSI encoded as UTF-8 is a scalar
        ([0xE2, 0x80, 0xAE, 0x41], "\\u{202e}A"),
        ([0x7F, 0x0A, 0x0D, 0x09], "\\x7f\\x0a\\x0d\\x09"),
        ([0x5C], "\\"),
        ([], ""),
    ] as [([UInt8], String)])
    func escapedBytes(bytes: [UInt8], expected: String) {
        #expect(TerminalText.escaped(bytes: bytes) == expected)
    }

    @Test("the bytes of valid UTF-8 escape exactly as the text does")
    func bytesAgreeWithText() {
        for text in ["A\u{1B}[2J", "张\u{202E}三", "\u{9B}\u{85}\u{7F}", "ok", "E1\u{200B}001\r\n"] {
            #expect(TerminalText.escaped(bytes: Array(text.utf8)) == TerminalText.escaped(text))
        }
    }

    // MARK: JSON

    @Test("JSON keeps its value and loses its raw controls", arguments: [
        (#"{"text":"a\u001b[2J"}"#, #"{"text":"a\u001b[2J"}"#),  // already escaped by the encoder
        ("{\"text\":\"\u{7F}\u{9B}\u{202E}张\"}", #"{"text":"\u007f\u009b\u202e张"}"#),
        ("{\"text\":\"\u{E0041}\"}", #"{"text":"\udb40\udc41"}"#),  // a surrogate pair above the BMP
    ])
    func escapedJSON(json: String, expected: String) {
        #expect(TerminalText.escapedJSON(json) == expected)
    }
}
