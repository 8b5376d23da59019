internal import Foundation

extension UUID {
    /// The id as the station stores it: lowercase hex in the 8-4-4-4-12 form, as
    /// `uuidString.lowercased()` gives it, without Foundation's `snprintf` and a second string
    /// (about 7 k instructions an id; a pickup stores two).
    var storedText: String {
        let hex: StaticString = "0123456789abcdef"
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { buffer in
                hex.withUTF8Buffer { digits in
                    var out = 0
                    for (index, byte) in bytes.enumerated() {
                        if index == 4 || index == 6 || index == 8 || index == 10 {
                            buffer[out] = UInt8(ascii: "-")
                            out += 1
                        }
                        buffer[out] = digits[Int(byte >> 4)]
                        buffer[out + 1] = digits[Int(byte & 0x0F)]
                        out += 2
                    }
                    return out
                }
            }
        }
    }
}
