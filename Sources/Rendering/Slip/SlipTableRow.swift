// MARK: - SlipTableRow

/// A measured table row: its cells and the height the tallest wrapped cell needs.
struct SlipTableRow: Sendable, Hashable {
    var cells: [String]
    var style: TextStyle
    /// Gray behind the row (the heading row is shaded), nil for none.
    var shade: Double?
    var height: Double
}
