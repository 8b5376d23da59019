internal import CCairo

// MARK: - PangoTextContext

/// Owns the `PangoContext` one cairo context lays text out with. Font options are pinned
/// (see `CairoFontOptions`) and glyph positions are not rounded, so measurements made on a
/// scratch surface match what is later drawn on paper.
final class PangoTextContext {
    let pointer: OpaquePointer
    private let cairo: CairoContext

    init(for cairo: CairoContext) throws(RenderingError) {
        self.cairo = cairo
        pointer = pango_cairo_create_context(cairo.pointer)!
        let options = try CairoFontOptions()
        pango_cairo_context_set_font_options(pointer, options.pointer)
        pango_context_set_round_glyph_positions(pointer, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// Lays `text` out `width` millimetres wide, wrapping at words and, for words longer than
    /// the line (or Chinese text without spaces), between characters. `width` nil: no wrapping.
    func layout(_ text: String, width: Double?, style: TextStyle) -> PangoTextLayout {
        PangoTextLayout(context: self, text: text, width: width, style: style)
    }

    /// Draws `layout` with its top-left corner at `origin`.
    func show(_ layout: PangoTextLayout, at origin: Point) {
        cairo.moveTo(origin)
        pango_cairo_show_layout(cairo.pointer, layout.pointer)
    }
}
