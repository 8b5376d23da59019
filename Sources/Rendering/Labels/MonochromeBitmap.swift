// MARK: - MonochromeBitmap

/// A label as the print head sees it: one bit per dot, rows packed most significant bit
/// first, 1 for a burnt (black) dot. Both ZPL `^GF` and ESC/POS `GS v 0` take exactly this.
public struct MonochromeBitmap: Sendable, Hashable {
    public let width: Int
    public let height: Int
    /// Whole bytes per row (`width` rounded up to 8); padding bits are 0 (white).
    public let bytesPerRow: Int
    public private(set) var bytes: [UInt8]

    /// A white bitmap.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        self.bytesPerRow = (width + 7) / 8
        self.bytes = [UInt8](repeating: 0, count: bytesPerRow * height)
    }

    /// Packs rows of `bytesPerRow` bytes read back from a printer language.
    public init(width: Int, height: Int, bytesPerRow: Int, bytes: [UInt8]) {
        precondition(bytesPerRow * 8 >= width && bytes.count == bytesPerRow * height, "rows must hold the width")
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
        self.bytes = bytes
    }

    /// Thresholds gray pixels (0 black): QR modules and bars are already pure black and
    /// white; antialiased text edges go to whichever side of mid-gray they are on.
    init(_ raster: GrayRaster, threshold: UInt8 = 128) {
        self.init(width: raster.width, height: raster.height)
        for y in 0..<height {
            for x in 0..<width where raster[x, y] < threshold {
                bytes[y * bytesPerRow + x / 8] |= 0x80 >> UInt8(x % 8)
            }
        }
    }

    public func isBlack(x: Int, y: Int) -> Bool {
        guard (0..<width).contains(x), (0..<height).contains(y) else { return false }
        return bytes[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
    }

    /// One packed row.
    public func row(_ y: Int) -> ArraySlice<UInt8> {
        bytes[(y * bytesPerRow)..<((y + 1) * bytesPerRow)]
    }

    /// 8-bit gray pixels (0 black, 255 white), for decoders and screens.
    public func grayPixels() -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width where isBlack(x: x, y: y) { pixels[y * width + x] = 0 }
        }
        return pixels
    }

    /// The bitmap `newWidth` dots wide with the content centred: white added on both sides,
    /// or white margins cut. Nil when cutting would lose black dots.
    func centred(width newWidth: Int) -> MonochromeBitmap? {
        let shift = (newWidth - width) / 2
        var result = MonochromeBitmap(width: newWidth, height: height)
        for y in 0..<height {
            for x in 0..<width where isBlack(x: x, y: y) {
                let target = x + shift
                guard (0..<newWidth).contains(target) else { return nil }
                result.bytes[y * result.bytesPerRow + target / 8] |= 0x80 >> UInt8(target % 8)
            }
        }
        return result
    }
}
