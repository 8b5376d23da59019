/// The GS1 modulo-10 check digit that ends every GTIN (EAN-13, EAN-8, UPC-A, GTIN-14), SSCC and
/// GLN. A scanner that misreads one bar, or a person who mistypes one digit, is caught by it, so
/// the station checks it before looking anything up.
public enum CheckDigit {
    // MARK: Computing

    /// The check digit for `payload` (the digits before the check digit), or nil when the payload
    /// is empty or holds anything but ASCII digits. Weights run 3, 1, 3… from the right, so the
    /// same function serves every GS1 key length.
    public static func compute(_ payload: some StringProtocol) -> Int? {
        compute(scalars: Array(payload.unicodeScalars)[...])
    }

    /// `payload` with its check digit appended (the 12 digits of an EAN-13 become all 13), or
    /// nil when `compute` would be.
    public static func appended(to payload: some StringProtocol) -> String? {
        compute(payload).map { String(payload) + String($0) }
    }

    private static func compute(scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty else { return nil }
        var sum = 0
        for (index, scalar) in scalars.reversed().enumerated() {
            guard let digit = digitValue(scalar) else { return nil }
            sum += index.isMultiple(of: 2) ? 3 * digit : digit
        }
        return (10 - sum % 10) % 10
    }

    // MARK: Checking

    /// Whether `number` (payload plus check digit, all ASCII digits, at least two of them) ends
    /// in its correct check digit.
    public static func isValid(_ number: some StringProtocol) -> Bool {
        let scalars = Array(number.unicodeScalars)
        guard scalars.count >= 2, let given = digitValue(scalars[scalars.count - 1]),
              let expected = compute(scalars: scalars.dropLast())
        else { return false }
        return given == expected
    }

    /// 0…9 for an ASCII digit; nil for anything else, including the other Unicode digits that
    /// `Character.isNumber` accepts.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        guard ("0"..."9").contains(scalar) else { return nil }
        return Int(scalar.value - 48)
    }

    /// Whether `text` is non-empty and all ASCII digits.
    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { digitValue($0) != nil }
    }
}
