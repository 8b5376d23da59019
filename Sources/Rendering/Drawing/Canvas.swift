// MARK: - Canvas

/// The drawing primitives every printed thing is made of (text box, line, box, fill, QR code),
/// in millimetres, on any cairo surface. Layouts measure text with a canvas, produce
/// `DrawingCommand`s, and a canvas on the real surface draws them.
final class Canvas {
    private let context: CairoContext
    private let text: PangoTextContext
    /// Device pixels per millimetre on a raster surface; nil for vector output (PDF), where
    /// there is no pixel grid to snap to.
    let pixelsPerMM: Double?
    /// On vector output, draw each QR symbol as one 1-bit image mask (a pixel per module,
    /// never interpolated) instead of a rectangle per run of dark modules. The printer gets the
    /// same squares; the PDF loses hundreds of printed coordinates per code, which were most
    /// of a thousand-label batch's time (1.8 s → 0.4 s). Raster output ignores it.
    var qrAsImageMask = false

    init(context: CairoContext, pixelsPerMM: Double?) throws(RenderingError) {
        self.context = context
        self.pixelsPerMM = pixelsPerMM
        self.text = try PangoTextContext(for: context)
    }

    /// A canvas that only measures: text metrics do not depend on the surface because hinting
    /// is off (`CairoFontOptions`).
    static func measuring() throws(RenderingError) -> Canvas {
        let surface = try CairoSurface.image(width: 1, height: 1)
        return try Canvas(context: CairoContext(surface: surface, deviceUnitsPerMM: 1), pixelsPerMM: nil)
    }

    // MARK: Measuring

    /// The size `string` takes when wrapped to `width` mm (nil: on one line).
    func measure(_ string: String, width: Double?, style: TextStyle) -> Size {
        text.layout(string, width: width, style: style).size
    }

    /// The size and line count of `string` wrapped to `width` mm, for fitting text into a
    /// label's box (shrink until it fits in so many lines).
    func measureLines(_ string: String, width: Double?, style: TextStyle) -> (size: Size, lines: Int) {
        let layout = text.layout(string, width: width, style: style)
        return (layout.size, layout.lineCount)
    }

    // MARK: Drawing

    /// Draws commands in order, then reports any error cairo recorded on the way.
    func draw(_ commands: [DrawingCommand]) throws(RenderingError) {
        for command in commands {
            draw(command)
        }
        try context.check("drawing a page")
    }

    /// Fills the whole surface white (image surfaces start black).
    func clear() {
        context.setGray(1)
        context.paint()
    }

    func showPage() {
        context.showPage()
    }

    private func draw(_ command: DrawingCommand) {
        switch command {
        case let .text(string, frame, style):
            context.setGray(0)
            text.show(text.layout(string, width: frame.width, style: style), at: frame.origin)
        case let .line(from, to, width):
            context.setGray(0)
            context.setLineWidth(width)
            context.moveTo(from)
            context.lineTo(to)
            context.stroke()
        case let .box(rect, lineWidth):
            context.setGray(0)
            context.setLineWidth(lineWidth)
            context.rectangle(rect)
            context.stroke()
        case let .fill(rect, gray):
            context.setGray(gray)
            context.rectangle(rect)
            context.fill()
        case let .colorFill(rect, color):
            context.setColor(color)
            context.rectangle(rect)
            context.fill()
        case let .qrCode(code, origin, moduleSize, quietZone):
            drawQRCode(code, origin: origin, moduleSize: moduleSize, quietZone: quietZone)
        case let .crispFill(rects):
            drawCrisp(rects)
        }
    }

    // MARK: QR codes

    /// Draws modules as exact squares with no antialiasing. Each row's runs of dark modules
    /// become rectangles of one path filled once, so there are no seams between neighbours.
    /// On a raster surface the symbol is drawn in device space from a whole-pixel origin with
    /// a whole number of pixels per module, which is what scanners read best.
    private func drawQRCode(_ code: QRCode, origin: Point, moduleSize: Double, quietZone: Int) {
        let side = Double(code.size + 2 * quietZone) * moduleSize
        context.setGray(1)
        context.rectangle(Rect(x: origin.x, y: origin.y, width: side, height: side))
        context.fill()

        context.save()
        context.disableAntialias()
        let symbolOrigin = Point(x: origin.x + Double(quietZone) * moduleSize, y: origin.y + Double(quietZone) * moduleSize)
        if pixelsPerMM == nil, qrAsImageMask {
            context.setGray(0)
            context.maskModules(code, at: symbolOrigin, moduleSize: moduleSize)
            context.restore()
            return
        }
        var start = symbolOrigin
        var step = moduleSize
        if let pixelsPerMM {
            let device = context.userToDevice(symbolOrigin)
            start = Point(x: device.x.rounded(), y: device.y.rounded())
            step = max(1, (moduleSize * pixelsPerMM).rounded())
            context.identityMatrix()
        }
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code.isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let runStart = x
                while x < code.size, code.isDark(x: x, y: y) { x += 1 }
                context.rectangle(Rect(
                    x: start.x + Double(runStart) * step, y: start.y + Double(y) * step,
                    width: Double(x - runStart) * step, height: step))
            }
        }
        context.setGray(0)
        context.fill()
        context.restore()
    }

    // MARK: Crisp bars

    /// Fills rectangles black with antialiasing off, snapped to device pixels on a raster, so
    /// barcode bars keep the whole-dot widths the layout chose.
    private func drawCrisp(_ rects: [Rect]) {
        context.save()
        context.disableAntialias()
        if pixelsPerMM != nil {
            let snapped = rects.map { rect -> Rect in
                let topLeft = context.userToDevice(rect.origin)
                let bottomRight = context.userToDevice(Point(x: rect.maxX, y: rect.maxY))
                let x = topLeft.x.rounded(), y = topLeft.y.rounded()
                return Rect(x: x, y: y, width: bottomRight.x.rounded() - x, height: bottomRight.y.rounded() - y)
            }
            context.identityMatrix()
            snapped.forEach(context.rectangle)
        } else {
            rects.forEach(context.rectangle)
        }
        context.setGray(0)
        context.fill()
        context.restore()
    }
}
