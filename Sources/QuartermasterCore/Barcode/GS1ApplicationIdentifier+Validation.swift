// MARK: - Checking data against the AI

extension GS1ApplicationIdentifier {
    /// Checks one AI's data, component by component: length, character set, then the rules
    /// (check digit, date, time). `offset` is where `value` starts in the parsed text, so errors
    /// point at the offending character.
    func validate(_ value: ArraySlice<Unicode.Scalar>, at offset: Int) throws(GS1ParseError) {
        var position = value.startIndex
        for component in components {
            let remaining = value.endIndex - position
            if remaining == 0 && component.isOptional { break }
            let length = min(remaining, component.maximumLength)
            guard length >= component.minimumLength else {
                throw .tooShort(ai, minimum: minimumLength, maximum: maximumLength, found: value.count, at: offset)
            }
            let part = value[position..<(position + length)]
            let partOffset = offset + (position - value.startIndex)
            for index in part.indices where !component.allows(part[index]) {
                throw .invalidCharacter(
                    ai, part[index], digitsOnly: component.characters == .numeric,
                    at: offset + (index - value.startIndex))
            }
            for rule in component.rules {
                try check(rule, String(String.UnicodeScalarView(part)), at: partOffset)
            }
            position += length
        }
        if position < value.endIndex {
            throw .tooLong(ai, maximum: maximumLength, found: value.count, at: offset)
        }
    }

    private func check(_ rule: Component.Rule, _ text: String, at offset: Int) throws(GS1ParseError) {
        let numbers = Self.twoDigitNumbers(text)
        switch rule {
        case .checkDigit:
            guard CheckDigit.isValid(text) else {
                throw .badCheckDigit(
                    ai, digits: text, expected: CheckDigit.compute(text.dropLast()) ?? 0,
                    at: offset + text.unicodeScalars.count - 1)
            }
        case .date(let dayMayBeZero):
            guard Self.isDate(numbers, dayMayBeZero: dayMayBeZero) else { throw .invalidDate(ai, text, at: offset) }
        case .dateAndHour:
            guard numbers.count == 4, Self.isDate(numbers, dayMayBeZero: false), numbers[3] < 24 else {
                throw .invalidDate(ai, text, at: offset)
            }
        case .hourAndMinute:
            guard numbers.count == 2, numbers[0] < 24, numbers[1] < 60 else { throw .invalidTime(ai, text, at: offset) }
        case .minuteAndOptionalSecond:
            guard text.unicodeScalars.count.isMultiple(of: 2), numbers.allSatisfy({ $0 < 60 }) else {
                throw .invalidTime(ai, text, at: offset)
            }
        case .zero:
            guard text == "0" else { throw .invalidValue(ai, text, rule: "must be 0", at: offset) }
        case .pieceOfTotal:
            guard numbers.count == 2, numbers[0] >= 1, numbers[0] <= numbers[1] else {
                throw .invalidValue(ai, text, rule: "is not a piece number within its total", at: offset)
            }
        }
    }

    // MARK: Dates

    /// YYMMDD as GS1 means it: any year, a real month, and a real day of that month, or 00 for
    /// "the whole month" where allowed. The century comes from a sliding window around today
    /// (GS1 General Specifications 7.12), which a pure check cannot know; within 1951…2050 the
    /// leap years are exactly those divisible by four, so the check uses that.
    static func isDate(_ numbers: [Int], dayMayBeZero: Bool) -> Bool {
        guard numbers.count >= 3 else { return false }
        let (year, month, day) = (numbers[0], numbers[1], numbers[2])
        guard (1...12).contains(month) else { return false }
        if day == 0 { return dayMayBeZero }
        return day <= CalendarDate.days(inMonth: month, year: 2000 + year)
    }

    /// "251332" → [25, 13, 32]; digits were checked before, so a trailing odd digit is dropped.
    private static func twoDigitNumbers(_ text: String) -> [Int] {
        let digits = text.unicodeScalars.compactMap(CheckDigit.digitValue)
        return stride(from: 0, to: digits.count - 1, by: 2).map { digits[$0] * 10 + digits[$0 + 1] }
    }
}
