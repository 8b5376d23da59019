// MARK: - TerminalText + JSON

extension TerminalText {
    /// A JSON document with every scalar `needsEscaping(_:)` names written as a JSON `\uXXXX`
    /// escape (a surrogate pair above U+FFFF): the same value for a program that parses it, and
    /// inert on a terminal. JSON encoders escape only C0 controls, so a DEL, a C1 control or a
    /// bidi override in a scanned code would otherwise reach the screen from `--json` output.
    ///
    /// Only valid JSON may be given: outside strings JSON is ASCII, so every such scalar sits in
    /// a string, where the escape means the same scalar.
    public static func escapedJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscaping) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscaping(scalar) else {
                result.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let digits = String(unit, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).unicodeScalars)
            }
        }
        return String(result)
    }
}
