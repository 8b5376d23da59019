internal import CCairo

// MARK: - PangoTextLayout

/// Owns one `PangoLayout`: a paragraph shaped, wrapped and ready to measure or draw.
final class PangoTextLayout {
    let pointer: OpaquePointer

    /// `width` nil lays the text out on one line per paragraph, for measuring natural widths.
    init(context: PangoTextContext, text: String, width: Double?, style: TextStyle) {
        pointer = pango_layout_new(context.pointer)!
        let font = PangoFont(style)
        pango_layout_set_font_description(pointer, font.pointer)
        let pangoWidth = width.map { Int32((max($0, 0) * Double(PANGO_SCALE)).rounded(.down)) } ?? -1
        pango_layout_set_width(pointer, pangoWidth)
        pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(pointer, style.alignment.pango)
        if let maxLines = style.maxLines, maxLines > 0 {
            pango_layout_set_height(pointer, -Int32(maxLines))
            pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_END)
        }
        if !style.fontFallback {
            let attributes = pango_attr_list_new()!
            pango_attr_list_insert(attributes, pango_attr_fallback_new(0))
            pango_layout_set_attributes(pointer, attributes)
            pango_attr_list_unref(attributes)
        }
        pango_layout_set_text(pointer, text, -1)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// The laid-out text's logical size in millimetres (height covers every wrapped line).
    var size: Size {
        var width: Int32 = 0, height: Int32 = 0
        pango_layout_get_size(pointer, &width, &height)
        return Size(width: Double(width) / Double(PANGO_SCALE), height: Double(height) / Double(PANGO_SCALE))
    }

    /// How many lines the text wrapped to (after any `maxLines` ellipsizing).
    var lineCount: Int { Int(pango_layout_get_line_count(pointer)) }
}

// MARK: - Pango alignment

extension TextStyle.Alignment {
    fileprivate var pango: PangoAlignment {
        switch self {
        case .leading: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
    }
}
