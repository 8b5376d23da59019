/// A cell on the screen, counted from zero: `row` from the top, `column` in display columns
/// from the left (a Chinese character advances the column by two).
public struct ScreenPosition: Sendable, Hashable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
