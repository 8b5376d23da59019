import Foundation
import Terminal
import Testing

/// The PSF reader on Debian's own console fonts (console-setup-linux): PSF 2 (Terminus) and
/// PSF 1 (VGA), gzipped as shipped. Uni2 fonts put their first 256 glyphs in the IBM PC order
/// (code page 437), which gives glyph numbers to check the Unicode tables against.
@Suite struct PSFFontTests {
    static let fonts = "/usr/share/consolefonts/"

    @Test func terminus32x16IsReadWithItsGlyphsAndUnicodeTable() throws {
        let font = try PSFFont.read(path: Self.fonts + "Uni2-Terminus32x16.psf.gz")
        #expect(font.width == 16 && font.height == 32 && font.glyphCount == 512)
        #expect(font.bytesPerGlyph == 64 && font.glyphs.count == 512 * 64)
        #expect(font.unicode[0x41] == 65, "A")
        #expect(font.unicode[0xE9] == 130, "é at code page 437's 0x82")
        #expect(font.unicode[0x2500] == 196, "─ at code page 437's 0xC4")
        #expect(font.unicode[0x0416] != nil, "Ж: Uni2 covers Cyrillic")
        #expect(font.unicode.count > 500)
        #expect(font.glyph(font.unicode[0x20]!).allSatisfy { $0 == 0 }, "space is blank")
        // Terminus's A: two columns of two dots, joined at the top and across the middle.
        let rows = Self.picture(font, 0x41)
        #expect(rows[6] == "....########....", "\n\(rows.joined(separator: "\n"))")
        #expect(rows[7] == "...##########...")
        #expect(rows[12] == "..##........##..")
        #expect(rows[16] == "..############..")
        #expect(rows[25] == "..##........##.." && rows[26] == "................")
    }

    @Test func vga16IsReadFromPSF1() throws {
        let font = try PSFFont.read(path: Self.fonts + "Uni2-VGA16.psf.gz")
        #expect(font.width == 8 && font.height == 16 && font.glyphCount == 512)
        #expect(font.unicode[0x41] == 65 && font.unicode[0xE9] == 130 && font.unicode[0x2500] == 196)
        // The IBM VGA ROM's A.
        #expect(Array(font.glyph(65)) == [0x00, 0x00, 0x10, 0x38, 0x6C, 0xC6, 0xC6, 0xFE, 0xC6, 0xC6, 0xC6, 0xC6, 0x00, 0x00, 0x00, 0x00])
    }

    /// Every font Debian ships in the folder parses, PSF 1 and 2 alike.
    @Test func everyDebianConsoleFontParses() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fonts).filter { $0.hasSuffix(".psf.gz") }
        #expect(names.count > 100)
        for name in names {
            let font = try PSFFont.read(path: Self.fonts + name)
            #expect(font.glyphs.count == font.glyphCount * font.bytesPerGlyph, "\(name)")
        }
    }

    @Test func aCutOrForeignFileIsRefusedWithWhatItIs() throws {
        // A PSF 2 header for 512 glyphs of 16×32 dots, then only 4000 bytes of them.
        let header: [UInt32] = [0x864A_B572, 0, 32, 1, 512, 64, 32, 16]
        let cut = header.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } } + [UInt8](repeating: 0x18, count: 4000)
        do {
            _ = try PSFFont(bytes: cut, name: "cut.psf")
            Issue.record("a cut font was read")
        } catch {
            #expect(error.code == .notAFont && error.description.contains("cut short"))
        }
        do {
            _ = try PSFFont(bytes: Array("%PDF-1.7".utf8), name: "slip.pdf")
            Issue.record("a PDF was read as a font")
        } catch {
            #expect(error.code == .notAFont && error.description.contains("slip.pdf is not a PSF console font"))
        }
        do {
            _ = try PSFFont.read(path: "/nonexistent/Uni2-Terminus32x16.psf.gz")
            Issue.record("a missing font was read")
        } catch {
            #expect(error.code == .cannotRead && error.description.contains("console-setup-linux"))
        }
    }

    /// The kiosk on an emulator, over ssh or in tmux: the console ioctls are refused and the
    /// terminal keeps its font, with the reason worded for the log.
    @Test func aPseudoTerminalIsNotAConsole() throws {
        let terminal = try PseudoTerminal()
        do {
            _ = try ConsoleFontSwap.load(path: ConsoleFontSwap.defaultFont, on: terminal.observer, name: terminal.replicaPath)
            Issue.record("a pseudo-terminal took a console font")
        } catch {
            #expect(error.code == .notAConsole)
            #expect(error.errorNumber == ENOTTY || error.errorNumber == EINVAL, "errno \(error.errorNumber)")
            #expect(error.description.contains("is not a Linux console"))
        }
    }

    static func picture(_ font: PSFFont, _ scalar: UInt32) -> [String] {
        let glyph = Array(font.glyph(font.unicode[scalar]!))
        return (0..<font.height).map { row in
            String((0..<font.width).map { column in
                glyph[row * font.bytesPerRow + column / 8] & (0x80 >> UInt8(column % 8)) != 0 ? "#" : "."
            })
        }
    }
}
