/// Readers for the kinds of values import files hold, each returning nil or a message the
/// person can act on. Shared by the mappers so every file reports the same mistake the same way.
enum CSVValue {
    /// A whole number of 0 or more, as typed in a quantity cell (`12`, not `12.0` or `1,200`),
    /// at most `QuantityLimit.maximum`: a larger figure is a typo or a pasted id, and stock that
    /// high would overflow the next receipt.
    static func count(_ text: String) -> Result<Int, Message> {
        guard !text.isEmpty else { return .failure(Message("empty; expected a whole number of 0 or more")) }
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            return .failure(Message("\"\(text)\" is not a whole number of 0 or more"))
        }
        guard let value = Int(text), value <= QuantityLimit.maximum else {
            return .failure(Message("\(text) is more than the station accepts (at most \(QuantityLimit.maximum)); check the figure"))
        }
        return .success(value)
    }

    /// The parts of a `;`-separated list, trimmed, empty parts dropped (a trailing `;` is fine).
    static func list(_ text: String) -> [String] {
        text.split(separator: ";", omittingEmptySubsequences: false)
            .map { CSVTable.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// A mapper's complaint about one value, without its place (the mapper adds that).
    struct Message: Error, Sendable, Hashable {
        let text: String
        init(_ text: String) { self.text = text }
    }
}
