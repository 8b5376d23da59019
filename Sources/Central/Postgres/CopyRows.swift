internal import NIOCore

/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: fields separated by tabs, one
/// row per line, `\N` for NULL, and backslash, tab, newline and carriage return escaped in
/// every text, so whatever a station journalled arrives byte for byte (`PushTests.awkwardText`,
/// `PushTests.awkwardMovements`).
struct CopyRows {
    private(set) var buffer = ByteBuffer()
    private var rowStarted = false

    init(capacity: Int) {
        buffer.reserveCapacity(capacity)
    }

    mutating func text(_ value: String?) {
        separate()
        guard let value else {
            buffer.writeStaticString("\\N")
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    mutating func integer(_ value: Int64) {
        separate()
        buffer.writeString(String(value))
    }

    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        rowStarted = false
    }

    private mutating func separate() {
        if rowStarted { buffer.writeInteger(UInt8(ascii: "\t")) }
        rowStarted = true
    }
}
