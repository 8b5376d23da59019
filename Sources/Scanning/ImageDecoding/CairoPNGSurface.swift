internal import CCairo

// MARK: - CairoPNGSurface

/// Owns the `cairo_surface_t` cairo makes from PNG bytes. cairo already copes with every PNG
/// colour type and bit depth (palette, gray, 16-bit, alpha) and hands back 32-bit pixels, so
/// the station needs no libpng binding of its own.
final class CairoPNGSurface {
    let pointer: OpaquePointer

    /// Decodes `bytes` through cairo's stream reader; a broken PNG is a typed error.
    init(png bytes: [UInt8]) throws(ImageDecodingError) {
        let reader = PNGByteReader(bytes)
        let unmanaged = Unmanaged.passRetained(reader)
        defer { unmanaged.release() }
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<PNGByteReader>.fromOpaque(closure).takeUnretainedValue()
            return reader.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }
        guard let pointer = cairo_image_surface_create_from_png_stream(read, unmanaged.toOpaque()) else {
            throw .malformedImage("cairo could not read the PNG")
        }
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            let reason = reader.ranOut ? "the PNG data is truncated" : String(cString: cairo_status_to_string(status))
            throw .malformedImage(reason)
        }
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    /// The pixels as luminance. Transparent areas count as white paper: zint and friends
    /// write transparent backgrounds, and reading those as black would hide the bars.
    func grayImage() throws(ImageDecodingError) -> GrayImage {
        cairo_surface_flush(pointer)
        let width = Int(cairo_image_surface_get_width(pointer))
        let height = Int(cairo_image_surface_get_height(pointer))
        let stride = Int(cairo_image_surface_get_stride(pointer))
        let format = cairo_image_surface_get_format(pointer)
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(pointer) else {
            throw .malformedImage("the PNG has no pixels")
        }
        var pixels = [UInt8](repeating: 255, count: width * height)
        switch format {
        case CAIRO_FORMAT_ARGB32, CAIRO_FORMAT_RGB24:
            let hasAlpha = format == CAIRO_FORMAT_ARGB32
            data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { words in
                for y in 0..<height {
                    let row = words + y * (stride / 4)
                    for x in 0..<width {
                        pixels[y * width + x] = Self.luma(argb: row[x], hasAlpha: hasAlpha)
                    }
                }
            }
        case CAIRO_FORMAT_A8:
            for y in 0..<height {
                for x in 0..<width { pixels[y * width + x] = 255 - data[y * stride + x] }
            }
        default:
            throw .malformedImage("cairo returned pixel format \(format.rawValue), which this reader does not handle")
        }
        return GrayImage(checkedWidth: width, height: height, pixels: pixels)
    }

    /// Luminance (Rec. 601, as the Netpbm reader uses) of a premultiplied cairo pixel laid
    /// over white.
    private static func luma(argb: UInt32, hasAlpha: Bool) -> UInt8 {
        let alpha = hasAlpha ? Int(argb >> 24) : 255
        let white = 255 - alpha
        let r = Int((argb >> 16) & 0xFF) + white
        let g = Int((argb >> 8) & 0xFF) + white
        let b = Int(argb & 0xFF) + white
        return UInt8(min(255, (299 * r + 587 * g + 114 * b + 500) / 1000))
    }
}
