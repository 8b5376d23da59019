// MARK: - CountReportTemplate

/// What the count report's YAML file (`labels/count-report.yaml`) holds: the paper, the
/// outcome colours, the chart's bar size and every fixed word. The layout itself follows the
/// reconciliation (a bar per location, a row per exception), so it is not described element
/// by element the way a label is.
public struct CountReportTemplate: Sendable, Hashable, Codable {
    /// The name the template is looked up by (`count-report`), also used in messages.
    public var name: String
    public var description: String?
    public var paper: CountReportPaper
    /// Headings in both languages, the station's first; false prints the station's only.
    public var bilingual: Bool
    public var colours: CountReportColours
    public var chart: CountReportChartSettings
    public var words: CountReportWords

    /// The name the report is found by in the template folders.
    public static let standardName = "count-report"
}
