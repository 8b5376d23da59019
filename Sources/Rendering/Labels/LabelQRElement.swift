// MARK: - LabelQRElement

/// A QR code centred in a box. The version follows from the data; the error-correction level
/// is the one preferred, lowered only when the data would otherwise not fit at the minimum
/// module size; the module size is the largest whole number of printer dots that fits the box.
public struct LabelQRElement: Sendable, Hashable, Codable {
    /// What the code carries, usually just `{tag}`.
    public var data: LabelFieldTemplate
    /// The error correction wanted (default medium); lower levels are used only to make data fit.
    public var level: QRErrorCorrection?
    /// The square (or the square inside the rectangle) the code and its quiet zone fill.
    public var box: LabelBox
    /// Smallest module in printer dots the label accepts (default 4; 3 for tiny labels).
    public var minModuleDots: Int?

    public init(data: LabelFieldTemplate, level: QRErrorCorrection? = nil, box: LabelBox, minModuleDots: Int? = nil) {
        self.data = data
        self.level = level
        self.box = box
        self.minModuleDots = minModuleDots
    }
}
