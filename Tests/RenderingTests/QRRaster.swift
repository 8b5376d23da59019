import Rendering

// MARK: - QRRaster

/// Draws a `QRCode` as gray pixels the simplest possible way, independent of the slip
/// renderer, so the encoder is checked against zbar on its own.
struct QRRaster {
    let width: Int
    let pixels: [UInt8]

    init(_ code: QRCode, pixelsPerModule: Int = 4, quietZone: Int = 4) {
        let modules = code.size + 2 * quietZone
        width = modules * pixelsPerModule
        var pixels = [UInt8](repeating: 255, count: width * width)
        for y in 0..<width {
            for x in 0..<width where code.isDark(x: x / pixelsPerModule - quietZone, y: y / pixelsPerModule - quietZone) {
                pixels[y * width + x] = 0
            }
        }
        self.pixels = pixels
    }
}
