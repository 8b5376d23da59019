/// The size of a terminal in character cells.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The classic VT100 size, assumed when a terminal cannot say (serial consoles report 0×0).
    public static let fallback = TerminalSize(columns: 80, rows: 24)

    public var description: String { "\(columns)×\(rows)" }
}
