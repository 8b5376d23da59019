// MARK: - ReportColumn

/// One column of a report table. Widths are worked out from the content: numbers and tags
/// take what their widest value needs, names share what is left.
struct ReportColumn: Sendable, Hashable {
    enum Width: Sendable, Hashable {
        /// As wide as the widest of these values (or the heading's longest word), at most `cap` mm.
        case fit([String], cap: Double)
        /// A share of whatever the fitted columns leave.
        case share(Double)
    }

    var header: String
    var width: Width
    var alignment: TextStyle.Alignment

    init(_ header: String, _ width: Width, _ alignment: TextStyle.Alignment = .leading) {
        self.header = header
        self.width = width
        self.alignment = alignment
    }
}
