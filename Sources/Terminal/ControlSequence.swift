/// The few terminal control sequences the kiosk sends, in one place so it is easy to check
/// that each is understood by the Linux console, xterm-style emulators and VT100-style serial
/// terminals alike.
enum ControlSequence {
    static let escape: UInt8 = 0x1B

    /// CUP: move the cursor to a one-based row and column.
    static func moveCursor(row: Int, column: Int) -> [UInt8] {
        csi("\(row);\(column)H")
    }

    /// Home the cursor and erase the whole display (CUP + ED 2).
    static let clearScreen = csi("H") + csi("2J")
    /// EL 0: erase from the cursor to the end of the line, without writing into the cells.
    static let eraseToEndOfLine = csi("K")
    static let hideCursor = csi("?25l")
    static let showCursor = csi("?25h")
    /// DECAWM off: a character written in the last column no longer wraps, so a width the
    /// station misjudged (an ambiguous-width symbol) cannot scroll the screen.
    static let disableAutowrap = csi("?7l")
    static let enableAutowrap = csi("?7h")
    /// xterm's alternate screen, which restores the shell's screen when the kiosk exits.
    /// The Linux console ignores it, so it is only sent to emulators.
    static let enterAlternateScreen = csi("?1049h")
    static let leaveAlternateScreen = csi("?1049l")
    static let resetStyle = csi("0m")
    static let bell: [UInt8] = [0x07]
    /// The Linux console's private setterm sequences (console_codes(4)): the bell's pitch in Hz
    /// and its length in milliseconds (under 2000), kept until changed; with no number, the
    /// default (750 Hz, 125 ms). Other terminals would print them, so only the console gets them.
    static func bellPitch(_ hertz: Int) -> [UInt8] { csi("10;\(hertz)]") }
    static func bellDuration(_ milliseconds: Int) -> [UInt8] { csi("11;\(milliseconds)]") }
    static let defaultBell = csi("10]") + csi("11]")

    /// SGR for `style`, always starting from 0 so no attribute leaks from the previous run.
    /// Uses only 0, 1, 7 and 30–37, the codes every target terminal knows.
    static func selectStyle(_ style: ScreenStyle) -> [UInt8] {
        var codes = ["0"]
        if style.isBold { codes.append("1") }
        if style.isReversed { codes.append("7") }
        if let color = style.foreground { codes.append(String(30 + color.rawValue)) }
        return csi(codes.joined(separator: ";") + "m")
    }

    static func csi(_ body: String) -> [UInt8] {
        [escape, UInt8(ascii: "[")] + Array(body.utf8)
    }
}
