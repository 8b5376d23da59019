// MARK: - DecodedSymbol

/// One barcode found in an image: which symbology it was and exactly the bytes it carried.
public struct DecodedSymbol: Sendable, Hashable {
    /// zbar's name for the symbology ("QR-Code", "EAN-13", "CODE-128"), as `zbarimg` prints it.
    public var symbology: String
    /// The payload byte for byte (QR codes are read in binary mode, so nothing is re-encoded).
    public var data: [UInt8]

    public init(symbology: String, data: [UInt8]) {
        self.symbology = symbology
        self.data = data
    }

    /// The payload as text, or nil when it is not valid UTF-8 (binary payloads).
    public var text: String? { String(validating: data, as: UTF8.self) }
}
