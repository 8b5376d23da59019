// MARK: - BarcodeImageDecoder

/// Finds and reads every barcode in a still image: a camera frame, a scanned slip, a rendered
/// label in a test. Not safe to use from two threads at once, so give each task its own.
///
/// Each image gets a fresh zbar scanner. zbar 0.23.92's scanner carries EAN state from one
/// image into the next: at density 2 or more it reports the previous image's EAN-13 again,
/// with quality 1, in the next image (zbarimg does the same over several files). A camera
/// would then report an item that has already left the picture. A new scanner costs a few
/// microseconds, against milliseconds for the scan.
public final class BarcodeImageDecoder {
    private let density: Int

    public init() throws(ImageDecodingError) {
        density = 1
        _ = try ZbarImageScanner(density: density)
    }

    /// A decoder that scans every `density`th row and column (zbar's X/Y density): a camera
    /// station trades a little reach on thin 1-D codes for CPU. `density` must be at least 1.
    public init(density: Int) throws(ImageDecodingError) {
        guard density >= 1 else { throw .scannerUnavailable("a scan density of \(density) is below 1") }
        self.density = density
        _ = try ZbarImageScanner(density: density)
    }

    /// Every symbol zbar finds in 8-bit gray pixels (row-major, 0 black); empty when there is
    /// none. `gray.count` must be `width * height`.
    public func decode(gray: [UInt8], width: Int, height: Int) -> [DecodedSymbol] {
        precondition(width > 0 && height > 0 && gray.count == width * height,
                     "gray has \(gray.count) pixels, not \(width)×\(height)")
        // Creating a scanner fails only when memory runs out; the first one was made in init.
        guard let scanner = try? ZbarImageScanner(density: density) else { return [] }
        return gray.withUnsafeBufferPointer { pixels in
            guard let image = try? ZbarImage(borrowing: pixels, width: width, height: height) else { return [] }
            return withExtendedLifetime(image) { scanner.scan(image) }
        }
    }

    public func decode(_ image: GrayImage) -> [DecodedSymbol] {
        decode(gray: image.pixels, width: image.width, height: image.height)
    }
}

@available(*, unavailable, message: "a zbar scanner must not be shared between threads")
extension BarcodeImageDecoder: Sendable {}
