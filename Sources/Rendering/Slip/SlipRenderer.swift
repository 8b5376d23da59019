public import Foundation
public import QuartermasterCore

// MARK: - SlipRenderer

/// Prints the paper record of a pickup: the requisition form's fields, who handed what to
/// whom, a table of items with what is still owed, a signature line, and a QR code that
/// brings the requisition back up when scanned. PDF for CUPS and archives, PNG for raster
/// printers and screens; both come from one layout so they always agree.
public struct SlipRenderer: Sendable, Hashable, Codable {
    /// Language of the printed labels (names and item texts print as recorded).
    public var language: Language
    /// Zone the pickup time is printed in: the station's, not the process's.
    public var timeZone: TimeZone
    public var paper: SlipPaper

    public init(language: Language, timeZone: TimeZone, paper: SlipPaper = .a5) {
        self.language = language
        self.timeZone = timeZone
        self.paper = paper
    }

    // MARK: PDF

    /// The slip as a PDF document, one page per sheet (long item lists continue overleaf).
    public func pdf(_ slip: PickupSlip) throws(RenderingError) -> [UInt8] {
        try PageRenderer.pdf(pages(slip, pixelsPerMM: nil), title: documentTitle(slip))
    }

    public func writePDF(_ slip: PickupSlip, to path: String) throws(RenderingError) {
        try Self.write(pdf(slip), to: path)
    }

    // MARK: PNG

    /// The first page as PNG at `dpi` (203 for most thermal printers, 300 for office
    /// printers). QR modules are whole pixels. Use `pngPages` when a slip may run long.
    public func png(_ slip: PickupSlip, dpi: Double = 300) throws(RenderingError) -> [UInt8] {
        let pages = try pages(slip, pixelsPerMM: PageRenderer.pixelsPerMM(dpi: dpi))
        return try PageRenderer.png(pages[0], dpi: dpi)
    }

    /// Every page as its own PNG at `dpi`.
    public func pngPages(_ slip: PickupSlip, dpi: Double = 300) throws(RenderingError) -> [[UInt8]] {
        let pages = try pages(slip, pixelsPerMM: PageRenderer.pixelsPerMM(dpi: dpi))
        var images: [[UInt8]] = []
        for page in pages {
            images.append(try PageRenderer.png(page, dpi: dpi))
        }
        return images
    }

    public func writePNG(_ slip: PickupSlip, to path: String, dpi: Double = 300) throws(RenderingError) {
        try Self.write(png(slip, dpi: dpi), to: path)
    }

    // MARK: Layout

    /// The laid-out pages; `pixelsPerMM` snaps QR modules to whole pixels for raster output.
    func pages(_ slip: PickupSlip, pixelsPerMM: Double?) throws(RenderingError) -> [DrawingPage] {
        try validatePaper()
        let layout = SlipLayout(
            slip: slip, labels: SlipLabels(language), timestamp: MinuteTimestamp(timeZone: timeZone),
            paper: paper, metrics: SlipMetrics(paper: paper), measurer: try Canvas.measuring(),
            pixelsPerMM: pixelsPerMM)
        return try layout.pages()
    }

    private func validatePaper() throws(RenderingError) {
        let content = paper.widthMM - 2 * paper.marginMM
        guard paper.widthMM.isFinite, paper.marginMM >= 0, content >= 40 else {
            throw .invalidOutput("paper \(paper.widthMM) mm wide with \(paper.marginMM) mm margins leaves under 40 mm to print on")
        }
        if let height = paper.heightMM, !(height.isFinite && height - 2 * paper.marginMM >= 80) {
            throw .invalidOutput("paper \(height) mm high is too short for a pickup slip")
        }
    }

    private func documentTitle(_ slip: PickupSlip) -> String {
        "\(SlipLabels(language).title) \(slip.requisitionNumber)"
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(RenderingError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .fileWriteFailed(path: path, reason: error.localizedDescription)
        }
    }
}
