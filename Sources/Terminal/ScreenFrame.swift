/// Everything the kiosk shows at one moment: the rows of text and where the cursor is.
///
/// Flows describe the whole screen every time; `ScreenRenderer` works out what actually has
/// to be sent, which keeps drawing code free of terminal state.
public struct ScreenFrame: Sendable, Hashable {
    /// Rows from the top. Missing rows are blank; rows beyond the terminal's height are not
    /// shown. Each row is laid out left to right and fitted to the terminal's width.
    public var rows: [[ScreenSegment]]
    /// Where the text cursor blinks, e.g. in an input field; `nil` hides it.
    public var cursor: ScreenPosition?

    public init(rows: [[ScreenSegment]] = [], cursor: ScreenPosition? = nil) {
        self.rows = rows
        self.cursor = cursor
    }

    /// A frame of plain lines, handy for messages and tests.
    public init(lines: [String], cursor: ScreenPosition? = nil) {
        self.init(rows: lines.map { [ScreenSegment($0)] }, cursor: cursor)
    }
}
