// MARK: - PageRenderer

/// Turns laid-out pages into output formats. Shared by the pickup slip and, later, label
/// templates: they only produce `DrawingPage`s.
enum PageRenderer {
    /// All pages as one PDF document (vector, fonts embedded, text searchable).
    static func pdf(_ pages: [DrawingPage], title: String) throws(RenderingError) -> [UInt8] {
        let document = PDFDocument(title: title)
        for page in pages {
            try document.add(page)
        }
        return try document.finish()
    }

    /// One page as a PNG at `dpi`.
    static func png(_ page: DrawingPage, dpi: Double) throws(RenderingError) -> [UInt8] {
        try raster(page, dpi: dpi).pngBytes()
    }

    /// One page as 8-bit gray pixels at `dpi`.
    static func gray(_ page: DrawingPage, dpi: Double) throws(RenderingError) -> GrayRaster {
        try raster(page, dpi: dpi).grayRaster()
    }

    /// Pixels per millimetre at `dpi`, or an error for resolutions no printer has.
    static func pixelsPerMM(dpi: Double) throws(RenderingError) -> Double {
        guard dpi.isFinite, (50...2400).contains(dpi) else {
            throw .invalidOutput("a resolution of \(dpi) dpi is outside 50–2400 dpi")
        }
        return dpi / 25.4
    }

    private static func raster(_ page: DrawingPage, dpi: Double) throws(RenderingError) -> CairoSurface {
        let scale = try pixelsPerMM(dpi: dpi)
        let width = Int((page.size.width * scale).rounded())
        let height = Int((page.size.height * scale).rounded())
        let surface = try CairoSurface.image(width: width, height: height)
        let canvas = try Canvas(context: CairoContext(surface: surface, deviceUnitsPerMM: scale), pixelsPerMM: scale)
        canvas.clear()
        try canvas.draw(page.commands)
        try surface.check("drawing the image")
        return surface
    }
}
