import Foundation
import QuartermasterCore

// MARK: - CountReportLayout

/// Places a count's reconciliation on A4: the heading and session facts, the stacked-bar
/// chart (continued over as many pages as the locations need), the totals, by-location and
/// by-category tables, the four exception lists, the signatures, and "Page n of m" on every
/// sheet. Everything from outside passes through `ReportText.printable` first.
struct CountReportLayout {
    let reconciliation: Reconciliation
    let locationNames: [String: String]
    let template: CountReportTemplate
    let language: Language
    /// The heading; empty prints the template's title.
    let title: String
    let timestamp: MinuteTimestamp
    let metrics: CountReportMetrics
    /// Measures text exactly as the output will draw it.
    let measurer: Canvas

    func pages() -> [DrawingPage] {
        let paper = template.paper
        var flow = PageFlow(width: paper.width, height: paper.height, margin: paper.margin, footer: metrics.footer)
        placeHeader(in: &flow)
        placeChart(in: &flow)
        placeTables(in: &flow)
        placeSignatures(in: &flow)
        let sheets = flow.finish()
        return sheets.enumerated().map { index, sheet in
            DrawingPage(size: sheet.size, commands: sheet.commands + [pageNumber(index + 1, of: sheets.count, pageSize: sheet.size)])
        }
    }

    // MARK: Words and text

    /// A fixed word from the template, in the station's language (and the other, when bilingual).
    func word(_ key: KeyPath<CountReportWords, BilingualText>) -> String {
        template.words[keyPath: key].string(in: language, bilingual: template.bilingual)
    }

    /// The printed form of a location: its code and, when known, its name.
    func locationLabel(_ code: String) -> (code: String, name: String) {
        guard !code.isEmpty else { return (word(\.noLocation), "") }
        return (ReportText.printable(code), ReportText.printable(locationNames[code] ?? ""))
    }

    /// A text box at (`x`, `y`) wrapped to `width`, measured so callers can stack the next one.
    func text(_ string: String, x: Double, y: Double, width: Double, style: TextStyle) -> DrawingCommand {
        let height = measurer.measure(string, width: width, style: style).height
        return .text(string, frame: Rect(x: x, y: y, width: width, height: height), style: style)
    }

    /// The height one line of `style` takes (every table and chart row is one line).
    func lineHeight(_ style: TextStyle) -> Double {
        measurer.measure("国Ag", width: nil, style: style).height
    }

    /// Natural one-line width of `string`.
    func naturalWidth(_ string: String, _ style: TextStyle) -> Double {
        measurer.measure(string, width: nil, style: style).width
    }

    // MARK: Header

    private func placeHeader(in flow: inout PageFlow) {
        let heading = title.isEmpty ? word(\.title) : ReportText.printable(title)
        let titleBox = text(heading, x: flow.left, y: flow.y, width: flow.contentWidth, style: metrics.title)
        flow.add(titleBox)
        flow.advance(by: titleBox.bounds.height + metrics.headingGap)

        let session = reconciliation.session
        let scope = session.scope.map { code in
            let label = locationLabel(code)
            return label.name.isEmpty ? label.code : "\(label.code) \(label.name)"
        }.joined(separator: ", ")
        let opened = [ReportText.printable(session.openedBy), timestamp.string(from: session.openedAt), ReportText.printable(session.station)]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let closed = session.closedAt.map { at in
            [ReportText.printable(session.closedBy ?? ""), timestamp.string(from: at)].filter { !$0.isEmpty }.joined(separator: " · ")
        } ?? word(\.notClosed)
        let fields: [(String, String)] = [
            (word(\.session), ReportText.printable(session.id)),
            (word(\.scope), scope),
            (word(\.opened), opened),
            (word(\.closed), closed),
            (word(\.blind), word(session.blind ? \.yes : \.no)),
        ]
        let labelStyle = metrics.body.with(bold: true)
        let labelWidth = min(fields.map { naturalWidth($0.0, labelStyle) }.max() ?? 0, flow.contentWidth * 0.35)
        let valueX = flow.left + labelWidth + metrics.columnGap
        var valueStyle = metrics.body
        valueStyle.maxLines = 3
        for (label, value) in fields {
            let labelBox = text(label, x: flow.left, y: flow.y, width: labelWidth, style: labelStyle)
            let valueBox = text(value, x: valueX, y: flow.y, width: flow.left + flow.contentWidth - valueX, style: valueStyle)
            flow.add([labelBox, valueBox])
            flow.advance(by: max(labelBox.bounds.height, valueBox.bounds.height) + metrics.fieldGap)
        }
        flow.advance(by: metrics.sectionGap)
    }

    // MARK: Page numbers

    /// "CNT-… · 第 2 页，共 9 页 Page 2 of 9" at the foot of every sheet, so loose sheets find
    /// their way back to their report.
    private func pageNumber(_ number: Int, of count: Int, pageSize: Size) -> DrawingCommand {
        let page = template.words.page.filled(["n": String(number), "m": String(count)])
            .string(in: language, bilingual: template.bilingual)
        let string = ReportText.printable(reconciliation.session.id) + " · " + page
        let width = pageSize.width - 2 * template.paper.margin
        let height = measurer.measure(string, width: width, style: metrics.small).height
        let y = pageSize.height - template.paper.margin - height
        return .text(string, frame: Rect(x: template.paper.margin, y: y, width: width, height: height), style: metrics.small)
    }
}
