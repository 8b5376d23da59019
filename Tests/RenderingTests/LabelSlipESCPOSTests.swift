import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelSlipESCPOSTests

/// The pickup-slip templates hand their paper to `SlipRenderer`; on a receipt printer the slip
/// goes as ESC/POS raster, which must scan like the PDF does.
@Suite struct LabelSlipESCPOSTests {
    @Test("a slip on the 80 mm and 58 mm templates' paper prints as raster whose QR code scans",
          arguments: ["pickup-slip-80mm", "pickup-slip-58mm"])
    func slipRaster(name: String) throws {
        let template = try LabelFixtures.template(name)
        let paper = try #require(template.slipPaper)
        #expect(paper.heightMM == nil, "receipt paper is a roll")
        let renderer = SlipRenderer(language: .simplifiedChinese, timeZone: SlipFixtures.shanghai, paper: paper)
        let job = try renderer.escpos(SlipFixtures.slip(), dpi: template.dpi, headDots: template.printer?.headDots)

        let bitmap = try LabelESCPOSTests.bitmap(from: job)
        #expect(bitmap.width == template.printer?.headDots)
        let symbols = try BarcodeImageDecoder().decode(gray: bitmap.grayPixels(), width: bitmap.width, height: bitmap.height)
        #expect(symbols.first(where: { $0.symbology == "QR-Code" })?.text == SlipFixtures.requisitionNumber)
    }
}
