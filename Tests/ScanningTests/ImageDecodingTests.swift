import Scanning
import Testing

// MARK: - ImageDecodingTests

/// The decoder on images drawn here, so Scanning is tested without Rendering.
@Suite struct ImageDecodingTests {
    @Test("an EAN-13 drawn bar by bar decodes with zbar's symbology name")
    func ean13() throws {
        let image = EAN13Drawing(digits: "5901234123457", pixelsPerModule: 3, height: 80)

        let symbols = try BarcodeImageDecoder().decode(gray: image.pixels, width: image.width, height: image.height)

        #expect(symbols == [DecodedSymbol(symbology: "EAN-13", data: Array("5901234123457".utf8))])
        #expect(symbols.first?.text == "5901234123457")
    }

    @Test("one decoder reads image after image")
    func reuse() throws {
        let decoder = try BarcodeImageDecoder()
        for digits in ["5901234123457", "4006381333931", "6901234567892"] {
            let image = EAN13Drawing(digits: digits, pixelsPerModule: 2, height: 60)
            #expect(decoder.decode(gray: image.pixels, width: image.width, height: image.height).first?.text == digits)
        }
    }

    @Test("a blank page has no symbols")
    func blank() throws {
        let white = [UInt8](repeating: 255, count: 200 * 100)
        #expect(try BarcodeImageDecoder().decode(gray: white, width: 200, height: 100).isEmpty)
    }

    @Test("the image decoder takes a GrayImage loaded from PGM bytes")
    func grayImage() throws {
        let drawing = EAN13Drawing(digits: "5901234123457", pixelsPerModule: 3, height: 80)
        let pgm = Array("P5\n\(drawing.width) \(drawing.height)\n255\n".utf8) + drawing.pixels

        let image = try GrayImage(netpbm: pgm)

        #expect(try BarcodeImageDecoder().decode(image).first?.symbology == "EAN-13")
    }

    @Test("text is nil when the payload is not UTF-8")
    func nonUTF8() {
        #expect(DecodedSymbol(symbology: "QR-Code", data: [0xFF, 0xFE]).text == nil)
        #expect(DecodedSymbol(symbology: "QR-Code", data: Array("张三".utf8)).text == "张三")
    }
}
