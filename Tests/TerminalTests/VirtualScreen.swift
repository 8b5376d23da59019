import QuartermasterCore
import Terminal

/// A tiny terminal emulator for tests: applies the renderer's bytes to a grid of cells, the
/// way a VT100-style terminal would, and notes anything a real terminal would get wrong
/// (writing past the edge, writing the bottom-right cell, unexpected sequences).
struct VirtualScreen {
    let size: TerminalSize
    /// Each cell's cluster; a wide character's second cell holds "".
    private(set) var cells: [[String]]
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    private(set) var cursorVisible = true
    /// Every SGR parameter seen.
    private(set) var styleCodes: Set<Int> = []
    /// Problems a real terminal would show.
    private(set) var faults: [String] = []
    private(set) var wroteBottomRightCell = false

    init(size: TerminalSize) {
        self.size = size
        cells = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
    }

    /// The text of `row`, cells joined.
    func line(_ row: Int) -> String {
        cells[row].joined()
    }

    /// Applies terminal output.
    mutating func apply(_ bytes: [UInt8]) {
        var characters = Array(String(decoding: bytes, as: UTF8.self))[...]
        while let character = characters.popFirst() {
            if character == "\u{1B}" {
                guard characters.popFirst() == "[" else {
                    faults.append("ESC not followed by [")
                    continue
                }
                var body = ""
                while let next = characters.popFirst() {
                    body.append(next)
                    if let scalar = next.unicodeScalars.first, (0x40...0x7E).contains(scalar.value) { break }
                }
                controlSequence(body)
            } else if character.unicodeScalars.contains(where: DisplayWidth.isControl) {
                faults.append("control character \(character.unicodeScalars.map(\.value)) written")
            } else {
                put(character)
            }
        }
    }

    private mutating func put(_ character: Character) {
        let width = DisplayWidth.of(character)
        guard width > 0 else { return }
        guard cursorColumn + width <= size.columns else {
            faults.append("\(character) at row \(cursorRow) column \(cursorColumn) runs past the edge")
            return
        }
        if cursorRow == size.rows - 1 && cursorColumn + width == size.columns {
            wroteBottomRightCell = true
        }
        cells[cursorRow][cursorColumn] = String(character)
        if width == 2 { cells[cursorRow][cursorColumn + 1] = "" }
        cursorColumn += width
    }

    private mutating func controlSequence(_ body: String) {
        let final = body.last!
        let parameters = String(body.dropLast())
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        switch (final, parameters) {
        case ("H", _):
            cursorRow = max(1, numbers.first.flatMap { $0 } ?? 1) - 1
            cursorColumn = max(1, numbers.count > 1 ? numbers[1] ?? 1 : 1) - 1
        case ("J", "2"):
            cells = Array(repeating: Array(repeating: " ", count: size.columns), count: size.rows)
        case ("K", ""):
            for column in min(cursorColumn, size.columns)..<size.columns { cells[cursorRow][column] = " " }
        case ("m", _):
            styleCodes.formUnion(numbers.map { $0 ?? 0 })
        case ("l", "?25"): cursorVisible = false
        case ("h", "?25"): cursorVisible = true
        default:
            faults.append("unexpected sequence ESC[\(body)")
        }
    }
}
