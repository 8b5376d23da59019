// MARK: - LabelCode128Element

/// A Code 128 barcode filling a box's height, centred across its width, for the handheld
/// laser scanners that read no QR codes.
public struct LabelCode128Element: Sendable, Hashable, Codable {
    public var data: LabelFieldTemplate
    public var box: LabelBox
    /// Narrowest bar in printer dots (default 2: 0.25 mm at 203 dpi).
    public var minModuleDots: Int?

    public init(data: LabelFieldTemplate, box: LabelBox, minModuleDots: Int? = nil) {
        self.data = data
        self.box = box
        self.minModuleDots = minModuleDots
    }
}
