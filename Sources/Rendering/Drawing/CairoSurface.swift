internal import CCairo

// MARK: - CairoSurface

/// Owns one `cairo_surface_t`: a PDF document being written to a `ByteSink`, or an in-memory
/// RGB image. cairo reference-counts surfaces, so contexts drawing on it keep it alive too.
final class CairoSurface {
    let pointer: OpaquePointer
    /// The PDF stream's destination, kept alive for as long as cairo might write to it.
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, sink: ByteSink?) throws(RenderingError) {
        self.pointer = pointer
        self.sink = sink
        try check("creating the surface")
    }

    deinit {
        cairo_surface_destroy(pointer)
    }

    // MARK: Making

    /// A PDF whose first page is `size` millimetres; the bytes appear in `sink` on `finish()`.
    static func pdf(firstPage size: Size, into sink: ByteSink) throws(RenderingError) -> CairoSurface {
        let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, sink.closure, size.width * CairoSurface.pointsPerMM, size.height * CairoSurface.pointsPerMM)!
        return try CairoSurface(pointer: surface, sink: sink)
    }

    /// A white RGB image of whole pixels.
    static func image(width: Int, height: Int) throws(RenderingError) -> CairoSurface {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        return try CairoSurface(pointer: surface, sink: nil)
    }

    /// PDF user space is in points.
    static let pointsPerMM = 72 / 25.4

    // MARK: PDF

    /// Sets the size of the next PDF page; must come before anything is drawn on it.
    func setPDFPageSize(_ size: Size) {
        cairo_pdf_surface_set_size(pointer, size.width * CairoSurface.pointsPerMM, size.height * CairoSurface.pointsPerMM)
    }

    /// Sets the document title viewers and print queues show.
    func setPDFTitle(_ title: String) {
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, title)
    }

    func setPDFCreator(_ creator: String) {
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATOR, creator)
    }

    /// Flushes everything to the sink. A PDF is complete only after this.
    func finish() throws(RenderingError) {
        cairo_surface_finish(pointer)
        try check("finishing the document")
    }

    // MARK: Image

    /// Encodes the image as PNG.
    func pngBytes() throws(RenderingError) -> [UInt8] {
        cairo_surface_flush(pointer)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(pointer, ByteSink.write, sink.closure)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .drawingFailed("encoding PNG", reason: CairoSurface.describe(status))
        }
        return sink.bytes
    }

    /// The image as gray pixels (the green channel: everything we draw is gray).
    func grayRaster() -> GrayRaster {
        cairo_surface_flush(pointer)
        let width = Int(cairo_image_surface_get_width(pointer))
        let height = Int(cairo_image_surface_get_height(pointer))
        let stride = Int(cairo_image_surface_get_stride(pointer))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(pointer)!)
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = data + y * stride
            for x in 0..<width {
                let pixel = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                pixels[y * width + x] = UInt8(truncatingIfNeeded: pixel >> 8)
            }
        }
        return GrayRaster(width: width, height: height, pixels: pixels)
    }

    // MARK: Status

    /// Throws if cairo has put the surface into an error state (cairo errors are sticky).
    func check(_ operation: String) throws(RenderingError) {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .drawingFailed(operation, reason: CairoSurface.describe(status))
        }
    }

    static func describe(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}
