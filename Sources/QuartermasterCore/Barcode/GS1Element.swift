/// One application identifier with its data, such as (17)250101. Kept as text exactly as
/// scanned: what the data means depends on the AI, and the journal should record what the
/// label said, not our reading of it.
public struct GS1Element: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The AI's digits, "17".
    public var ai: String
    /// The data after the AI, without separators, "250101".
    public var value: String

    public init(ai: String, value: String) {
        self.ai = ai
        self.value = value
    }

    // MARK: Reading it

    /// The GS1 data title ("USE BY or EXPIRY"), nil for an AI the table does not know.
    public var title: String? { GS1ApplicationIdentifier.named(ai)?.title }

    /// The human-readable form printed under a barcode, "(17)250101".
    public var description: String { "(\(ai))\(value)" }

    /// The day a date AI (11, 12, 13, 15, 16, 17, 7006…) stands for; nil for other AIs or a
    /// malformed value. `currentYear` supplies the century through GS1's sliding window (a year
    /// up to 49 years back or 50 ahead), because the core never reads the clock. A day of 00
    /// means the whole month, so it gives the month's last day: an expiry of 2503 00 is still
    /// good on 31 March.
    public func date(relativeTo currentYear: Int) -> CalendarDate? {
        guard let definition = GS1ApplicationIdentifier.named(ai),
              let first = definition.components.first,
              first.rules.contains(where: { if case .date = $0 { true } else if case .dateAndHour = $0 { true } else { false } }),
              value.unicodeScalars.count >= 6
        else { return nil }
        let digits = value.unicodeScalars.prefix(6).compactMap(CheckDigit.digitValue)
        guard digits.count == 6 else { return nil }
        let (yy, month, day) = (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3], digits[4] * 10 + digits[5])
        let year = Self.year(yy, relativeTo: currentYear)
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: day == 0 ? CalendarDate.days(inMonth: month, year: year) : day)
    }

    /// GS1 General Specifications 7.12: the century that puts a two-digit year between 49 years
    /// before and 50 years after the current one.
    static func year(_ yy: Int, relativeTo currentYear: Int) -> Int {
        let century = currentYear - currentYear % 100
        let difference = yy - currentYear % 100
        if difference >= 51 { return century - 100 + yy }
        if difference <= -50 { return century + 100 + yy }
        return century + yy
    }
}
