internal import CCairo

// MARK: - CairoFontOptions

/// Owns a `cairo_font_options_t` set for layout that is the same at every resolution: no
/// hinting, no metric rounding. Text then wraps identically in the measuring pass, the PDF
/// and the PNG.
final class CairoFontOptions {
    let pointer: OpaquePointer

    init() throws(RenderingError) {
        pointer = cairo_font_options_create()!
        guard cairo_font_options_status(pointer) == CAIRO_STATUS_SUCCESS else {
            throw .drawingFailed("creating font options", reason: CairoSurface.describe(cairo_font_options_status(pointer)))
        }
        cairo_font_options_set_hint_metrics(pointer, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(pointer, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(pointer, CAIRO_ANTIALIAS_GRAY)
    }

    deinit {
        cairo_font_options_destroy(pointer)
    }
}
