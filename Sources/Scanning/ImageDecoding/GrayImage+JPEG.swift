internal import CJPEG

// MARK: - GrayImage + JPEG

extension GrayImage {
    /// Decodes baseline or progressive JPEG bytes to luminance with libjpeg. The decoding runs
    /// in C (`qm_jpeg_decode_gray` in CJPEG's shim) because libjpeg reports errors by
    /// longjmp, which must not cross Swift frames; here it only returns a status.
    public init(jpeg bytes: [UInt8]) throws(ImageDecodingError) {
        guard ImageFormat(magic: bytes) == .jpeg else {
            throw .malformedImage("the data does not start with a JPEG marker")
        }
        var width: Int32 = 0
        var height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let headerStatus = bytes.withUnsafeBufferPointer { source in
            qm_jpeg_decode_gray(source.baseAddress, UInt(source.count), nil, 0, &width, &height, &message, message.count)
        }
        guard headerStatus == Int32(QM_JPEG_OK) else {
            throw .malformedImage("libjpeg: " + Self.text(message))
        }
        guard width > 0, height > 0, width <= 1 << 15, height <= 1 << 15 else {
            throw .malformedImage("a size of \(width)×\(height) pixels is out of range")
        }
        var pixels = [UInt8](repeating: 255, count: Int(width) * Int(height))
        let status = bytes.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                qm_jpeg_decode_gray(source.baseAddress, UInt(source.count), target.baseAddress, target.count,
                                    &width, &height, &message, message.count)
            }
        }
        switch status {
        case Int32(QM_JPEG_OK):
            self.init(checkedWidth: Int(width), height: Int(height), pixels: pixels)
        case Int32(QM_JPEG_TRUNCATED):
            throw .malformedImage("the JPEG data is truncated (libjpeg: \(Self.text(message)))")
        default:
            throw .malformedImage("libjpeg: " + Self.text(message))
        }
    }

    private static func text(_ message: [CChar]) -> String {
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "the data is not a JPEG it can read" : text
    }
}
