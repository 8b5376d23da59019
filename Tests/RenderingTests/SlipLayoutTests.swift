@testable import Rendering
import QuartermasterCore
import Scanning
import Testing

// MARK: - SlipLayoutTests

/// Checks on the laid-out pages themselves: nothing leaves the printable area, and the QR code
/// is drawn crisp on whole pixels.
@Suite struct SlipLayoutTests {
    static let papers: [SlipPaper] = [.a5, .roll(widthMM: 80), .roll(widthMM: 58)]

    @Test("every mark stays inside the margins, long item names included", arguments: SlipLayoutTests.papers)
    func staysInsideMargins(paper: SlipPaper) throws {
        for lines in [SlipFixtures.standardLines, SlipFixtures.manyLines] {
            for language in Language.allCases {
                let renderer = SlipRenderer(language: language, timeZone: SlipFixtures.shanghai, paper: paper)
                for page in try renderer.pages(SlipFixtures.slip(lines: lines), pixelsPerMM: nil) {
                    let printable = Rect(
                        x: paper.marginMM, y: paper.marginMM,
                        width: page.size.width - 2 * paper.marginMM, height: page.size.height - 2 * paper.marginMM)
                    for command in page.commands {
                        #expect(printable.contains(command.bounds, tolerance: 0.2), "\(command) leaves the printable area")
                    }
                }
            }
        }
    }

    @Test("a long item name wraps inside its cell instead of running into the next column")
    func longNamesWrap() throws {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai)
        let page = try #require(try renderer.pages(SlipFixtures.slip(), pixelsPerMM: nil).first)
        let longName = SlipFixtures.standardLines[2].name
        let measurer = try Canvas.measuring()

        guard case let .text(_, frame, style)? = page.commands.first(where: {
            if case .text(longName, _, _) = $0 { true } else { false }
        }) else {
            Issue.record("the long item name is not on the page")
            return
        }
        let cell = try #require(page.commands.compactMap { command -> Rect? in
            if case let .box(rect, _) = command, rect.contains(frame, tolerance: 0.01) { rect } else { nil }
        }.first)
        #expect(measurer.measure(longName, width: nil, style: style).width > frame.width, "the fixture is long enough to wrap")
        #expect(measurer.measure(longName, width: frame.width, style: style).height > 2 * style.millimetreSize)
        #expect(cell.contains(frame))
    }

    @Test("QR modules are whole pixels of pure black and white, at least 0.5 mm", arguments: [203.0, 300.0, 600.0])
    func crispQRCode(dpi: Double) throws {
        let renderer = SlipRenderer(language: .english, timeZone: SlipFixtures.shanghai)
        let scale = dpi / 25.4
        let page = try #require(try renderer.pages(SlipFixtures.slip(), pixelsPerMM: scale).first)
        guard case let .qrCode(code, origin, moduleSize, quietZone)? = page.commands.first(where: {
            if case .qrCode = $0 { true } else { false }
        }) else {
            Issue.record("no QR code on the slip")
            return
        }
        let raster = try PageRenderer.gray(page, dpi: dpi)
        let modulePixels = moduleSize * scale

        #expect(moduleSize >= 0.5)
        #expect(abs(modulePixels - modulePixels.rounded()) < 1e-9)
        #expect(quietZone == 4)
        let left = Int((origin.x * scale).rounded()), top = Int((origin.y * scale).rounded())
        let side = Int((Double(code.size + 2 * quietZone) * modulePixels).rounded())
        var grays = Set<UInt8>()
        for y in top..<(top + side) {
            for x in left..<(left + side) { grays.insert(raster[x, y]) }
        }
        #expect(grays == [0, 255], "antialiased gray inside the QR area")

        let symbols = try BarcodeImageDecoder().decode(gray: raster.pixels, width: raster.width, height: raster.height)
        #expect(symbols.first(where: { $0.symbology == "QR-Code" })?.text == SlipFixtures.requisitionNumber)
    }
}
