import Foundation
import Scanning
import Testing

// MARK: - ImageDecodingFormatTests

/// PNG and JPEG loading on images from outside tools (zint, libqrencode's `qrencode`,
/// libjpeg-turbo's `cjpeg`), read through `GrayImage.load(path:)` and decoded by zbar.
@Suite struct ImageDecodingFormatTests {
    @Test("zint's EAN-13 and Code 128 PNGs decode with zbar's names", arguments: [
        (13, "400638133393", "EAN-13", "4006381333931"),
        (20, "ITM-001", "CODE-128", "ITM-001"),
        (20, "BIN A-03/17", "CODE-128", "BIN A-03/17"),
    ])
    func zintPNG(symbology: Int, data: String, name: String, expected: String) throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let file = try tools.zint(symbology, data, to: "code.png")

        let symbols = try BarcodeImageDecoder().decode(GrayImage.load(path: file))

        #expect(symbols == [DecodedSymbol(symbology: name, data: Array(expected.utf8))])
    }

    @Test("QR codes from libqrencode, Chinese included, decode byte for byte")
    func qrPNG() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        for text in ["FA-000123", "张三 · 物资科", "https://example.org/a?b=1&c=2"] {
            let file = try tools.qrencode(text, to: "qr.png")
            let symbols = try BarcodeImageDecoder().decode(GrayImage.load(path: file))
            #expect(symbols == [DecodedSymbol(symbology: "QR-Code", data: Array(text.utf8))])
        }
    }

    @Test("a transparent PNG background counts as white paper")
    func transparentPNG() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let file = try tools.zint(13, "590123412345", to: "clear.png", extra: ["--nobackground"])

        let image = try GrayImage.load(path: file)

        #expect(image.pixels.first == 255)
        #expect(try BarcodeImageDecoder().decode(image).first?.text == "5901234123457")
    }

    @Test("a colour (YCbCr) JPEG becomes luminance and decodes")
    func colourJPEG() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let drawing = EAN13Drawing(digits: "5901234123457", pixelsPerModule: 3, height: 90)
        let file = try tools.jpeg(from: drawing.pixels, width: drawing.width, height: drawing.height,
                                  to: "tinted.jpg", colour: true)

        #expect(try BarcodeImageDecoder().decode(GrayImage.load(path: file)).first?.text == "5901234123457")
    }

    @Test("a JPEG from cjpeg decodes to the same picture, give or take compression")
    func jpeg() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let drawing = EAN13Drawing(digits: "4006381333931", pixelsPerModule: 3, height: 90)
        let file = try tools.jpeg(from: drawing.pixels, width: drawing.width, height: drawing.height, to: "ean.jpg")

        let image = try GrayImage.load(path: file)

        #expect(image.width == drawing.width && image.height == drawing.height)
        let worst = zip(image.pixels, drawing.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(worst < 80)
        #expect(try BarcodeImageDecoder().decode(image).first?.text == "4006381333931")
    }

    @Test("the format comes from the bytes, not the file name")
    func contentNotName() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let png = tools.path("really-a-png.jpg")  // zint picks its format by name, so rename afterwards
        try FileManager.default.moveItem(atPath: try tools.zint(20, "ITM-002", to: "code.png"), toPath: png)
        let drawing = EAN13Drawing(digits: "5901234123457", pixelsPerModule: 2, height: 60)
        let jpeg = try tools.jpeg(from: drawing.pixels, width: drawing.width, height: drawing.height, to: "really-a-jpeg.pgm")

        #expect(try BarcodeImageDecoder().decode(GrayImage.load(path: png)).first?.text == "ITM-002")
        #expect(try BarcodeImageDecoder().decode(GrayImage.load(path: jpeg)).first?.text == "5901234123457")
    }

    @Test("cut-off and corrupt PNG and JPEG files are malformedImage errors")
    func corrupt() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let png = try tools.bytes(tools.zint(20, "ITM-003", to: "whole.png"))
        let drawing = EAN13Drawing(digits: "5901234123457", pixelsPerModule: 2, height: 60)
        let jpeg = try tools.bytes(tools.jpeg(from: drawing.pixels, width: drawing.width, height: drawing.height, to: "whole.jpg"))
        var scrambledJPEG = jpeg
        for index in 4..<min(200, scrambledJPEG.count) { scrambledJPEG[index] = UInt8(truncatingIfNeeded: index &* 37) }

        let cases: [(String, [UInt8])] = [
            ("png signature only", Array(png.prefix(8))),
            ("png cut in half", Array(png.prefix(png.count / 2))),
            ("jpeg marker only", [0xFF, 0xD8, 0xFF]),
            ("jpeg cut in half", Array(jpeg.prefix(jpeg.count / 2))),
            ("jpeg header scrambled", scrambledJPEG),
        ]
        for (label, bytes) in cases {
            let file = try tools.write(bytes, to: "broken")
            let error = #expect(throws: ImageDecodingError.self, "\(label)") { try GrayImage.load(path: file) }
            #expect(error?.code == .malformedImage, "\(label): \(String(describing: error))")
            #expect(error?.description.isEmpty == false)
        }
    }

    @Test("empty files, folders and unknown formats say so")
    func unreadable() throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let empty = try tools.write([], to: "empty.png")
        let gif = try tools.write(Array("GIF89a\u{1}\u{1b}[2J".utf8), to: "x.gif")

        #expect(throws: ImageDecodingError.self) { try GrayImage.load(path: empty) }
        let folder = #expect(throws: ImageDecodingError.self) { try GrayImage.load(path: tools.folder) }
        #expect(folder?.code == .unreadableFile)
        let unknown = #expect(throws: ImageDecodingError.self) { try GrayImage.load(path: gif) }
        #expect(unknown?.code == .unsupportedFormat)
        #expect(unknown?.description.contains("GIF89a\\x01\\x1b") == true)
        #expect(unknown?.description.contains("\u{1b}") == false)
    }
}
