// MARK: - GrayImage + PNG

extension GrayImage {
    /// Decodes PNG bytes (any colour type or depth cairo reads) to luminance; transparent
    /// pixels become white.
    public init(png bytes: [UInt8]) throws(ImageDecodingError) {
        guard ImageFormat(magic: bytes) == .png else {
            throw .malformedImage("the data does not start with the PNG signature")
        }
        self = try CairoPNGSurface(png: bytes).grayImage()
    }
}
