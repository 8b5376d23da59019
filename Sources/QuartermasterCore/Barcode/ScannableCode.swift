/// What a code the station registers (a badge, an item code or barcode, a requisition number, an
/// asset tag, a location) must be for a scanner to send it: no control character, no invisible
/// format character (a bidi override U+202E, a zero-width space) and no line break. A code
/// holding one could never be scanned, and would reach screens and slips disguised; imports
/// refuse it at its line.
public enum ScannableCode {
    /// Why `code` cannot be a scanned code, for an import error; nil when it can.
    public static func problem(_ code: String) -> String? {
        guard let scalar = code.unicodeScalars.first(where: TerminalText.needsEscaping) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "\"\(TerminalText.escaped(code))\" holds the invisible character U+\(padded), which no scanner sends; retype the code"
    }
}
