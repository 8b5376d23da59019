extension GS1ParseError {
    /// The kinds of GS1 problem. A struct rather than a public enum so new kinds can be added
    /// without breaking exhaustive switches in other modules.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case empty, missingApplicationIdentifier, unknownApplicationIdentifier, valueTooShort,
                 valueTooLong, invalidCharacter, badCheckDigit, invalidDate, invalidTime, invalidValue,
                 conflictingDuplicate
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Nothing but separators, or nothing at all.
        public static var empty: Self { .init(.empty) }
        /// Something other than AI digits where an AI should start.
        public static var missingApplicationIdentifier: Self { .init(.missingApplicationIdentifier) }
        /// Digits that are no AI the table knows.
        public static var unknownApplicationIdentifier: Self { .init(.unknownApplicationIdentifier) }
        /// Data shorter than the AI requires (a fixed field cut off, an empty variable one).
        public static var valueTooShort: Self { .init(.valueTooShort) }
        /// A variable field longer than its maximum: usually a missing FNC1 separator.
        public static var valueTooLong: Self { .init(.valueTooLong) }
        /// A character outside the AI's character set.
        public static var invalidCharacter: Self { .init(.invalidCharacter) }
        /// A GTIN, SSCC or GLN whose check digit does not match.
        public static var badCheckDigit: Self { .init(.badCheckDigit) }
        /// A YYMMDD that is no day of the calendar.
        public static var invalidDate: Self { .init(.invalidDate) }
        /// An HHMM or similar that is no time of day.
        public static var invalidTime: Self { .init(.invalidTime) }
        /// Data breaking a rule of its AI other than the above.
        public static var invalidValue: Self { .init(.invalidValue) }
        /// The same AI twice with different data.
        public static var conflictingDuplicate: Self { .init(.conflictingDuplicate) }

        public var description: String { base.rawValue }
    }
}
