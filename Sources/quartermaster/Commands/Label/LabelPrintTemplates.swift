import Foundation
import Printing
import Rendering

/// `LabelPrintRendering` through the label templates in `labels/` (`LabelRenderer`): PDF for
/// driver queues; for raw queues the template's first printer language (ZPL unless the
/// template says ESC/POS).
struct LabelPrintTemplates: LabelPrintRendering {
    var library: LabelTemplateLibrary

    func render(
        template name: String, records: [[String: String]], lines: [Int]?, for target: LabelPrintTarget,
        progress: ((Int) -> Void)?
    ) throws -> LabelPrintDocument {
        do {
            let template = try library.template(named: name)
            let format = try Self.format(for: target, template: template)
            let bytes = try LabelRenderer(template: template).render(
                batch: records, as: format, lines: lines, progress: progress)
            return LabelPrintDocument(
                bytes: bytes, format: format == .pdf ? .pdf : .raw, language: format.rawValue, labelCount: records.count,
                options: format == .pdf ? ["media": Self.customMedia(template.size)] : [:])
        } catch let error as LabelError {
            throw CommandFailure(error.description)
        }
    }

    /// The output a queue gets: what a person asked for, else PDF for a driver queue, else
    /// the template's raw printer language.
    static func format(for target: LabelPrintTarget, template: LabelTemplate) throws -> LabelFormat {
        if let requested = target.requestedFormat {
            guard let format = LabelFormat(rawValue: requested.lowercased()), format != .png else {
                throw CommandFailure("Cannot print the format \"\(requested)\": use pdf, zpl or escpos.")
            }
            return format
        }
        switch target.kind {
        case .driver:
            return .pdf
        case .raw:
            let raw = (template.printer?.languages ?? []).first { $0 == .zpl || $0 == .escpos }
            return raw ?? .zpl
        }
    }

    /// The label size as a CUPS custom media name ("Custom.62x29mm"). Drivers that know the
    /// size print on it; drivers that do not ignore the option and use their default paper.
    static func customMedia(_ size: LabelSize) -> String {
        func number(_ mm: Double) -> String {
            mm == mm.rounded() ? String(Int(mm)) : String(format: "%.1f", mm)
        }
        return "Custom.\(number(size.width))x\(number(size.height))mm"
    }
}
