import QuartermasterCore

// MARK: - ImageDecodingError

/// Why an image could not be loaded or a decoder could not start. A struct around a private
/// enum so cases can be added without breaking callers; match on `code`.
public struct ImageDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable, Hashable {
            case unreadableFile, unsupportedFormat, malformedImage, invalidDimensions, scannerUnavailable
        }

        fileprivate let base: Base

        /// The file does not exist or cannot be read.
        public static let unreadableFile = Code(base: .unreadableFile)
        /// Not a PNG, JPEG or Netpbm image.
        public static let unsupportedFormat = Code(base: .unsupportedFormat)
        /// The header or pixel data is broken or truncated.
        public static let malformedImage = Code(base: .malformedImage)
        /// Width, height and pixel count do not agree.
        public static let invalidDimensions = Code(base: .invalidDimensions)
        /// zbar could not create or configure its scanner.
        public static let scannerUnavailable = Code(base: .scannerUnavailable)

        public var description: String { base.rawValue }
    }

    private enum Detail: Sendable, Hashable {
        case unreadableFile(path: String)
        case unsupportedFormat(magic: String)
        case malformedImage(reason: String)
        case invalidDimensions(width: Int, height: Int, pixelCount: Int)
        case scannerUnavailable(reason: String)
    }

    private let detail: Detail

    private init(_ detail: Detail) { self.detail = detail }

    static func unreadableFile(path: String) -> Self { Self(.unreadableFile(path: path)) }
    static func unsupportedFormat(magic: String) -> Self { Self(.unsupportedFormat(magic: magic)) }
    static func malformedImage(_ reason: String) -> Self { Self(.malformedImage(reason: reason)) }
    static func invalidDimensions(width: Int, height: Int, pixelCount: Int) -> Self {
        Self(.invalidDimensions(width: width, height: height, pixelCount: pixelCount))
    }
    static func scannerUnavailable(_ reason: String) -> Self { Self(.scannerUnavailable(reason: reason)) }

    /// The first bytes of an unrecognised file for a message: printable ASCII as is, the rest
    /// as `\xHH`, so a binary header cannot garble the terminal.
    static func printableMagic(_ bytes: [UInt8]) -> String {
        "\"" + TerminalText.escaped(bytes: bytes.prefix(8)) + "\""
    }

    public var code: Code {
        switch detail {
        case .unreadableFile: .unreadableFile
        case .unsupportedFormat: .unsupportedFormat
        case .malformedImage: .malformedImage
        case .invalidDimensions: .invalidDimensions
        case .scannerUnavailable: .scannerUnavailable
        }
    }

    public var description: String {
        switch detail {
        case let .unreadableFile(path):
            "Cannot read the image file \(path). Check that it exists and is readable."
        case let .unsupportedFormat(magic):
            "The image starts with \(magic), which is not a supported format. "
                + "Use a PNG, JPEG or PGM/PPM file (the file's contents count, not its name)."
        case let .malformedImage(reason):
            "The image is damaged: \(reason). Export it again."
        case let .invalidDimensions(width, height, pixelCount):
            "An image of \(width)×\(height) needs \(width * height) pixels, but \(pixelCount) were given."
        case let .scannerUnavailable(reason):
            "The barcode decoder could not start: \(reason). Check that libzbar is installed."
        }
    }
}
