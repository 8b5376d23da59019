// MARK: - BarcodeImageDecoder

/// Finds and reads every barcode in a still image: a camera frame, a scanned slip, a rendered
/// label in a test. One decoder keeps its zbar scanner between images; it is not safe to use
/// from two threads at once, so give each task its own.
public final class BarcodeImageDecoder {
    private let scanner: ZbarImageScanner

    public init() throws(ImageDecodingError) {
        scanner = try ZbarImageScanner()
    }

    /// Every symbol zbar finds in 8-bit gray pixels (row-major, 0 black); empty when there is
    /// none. `gray.count` must be `width * height`.
    public func decode(gray: [UInt8], width: Int, height: Int) -> [DecodedSymbol] {
        precondition(width > 0 && height > 0 && gray.count == width * height,
                     "gray has \(gray.count) pixels, not \(width)×\(height)")
        guard let image = try? ZbarImage(gray: gray, width: width, height: height) else { return [] }
        return scanner.scan(image)
    }

    public func decode(_ image: GrayImage) -> [DecodedSymbol] {
        decode(gray: image.pixels, width: image.width, height: image.height)
    }
}

@available(*, unavailable, message: "a zbar scanner must not be shared between threads")
extension BarcodeImageDecoder: Sendable {}
