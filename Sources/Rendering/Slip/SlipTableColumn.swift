// MARK: - SlipTableColumn

/// One column of the slip's items table: its heading, width in millimetres and alignment.
struct SlipTableColumn: Sendable, Hashable {
    var header: String
    var width: Double
    var alignment: TextStyle.Alignment
}
