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
        guard var value else {
            buffer.writeStaticString("\\N")
            return
        }
        value.withUTF8 { bytes in
            // Runs without a byte to escape go in whole: one copy, not one write per byte (byte
            // by byte, the event rows were a fifth of the store's push; BENCHMARKS.md).
            var run = 0
            for index in bytes.indices {
                let escaped: StaticString
                switch bytes[index] {
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case UInt8(ascii: "\t"): escaped = "\\t"
                case UInt8(ascii: "\n"): escaped = "\\n"
                case UInt8(ascii: "\r"): escaped = "\\r"
                default: continue
                }
                buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[run..<index])))
                buffer.writeStaticString(escaped)
                run = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[run...])))
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
