import Foundation
import QuartermasterCore
import Rendering
import Scanning
import Testing

// MARK: - SlipPDFTests

/// The slip is checked the way the office will meet it: poppler reads its text, a rasteriser
/// prints it at 200 dpi, and both our decoder and the stock `zbarimg` scan the QR code.
@Suite struct SlipPDFTests {
    @Test("the PDF carries the Chinese name, number and labels as text", arguments: Language.allCases)
    func textIsSearchable(language: Language) throws {
        let directory = try TemporaryDirectory()
        let renderer = SlipRenderer(language: language, timeZone: SlipFixtures.shanghai)
        let pdf = try renderer.pdf(SlipFixtures.slip())
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let file = try directory.write(pdf, to: "slip.pdf")

        let text = try ExternalTool("pdftotext", package: "poppler-utils").run([file, "-"], in: directory).text

        #expect(text.contains(SlipFixtures.applicant))
        #expect(text.contains(SlipFixtures.requisitionNumber))
        #expect(text.contains("行政后勤部"))
        #expect(text.contains("A4复印纸"))
        #expect(text.contains("2024-03-01 14:00"), "pickup time in Asia/Shanghai")
        #expect(text.contains("HQ-STORE-1"))
        switch language {
        case .english:
            #expect(text.contains("Pickup slip"))
            #expect(text.contains("Partly picked up"))
            #expect(text.contains("Recipient's signature"))
        case .simplifiedChinese:
            #expect(text.contains("领用单"))
            #expect(text.contains("申领单号"))
            #expect(text.contains("部分领用"))
            #expect(text.contains("领用人签字"))
        }
    }

    @Test("the QR code on the printed page decodes to the requisition number")
    func qrCodeScansFromRasterisedPDF() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path("slip.pdf")
        try SlipRenderer(language: .simplifiedChinese, timeZone: SlipFixtures.shanghai).writePDF(SlipFixtures.slip(), to: file)
        let pdftoppm = try ExternalTool("pdftoppm", package: "poppler-utils")

        try pdftoppm.run(["-r", "200", "-gray", "-singlefile", file, directory.path("page")], in: directory)
        let page = try GrayImage.load(path: directory.path("page.pgm"))
        let symbols = try BarcodeImageDecoder().decode(page)

        #expect(page.width == 1166, "A5 is 148 mm: 1166 px at 200 dpi")
        #expect(symbols.map(\.symbology) == ["QR-Code"])
        #expect(symbols.first?.text == SlipFixtures.requisitionNumber)

        try pdftoppm.run(["-r", "200", "-png", "-singlefile", file, directory.path("page")], in: directory)
        let zbarimg = try ExternalTool("zbarimg", package: "zbar-tools")
        let scanned = try zbarimg.run(["--quiet", "--raw", directory.path("page.png")], in: directory).text
        #expect(scanned == SlipFixtures.requisitionNumber + "\n")
    }

    @Test("a long item list continues on a second numbered sheet")
    func longListsBreakPages() throws {
        let directory = try TemporaryDirectory()
        let slip = SlipFixtures.slip(lines: SlipFixtures.manyLines)
        let file = try directory.write(
            try SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai).pdf(slip), to: "long.pdf")

        let info = try ExternalTool("pdfinfo", package: "poppler-utils").run([file], in: directory).text
        let text = try ExternalTool("pdftotext", package: "poppler-utils").run([file, "-"], in: directory).text

        #expect((Int(Self.field("Pages", in: info)) ?? 0) >= 2)
        #expect(Self.field("Page size", in: info) == "419.528 x 595.276 pts", "A5 in points")
        #expect(text.contains("物品 item 45"))
        #expect(text.contains("Page 2/"))
        #expect(text.contains("Recipient's signature"))
    }

    @Test("an 80 mm receipt is 80 mm wide, as long as its content, and scans")
    func receipt() throws {
        let directory = try TemporaryDirectory()
        let renderer = SlipRenderer(language: .simplifiedChinese, timeZone: SlipFixtures.shanghai, paper: .roll(widthMM: 80))
        let file = try directory.write(try renderer.pdf(SlipFixtures.slip()), to: "receipt.pdf")

        let info = try ExternalTool("pdfinfo", package: "poppler-utils").run([file], in: directory).text
        try ExternalTool("pdftoppm", package: "poppler-utils")
            .run(["-r", "200", "-gray", "-singlefile", file, directory.path("receipt")], in: directory)
        let symbols = try BarcodeImageDecoder().decode(try GrayImage.load(path: directory.path("receipt.pgm")))

        #expect(Self.field("Pages", in: info) == "1")
        #expect(Self.field("Page size", in: info).hasPrefix("226.772 x "), "80 mm in points")
        #expect(symbols.first?.text == SlipFixtures.requisitionNumber)
    }

    @Test("paper too small to print on is a typed error")
    func invalidPaper() {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai, paper: .roll(widthMM: 30))
        let error = #expect(throws: RenderingError.self) { try renderer.pdf(SlipFixtures.slip()) }
        #expect(error?.code == .invalidOutput)
    }

    @Test("writing to a folder that does not exist is a typed error naming the path")
    func unwritablePath() {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai)
        let path = "/nonexistent-quartermaster-folder/slip.pdf"
        let error = #expect(throws: RenderingError.self) { try renderer.writePDF(SlipFixtures.slip(), to: path) }
        #expect(error?.code == .fileWriteFailed)
        #expect(error?.description.contains(path) == true)
    }

    /// A value from `pdfinfo`'s "Name:   value" lines.
    private static func field(_ name: String, in info: String) -> String {
        let line = info.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
        return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
    }
}
