/// A character typed as Alt + a decimal code on the numeric keypad: the "keypad emulation"
/// mode most scanners offer, which works whatever layout the host has.
///
/// Codes below 128 are ASCII (029 is GS between GS1 fields). 128–255 are taken as raw bytes
/// (a scanner sending UTF-8 byte by byte, or a code page the station cannot know: the bytes are
/// then not UTF-8 and the scan is flagged, never guessed). 256 and above are Unicode scalars.
struct AltKeypadCode: Hashable, Sendable {
    // MARK: Digits

    private(set) var value = 0
    private(set) var digitCount = 0

    /// Keypad digit keys (`KEY_KP0`…`KEY_KP9`) by evdev code.
    static func digit(forKeyCode code: Int) -> Int? {
        switch code {
        case 82: 0
        case 79: 1
        case 80: 2
        case 81: 3
        case 75: 4
        case 76: 5
        case 77: 6
        case 71: 7
        case 72: 8
        case 73: 9
        default: nil
        }
    }

    /// The keypad key for a digit, for encoding.
    static func keyCode(forDigit digit: Int) -> Int {
        [82, 79, 80, 81, 75, 76, 77, 71, 72, 73][digit]
    }

    mutating func append(_ digit: Int) {
        digitCount += 1
        if value <= 0x10FFFF { value = value * 10 + digit }
    }

    // MARK: Result

    /// The bytes the code stands for. A code that is no Unicode scalar gives 0xFF, a byte that
    /// is never UTF-8, so the scan is flagged.
    var bytes: [UInt8] {
        switch value {
        case 0..<256: return [UInt8(value)]
        default:
            guard let scalar = Unicode.Scalar(UInt32(clamping: value)) else { return [0xFF] }
            return Array(String(scalar).utf8)
        }
    }
}
