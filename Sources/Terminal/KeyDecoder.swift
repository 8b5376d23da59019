/// Turns the bytes a terminal sends into `Key`s.
///
/// Pure and incremental: bytes may arrive one at a time or many keys per read, and a UTF-8
/// character or escape sequence may be split across reads. The one thing bytes alone cannot
/// tell is whether an ESC is the Escape key or the start of a sequence: the decoder holds it
/// back and `flush()` releases it; the reader calls `flush()` after about 50 ms of silence.
///
/// Understands the Linux console (`ESC [[A` for F1, `ESC [1~` for Home), xterm (`ESC OP`,
/// `ESC [15~`, `ESC [1;5A` with modifiers, which are ignored) and VT220/rxvt (`ESC [11~`).
/// Sequences it does not know are swallowed whole, so a stray report or an Alt+key never
/// types its tail as text.
public struct KeyDecoder: Sendable {
    // MARK: State

    private enum State: Sendable, Hashable {
        case ground
        /// After ESC.
        case escape
        /// After `ESC [`: parameter and intermediate bytes so far; `nil` once too long to matter.
        case controlSequence([UInt8]?)
        /// After `ESC [ [`: the Linux console's F1–F5.
        case linuxFunctionKey
        /// After `ESC O` (SS3): modifier digits so far.
        case singleShift([UInt8]?)
        /// Inside a multi-byte UTF-8 character.
        case utf8(UTF8Progress)
        /// Inside a control string (`ESC ]` OSC, `ESC P` DCS, `ESC X`, `ESC ^`, `ESC _`),
        /// which ends at BEL or `ESC \\`; `afterEscape` once its ESC arrived.
        case controlString(afterEscape: Bool)
        /// After `ESC [ M`, an X10 mouse report: this many raw bytes still to swallow.
        case mouseReport(remaining: Int)
    }

    private struct UTF8Progress: Sendable, Hashable {
        var scalar: UInt32
        var remaining: Int
        /// The range the next continuation byte must fall in (narrower right after some leads,
        /// to reject overlong forms and surrogates as Unicode requires).
        var next: ClosedRange<UInt8>
    }

    private var state: State = .ground
    /// The previous byte was CR: an LF (or a NUL, as telnet sends) right after it is part of
    /// the same Enter.
    private var afterCarriageReturn = false
    /// ESC followed by an ordinary key is Alt+key, which the kiosk does not use: the key that
    /// follows is dropped rather than typed.
    private var dropNextKey = false

    /// The longest parameter string kept for a sequence; real keys need a handful of bytes.
    private static let parameterLimit = 16

    public init() {}

    /// Whether bytes are held back waiting for more (a lone ESC, half a sequence or half a
    /// character). The reader uses this to decide when to start its silence timer.
    public var hasPendingInput: Bool { state != .ground }

    // MARK: Feeding

    /// Decodes `bytes` and returns the keys they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        for byte in bytes {
            consume(byte, into: &keys)
        }
        return keys
    }

    /// Ends whatever is pending because the terminal went quiet: a held ESC becomes `.escape`,
    /// half a UTF-8 character becomes U+FFFD, half an escape sequence is dropped.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        switch state {
        case .escape:
            emit(.escape, into: &keys)
        case .utf8:
            emit(.character("\u{FFFD}"), into: &keys)
        case .ground, .controlSequence, .linuxFunctionKey, .singleShift, .controlString, .mouseReport:
            break
        }
        state = .ground
        afterCarriageReturn = false
        dropNextKey = false
        return keys
    }

    // MARK: Bytes

    private mutating func consume(_ byte: UInt8, into keys: inout [Key]) {
        let followsCarriageReturn = afterCarriageReturn
        afterCarriageReturn = false

        switch state {
        case .ground:
            ground(byte, followsCarriageReturn: followsCarriageReturn, into: &keys)

        case .escape:
            switch byte {
            case UInt8(ascii: "["):
                state = .controlSequence([])
            case UInt8(ascii: "O"):
                state = .singleShift([])
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                // A title, a palette, a terminal's answer: its text must never be typed.
                state = .controlString(afterEscape: false)
            case 0x1B:
                // Escape pressed twice: the first is certainly a key, the second may start a
                // sequence.
                emit(.escape, into: &keys)
            default:
                state = .ground
                dropNextKey = true
                ground(byte, followsCarriageReturn: false, into: &keys)
            }

        case .controlSequence(let parameters):
            switch byte {
            case UInt8(ascii: "[") where parameters == []:
                state = .linuxFunctionKey
            case UInt8(ascii: "M") where parameters == []:
                // Its three bytes (button, column, row) are printable: swallow them.
                state = .mouseReport(remaining: 3)
            case 0x20...0x3F:
                state = .controlSequence(Self.appending(byte, to: parameters))
            case 0x40...0x7E:
                state = .ground
                if let parameters, let key = Self.controlSequenceKey(parameters, final: byte) {
                    emit(key, into: &keys)
                }
            default:
                // Not part of any sequence (a control or non-ASCII byte): the sequence was
                // broken off. Drop it and read the byte afresh.
                state = .ground
                consume(byte, into: &keys)
            }

        case .linuxFunctionKey:
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "E"):
                state = .ground
                emit(.function(Int(byte - UInt8(ascii: "A")) + 1), into: &keys)
            case 0x40...0x7E:
                state = .ground
            default:
                state = .ground
                consume(byte, into: &keys)
            }

        case .singleShift(let parameters):
            switch byte {
            case 0x30...0x3F:
                state = .singleShift(Self.appending(byte, to: parameters))
            case 0x40...0x7E:
                state = .ground
                if parameters != nil, let key = Self.singleShiftKey(final: byte) {
                    emit(key, into: &keys)
                }
            default:
                state = .ground
                consume(byte, into: &keys)
            }

        case .controlString(let afterEscape):
            switch byte {
            case 0x07:
                state = .ground
            case UInt8(ascii: "\\") where afterEscape:
                state = .ground
            default:
                state = .controlString(afterEscape: byte == 0x1B)
            }

        case .mouseReport(let remaining):
            state = remaining > 1 ? .mouseReport(remaining: remaining - 1) : .ground

        case .utf8(var progress):
            guard progress.next.contains(byte) else {
                // Broken character: report it, then read this byte afresh.
                state = .ground
                emit(.character("\u{FFFD}"), into: &keys)
                consume(byte, into: &keys)
                return
            }
            progress.scalar = progress.scalar << 6 | UInt32(byte & 0x3F)
            progress.remaining -= 1
            progress.next = 0x80...0xBF
            if progress.remaining == 0 {
                state = .ground
                let scalar = Unicode.Scalar(progress.scalar) ?? "\u{FFFD}"
                emit(.character(Character(scalar)), into: &keys)
            } else {
                state = .utf8(progress)
            }
        }
    }

    private mutating func ground(_ byte: UInt8, followsCarriageReturn: Bool, into keys: inout [Key]) {
        if followsCarriageReturn && (byte == 0x0A || byte == 0x00) { return }
        switch byte {
        case 0x1B:
            state = .escape
        case 0x0D:
            emit(.enter, into: &keys)
            afterCarriageReturn = true
        case 0x0A:
            emit(.enter, into: &keys)
        case 0x09:
            emit(.tab, into: &keys)
        case 0x08, 0x7F:
            emit(.backspace, into: &keys)
        case 0x00:
            emit(.control("@"), into: &keys)
        case 0x01...0x1A:
            emit(.control(Character(Unicode.Scalar(byte - 1 + UInt8(ascii: "a")))), into: &keys)
        case 0x1C...0x1F:
            emit(.control(Character(Unicode.Scalar(byte - 0x1C + UInt8(ascii: "\\")))), into: &keys)
        case 0x20...0x7E:
            emit(.character(Character(Unicode.Scalar(byte))), into: &keys)
        case 0xC2...0xDF:
            state = .utf8(UTF8Progress(scalar: UInt32(byte & 0x1F), remaining: 1, next: 0x80...0xBF))
        case 0xE0...0xEF:
            let next: ClosedRange<UInt8> = byte == 0xE0 ? 0xA0...0xBF : byte == 0xED ? 0x80...0x9F : 0x80...0xBF
            state = .utf8(UTF8Progress(scalar: UInt32(byte & 0x0F), remaining: 2, next: next))
        case 0xF0...0xF4:
            let next: ClosedRange<UInt8> = byte == 0xF0 ? 0x90...0xBF : byte == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            state = .utf8(UTF8Progress(scalar: UInt32(byte & 0x07), remaining: 3, next: next))
        default:
            // A stray continuation byte, an overlong lead (C0, C1) or a byte UTF-8 never uses.
            emit(.character("\u{FFFD}"), into: &keys)
        }
    }

    private mutating func emit(_ key: Key, into keys: inout [Key]) {
        if dropNextKey {
            dropNextKey = false
        } else {
            keys.append(key)
        }
    }

    // MARK: Sequences

    private static func appending(_ byte: UInt8, to parameters: [UInt8]?) -> [UInt8]? {
        guard var parameters, parameters.count < parameterLimit else { return nil }
        parameters.append(byte)
        return parameters
    }

    /// The key for `ESC [ parameters final`, or `nil` for sequences that are not keys.
    private static func controlSequenceKey(_ parameters: [UInt8], final: UInt8) -> Key? {
        // Only digits and semicolons: private markers (`?`, `<`) and intermediates mean
        // reports and mouse events, never keys.
        guard parameters.allSatisfy({ $0 == UInt8(ascii: ";") || (0x30...0x39).contains($0) }) else {
            return nil
        }
        let numbers = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            .map { Int(String(decoding: $0, as: UTF8.self)) }
        let first = numbers.first ?? nil
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "P")...UInt8(ascii: "S"):
            // xterm's F1–F4 with modifiers (`ESC [1;2P`). `ESC [row;colR` is a cursor report.
            guard first == nil || first == 1 else { return nil }
            return .function(Int(final - UInt8(ascii: "P")) + 1)
        case UInt8(ascii: "~"):
            guard let first else { return nil }
            return tildeKey(first)
        default:
            return nil
        }
    }

    /// The key for `ESC [ n ~`, the VT220 editing and function keys.
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }

    /// The key for `ESC O final`: xterm's F1–F4, and cursor and keypad keys in application mode.
    private static func singleShiftKey(final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): .function(Int(final - UInt8(ascii: "P")) + 1)
        case UInt8(ascii: "j")...UInt8(ascii: "y"):
            // The numeric keypad in application mode: `*+,-./` and the digits.
            .character(Character(Unicode.Scalar(final - UInt8(ascii: "j") + UInt8(ascii: "*"))))
        default: nil
        }
    }
}
