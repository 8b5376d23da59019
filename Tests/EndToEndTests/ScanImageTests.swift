import Foundation
import Testing

// MARK: - ScanImageTests

/// `quartermaster scan image` as an admin runs it, on images from outside tools: zint for
/// EAN-13 and Code 128, libqrencode's `qrencode` for QR, libjpeg-turbo's `cjpeg` for JPEG.
/// Output and exit statuses are compared with what `zbarimg` does on the same files.
@Suite struct ScanImageTests {
    @Test("EAN-13, Code 128 and QR images print zbarimg's lines and exit 0")
    func decodes() throws {
        let folder = try Harness.temporaryFolder("scan-image")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.run("zint", ["-b", "13", "-d", "400638133393", "-o", "\(folder)/ean.png"])
        try Harness.run("zint", ["-b", "20", "-d", "ITM-001", "-o", "\(folder)/code128.png"])
        try Harness.run("qrencode", ["-8", "-o", "\(folder)/qr.png", "FA-000123"])
        try Harness.run("qrencode", ["-8", "-o", "\(folder)/name.png", "张三"])
        let files = ["ean.png", "code128.png", "qr.png", "name.png"].map { "\(folder)/\($0)" }

        let result = try Harness.run(Harness.binary, ["scan", "image"] + files)

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "EAN-13:4006381333931\nCODE-128:ITM-001\nQR-Code:FA-000123\nQR-Code:张三\n")
        let reference = try Harness.run("zbarimg", ["--nodbus", "-q"] + files.dropLast())
        #expect(result.output.hasPrefix(reference.output))
    }

    @Test("a JPEG, recognised by content whatever its name, decodes")
    func jpeg() throws {
        let folder = try Harness.temporaryFolder("scan-jpeg")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // cjpeg reads GIF (not zint's 1-bit BMP); the JPEG is saved under a .png name on purpose.
        try Harness.run("zint", ["-b", "20", "-d", "BIN-A-03", "--scale", "2", "--filetype=GIF", "-o", "\(folder)/code.gif"])
        try Harness.run("cjpeg", ["-quality", "85", "-outfile", "\(folder)/photo.png", "\(folder)/code.gif"])

        let result = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/photo.png"])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "CODE-128:BIN-A-03\n")
    }

    @Test("control characters are escaped, --raw drops the symbology")
    func escaped() throws {
        let folder = try Harness.temporaryFolder("scan-escape")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.run("qrencode", ["-8", "-o", "\(folder)/gs1.png", "01095011010209171719050810ABC\u{1d}21XYZ\u{1b}[2J"])

        let result = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/gs1.png"])
        let raw = try Harness.run(Harness.binary, ["scan", "image", "--raw", "\(folder)/gs1.png"])

        #expect(result.output == "QR-Code:01095011010209171719050810ABC\\x1d21XYZ\\x1b[2J\n")
        #expect(raw.output == "01095011010209171719050810ABC\\x1d21XYZ\\x1b[2J\n")
        #expect(!result.output.contains("\u{1b}"))
    }

    @Test("no barcode exits 4, an unreadable file exits 1, as zbarimg does")
    func failures() throws {
        let folder = try Harness.temporaryFolder("scan-fail")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.run("zint", ["-b", "20", "-d", "ITM-009", "-o", "\(folder)/code.png"])
        try Harness.write("P2\n2 2\n255\n255 255 255 255\n", to: "\(folder)/blank.pgm")
        try Harness.write("not an image", to: "\(folder)/notes.png")

        let blank = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/blank.pgm"])
        #expect(blank.status == 4)
        #expect(blank.output.isEmpty)
        #expect(blank.error.contains("blank.pgm: no barcode found"))
        #expect(try Harness.run("zbarimg", ["--nodbus", "-q", "\(folder)/blank.pgm"]).status == 4)

        let mixed = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/code.png", "\(folder)/blank.pgm"])
        #expect(mixed.status == 4)
        #expect(mixed.output == "CODE-128:ITM-009\n")

        let missing = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/gone.png", "\(folder)/code.png"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("gone.png"))
        #expect(missing.output == "CODE-128:ITM-009\n")

        let garbage = try Harness.run(Harness.binary, ["scan", "image", "\(folder)/notes.png"])
        #expect(garbage.status == 1)
        #expect(garbage.error.contains("not a supported format"))
    }
}
