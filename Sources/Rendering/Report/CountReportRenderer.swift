public import Foundation
public import QuartermasterCore

// MARK: - CountReportRenderer

/// Prints a count's reconciliation as the A4 report that goes up to the office (issue 8 §6):
/// a stacked-bar chart of found, moved, missing and surplus per location first, then the
/// totals, by-location and by-category figures, the moved, missing, surplus and disposed-seen
/// lists, and the auditor's and custodian's signatures. `count report --format pdf` calls it;
/// the CSV says the same because both read one `Reconciliation`.
public struct CountReportRenderer: Sendable {
    /// Fixed words, colours and paper (`labels/count-report.yaml`).
    public var template: CountReportTemplate
    /// The station's language: printed first in every bilingual heading.
    public var language: Language
    /// Zone scan and session times are printed in: the station's, not the process's.
    public var timeZone: TimeZone
    /// The report's heading and PDF title; empty uses the template's title.
    public var title: String

    public init(template: CountReportTemplate, language: Language, timeZone: TimeZone, title: String = "") {
        self.template = template
        self.language = language
        self.timeZone = timeZone
        self.title = title
    }

    /// Finds `count-report.yaml` the way label templates are found (`./labels`, `$QM_LABELS`,
    /// `/usr/share/quartermaster/labels`).
    public init(library: LabelTemplateLibrary, language: Language, timeZone: TimeZone, title: String = "") throws(LabelError) {
        try self.init(template: library.countReportTemplate(), language: language, timeZone: timeZone, title: title)
    }

    // MARK: PDF

    /// The report as a PDF document. `locationNames` maps location codes to the names printed
    /// beside them (codes without a name print alone).
    public func render(_ reconciliation: Reconciliation, locationNames: [String: String]) throws(RenderingError) -> Data {
        let pages = try pages(reconciliation, locationNames: locationNames)
        let documentTitle = title.isEmpty
            ? template.words.title.string(in: language, bilingual: template.bilingual)
            : ReportText.printable(title)
        return Data(try PageRenderer.pdf(pages, title: "\(documentTitle) \(ReportText.printable(reconciliation.session.id))"))
    }

    // MARK: Layout

    /// The laid-out pages, for tests that look at what is where.
    func pages(_ reconciliation: Reconciliation, locationNames: [String: String]) throws(RenderingError) -> [DrawingPage] {
        let layout = CountReportLayout(
            reconciliation: reconciliation, locationNames: locationNames, template: template, language: language,
            title: title, timestamp: MinuteTimestamp(timeZone: timeZone), metrics: CountReportMetrics(),
            measurer: try Canvas.measuring())
        return layout.pages()
    }
}
