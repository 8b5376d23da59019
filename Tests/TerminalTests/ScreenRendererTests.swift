import QuartermasterCore
@testable import Terminal
import Testing

/// The renderer must fill each row exactly, send only what changed, and never let data or a
/// misjudged width disturb the screen.
@Suite("ScreenRenderer")
struct ScreenRendererTests {
    private static let chineseFrame = ScreenFrame(rows: [
        ["领料单 ", ScreenSegment("R-2024-0017", style: .bold)],
        ["申请人：张三    部门：维修车间"],
        [ScreenSegment("螺丝刀 十字 PH2", style: .reverse), "  数量 ", ScreenSegment("12", style: .bold.colored(.green))],
        ["e\u{301}tiquette 한국어 カタカナ 👍 ok"],
        ["这一行非常长，超过了终端的宽度，必须被截断而且不能让宽字符跨越最后一列。"],
        [],
        ["ab张三李四王五赵六孙七周八吴九郑十冯十一陈十二褚十三卫十四蒋十五沈十六韩十七杨十八朱十九"],
        ["最后一行也是满的最后一行也是满的最后一行也是满的最后一行也是满的最后一行也是满的"],
    ])

    // MARK: Layout

    @Test("every row is exactly as wide as the terminal", arguments: [20, 21, 39, 40, 80, 81])
    func rowWidths(columns: Int) {
        let size = TerminalSize(columns: columns, rows: 8)
        var renderer = ScreenRenderer()
        let output = renderer.render(Self.chineseFrame, size: size)
        var screen = VirtualScreen(size: size)
        screen.apply(output)

        #expect(screen.faults == [])
        #expect(!screen.wroteBottomRightCell)
        for row in 0..<size.rows {
            #expect(DisplayWidth.of(screen.line(row)) == columns, "row \(row): \(screen.line(row))")
        }
        // Each row body on its own measures the width (one less on the last row, which EL ends).
        for row in 0..<size.rows {
            let body = ScreenRenderer.encodeRow(Self.chineseFrame.rows[row], width: columns, isLast: row == size.rows - 1)
            #expect(DisplayWidth.of(Self.visibleText(body)) == (row == size.rows - 1 ? columns - 1 : columns))
        }
    }

    @Test("a wide character that would straddle the edge becomes a space")
    func straddlingWideCharacter() {
        let body = ScreenRenderer.encodeRow(["ab张三"], width: 5, isLast: false)
        #expect(Self.visibleText(body) == "ab张 ")
        let exact = ScreenRenderer.encodeRow(["ab张三"], width: 6, isLast: false)
        #expect(Self.visibleText(exact) == "ab张三")
    }

    @Test("text shorter than the row is padded with plain spaces")
    func padding() {
        let body = ScreenRenderer.encodeRow([ScreenSegment("OK", style: .reverse)], width: 6, isLast: false)
        #expect(body == Array("\u{1B}[0;7mOK\u{1B}[0m    ".utf8))
    }

    @Test("the last row stops one column short and is finished with EL")
    func lastRow() {
        let body = ScreenRenderer.encodeRow(["abcdef"], width: 4, isLast: true)
        #expect(body == Array("abc\u{1B}[K".utf8))
    }

    @Test("lone combining marks are dropped; invisible format characters are shown escaped")
    func zeroWidth() {
        let body = ScreenRenderer.encodeRow(["\u{301}a\u{200B}b"], width: 12, isLast: false)
        #expect(Self.visibleText(body) == "a\\u{200b}b  ")
    }

    // MARK: Safety

    @Test("escape sequences in data are shown, not obeyed")
    func controlInjection() {
        let size = TerminalSize(columns: 30, rows: 3)
        var renderer = ScreenRenderer()
        _ = renderer.render(ScreenFrame(lines: ["ready"]), size: size)
        let output = renderer.render(ScreenFrame(lines: ["A\u{1B}[2J\u{9B}H\u{7}"]), size: size)
        let text = String(decoding: output, as: UTF8.self)
        #expect(!text.contains("\u{1B}[2J"))
        #expect(!text.contains("\u{9B}"))
        #expect(!text.contains("\u{7}"))
        var screen = VirtualScreen(size: size)
        screen.apply(output)
        #expect(screen.line(0).hasPrefix("A\\x1b[2J\\u{9b}H\\x07"))
        #expect(screen.faults == [])
    }

    @Test("only SGR 0, 1, 7 and 30–37 are used")
    func basicStylesOnly() {
        var frame = ScreenFrame(rows: ScreenColor.allCases.map { color in
            [ScreenSegment("x", style: .bold.colored(color)), ScreenSegment("y", style: ScreenStyle(isReversed: true, foreground: color))]
        })
        frame.rows.append([ScreenSegment("plain")])
        var renderer = ScreenRenderer()
        var screen = VirtualScreen(size: TerminalSize(columns: 40, rows: 9))
        screen.apply(renderer.render(frame, size: TerminalSize(columns: 40, rows: 9)))
        #expect(screen.styleCodes.isSubset(of: Set([0, 1, 7] + Array(30...37))))
        #expect(screen.styleCodes.isSuperset(of: Set([0, 1, 7] + Array(30...37))))
        #expect(screen.faults == [])
    }

    // MARK: Redrawing

    @Test("the first frame clears the screen and draws the rows with content")
    func firstFrame() {
        var renderer = ScreenRenderer()
        let output = renderer.render(ScreenFrame(lines: ["one", "", "three"]), size: TerminalSize(columns: 10, rows: 5))
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(text.contains("\u{1B}[1;1Hone"))
        #expect(text.contains("\u{1B}[3;1Hthree"))
        #expect(!text.contains("\u{1B}[2;1H"))  // blank rows are already blank
        #expect(text.contains("\u{1B}[?25l"))
    }

    @Test("a later frame rewrites only the rows that changed")
    func diffRedraw() {
        let size = TerminalSize(columns: 30, rows: 6)
        var renderer = ScreenRenderer()
        var screen = VirtualScreen(size: size)
        let before = ScreenFrame(lines: ["领料单", "张三", "螺丝刀 x 2", "", "F1 帮助"])
        screen.apply(renderer.render(before, size: size))

        var after = before
        after.rows[2] = ["螺丝刀 x ", ScreenSegment("3", style: .bold)]
        let output = renderer.render(after, size: size)
        let text = String(decoding: output, as: UTF8.self)
        #expect(!text.contains("\u{1B}[2J"))
        #expect(Self.cursorMoves(in: text) == ["3;1"])
        screen.apply(output)
        #expect(screen.line(2).hasPrefix("螺丝刀 x 3 "))
        #expect(screen.line(1).hasPrefix("张三"))
        #expect(screen.faults == [])

        #expect(renderer.render(after, size: size) == [])
    }

    @Test("changing several rows rewrites each of them and nothing else")
    func severalRows() {
        let size = TerminalSize(columns: 12, rows: 6)
        var renderer = ScreenRenderer()
        _ = renderer.render(ScreenFrame(lines: ["a", "b", "c", "d", "e", "f"]), size: size)
        let output = renderer.render(ScreenFrame(lines: ["a", "B", "c", "d", "e"]), size: size)
        #expect(Self.cursorMoves(in: String(decoding: output, as: UTF8.self)) == ["2;1", "6;1"])
    }

    @Test("a size change redraws everything")
    func resize() {
        var renderer = ScreenRenderer()
        let frame = ScreenFrame(lines: ["领料单", "张三"])
        _ = renderer.render(frame, size: TerminalSize(columns: 80, rows: 24))
        #expect(renderer.render(frame, size: TerminalSize(columns: 80, rows: 24)) == [])

        let output = renderer.render(frame, size: TerminalSize(columns: 100, rows: 30))
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(Self.cursorMoves(in: text) == ["1;1", "2;1"])
        var screen = VirtualScreen(size: TerminalSize(columns: 100, rows: 30))
        screen.apply(output)
        #expect(DisplayWidth.of(screen.line(0)) == 100)
        #expect(screen.line(0).hasPrefix("领料单 "))
    }

    @Test("invalidate forces a full redraw")
    func invalidate() {
        var renderer = ScreenRenderer()
        let size = TerminalSize(columns: 10, rows: 3)
        _ = renderer.render(ScreenFrame(lines: ["x"]), size: size)
        renderer.invalidate()
        #expect(String(decoding: renderer.render(ScreenFrame(lines: ["x"]), size: size), as: UTF8.self).contains("\u{1B}[2J"))
    }

    @Test("an unusable size renders nothing")
    func zeroSize() {
        var renderer = ScreenRenderer()
        #expect(renderer.render(ScreenFrame(lines: ["x"]), size: TerminalSize(columns: 0, rows: 0)) == [])
    }

    // MARK: Cursor

    @Test("the cursor is placed and shown after drawing, hidden while drawing")
    func cursor() {
        let size = TerminalSize(columns: 20, rows: 4)
        var renderer = ScreenRenderer()
        var screen = VirtualScreen(size: size)
        let first = renderer.render(ScreenFrame(lines: ["数量：", ""], cursor: ScreenPosition(row: 0, column: 6)), size: size)
        #expect(String(decoding: first, as: UTF8.self).hasSuffix("\u{1B}[1;7H\u{1B}[?25h"))
        screen.apply(first)
        #expect(screen.cursorVisible)
        #expect(screen.cursorRow == 0 && screen.cursorColumn == 6)

        let typed = renderer.render(ScreenFrame(lines: ["数量：1", ""], cursor: ScreenPosition(row: 0, column: 7)), size: size)
        #expect(String(decoding: typed, as: UTF8.self) == "\u{1B}[?25l\u{1B}[1;1H数量：1" + String(repeating: " ", count: 13) + "\u{1B}[1;8H\u{1B}[?25h")

        let moved = renderer.render(ScreenFrame(lines: ["数量：1", ""], cursor: ScreenPosition(row: 0, column: 6)), size: size)
        #expect(String(decoding: moved, as: UTF8.self) == "\u{1B}[1;7H")

        let hidden = renderer.render(ScreenFrame(lines: ["数量：1", ""]), size: size)
        #expect(String(decoding: hidden, as: UTF8.self) == "\u{1B}[?25l")
        #expect(renderer.render(ScreenFrame(lines: ["数量：1", ""]), size: size) == [])
    }

    @Test("a cursor outside the screen is kept inside it")
    func cursorClamped() {
        var renderer = ScreenRenderer()
        let output = renderer.render(ScreenFrame(lines: [], cursor: ScreenPosition(row: 99, column: -3)), size: TerminalSize(columns: 10, rows: 5))
        #expect(String(decoding: output, as: UTF8.self).hasSuffix("\u{1B}[5;1H\u{1B}[?25h"))
    }

    // MARK: Helpers

    /// `bytes` without escape sequences.
    static func visibleText(_ bytes: [UInt8]) -> String {
        var result = ""
        var inSequence = false
        for character in String(decoding: bytes, as: UTF8.self) {
            if character == "\u{1B}" {
                inSequence = true
            } else if inSequence {
                if character != "[", let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) {
                    inSequence = false
                }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The parameters of every cursor move (`ESC[r;cH`) in `text`, except the bare home move.
    static func cursorMoves(in text: String) -> [String] {
        text.split(separator: "\u{1B}[", omittingEmptySubsequences: true).compactMap { piece in
            guard let end = piece.firstIndex(of: "H") else { return nil }
            let parameters = piece[..<end]
            guard !parameters.isEmpty, parameters.allSatisfy({ $0.isNumber || $0 == ";" }) else { return nil }
            return String(parameters)
        }
    }
}
