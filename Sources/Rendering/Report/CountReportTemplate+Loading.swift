import Foundation
import Yams

// MARK: - Reading the report template

extension CountReportTemplate {
    /// Reads a report template from YAML text and checks it can be printed; `source` names
    /// the file in messages.
    public init(yaml: String, source: String) throws(LabelError) {
        let template: CountReportTemplate
        do {
            template = try YAMLDecoder().decode(CountReportTemplate.self, from: yaml)
        } catch let error as DecodingError {
            throw .templateInvalid(source, reason: LabelTemplate.describe(error))
        } catch {
            throw .templateInvalid(source, reason: "it is not valid YAML (\(error))")
        }
        try template.validate(source: source)
        self = template
    }

    /// Reads the report template file at `path`.
    public init(contentsOf path: String) throws(LabelError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .templateNotFound(path, searched: [path])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .templateInvalid(path, reason: "it is not UTF-8 text")
        }
        try self.init(yaml: text, source: path)
    }

    // MARK: Checking

    /// What YAML types cannot say: a sheet with room to print on, bars that can be seen,
    /// and four colours that stay distinct when printed in gray.
    func validate(source: String) throws(LabelError) {
        func fail(_ reason: String) -> LabelError { .templateInvalid(source, reason: reason) }
        guard paper.width.isFinite, paper.height.isFinite, paper.margin.isFinite, paper.margin >= 0,
            paper.width - 2 * paper.margin >= 120, paper.height - 2 * paper.margin >= 150
        else {
            throw fail("paper \(paper.width) × \(paper.height) mm with \(paper.margin) mm margins leaves under "
                + "120 × 150 mm for the report")
        }
        guard chart.barHeight.isFinite, (2...20).contains(chart.barHeight), chart.rowGap.isFinite, (0...20).contains(chart.rowGap) else {
            throw fail("chart barHeight must be 2–20 mm and rowGap 0–20 mm")
        }
        var lumas: [(String, Double)] = []
        for segment in CountOutcomeSegment.allCases {
            let hex = colours.hex(segment)
            guard let colour = RGBColor(hex: hex) else {
                throw fail("colours → \(segment.outcome.rawValue): \"\(hex)\" is not a #RRGGBB colour")
            }
            for (other, luma) in lumas where abs(luma - colour.luma) < 0.08 {
                throw fail("colours → \(segment.outcome.rawValue) and \(other) print as almost the same gray; "
                    + "choose colours that differ in lightness")
            }
            lumas.append((segment.outcome.rawValue, colour.luma))
        }
    }

    /// The colour `segment` is drawn in (checked when the template was read).
    func colour(_ segment: CountOutcomeSegment) -> RGBColor {
        RGBColor(hex: colours.hex(segment)) ?? RGBColor(red: 0, green: 0, blue: 0)
    }
}
