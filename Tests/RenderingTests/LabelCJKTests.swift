import Foundation
import QuartermasterCore
@testable import Rendering
import Scanning
import Testing

// MARK: - LabelCJKTests

/// Chinese names must print as glyphs, not as the boxes ("tofu") a font without CJK draws.
/// Checked three ways: the PDF embeds WenQuanYi; the CJK rendering differs from a deliberately
/// tofu one; and its ink matches a reference rendering committed in References/.
@Suite struct LabelCJKTests {
    static let dpi = 300.0
    static let style = TextStyle(pointSize: 14)

    /// The name alone, 50 × 8 mm at 300 dpi, as gray pixels.
    static func render(_ style: TextStyle) throws -> GrayRaster {
        let page = DrawingPage(size: Size(width: 50, height: 8), commands: [
            .text(LabelFixtures.chineseName, frame: Rect(x: 1, y: 1, width: 48, height: 6), style: style),
        ])
        return try PageRenderer.gray(page, dpi: dpi)
    }

    static func ink(_ pixels: [UInt8]) -> Int { pixels.count { $0 < 128 } }

    /// Pixels dark in one image and light in the other.
    static func difference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        zip(a, b).count { ($0 < 128) != ($1 < 128) }
    }

    @Test("the asset tag's PDF embeds the CJK font and carries the name as text")
    func pdfEmbedsCJKFont() throws {
        let directory = try TemporaryDirectory()
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        let file = try directory.write(try renderer.render(LabelFixtures.fields, as: .pdf), to: "tag.pdf")

        let fonts = try ExternalTool("pdffonts", package: "poppler-utils").run([file], in: directory).text
        let text = try ExternalTool("pdftotext", package: "poppler-utils").run([file, "-"], in: directory).text
        #expect(fonts.contains("WenQuanYiMicroHei"), "\(fonts)")
        #expect(fonts.split(separator: "\n").filter { $0.contains("WenQuanYi") }.allSatisfy { $0.contains(" yes ") }, "embedded")
        #expect(text.contains(LabelFixtures.chineseName))
    }

    @Test("with the CJK font the name differs clearly from tofu boxes")
    func glyphsNotTofu() throws {
        let glyphs = try Self.render(Self.style)
        var tofuStyle = Self.style
        tofuStyle.family = "DejaVu Sans"
        tofuStyle.fontFallback = false
        let tofu = try Self.render(tofuStyle)

        #expect(Self.ink(glyphs.pixels) > 0 && Self.ink(tofu.pixels) > 0)
        let differing = Self.difference(glyphs.pixels, tofu.pixels)
        #expect(Double(differing) > 0.5 * Double(Self.ink(glyphs.pixels)), "\(differing) pixels differ")
    }

    @Test("the CJK rendering matches the committed reference within tolerance")
    func matchesReference() throws {
        let rendered = try Self.render(Self.style)
        let path = LabelFixtures.reference("cjk-name-300dpi.png")
        if ProcessInfo.processInfo.environment["QM_RECORD_REFERENCES"] == "1" {
            let page = DrawingPage(size: Size(width: 50, height: 8), commands: [
                .text(LabelFixtures.chineseName, frame: Rect(x: 1, y: 1, width: 48, height: 6), style: Self.style),
            ])
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(try PageRenderer.png(page, dpi: Self.dpi)).write(to: URL(fileURLWithPath: path))
        }
        let reference = try GrayImage.load(path: path)

        #expect(reference.width == rendered.width && reference.height == rendered.height)
        let referenceInk = Self.ink(reference.pixels), renderedInk = Self.ink(rendered.pixels)
        #expect(abs(referenceInk - renderedInk) <= referenceInk / 20, "ink \(renderedInk) vs reference \(referenceInk)")
        #expect(Self.difference(reference.pixels, rendered.pixels) <= referenceInk / 10)
    }
}
