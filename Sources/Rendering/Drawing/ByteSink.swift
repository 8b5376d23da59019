internal import CCairo

// MARK: - ByteSink

/// Collects what cairo streams out (a PDF document, a PNG file) so renderers hand back bytes
/// and the caller decides where they go: a file, a CUPS job, a test.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// The pointer cairo hands back to `write`. Unretained: whoever registers it keeps the
    /// sink alive for as long as cairo may write (`CairoSurface` holds it).
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The cairo write callback for `closure`.
    static var write: cairo_write_func_t {
        { closure, data, length in
            guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            if let data, length > 0 {
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            }
            return CAIRO_STATUS_SUCCESS
        }
    }
}
