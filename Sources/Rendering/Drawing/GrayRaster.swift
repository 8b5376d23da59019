// MARK: - GrayRaster

/// A rendered page as 8-bit gray pixels, row-major, 0 black. What a barcode decoder or a
/// thermal printer driver wants, and what tests inspect for crisp QR modules.
struct GrayRaster: Sendable, Hashable {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}
