/// Why a scan cannot be used as it is. A scan with a problem must not be acted on: the kiosk
/// shows the problem and asks for a rescan, so a misread never becomes a wrong pickup.
public enum ScanProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// All digits, the length of a GTIN, but the check digit is wrong: a misread or a typo.
    case badCheckDigit
    /// A GS1 barcode whose data breaks the GS1 rules; the message says what and where.
    case gs1(String)
    /// More than `ScanClassifier.maximumLength` bytes: no label of ours is that long.
    case tooLong
    /// Bytes that are not UTF-8: usually a scanner set to another code page.
    case invalidUTF8
    /// Shaped like a quantity, but more than `QuantityLimit.maximum`: a slip of the finger, or
    /// a number no arithmetic on stock should meet.
    case quantityTooLarge

    /// What happened and what to do, in English.
    public var description: String { message(in: .english) }

    /// What happened and what to do, in the kiosk's language.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.badCheckDigit, .english):
            return "Check digit wrong: the barcode was misread. Scan it again."
        case (.badCheckDigit, .simplifiedChinese):
            return "校验位错误：条码读取有误，请重新扫描。"
        case (.gs1(let detail), .english):
            return "This GS1 barcode could not be read (\(detail)). Scan it again; if it fails again, the label is faulty."
        case (.gs1(let detail), .simplifiedChinese):
            return "无法读取此 GS1 条码（\(detail)）。请重新扫描；如仍失败，说明标签有问题。"
        case (.tooLong, .english):
            return "The scan is too long to be a Quartermaster code. Scan the right label."
        case (.tooLong, .simplifiedChinese):
            return "扫描内容过长，不是本系统的条码。请扫描正确的标签。"
        case (.invalidUTF8, .english):
            return "The scan is not readable text. Ask the administrator to check the scanner's settings."
        case (.invalidUTF8, .simplifiedChinese):
            return "扫描内容无法识别为文字。请联系管理员检查扫描器设置。"
        case (.quantityTooLarge, .english):
            return "That number is too large for a quantity (at most \(QuantityLimit.maximum)). Type the quantity again."
        case (.quantityTooLarge, .simplifiedChinese):
            return "数量过大（最多 \(QuantityLimit.maximum)）。请重新输入数量。"
        }
    }
}
