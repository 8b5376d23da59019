/// Global Trade Item Numbers. One product can reach the station as an EAN-13 on its box, a UPC-A
/// on an import, or a GTIN-14 inside a GS1 DataMatrix; comparing them as 14 digits makes all of
/// them find the same item.
public enum GTIN {
    /// The lengths a GTIN is printed in: EAN-8, UPC-A, EAN-13, GTIN-14.
    public static let lengths: Set<Int> = [8, 12, 13, 14]

    // MARK: Normalising

    /// The GTIN as 14 digits, padded with leading zeros, or nil unless `code` is 8, 12, 13 or 14
    /// ASCII digits with a correct check digit. Store and compare item barcodes in this form.
    public static func normalized(_ code: some StringProtocol) -> String? {
        guard lengths.contains(code.unicodeScalars.count), CheckDigit.isDigits(code),
              CheckDigit.isValid(code)
        else { return nil }
        return String(repeating: "0", count: 14 - code.unicodeScalars.count) + code
    }

    // MARK: UPC-E

    /// The UPC-A that an 8-digit UPC-E (number system, six digits, check digit) stands for, or
    /// nil when it is not one. Only a scanner's `]E0` identifier tells UPC-E from EAN-8, so the
    /// classifier calls this only then.
    public static func expandingUPCE(_ code: some StringProtocol) -> String? {
        let digits = Array(code.unicodeScalars.map(String.init))
        guard digits.count == 8, CheckDigit.isDigits(code), digits[0] == "0" || digits[0] == "1" else { return nil }
        let d = Array(digits[1...6])
        let body: [String]
        switch d[5] {
        case "0", "1", "2": body = [d[0], d[1], d[5], "0", "0", "0", "0", d[2], d[3], d[4]]
        case "3": body = [d[0], d[1], d[2], "0", "0", "0", "0", "0", d[3], d[4]]
        case "4": body = [d[0], d[1], d[2], d[3], "0", "0", "0", "0", "0", d[4]]
        default: body = [d[0], d[1], d[2], d[3], d[4], "0", "0", "0", "0", d[5]]
        }
        let upcA = digits[0] + body.joined() + digits[7]
        return CheckDigit.isValid(upcA) ? upcA : nil
    }
}
