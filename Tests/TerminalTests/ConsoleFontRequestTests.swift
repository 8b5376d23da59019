import Testing
@testable import Terminal

/// What `KDFONTOP` is given: the kernel reads every glyph at a 32-row pitch whatever the font's
/// height, so a 16-dot font must be padded, or every glyph after the first is drawn from the
/// wrong bytes. (No console here to load it on: this is the part that can be checked.)
@Suite struct ConsoleFontRequestTests {
    @Test(arguments: [("Uni2-VGA16.psf.gz", 8, 16), ("Uni2-Terminus32x16.psf.gz", 16, 32), ("Lat15-Terminus20x10.psf.gz", 10, 20)])
    func glyphsAreLaidOutAtThe32RowPitch(file: String, width: Int, height: Int) throws {
        let font = try PSFFont.read(path: "/usr/share/consolefonts/" + file)
        let request = try ConsoleFontRequest.set(font, name: file)
        #expect(request.stated.width == width && request.stated.height == height && request.stated.glyphs == font.glyphCount && request.stated.isSet)
        let pitch = 32 * font.bytesPerRow
        let bytes = request.glyphBytes
        #expect(bytes.count == font.glyphCount * pitch)
        for glyph in [0, 65, 130, font.glyphCount - 1] {
            let start = glyph * pitch
            #expect(Array(bytes[start..<(start + font.bytesPerGlyph)]) == Array(font.glyph(glyph)), "\(file) glyph \(glyph)")
            #expect(bytes[(start + font.bytesPerGlyph)..<(start + pitch)].allSatisfy { $0 == 0 }, "\(file) glyph \(glyph) padding")
        }
    }

    @Test func aFontTallerThanTheConsoleTakesIsRefused() throws {
        let tall = PSFFont(width: 16, height: 40, glyphs: [UInt8](repeating: 0, count: 256 * 80), glyphCount: 256, unicode: [:])
        do {
            _ = try ConsoleFontRequest.set(tall, name: "tall.psf")
            Issue.record("a 40-row font was accepted")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }
}
