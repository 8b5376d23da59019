import Foundation
import QuartermasterCore
import Rendering
import Testing

// MARK: - SlipPNGTests

@Suite struct SlipPNGTests {
    @Test("PNG output is a real PNG of the A5 sheet whose QR code zbarimg reads", arguments: [203.0, 300.0])
    func pngScans(dpi: Double) throws {
        let directory = try TemporaryDirectory()
        let png = try SlipRenderer(language: .simplifiedChinese, timeZone: SlipFixtures.shanghai).png(SlipFixtures.slip(), dpi: dpi)

        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        #expect(Self.bigEndian(png[16..<20]) == Int((148 * dpi / 25.4).rounded()))
        #expect(Self.bigEndian(png[20..<24]) == Int((210 * dpi / 25.4).rounded()))

        let file = try directory.write(png, to: "slip.png")
        let scanned = try ExternalTool("zbarimg", package: "zbar-tools").run(["--quiet", "--raw", file], in: directory).text
        #expect(scanned == SlipFixtures.requisitionNumber + "\n")
    }

    @Test("roll paper PNGs and every page of a long slip render")
    func pages() throws {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai)
        #expect(try renderer.pngPages(SlipFixtures.slip(lines: SlipFixtures.manyLines), dpi: 100).count >= 2)

        let roll = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai, paper: .roll(widthMM: 80))
        let png = try roll.png(SlipFixtures.slip(lines: SlipFixtures.manyLines), dpi: 203)
        #expect(Self.bigEndian(png[16..<20]) == Int((80 * 203 / 25.4).rounded()))
        #expect(Self.bigEndian(png[20..<24]) > Int((210 * 203 / 25.4).rounded()), "a long receipt is longer than A5")
    }

    @Test("absurd resolutions are a typed error")
    func badResolution() {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai)
        let error = #expect(throws: RenderingError.self) { try renderer.png(SlipFixtures.slip(), dpi: 0) }
        #expect(error?.code == .invalidOutput)
    }

    private static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }
}
