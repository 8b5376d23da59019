/// Assembles typed characters into one scan, ended by Enter. A keyboard-wedge scanner types
/// exactly like a person, so both arrive here.
public struct ScanLine: Sendable {
    /// Longest scan accepted (issue: longer ones are cut off and refused).
    public static let limit = 4096

    /// What Enter produced.
    public enum Submission: Sendable, Hashable {
        case scan(String)
        /// Enter on an empty line: the keeper's "yes".
        case empty
        /// More than `limit` characters arrived; the first ones are kept to show.
        case tooLong(prefix: String)
    }

    public private(set) var text = ""
    private var overflowed = false

    public init() {}

    public mutating func type(_ character: Character) {
        guard text.count < Self.limit else {
            overflowed = true
            return
        }
        text.append(character)
    }

    public mutating func backspace() {
        if !text.isEmpty { text.removeLast() }
    }

    public mutating func clear() {
        text = ""
        overflowed = false
    }

    public mutating func submit() -> Submission {
        defer { clear() }
        if overflowed { return .tooLong(prefix: String(text.prefix(32))) }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? .empty : .scan(trimmed)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
