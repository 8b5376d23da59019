/// A piece of a file name made from text someone else supplied (a requisition number from an
/// imported CSV, an asset tag), safe to put between a folder and an extension.
///
/// An imported requisition number `../../etc/x` must not write outside `DIR/out/`, and one with a
/// newline or an ESC must not end up in a name that garbles `ls`. The component keeps letters,
/// digits and marks of every script (`领用-2024-一` stays readable), `-`, `_`, `+`, and a dot
/// right after a letter or digit (`v1.2`); anything else, the path separator first, becomes
/// `_`, so the name is never hidden, never `.` or `..`, and never leaves its folder. When something had to change, a short hash of the
/// original text is appended, so `a/b` and `a_b` (or `a:b`) never share a file.
public enum SafeFileName {
    /// The most UTF-8 bytes kept from `text` before the hash: well under `NAME_MAX` (255) with
    /// a timestamp and an extension after it.
    public static let maximumBytes = 96

    /// `text` as a safe file-name component; never empty, never containing `/`.
    public static func component(_ text: String) -> String {
        var result = ""
        var changed = false
        var bytes = 0
        var afterLetterOrDigit = false
        for character in text {
            let kept = character == "." ? afterLetterOrDigit : isKept(character)
            afterLetterOrDigit = kept && character != "." && character != "-" && character != "_" && character != "+"
            let piece = kept ? String(character) : "_"
            if !kept { changed = true }
            if bytes + piece.utf8.count > maximumBytes {
                changed = true
                break
            }
            result += piece
            bytes += piece.utf8.count
        }
        if result.isEmpty {
            result = "_"
            changed = true
        }
        return changed ? result + "-" + hash(text) : result
    }

    // MARK: Helpers

    private static func isKept(_ character: Character) -> Bool {
        if character == "-" || character == "_" || character == "+" { return true }
        guard let base = character.unicodeScalars.first else { return false }
        guard base.properties.isAlphabetic || base.properties.numericType != nil else { return false }
        // Every scalar of the cluster must be harmless too: no joiner or override riding along.
        return character.unicodeScalars.allSatisfy { scalar in
            !TerminalText.needsEscaping(scalar) && scalar != "/" && scalar != "\\"
        }
    }

    /// FNV-1a (32 bits) of the text's UTF-8, as 8 hex digits: stable across runs and machines,
    /// so the same number always gets the same file name.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
