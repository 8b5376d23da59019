import Foundation
import Yams

// MARK: - Reading the report template (YAMLTemplate reads it; this checks it)

extension CountReportTemplate: YAMLTemplate {
    // MARK: Checking

    /// What YAML types cannot say: a sheet with room to print on, bars that can be seen,
    /// and four colours that stay distinct when printed in gray.
    public func validate(source: String) throws(LabelError) {
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
