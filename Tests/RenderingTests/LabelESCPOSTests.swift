import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelESCPOSTests

/// ESC/POS jobs are parsed back from their `GS v 0` bands into one bitmap, the way the receipt
/// printer would print it, and zbar must read every code on it.
@Suite struct LabelESCPOSTests {
    /// Stacks every `GS v 0` band in `job` into one bitmap.
    static func bitmap(from job: [UInt8]) throws -> MonochromeBitmap {
        var index = 0
        var bytesPerRow: Int?
        var rows = 0
        var data: [UInt8] = []
        while index + 8 <= job.count {
            guard job[index] == 0x1D, job[index + 1] == 0x76, job[index + 2] == 0x30 else {
                index += 1
                continue
            }
            #expect(job[index + 3] == 0, "normal density")
            let width = Int(job[index + 4]) | Int(job[index + 5]) << 8
            let height = Int(job[index + 6]) | Int(job[index + 7]) << 8
            if let bytesPerRow { #expect(bytesPerRow == width) }
            bytesPerRow = width
            let end = index + 8 + width * height
            try #require(end <= job.count, "band runs past the end of the job")
            data += job[(index + 8)..<end]
            rows += height
            index = end
        }
        let width = try #require(bytesPerRow)
        return MonochromeBitmap(width: width * 8, height: rows, bytesPerRow: width, bytes: data)
    }

    @Test("the mode card on a 58 mm printer: 384 dots wide, initialised, cut, and all three codes scan")
    func modeCard() throws {
        let template = try LabelFixtures.template("mode-card")
        let job = try LabelRenderer(template: template).render([:], as: .escpos)

        #expect(Array(job.prefix(2)) == [0x1B, 0x40], "ESC @")
        #expect(Array(job.suffix(3)) == [0x1D, 0x56, 0x01], "GS V 1: cut")
        let bitmap = try Self.bitmap(from: job)
        #expect(bitmap.width == 384)
        #expect(bitmap.height == Int((template.size.height * template.dpi / 25.4).rounded()))
        #expect(bitmap.height > ESCPOSEncoder.bandHeight, "more than one band is exercised")

        let symbols = try BarcodeImageDecoder().decode(gray: bitmap.grayPixels(), width: bitmap.width, height: bitmap.height)
        #expect(Set(symbols.compactMap(\.text)) == ["QM-MODE-PICKUP", "QM-MODE-RECEIVE", "QM-MODE-RETURN"])
    }

    @Test("an asset tag centred on an 80 mm head scans")
    func assetTagOn80mm() throws {
        var template = try LabelFixtures.template("asset-2x1in")
        template.printer = LabelPrinterHints(headDots: 576)
        let bitmap = try LabelRenderer(template: template).headBitmap(["tag": "FA-000777", "name": "打印测试"])
        #expect(bitmap.width == 576)
        let symbols = try BarcodeImageDecoder().decode(gray: bitmap.grayPixels(), width: bitmap.width, height: bitmap.height)
        #expect(symbols.first?.text == "FA-000777")
    }

    @Test("a label wider than the print head is refused, not cropped")
    func tooWide() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        let error = #expect(throws: LabelError.self) { try renderer.render(["tag": "FA-1"], as: .escpos) }
        #expect(error?.code == .formatUnsupported)
        #expect(error?.description.contains("print head") == true)
    }
}
