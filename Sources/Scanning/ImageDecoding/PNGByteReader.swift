// MARK: - PNGByteReader

/// Feeds PNG bytes to cairo's stream reader, which asks for them in pieces through a C
/// callback; remembers whether cairo asked for more than there was (a truncated file).
final class PNGByteReader {
    private let bytes: [UInt8]
    private var offset = 0
    private(set) var ranOut = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Copies the next `count` bytes to `destination`; false when fewer remain.
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count <= bytes.count - offset else {
            ranOut = true
            return false
        }
        bytes.withUnsafeBufferPointer { source in
            destination.update(from: source.baseAddress! + offset, count: count)
        }
        offset += count
        return true
    }
}
