// MARK: - ReportTable

/// A table of the report before it is placed: its columns and rows of one-line cells. Total
/// rows are bold and shaded like the heading.
struct ReportTable: Sendable {
    struct Row: Sendable {
        var cells: [String]
        var isTotal: Bool = false
    }

    var columns: [ReportColumn]
    var rows: [Row]
}
