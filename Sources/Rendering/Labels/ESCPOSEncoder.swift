// MARK: - ESCPOSEncoder

/// ESC/POS raster for receipt printers: `ESC @`, the image as `GS v 0` bands, then feed and
/// cut. Raster works on every ESC/POS printer, including those without a QR command, and
/// prints Chinese without a font. Bands are at most `bandHeight` rows because several
/// printers' buffers overflow on one tall image.
enum ESCPOSEncoder {
    /// Rows per `GS v 0` command.
    static let bandHeight = 256

    static func job(_ bitmap: MonochromeBitmap, cut: Bool = true) -> [UInt8] {
        var out: [UInt8] = [0x1B, 0x40]
        var top = 0
        while top < bitmap.height {
            let rows = min(bandHeight, bitmap.height - top)
            let width = bitmap.bytesPerRow
            out += [0x1D, 0x76, 0x30, 0x00, UInt8(width & 0xFF), UInt8(width >> 8), UInt8(rows & 0xFF), UInt8(rows >> 8)]
            out += bitmap.bytes[(top * width)..<((top + rows) * width)]
            top += rows
        }
        if cut {
            out += [0x1B, 0x64, 0x04]  // ESC d 4: feed past the cutter
            out += [0x1D, 0x56, 0x01]  // GS V 1: partial cut
        }
        return out
    }

    /// The print head width for paper this wide: 576 dots on 80 mm rolls, 384 on 58 mm.
    static func headDots(forLabelWidth width: Double) -> Int {
        width > 60 ? 576 : 384
    }
}
