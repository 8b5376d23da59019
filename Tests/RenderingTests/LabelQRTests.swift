import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelQRTests

/// QR codes on labels are checked the way the storeroom meets them: zbarimg on the PNG, and on
/// the PDF after poppler rasterises it; modules are whole printer dots with a 4-module quiet
/// zone; data too long for the box is refused, not shrunk.
@Suite struct LabelQRTests {
    @Test("the asset tag PNG's QR code decodes to the tag with zbarimg")
    func pngScans() throws {
        let directory = try TemporaryDirectory()
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        let file = try directory.write(
            try renderer.render(["tag": "FA-000123", "name": LabelFixtures.chineseName], as: .png), to: "tag.png")

        let scanned = try ExternalTool("zbarimg", package: "zbar-tools").run(["--quiet", "--raw", file], in: directory).text
        #expect(scanned == "FA-000123\n")
        let image = try GrayImage.load(path: file)
        #expect(image.width == 732 && image.height == 343, "62 × 29 mm at 300 dpi")
    }

    @Test("QR codes in a PDF batch scan after pdftoppm, page by page", arguments: ["asset-62x29", "asset-2x1in", "location"])
    func pdfScans(name: String) throws {
        let directory = try TemporaryDirectory()
        let renderer = LabelRenderer(template: try LabelFixtures.template(name))
        let records = ["FA-000001", "FA-000002", "LOC-B1-SHELF-07"].map { tag in
            ["tag": tag, "location": tag, "name": LabelFixtures.chineseName]
        }
        let file = try directory.write(try renderer.pdf(records), to: "labels.pdf")

        try ExternalTool("pdftoppm", package: "poppler-utils").run(["-r", "300", "-gray", file, directory.path("page")], in: directory)
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasSuffix(".pgm") }.sorted()
        #expect(pages.count == 3)
        let decoder = try BarcodeImageDecoder()
        for (page, record) in zip(pages, records) {
            let symbols = decoder.decode(try GrayImage.load(path: directory.path(page)))
            #expect(symbols.first(where: { $0.symbology == "QR-Code" })?.text == record["tag"])
        }
    }

    @Test("every module is a whole number of dots, at least 4, with a 4-module quiet zone, on every label template",
          arguments: ["asset-62x29", "asset-2x1in", "location", "mode-card", "visitor-badge-62x100", "count-report-a4"])
    func wholeDotModules(name: String) throws {
        let template = try LabelFixtures.template(name)
        let page = try LabelRenderer(template: template).page(LabelFixtures.fields)
        let dotsPerMM = template.dpi / 25.4
        var found = 0
        for case let .qrCode(_, origin, moduleSize, quietZone) in page.commands {
            found += 1
            let dots = moduleSize * dotsPerMM
            #expect(abs(dots - dots.rounded()) < 1e-6)
            #expect(dots.rounded() >= 4)
            #expect(quietZone == 4)
            #expect(abs(origin.x * dotsPerMM - (origin.x * dotsPerMM).rounded()) < 1e-6, "origin on the dot grid")
            #expect(abs(origin.y * dotsPerMM - (origin.y * dotsPerMM).rounded()) < 1e-6)
        }
        #expect(found >= 1)
    }

    @Test("the PNG's QR area is pure black and white at the module size the layout chose")
    func crispModules() throws {
        let template = try LabelFixtures.template("asset-2x1in")
        let renderer = LabelRenderer(template: template)
        let page = try renderer.page(["tag": "FA-000123"])
        let raster = try PageRenderer.gray(page, dpi: template.dpi)
        guard case let .qrCode(code, origin, moduleSize, quietZone)? = page.commands.first else {
            Issue.record("the QR code is not the first element")
            return
        }
        let scale = template.dpi / 25.4
        let left = Int((origin.x * scale).rounded()), top = Int((origin.y * scale).rounded())
        let module = Int((moduleSize * scale).rounded())
        let side = (code.size + 2 * quietZone) * module
        var grays = Set<UInt8>()
        for y in top..<(top + side) {
            for x in left..<(left + side) { grays.insert(raster[x, y]) }
        }
        #expect(grays == [0, 255])
        // The finder pattern's top-left module is exactly `module` dots wide.
        let symbolLeft = left + quietZone * module, symbolTop = top + quietZone * module
        #expect(raster[symbolLeft, symbolTop] == 0 && raster[symbolLeft - 1, symbolTop] == 255)
    }

    @Test("the preferred level is kept when it fits, and lowered only to make data fit")
    func levelLowered() throws {
        let roomy = try LabelQRPlacement(
            data: "FA-000123", box: LabelBox(x: 0, y: 0, width: 27, height: 27), preferredLevel: .high,
            minimumModuleDots: 4, dpi: 300, template: "t")
        #expect(roomy.level == .high)
        #expect(roomy.code.version == 2, "9 bytes need version 2 at H (version 1 holds 7)")
        #expect(roomy.moduleDots == 318 / 33)

        // 10 mm at 300 dpi is 118 dots: 29 modules of 4 dots, i.e. version 1 only, which holds
        // 9 bytes at Q (11) but not at H.
        let tight = try LabelQRPlacement(
            data: "FA-000123", box: LabelBox(x: 0, y: 0, width: 10, height: 10), preferredLevel: .high,
            minimumModuleDots: 4, dpi: 300, template: "t")
        #expect(tight.level == .quartile)
        #expect(tight.code.version == 1 && tight.moduleDots == 4)
    }

    @Test("data that cannot fit the box at the minimum module size is refused with the sizes")
    func tooLong() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        // 1,000 bytes need version 25 or more even at level L: far beyond 27 mm at 4 dots a module.
        let tag = "FA-" + String(repeating: "0123456789", count: 100)
        let error = #expect(throws: LabelError.self) { try renderer.render(["tag": tag], as: .png) }
        #expect(error?.code == .qrDoesNotFit)
        let message = error?.description ?? ""
        #expect(message.hasPrefix("FA-0123456789"))
        #expect(message.contains("does not fit the 27 mm QR box of asset-62x29 at 300 dpi: needs "))
        #expect(message.contains("never shrunk"))
        // The reported need is the symbol at 4 dots a module, so it must exceed the box.
        let needs = message.split(separator: "needs ").last.flatMap { Double($0.split(separator: " ").first ?? "") } ?? 0
        #expect(needs > 27)
        #expect(error?.message(in: .simplifiedChinese).contains("二维码区域") == true)
    }

    @Test("data beyond any QR version is refused the same way, not as an encoder failure")
    func beyondVersion40() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("count-report-a4"))
        var fields = LabelFixtures.fields
        fields["session"] = String(repeating: "Z", count: 3000)
        let error = #expect(throws: LabelError.self) { try renderer.render(fields, as: .pdf) }
        #expect(error?.code == .qrDoesNotFit)
    }
}
