import Foundation

// MARK: - LabelRenderer

/// Fills a template with field values and produces any of the four outputs. One layout feeds
/// them all: PDF draws it as vectors, the others rasterise it at the template's own dpi
/// (never resampled later), which is why a PNG, a ZPL job and an ESC/POS job show the same dots.
public struct LabelRenderer: Sendable {
    public let template: LabelTemplate

    public init(template: LabelTemplate) {
        self.template = template
    }

    // MARK: One label

    /// One label in `format`.
    public func render(_ fields: [String: String], as format: LabelFormat) throws(LabelError) -> [UInt8] {
        switch format {
        case .pdf: return try pdf([fields])
        case .png: return try png(fields)
        case .zpl: return ZPLEncoder.label(try bitmap(fields))
        case .escpos: return try escpos(fields)
        }
    }

    /// The label as PNG at the template's dpi.
    public func png(_ fields: [String: String]) throws(LabelError) -> [UInt8] {
        let page = try layout(for: .png).page(fields)
        return try rendering { () throws(RenderingError) in try PageRenderer.png(page, dpi: template.dpi) }
    }

    /// The label as print-head dots at the template's dpi.
    public func bitmap(_ fields: [String: String]) throws(LabelError) -> MonochromeBitmap {
        let page = try layout(for: .zpl).page(fields)
        let raster = try rendering { () throws(RenderingError) in try PageRenderer.gray(page, dpi: template.dpi) }
        return MonochromeBitmap(raster)
    }

    /// An ESC/POS job: the label centred on the print head (`printer.headDots`, else 384 or
    /// 576 dots from the label width), refused if it is wider than the head.
    public func escpos(_ fields: [String: String]) throws(LabelError) -> [UInt8] {
        ESCPOSEncoder.job(try headBitmap(fields))
    }

    // MARK: Batches

    /// Many labels as one print-ready PDF, one page per label, drawn page by page so memory
    /// stays flat however long the batch. `lines` are the CSV lines the records came from
    /// (default: one header line, then a record per line), so errors point into the file;
    /// `progress` is told after each label.
    public func pdf(
        _ records: [[String: String]], lines: [Int]? = nil, progress: ((Int) -> Void)? = nil
    ) throws(LabelError) -> [UInt8] {
        let layout = try layout(for: .pdf)
        let document = PDFDocument(title: template.name, qrAsImageMask: true)
        for (index, fields) in records.enumerated() {
            let page: DrawingPage
            do {
                page = try layout.page(fields)
            } catch {
                throw records.count > 1 ? error.onLine(Self.line(index, in: lines)) : error
            }
            try rendering { () throws(RenderingError) in try document.add(page) }
            progress?(index + 1)
        }
        return try rendering { () throws(RenderingError) in try document.finish() }
    }

    /// Many labels in `format` as one job: pages of a PDF, or raw jobs one after another (a
    /// ZPL stream of `^XA … ^XZ` blocks, ESC/POS images each followed by a cut). A PNG holds one
    /// label only.
    public func render(
        batch records: [[String: String]], as format: LabelFormat, lines: [Int]? = nil, progress: ((Int) -> Void)? = nil
    ) throws(LabelError) -> [UInt8] {
        switch format {
        case .pdf:
            return try pdf(records, lines: lines, progress: progress)
        case .png:
            guard records.count == 1 else {
                throw .formatUnsupported(template: template.name, format: "PNG", reason: "a PNG holds one label; render a batch as PDF, ZPL or ESC/POS")
            }
            return try png(records[0])
        case .zpl, .escpos:
            var out: [UInt8] = []
            for (index, fields) in records.enumerated() {
                do {
                    out += format == .zpl ? ZPLEncoder.label(try bitmap(fields)) : try escpos(fields)
                } catch {
                    throw records.count > 1 ? error.onLine(Self.line(index, in: lines)) : error
                }
                progress?(index + 1)
            }
            return out
        }
    }

    /// Writes `bytes` whole (temporary file, then rename), so a crash never leaves half a file.
    public static func write(_ bytes: [UInt8], to path: String) throws(LabelError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .rendering(.fileWriteFailed(path: path, reason: error.localizedDescription))
        }
    }

    // MARK: Internals

    /// The CSV line of record `index`: as given, or counted from a header on line 1.
    private static func line(_ index: Int, in lines: [Int]?) -> Int {
        guard let lines, lines.indices.contains(index) else { return index + 2 }
        return lines[index]
    }

    /// The laid-out page, for tests that check geometry.
    func page(_ fields: [String: String]) throws(LabelError) -> DrawingPage {
        try layout(for: .pdf).page(fields)
    }

    func headBitmap(_ fields: [String: String]) throws(LabelError) -> MonochromeBitmap {
        try checkLabel(.escpos)
        let head = template.printer?.headDots ?? ESCPOSEncoder.headDots(forLabelWidth: template.size.width)
        let label = try bitmap(fields)
        guard let centred = label.centred(width: head) else {
            throw .formatUnsupported(
                template: template.name, format: "ESC/POS",
                reason: "the label prints \(label.width) dots wide, more than the \(head)-dot print head")
        }
        return centred
    }

    private func checkLabel(_ format: LabelFormat) throws(LabelError) {
        guard template.slip == nil else {
            throw .formatUnsupported(
                template: template.name, format: format.rawValue.uppercased(),
                reason: "it is a pickup-slip template; the station prints it from a pickup with SlipRenderer on its paper")
        }
    }

    /// A layout with its own measuring canvas, once the template is known to be a label.
    private func layout(for format: LabelFormat) throws(LabelError) -> LabelLayout {
        try checkLabel(format)
        let measurer = try rendering { () throws(RenderingError) in try Canvas.measuring() }
        return LabelLayout(template: template, measurer: measurer)
    }

    private func rendering<T>(_ body: () throws(RenderingError) -> T) throws(LabelError) -> T {
        do {
            return try body()
        } catch {
            throw .rendering(error)
        }
    }
}
