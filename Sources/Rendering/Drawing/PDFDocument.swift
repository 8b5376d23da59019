internal import CCairo

// MARK: - PDFDocument

/// A PDF written page by page, so a batch of a thousand labels is laid out, drawn and
/// forgotten one page at a time instead of being held as a thousand layouts. The surface is
/// created with the first page, since cairo needs a size to start.
final class PDFDocument {
    private let title: String
    /// Whether QR codes go in as image masks (see `Canvas.qrAsImageMask`).
    private let qrAsImageMask: Bool
    private let sink = ByteSink()
    private var surface: CairoSurface?
    private var canvas: Canvas?
    private(set) var pageCount = 0

    init(title: String, qrAsImageMask: Bool = false) {
        self.title = title
        self.qrAsImageMask = qrAsImageMask
    }

    /// Draws `page` as the next page of the document.
    func add(_ page: DrawingPage) throws(RenderingError) {
        let canvas: Canvas
        if let existing = self.canvas, let surface {
            surface.setPDFPageSize(page.size)
            canvas = existing
        } else {
            let surface = try CairoSurface.pdf(firstPage: page.size, into: sink)
            surface.setPDFTitle(title)
            surface.setPDFCreator("Quartermaster")
            canvas = try Canvas(
                context: CairoContext(surface: surface, deviceUnitsPerMM: CairoSurface.pointsPerMM), pixelsPerMM: nil)
            canvas.qrAsImageMask = qrAsImageMask
            self.surface = surface
            self.canvas = canvas
        }
        try canvas.draw(page.commands)
        canvas.showPage()
        pageCount += 1
    }

    /// Finishes the document and hands back its bytes.
    func finish() throws(RenderingError) -> [UInt8] {
        guard let surface else { throw .invalidOutput("there is no page to render") }
        canvas = nil
        try surface.finish()
        return sink.bytes
    }
}
