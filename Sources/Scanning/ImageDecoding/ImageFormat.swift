// MARK: - ImageFormat

/// The encodings `GrayImage.load(path:)` reads, told apart by their first bytes: a photo saved
/// as `.png` by a phone is often JPEG, so the name of a file is never trusted.
enum ImageFormat: Sendable, Hashable {
    case png
    case jpeg
    case netpbm

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The format whose signature `bytes` starts with, or nil.
    init?(magic bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(8))
        if head == Self.pngSignature {
            self = .png
        } else if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF {
            self = .jpeg
        } else if head.count >= 2, head[0] == UInt8(ascii: "P"),
                  [UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(head[1]) {
            self = .netpbm
        } else {
            return nil
        }
    }
}
