extension GS1ElementString {
    /// Walks the scalars of one element string. Offsets are indices into `scalars`, which are
    /// characters for any valid GS1 data (it is all ASCII).
    struct Parser {
        static let groupSeparator: Unicode.Scalar = "\u{1D}"

        let scalars: [Unicode.Scalar]
        private var elements: [GS1Element] = []

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        // MARK: Transmitted form

        /// `01095011015300031725010110ABC<GS>21XYZ`: AIs found by their digits, fixed fields
        /// by their length, variable fields ended by GS or the end.
        mutating func parseTransmitted() throws(GS1ParseError) -> [GS1Element] {
            var index = 0
            while index < scalars.count {
                if scalars[index] == Self.groupSeparator {
                    index += 1
                    continue
                }
                let definition = try applicationIdentifier(at: index)
                let valueStart = index + definition.ai.count
                var valueEnd = valueStart
                let limit = definition.isFixedLength ? min(scalars.count, valueStart + definition.maximumLength) : scalars.count
                while valueEnd < limit, scalars[valueEnd] != Self.groupSeparator { valueEnd += 1 }
                try append(definition, scalars[valueStart..<valueEnd], at: valueStart, aiAt: index)
                index = valueEnd
            }
            guard !elements.isEmpty else { throw .empty(at: 0) }
            return elements
        }

        /// The AI starting at `index`: AIs are prefix-free, so the first of the two-, three- and
        /// four-digit readings that the table knows is the one.
        private func applicationIdentifier(at index: Int) throws(GS1ParseError) -> GS1ApplicationIdentifier {
            var digits = ""
            for length in 1...4 {
                let position = index + length - 1
                guard position < scalars.count, CheckDigit.digitValue(scalars[position]) != nil else {
                    guard length > 2 else {
                        throw .missingAI(found: position < scalars.count ? scalars[position] : nil, at: position)
                    }
                    break
                }
                digits.unicodeScalars.append(scalars[position])
                if length >= 2, let definition = GS1ApplicationIdentifier.named(digits) { return definition }
            }
            throw .unknownAI(digits, at: index)
        }

        // MARK: Bracketed form

        /// `(01)09501101530003(10)ABC`: a field's data runs to the next bracketed AI or the end.
        /// Data that itself contains "(" followed by digits and ")" cannot be told apart from
        /// the next AI; GS1 data almost never does.
        mutating func parseBracketed() throws(GS1ParseError) -> [GS1Element] {
            var index = 0
            while index < scalars.count {
                guard let (digits, valueStart) = Self.bracketedAI(in: scalars[...], at: index) else {
                    throw .malformedBracket(at: index)
                }
                guard let definition = GS1ApplicationIdentifier.named(digits) else { throw .unknownAI(digits, at: index + 1) }
                var valueEnd = valueStart
                while valueEnd < scalars.count, Self.bracketedAI(in: scalars[...], at: valueEnd) == nil { valueEnd += 1 }
                try append(definition, scalars[valueStart..<valueEnd], at: valueStart, aiAt: index + 1)
                index = valueEnd
            }
            guard !elements.isEmpty else { throw .empty(at: 0) }
            return elements
        }

        /// The digits of "(NN)", "(NNN)" or "(NNNN)" at `index` and where the data after it
        /// starts, or nil when no bracketed AI starts there.
        static func bracketedAI(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (String, Int)? {
            guard index < scalars.endIndex, scalars[index] == "(" else { return nil }
            var digits = ""
            var position = index + 1
            while position < scalars.endIndex, digits.unicodeScalars.count < 4,
                  CheckDigit.digitValue(scalars[position]) != nil {
                digits.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard digits.unicodeScalars.count >= 2, position < scalars.endIndex, scalars[position] == ")" else { return nil }
            return (digits, position + 1)
        }

        // MARK: Both forms

        /// Checks the data and keeps the element. An AI may repeat only with the same data: two
        /// different expiry dates on one label leave no way to know which is right.
        private mutating func append(
            _ definition: GS1ApplicationIdentifier, _ value: ArraySlice<Unicode.Scalar>, at offset: Int, aiAt aiOffset: Int
        ) throws(GS1ParseError) {
            try definition.validate(value, at: offset)
            let element = GS1Element(ai: definition.ai, value: String(String.UnicodeScalarView(value)))
            if let earlier = elements.first(where: { $0.ai == element.ai }) {
                guard earlier.value == element.value else {
                    throw .conflictingDuplicate(element.ai, first: earlier.value, second: element.value, at: aiOffset)
                }
                return
            }
            elements.append(element)
        }
    }
}
