internal import CCairo

// MARK: - CairoContext

/// Owns one `cairo_t` drawing on a surface, with user space set to millimetres.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept so the surface (and a PDF's byte sink) outlives every drawing call.
    let surface: CairoSurface

    /// A context whose user unit is one millimetre; `deviceUnitsPerMM` is 72/25.4 for PDF
    /// points or dpi/25.4 for pixels.
    init(surface: CairoSurface, deviceUnitsPerMM: Double) throws(RenderingError) {
        self.surface = surface
        self.pointer = cairo_create(surface.pointer)!
        try check("creating the drawing context")
        cairo_scale(pointer, deviceUnitsPerMM, deviceUnitsPerMM)
    }

    deinit {
        cairo_destroy(pointer)
    }

    // MARK: State

    func save() { cairo_save(pointer) }
    func restore() { cairo_restore(pointer) }
    func identityMatrix() { cairo_identity_matrix(pointer) }

    func setGray(_ gray: Double) { cairo_set_source_rgb(pointer, gray, gray, gray) }
    func setColor(_ color: RGBColor) { cairo_set_source_rgb(pointer, color.red, color.green, color.blue) }
    func setLineWidth(_ width: Double) { cairo_set_line_width(pointer, width) }

    /// Turns antialiasing off so QR modules land on whole pixels with no gray seams.
    func disableAntialias() { cairo_set_antialias(pointer, CAIRO_ANTIALIAS_NONE) }

    /// Converts a user-space point to device units (pixels or PDF points).
    func userToDevice(_ point: Point) -> Point {
        var x = point.x, y = point.y
        cairo_user_to_device(pointer, &x, &y)
        return Point(x: x, y: y)
    }

    // MARK: Paths

    func moveTo(_ point: Point) { cairo_move_to(pointer, point.x, point.y) }
    func lineTo(_ point: Point) { cairo_line_to(pointer, point.x, point.y) }
    func rectangle(_ rect: Rect) { cairo_rectangle(pointer, rect.x, rect.y, rect.width, rect.height) }
    func stroke() { cairo_stroke(pointer) }
    func fill() { cairo_fill(pointer) }
    func paint() { cairo_paint(pointer) }

    /// Ends a PDF page; the next drawing starts a new one.
    func showPage() { cairo_show_page(pointer) }

    // MARK: Masks

    /// Paints the current source through a mask of `code`'s modules: one A8 pixel per module,
    /// scaled to `moduleSize` with nearest-neighbour filtering, so it stays a crisp bilevel
    /// stencil in a PDF (cairo emits it as an image mask that is never interpolated).
    func maskModules(_ code: QRCode, at origin: Point, moduleSize: Double) {
        let size = code.size
        guard let mask = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(size), Int32(size)) else { return }
        defer { cairo_surface_destroy(mask) }
        cairo_surface_flush(mask)
        let stride = Int(cairo_image_surface_get_stride(mask))
        if let data = cairo_image_surface_get_data(mask) {
            for y in 0..<size {
                for x in 0..<size {
                    data[y * stride + x] = code.isDark(x: x, y: y) ? 255 : 0
                }
            }
        }
        cairo_surface_mark_dirty(mask)
        save()
        cairo_translate(pointer, origin.x, origin.y)
        cairo_scale(pointer, moduleSize, moduleSize)
        let pattern = cairo_pattern_create_for_surface(mask)!
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_mask(pointer, pattern)
        restore()
    }

    // MARK: Status

    func check(_ operation: String) throws(RenderingError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .drawingFailed(operation, reason: CairoSurface.describe(status))
        }
    }
}
