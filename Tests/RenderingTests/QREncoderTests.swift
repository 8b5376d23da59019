import QuartermasterCore
import Rendering
import Scanning
import Testing

// MARK: - QREncoderTests

/// libqrencode's output must come back byte-identical through zbar: what the station prints is
/// what the station (or any phone) reads.
@Suite struct QREncoderTests {
    /// 1,000 characters of mixed ASCII, so the symbol is large (version 30-something).
    static let thousandCharacters: String = {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -./:;,")
        return String((0..<1000).map { alphabet[($0 * 7 + $0 / 13) % alphabet.count] })
    }()

    @Test("encodes text that zbar reads back byte for byte", arguments: [
        "QUARTERMASTER YPQ-2024-001",
        "张三 领用 A4纸",
        QREncoderTests.thousandCharacters,
    ])
    func roundTrip(text: String) throws {
        let code = try QREncoder.encode(text, level: .medium)
        let raster = QRRaster(code, pixelsPerModule: 4, quietZone: 4)

        let symbols = try BarcodeImageDecoder().decode(gray: raster.pixels, width: raster.width, height: raster.width)

        #expect(symbols.count == 1)
        #expect(symbols.first?.symbology == "QR-Code")
        #expect(symbols.first?.data == Array(text.utf8))
        #expect(symbols.first?.text == text)
    }

    @Test("binary payloads come back as bytes with no text")
    func binaryPayload() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x80, 0x41]
        let raster = QRRaster(try QREncoder.encode(bytes: bytes, level: .low))

        let symbols = try BarcodeImageDecoder().decode(gray: raster.pixels, width: raster.width, height: raster.width)

        #expect(symbols.map(\.data) == [bytes])
        #expect(symbols.first?.text == nil)
    }

    @Test("libqrencode picks the smallest version and the matrix is the right way round")
    func smallestVersion() throws {
        let code = try QREncoder.encode("YPQ-2024-001", level: .medium)

        #expect(code.version == 1)
        #expect(code.size == 21)
        // Finder patterns in three corners: dark corner module, light separator beside it.
        #expect(code.isDark(x: 0, y: 0) && code.isDark(x: 20, y: 0) && code.isDark(x: 0, y: 20))
        #expect(!code.isDark(x: 7, y: 0) && !code.isDark(x: 0, y: 7))
        #expect(!code.isDark(x: 20, y: 20 - 7))
        // Outside the symbol is quiet zone.
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 21, y: 21))
    }

    @Test("the largest payload fits at each level and one byte more is a typed error", arguments: QRErrorCorrection.allCases)
    func capacity(level: QRErrorCorrection) throws {
        let fits = try QREncoder.encode(bytes: [UInt8](repeating: 0x5A, count: level.maximumBytes), level: level)
        #expect(fits.version == 40)

        let error = #expect(throws: RenderingError.self) {
            try QREncoder.encode(String(repeating: "Z", count: level.maximumBytes + 1), level: level)
        }
        #expect(error?.code == .qrDataTooLong)
        #expect(error?.description.contains("\(level.maximumBytes + 1) bytes") == true)
        #expect(error?.description.contains("at most \(level.maximumBytes) bytes") == true)
        #expect(error?.message(in: .simplifiedChinese).contains("二维码") == true)
    }

    @Test("empty data is refused rather than printed as an empty symbol")
    func emptyData() {
        let error = #expect(throws: RenderingError.self) { try QREncoder.encode("", level: .medium) }
        #expect(error?.code == .qrDataEmpty)
    }
}
