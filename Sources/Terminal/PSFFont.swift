internal import CZlib
internal import Glibc

/// A console font in the PC Screen Font format (PSF 1 or 2, as Debian's console-setup-linux
/// ships them in /usr/share/consolefonts, usually gzipped): glyph bitmaps and which Unicode
/// characters each glyph draws.
public struct PSFFont: Sendable, Equatable {
    /// Dots across and down one glyph.
    public let width: Int
    public let height: Int
    /// Glyph bitmaps one after another: `height` rows of `bytesPerRow` bytes each, most
    /// significant bit leftmost.
    public let glyphs: [UInt8]
    public let glyphCount: Int
    /// Unicode scalar → glyph index, from the font's table (single characters; the sequences
    /// PSF allows for combining marks are left out, as the console maps single characters).
    public let unicode: [UInt32: Int]

    public var bytesPerRow: Int { (width + 7) / 8 }
    public var bytesPerGlyph: Int { bytesPerRow * height }

    /// The rows of glyph `index`.
    public func glyph(_ index: Int) -> ArraySlice<UInt8> {
        glyphs[(index * bytesPerGlyph)..<((index + 1) * bytesPerGlyph)]
    }

    // MARK: Reading

    /// Reads a `.psf` or `.psf.gz` file (zlib reads both).
    public static func read(path: String) throws(ConsoleFontError) -> PSFFont {
        guard let file = gzopen(path, "rb") else {
            throw ConsoleFontError(.cannotRead, path, errorNumber: errno)
        }
        defer { gzclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if count < 0 { throw ConsoleFontError(.cannotRead, path, "not readable as gzip") }
            if count == 0 { break }
            bytes += chunk[0..<Int(count)]
            if bytes.count > 8 << 20 { throw ConsoleFontError(.notAFont, path, "larger than 8 MiB") }
        }
        return try PSFFont(bytes: bytes, name: path)
    }

    /// Parses PSF bytes; `name` is for messages.
    public init(bytes: [UInt8], name: String) throws(ConsoleFontError) {
        if bytes.count >= 4, bytes[0..<4] == [0x72, 0xB5, 0x4A, 0x86] {
            try self.init(psf2: bytes, name: name)
        } else if bytes.count >= 4, bytes[0] == 0x36, bytes[1] == 0x04 {
            try self.init(psf1: bytes, name: name)
        } else {
            throw ConsoleFontError(.notAFont, name, "no PSF 1 or PSF 2 signature")
        }
    }

    private init(psf1 bytes: [UInt8], name: String) throws(ConsoleFontError) {
        let mode = bytes[2]
        let count = mode & 0x01 != 0 ? 512 : 256
        let height = Int(bytes[3])
        guard height > 0 else { throw ConsoleFontError(.notAFont, name, "glyph height 0") }
        let end = 4 + count * height
        guard bytes.count >= end else { throw ConsoleFontError(.notAFont, name, "cut short in its glyphs") }
        var unicode: [UInt32: Int] = [:]
        if mode & 0x02 != 0 {
            // Per glyph: UCS-2 little-endian values, 0xFFFE before sequences, 0xFFFF at the end.
            var offset = end
            for glyph in 0..<count {
                var inSequence = false
                while true {
                    guard offset + 1 < bytes.count else { throw ConsoleFontError(.notAFont, name, "cut short in its Unicode table") }
                    let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                    offset += 2
                    if value == 0xFFFF { break }
                    if value == 0xFFFE { inSequence = true; continue }
                    if !inSequence, unicode[value] == nil { unicode[value] = glyph }
                }
            }
        }
        self.init(width: 8, height: height, glyphs: Array(bytes[4..<end]), glyphCount: count, unicode: unicode)
    }

    private init(psf2 bytes: [UInt8], name: String) throws(ConsoleFontError) {
        guard bytes.count >= 32 else { throw ConsoleFontError(.notAFont, name, "cut short in its header") }
        func word(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        let headerSize = word(8), flags = word(12), count = word(16), glyphSize = word(20)
        let height = word(24), width = word(28)
        guard width > 0, height > 0, count > 0, glyphSize == (width + 7) / 8 * height, headerSize >= 32 else {
            throw ConsoleFontError(.notAFont, name, "inconsistent header (\(width)×\(height), \(count) glyphs of \(glyphSize) bytes)")
        }
        guard count <= 65_536, headerSize + count * glyphSize <= bytes.count else {
            throw ConsoleFontError(.notAFont, name, "cut short in its glyphs")
        }
        let end = headerSize + count * glyphSize
        var unicode: [UInt32: Int] = [:]
        if flags & 0x01 != 0 {
            // Per glyph: UTF-8 characters, 0xFE before sequences, 0xFF at the end.
            var offset = end
            for glyph in 0..<count {
                var inSequence = false
                var character: [UInt8] = []
                func flush() {
                    if !inSequence, !character.isEmpty, let scalar = String(validating: character, as: UTF8.self)?.unicodeScalars,
                       scalar.count == 1, let value = scalar.first?.value, unicode[value] == nil {
                        unicode[value] = glyph
                    }
                    character = []
                }
                while true {
                    guard offset < bytes.count else { throw ConsoleFontError(.notAFont, name, "cut short in its Unicode table") }
                    let byte = bytes[offset]
                    offset += 1
                    if byte == 0xFF { flush(); break }
                    if byte == 0xFE { flush(); inSequence = true; continue }
                    // A new character starts at every byte that is not a UTF-8 continuation.
                    if byte & 0xC0 != 0x80 { flush() }
                    character.append(byte)
                }
            }
        }
        self.init(width: width, height: height, glyphs: Array(bytes[headerSize..<end]), glyphCount: count, unicode: unicode)
    }

    init(width: Int, height: Int, glyphs: [UInt8], glyphCount: Int, unicode: [UInt32: Int]) {
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.glyphCount = glyphCount
        self.unicode = unicode
    }
}
