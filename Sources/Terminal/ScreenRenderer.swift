internal import QuartermasterCore

/// Turns `ScreenFrame`s into the bytes that put them on a terminal, sending as little as it can.
///
/// The first frame, and the first after a size change or `invalidate()`, clears the screen and
/// draws every non-blank row. After that only rows whose content changed are rewritten, which
/// matters on a 9600-baud serial console where a full 80×24 screen takes two seconds.
///
/// Layout rules, so that a row always covers exactly the terminal's width and nothing scrolls:
/// - text passes through `TerminalText.escaped` first, so data cannot inject
///   sequences;
/// - rows are measured in display columns, clipped at the edge (a wide character that would
///   straddle the last column becomes a space) and padded with spaces;
/// - zero-width clusters with nothing to attach to are dropped, since terminals disagree on
///   whether they take a cell;
/// - the last column of the last row is never written (some terminals scroll when it is):
///   that row is drawn one column short and finished with EL, which clears without writing;
/// - other rows are not finished with EL: after writing the last column the cursor waits
///   there to wrap, and EL would erase that very cell.
public struct ScreenRenderer: Sendable {
    // MARK: What the terminal shows now

    private enum CursorState: Sendable, Hashable {
        case unknown
        case hidden
        case visible(ScreenPosition)
    }

    /// The encoded body of each row as last sent (without the cursor move).
    private var shownRows: [[UInt8]] = []
    /// The size the shown rows were laid out for; `nil` forces a full redraw.
    private var shownSize: TerminalSize?
    private var shownCursor = CursorState.unknown

    public init() {}

    /// Forgets what the terminal shows, so the next frame is drawn in full. For when something
    /// else may have written to the screen (a console message, a resumed session).
    public mutating func invalidate() {
        shownRows = []
        shownSize = nil
        shownCursor = .unknown
    }

    // MARK: Rendering

    /// The bytes that change the screen from what was last rendered to `frame`, laid out for a
    /// terminal of `size`. Empty when nothing changed.
    public mutating func render(_ frame: ScreenFrame, size: TerminalSize) -> [UInt8] {
        guard size.columns > 0, size.rows > 0 else { return [] }

        let bodies = (0..<size.rows).map { index in
            Self.encodeRow(index < frame.rows.count ? frame.rows[index] : [],
                           width: size.columns, isLast: index == size.rows - 1)
        }

        var output: [UInt8] = []
        let changedRows: [Int]
        if shownSize != size {
            // Only rows with something on them need drawing on a cleared screen.
            output += ControlSequence.resetStyle + ControlSequence.clearScreen
            let blank = Self.encodeRow([], width: size.columns, isLast: false)
            let blankLast = Self.encodeRow([], width: size.columns, isLast: true)
            changedRows = bodies.indices.filter { bodies[$0] != ($0 == size.rows - 1 ? blankLast : blank) }
            shownCursor = .unknown
        } else {
            changedRows = bodies.indices.filter { bodies[$0] != shownRows[$0] }
        }

        // Hide the cursor while rows are drawn, so it does not flicker across the screen.
        if !changedRows.isEmpty && shownCursor != .hidden {
            output += ControlSequence.hideCursor
            shownCursor = .hidden
        }
        for row in changedRows {
            output += ControlSequence.moveCursor(row: row + 1, column: 1) + bodies[row]
        }

        let wantedCursor = frame.cursor.map { CursorState.visible(Self.clamp($0, to: size)) } ?? .hidden
        switch (shownCursor, wantedCursor) {
        case (let shown, let wanted) where shown == wanted:
            break
        case (_, .hidden), (_, .unknown):
            output += ControlSequence.hideCursor
        case (.visible, .visible(let position)):
            output += ControlSequence.moveCursor(row: position.row + 1, column: position.column + 1)
        case (_, .visible(let position)):
            output += ControlSequence.moveCursor(row: position.row + 1, column: position.column + 1)
            output += ControlSequence.showCursor
        }

        shownRows = bodies
        shownSize = size
        shownCursor = wantedCursor
        return output
    }

    // MARK: Layout

    /// One row's bytes: styled text exactly `width` columns wide (one less on the last row,
    /// followed by EL), with the style reset at the end.
    static func encodeRow(_ segments: [ScreenSegment], width: Int, isLast: Bool) -> [UInt8] {
        let room = isLast ? width - 1 : width
        var output: [UInt8] = []
        var used = 0
        var current = ScreenStyle.plain

        func switchStyle(to style: ScreenStyle) {
            guard style != current else { return }
            output += ControlSequence.selectStyle(style)
            current = style
        }

        placing: for segment in segments {
            for character in TerminalText.escaped(segment.text) {
                let width = DisplayWidth.of(character)
                if width == 0 { continue }
                switchStyle(to: segment.style)
                if used + width > room {
                    // A wide character straddling the edge: show the cell it would half fill.
                    output += Array(repeating: UInt8(ascii: " "), count: room - used)
                    used = room
                    break placing
                }
                output += Array(String(character).utf8)
                used += width
            }
        }
        switchStyle(to: .plain)
        output += Array(repeating: UInt8(ascii: " "), count: max(0, room - used))
        if isLast {
            output += ControlSequence.eraseToEndOfLine
        }
        return output
    }

    /// `position` moved inside the screen, so a flow's off-by-one never sends a wild move.
    static func clamp(_ position: ScreenPosition, to size: TerminalSize) -> ScreenPosition {
        ScreenPosition(row: min(max(0, position.row), size.rows - 1),
                       column: min(max(0, position.column), size.columns - 1))
    }
}
