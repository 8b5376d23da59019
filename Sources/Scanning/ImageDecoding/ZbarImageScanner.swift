internal import CZbar

// MARK: - ZbarImageScanner

/// Owns a `zbar_image_scanner_t`. QR codes are read in binary mode: otherwise zbar guesses a
/// text encoding and turns UTF-8 Chinese into mojibake (design.md).
final class ZbarImageScanner {
    let pointer: OpaquePointer

    /// `density` is zbar's scan density in both directions: 1 looks at every row and column,
    /// n at every nth, which divides the 1-D scanning work by about n.
    init(density: Int = 1) throws(ImageDecodingError) {
        guard let pointer = zbar_image_scanner_create() else {
            throw .scannerUnavailable("zbar_image_scanner_create returned nothing")
        }
        self.pointer = pointer
        guard zbar_image_scanner_set_config(pointer, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1) == 0 else {
            throw .scannerUnavailable("this zbar cannot read QR codes in binary mode")
        }
        guard zbar_image_scanner_set_config(pointer, ZBAR_NONE, ZBAR_CFG_X_DENSITY, Int32(density)) == 0,
              zbar_image_scanner_set_config(pointer, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, Int32(density)) == 0
        else {
            throw .scannerUnavailable("this zbar does not take a scan density of \(density)")
        }
    }

    deinit {
        zbar_image_scanner_destroy(pointer)
    }

    /// Scans `image` and returns what it found. Symbols are read while the image is alive.
    func scan(_ image: ZbarImage) -> [DecodedSymbol] {
        guard zbar_scan_image(pointer, image.pointer) > 0 else { return [] }
        var symbols: [DecodedSymbol] = []
        var symbol = zbar_image_first_symbol(image.pointer)
        while let current = symbol {
            let length = Int(zbar_symbol_get_data_length(current))
            let data: [UInt8] = zbar_symbol_get_data(current).map { start in
                start.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
            } ?? []
            let name = String(cString: zbar_get_symbol_name(zbar_symbol_get_type(current)))
            symbols.append(DecodedSymbol(symbology: name, data: data))
            symbol = zbar_symbol_next(current)
        }
        return symbols
    }
}
