extension GS1ApplicationIdentifier {
    /// One part of an AI's data field as the GS1 Syntax Dictionary describes it, for example
    /// `N6,yymmd0` (six digits forming a date whose day may be 00) or `[X..17]` (up to seventeen
    /// characters of set 82, optional).
    struct Component: Sendable, Hashable {
        /// The characters a component may hold.
        enum Characters: Sendable, Hashable {
            /// ASCII digits.
            case numeric
            /// GS1 AI encodable character set 82: printable ASCII without space, `#$@[\]^`{|}~`.
            case set82
            /// GS1 AI encodable character set 39: digits, capitals, `#`, `-`, `/`.
            case set39
            /// The URL-safe base 64 alphabet with `=` padding (digital signatures).
            case set64
        }

        /// A check beyond the character set; the dictionary calls these linters.
        enum Rule: Sendable, Hashable {
            /// The last digit is the GS1 modulo-10 check digit.
            case checkDigit
            /// YYMMDD; a day of 00 stands for "the month" when `dayMayBeZero`.
            case date(dayMayBeZero: Bool)
            /// YYMMDDHH.
            case dateAndHour
            /// HHMM.
            case hourAndMinute
            /// MM or MMSS.
            case minuteAndOptionalSecond
            /// The single digit 0 (the filler in front of a GRAI).
            case zero
            /// NNTT: piece NN of TT pieces, both at least 1, piece not above total.
            case pieceOfTotal
        }

        var characters: Characters
        var minimumLength: Int
        var maximumLength: Int
        var isOptional: Bool
        var rules: [Rule]

        /// Reads one component of a Syntax Dictionary specification. Unknown linters are ignored:
        /// they check things (country codes, currencies) the station does not rely on.
        init(spec: Substring) {
            var rest = spec
            isOptional = rest.hasPrefix("[")
            var typeText: Substring
            if isOptional {
                guard let close = rest.firstIndex(of: "]") else { preconditionFailure("GS1 table: unclosed [ in \(spec)") }
                typeText = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
            } else {
                typeText = rest.prefix { $0 != "," }
                rest = rest.dropFirst(typeText.count)
            }
            switch typeText.first {
            case "N": characters = .numeric
            case "X": characters = .set82
            case "Y": characters = .set39
            case "Z": characters = .set64
            default: preconditionFailure("GS1 table: unknown character set in \(spec)")
            }
            typeText = typeText.dropFirst()
            if typeText.hasPrefix("..") {
                minimumLength = 1
                maximumLength = Int(typeText.dropFirst(2)) ?? 0
            } else {
                minimumLength = Int(typeText) ?? 0
                maximumLength = minimumLength
            }
            precondition(maximumLength > 0, "GS1 table: bad length in \(spec)")
            rules = rest.split(separator: ",").compactMap { linter in
                switch linter {
                case "csum": .checkDigit
                case "yymmd0": .date(dayMayBeZero: true)
                case "yymmdd": .date(dayMayBeZero: false)
                case "yymmddhh": .dateAndHour
                case "hhmm": .hourAndMinute
                case "mmoptss": .minuteAndOptionalSecond
                case "zero": .zero
                case "pieceoftotal": .pieceOfTotal
                default: nil
                }
            }
        }

        /// Whether `scalar` belongs to this component's character set.
        func allows(_ scalar: Unicode.Scalar) -> Bool {
            switch characters {
            case .numeric: return ("0"..."9").contains(scalar)
            case .set82: return scalar.value >= 0x21 && scalar.value <= 0x7A && !Component.excludedFromSet82.contains(scalar)
            case .set39: return ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || "#-/".unicodeScalars.contains(scalar)
            case .set64:
                return ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                    || "-_=".unicodeScalars.contains(scalar)
            }
        }

        /// Printable ASCII up to `z` that set 82 leaves out.
        private static let excludedFromSet82: Set<Unicode.Scalar> = ["#", "$", "@", "[", "\\", "]", "^", "`"]
    }
}
