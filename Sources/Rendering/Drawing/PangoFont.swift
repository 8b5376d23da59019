internal import CCairo

// MARK: - PangoFont

/// Owns a `PangoFontDescription` for a `TextStyle`. The size is absolute (in user units, i.e.
/// millimetres), so it does not depend on Pango's idea of screen resolution.
final class PangoFont {
    let pointer: OpaquePointer

    init(_ style: TextStyle) {
        pointer = pango_font_description_new()!
        pango_font_description_set_family(pointer, style.family)
        pango_font_description_set_weight(pointer, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(pointer, style.millimetreSize * Double(PANGO_SCALE))
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
