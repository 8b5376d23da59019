internal import Crypto

/// Enrolment codes and tokens: random from the system's generator, and stored only as their
/// SHA-256 (hex), so a copy of the centre's database lets nobody push as a station. A plain
/// hash is enough (no salt, no stretching): both are 80+ random bits, not passwords.
enum CentralSecret {
    /// Crockford's base32 without I, L, O, U: nothing to misread when an admin reads a code
    /// out over the phone.
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A one-time enrolment code: 20 symbols (100 bits) in groups of five, `7KQ2M-…`.
    static func enrolmentCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let symbols = (0..<20).map { _ in alphabet[Int(generator.next(upperBound: UInt8(alphabet.count)))] }
        return stride(from: 0, to: symbols.count, by: 5).map { String(symbols[$0..<$0 + 5]) }.joined(separator: "-")
    }

    /// A long-lived token: 32 random bytes as lowercase hex, with a prefix so a token pasted
    /// into the wrong place is recognisable (`qmt_` a station's, `qma_` an admin's).
    static func token(prefix: String = "qmt_") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + hex(bytes)
    }

    /// An administrator's token (`central admin add`).
    static func adminToken() -> String { token(prefix: "qma_") }

    /// The code as typed: case, spaces and dashes do not matter.
    static func normalisedCode(_ code: String) -> String {
        code.uppercased().filter { $0 != "-" && !$0.isWhitespace }
    }

    /// What the centre stores in place of the secret.
    static func hash(_ secret: String) -> String {
        hex(SHA256.hash(data: Array(secret.utf8)))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
