internal import CLinuxConsole
internal import Glibc

/// A `KDFONTOP` call on a Linux console: the font's glyphs in the kernel's layout (each glyph
/// 32 rows tall whatever its height, rows of ⌈width/8⌉ bytes). The buffer is allocated once
/// and never freed, so a crash handler can send a saved request without allocating.
struct ConsoleFontRequest: @unchecked Sendable {
    /// The most the console takes through KD_FONT_OP_SET/GET.
    static let maxGlyphs = 512, maxWidth = 32, rowsPerGlyph = 32

    private(set) var operation: console_font_op

    /// A request to read the console's font into a buffer large enough for any font it holds.
    static func get() -> ConsoleFontRequest {
        let size = maxGlyphs * rowsPerGlyph * (maxWidth / 8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        buffer.initialize(repeating: 0, count: size)
        return ConsoleFontRequest(operation: console_font_op(
            op: UInt32(KD_FONT_OP_GET), flags: 0, width: UInt32(maxWidth), height: UInt32(rowsPerGlyph),
            charcount: UInt32(maxGlyphs), data: buffer))
    }

    /// A request to load `font`.
    static func set(_ font: PSFFont, name: String) throws(ConsoleFontError) -> ConsoleFontRequest {
        guard font.width <= maxWidth, font.height <= rowsPerGlyph, font.glyphCount <= maxGlyphs else {
            throw ConsoleFontError(.tooLarge, name, "\(font.width)×\(font.height) dots, \(font.glyphCount) glyphs")
        }
        let pitch = rowsPerGlyph * font.bytesPerRow
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: font.glyphCount * pitch)
        buffer.initialize(repeating: 0, count: font.glyphCount * pitch)
        for index in 0..<font.glyphCount {
            for (offset, byte) in font.glyph(index).enumerated() { buffer[index * pitch + offset] = byte }
        }
        return ConsoleFontRequest(operation: console_font_op(
            op: UInt32(KD_FONT_OP_SET), flags: 0, width: UInt32(font.width), height: UInt32(font.height),
            charcount: UInt32(font.glyphCount), data: buffer))
    }

    /// The glyph bytes as the kernel takes them, and the font's size as the request states it.
    var glyphBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: operation.data, count: Int(operation.charcount) * Self.rowsPerGlyph * ((Int(operation.width) + 7) / 8))
    }
    var stated: (width: Int, height: Int, glyphs: Int, isSet: Bool) {
        (Int(operation.width), Int(operation.height), Int(operation.charcount), operation.op == UInt32(KD_FONT_OP_SET))
    }

    /// The font a `get()` read, as a request that loads it again.
    func reloading() -> ConsoleFontRequest {
        var again = self
        again.operation.op = UInt32(KD_FONT_OP_SET)
        again.operation.flags = 0
        return again
    }

    /// Sends the request; errno on failure. Only a system call: safe in a signal handler.
    @discardableResult
    mutating func send(to descriptor: Int32) -> Int32 {
        ioctl(descriptor, UInt(KDFONTOP), &operation) == 0 ? 0 : errno
    }
}

/// The console's Unicode → glyph map (GIO_UNIMAP / PIO_UNIMAP), which has to match the glyphs
/// loaded: a font's glyph order is its own.
struct ConsoleUnicodeMapRequest: @unchecked Sendable {
    static let capacity = 32_768

    private(set) var description: unimapdesc

    static func get() -> ConsoleUnicodeMapRequest {
        let pairs = UnsafeMutablePointer<unipair>.allocate(capacity: capacity)
        pairs.initialize(repeating: unipair(), count: capacity)
        return ConsoleUnicodeMapRequest(description: unimapdesc(entry_ct: UInt16(capacity - 1), entries: pairs))
    }

    static func set(_ font: PSFFont) -> ConsoleUnicodeMapRequest {
        let entries = font.unicode.filter { $0.key <= 0xFFFF }.sorted { $0.key < $1.key }.prefix(capacity - 1)
        let pairs = UnsafeMutablePointer<unipair>.allocate(capacity: max(entries.count, 1))
        for (index, entry) in entries.enumerated() {
            pairs[index] = unipair(unicode: UInt16(entry.key), fontpos: UInt16(entry.value))
        }
        return ConsoleUnicodeMapRequest(description: unimapdesc(entry_ct: UInt16(entries.count), entries: pairs))
    }

    /// Reads the map into the buffer (`get()`); errno on failure.
    mutating func read(from descriptor: Int32) -> Int32 {
        ioctl(descriptor, UInt(GIO_UNIMAP), &description) == 0 ? 0 : errno
    }

    /// Replaces the console's map with this one. Only system calls: safe in a signal handler.
    @discardableResult
    mutating func send(to descriptor: Int32) -> Int32 {
        var reset = unimapinit(advised_hashsize: 0, advised_hashstep: 0, advised_hashlevel: 0)
        guard ioctl(descriptor, UInt(PIO_UNIMAPCLR), &reset) == 0 else { return errno }
        return ioctl(descriptor, UInt(PIO_UNIMAP), &description) == 0 ? 0 : errno
    }
}
