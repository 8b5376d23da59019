// MARK: - DrawingCommand

/// One thing to put on a page, already positioned. Layouts (the pickup slip now, label
/// templates later) produce lists of these; `Canvas` draws them on any cairo surface, so
/// PDF and PNG output come from the same layout.
enum DrawingCommand: Sendable, Hashable {
    /// Text wrapped to `frame.width`; `frame.height` is what the layout measured, kept so
    /// tests and templates can check nothing overflows.
    case text(String, frame: Rect, style: TextStyle)
    /// A straight stroke, `width` in millimetres.
    case line(from: Point, to: Point, width: Double)
    /// A rectangle outline, `lineWidth` in millimetres.
    case box(Rect, lineWidth: Double)
    /// A filled rectangle, `gray` from 0 (black) to 1 (white).
    case fill(Rect, gray: Double)
    /// A filled rectangle in colour: the segments of a chart.
    case colorFill(Rect, color: RGBColor)
    /// A QR symbol whose quiet zone starts at `origin`: `quietZone` light modules on every
    /// side, each module a `moduleSize` mm square.
    case qrCode(QRCode, origin: Point, moduleSize: Double, quietZone: Int)
    /// Black rectangles drawn without antialiasing and snapped to whole device pixels: the
    /// bars of a linear barcode, whose widths must stay whole printer dots.
    case crispFill([Rect])

    /// The area the command marks, for bounds checks.
    var bounds: Rect {
        switch self {
        case let .text(_, frame, _):
            return frame
        case let .line(from, to, width):
            return Rect(
                x: min(from.x, to.x) - width / 2, y: min(from.y, to.y) - width / 2,
                width: abs(to.x - from.x) + width, height: abs(to.y - from.y) + width)
        case let .box(rect, lineWidth):
            return Rect(
                x: rect.x - lineWidth / 2, y: rect.y - lineWidth / 2,
                width: rect.width + lineWidth, height: rect.height + lineWidth)
        case let .fill(rect, _), let .colorFill(rect, _):
            return rect
        case let .qrCode(code, origin, moduleSize, quietZone):
            let side = Double(code.size + 2 * quietZone) * moduleSize
            return Rect(x: origin.x, y: origin.y, width: side, height: side)
        case let .crispFill(rects):
            guard let first = rects.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
            let minX = rects.map(\.x).min() ?? first.x, minY = rects.map(\.y).min() ?? first.y
            let maxX = rects.map(\.maxX).max() ?? first.maxX, maxY = rects.map(\.maxY).max() ?? first.maxY
            return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
        }
    }
}
