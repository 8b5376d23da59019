import QuartermasterCore
import Testing

/// Column counts and fitting for the kiosk's text terminal: Chinese must take two columns,
/// accents none, and nothing may ever come out wider than asked.
@Suite("DisplayWidth")
struct DisplayWidthTests {
    // MARK: Measuring

    @Test("width of text", arguments: [
        ("", 0),
        ("abc", 3),
        ("张三", 4),
        ("张三 ok", 7),
        ("库存：12", 8),  // fullwidth colon
        ("e\u{301}", 1),  // e + combining acute: one cluster, one column
        ("é", 1),
        ("カタカナ", 8),
        ("ｶﾀｶﾅ", 4),  // halfwidth katakana
        ("한국어", 6),
        ("ＡＢ", 4),  // fullwidth Latin
        ("、。", 4),  // CJK punctuation
        ("\u{20000}", 2),  // CJK Extension B
        ("👍", 2),
        ("👍🏽", 2),  // with skin tone modifier
        ("👨‍👩‍👧", 2),  // ZWJ family
        ("❤️", 2),  // text symbol with emoji presentation selector
        ("❤", 1),
        ("🇨🇳", 2),  // flag
        ("✅", 2),
        ("…", 1),
        ("a\u{200B}b", 2),  // zero-width space
        ("\u{1B}[2J", 3),  // ESC itself takes nothing; it is escaped before display anyway
        ("\t\r\n", 0),
    ])
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test("scalar widths", arguments: [
        (0x41, 1), (0x4E00, 2), (0x9FFF, 2),
        (0x3000, 2), (0x303F, 1), (0xAC00, 2),
        (0xD7A3, 2), (0xFF01, 2), (0xFF61, 1),
        (0xFFE6, 2), (0x1160, 0), (0x0301, 0),
        (0xFE0F, 0), (0x200D, 0), (0x00AD, 1),
        (0x0000, 0), (0x009B, 0), (0x1F600, 2),
        (0x1F9FF, 2), (0x3FFFD, 2), (0x40000, 1),
    ] as [(UInt32, Int)])
    func scalarWidth(value: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.width(of: scalar) == expected)
    }

    // MARK: Truncating

    @Test("truncate", arguments: [
        ("hello", 10, "hello"),
        ("hello", 5, "hello"),
        ("hello world", 8, "hello w…"),
        ("张三丰", 6, "张三丰"),
        ("张三丰", 5, "张三…"),
        ("张三丰", 4, "张…"),  // 三 would straddle: dropped, result one column short
        ("张三丰", 2, "…"),
        ("ab张三", 4, "ab…"),
        ("abc", 1, "…"),
        ("a", 1, "a"),
        ("abc", 0, ""),
        ("abc", -3, ""),
        ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ])
    func truncate(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.truncate(text, to: width) == expected)
    }

    @Test("truncation never exceeds the width and keeps text that fits")
    func truncationBound() {
        let samples = [
            "", "a", "张", "张三", "a张b三c", "库存：１２３", "👍👍👍", "e\u{301}张\u{301}x",
            "한국어 텍스트", "mixed 中文 and English 文本", "🇨🇳🇨🇳x",
        ]
        for text in samples {
            for width in 0...16 {
                let result = DisplayWidth.truncate(text, to: width)
                #expect(DisplayWidth.of(result) <= width, "\(text) at \(width)")
                if DisplayWidth.of(text) <= width {
                    #expect(result == text)
                } else {
                    #expect(result.hasSuffix("…") || width == 0)
                    #expect(DisplayWidth.of(result) >= width - 1, "\(text) at \(width): too short")
                }
            }
        }
    }

    // MARK: Padding

    @Test("pad left-aligns in exactly the width", arguments: [
        ("ab", 5, "ab   "),
        ("张三", 5, "张三 "),
        ("张三", 4, "张三"),
        ("张三丰", 5, "张三…"),
        ("张三丰", 4, "张… "),
        ("", 3, "   "),
        ("abc", 0, ""),
    ])
    func pad(text: String, width: Int, expected: String) {
        let result = DisplayWidth.pad(text, to: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) == width)
    }

    @Test("padLeading right-aligns in exactly the width", arguments: [
        ("42", 5, "   42"),
        ("张", 3, " 张"),
        ("1234", 4, "1234"),
        ("12345", 4, "123…"),
        ("", 2, "  "),
    ])
    func padLeading(text: String, width: Int, expected: String) {
        let result = DisplayWidth.padLeading(text, to: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) == width)
    }
}
