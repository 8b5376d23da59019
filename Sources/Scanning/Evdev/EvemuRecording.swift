/// A recording in the text format of `evemu-record` (package evemu-tools): the device's name
/// and id in header lines, then one line per event, `E: sec.usec type code value` with type and
/// code in hexadecimal.
///
/// It is what an admin attaches to a bug report ("this scan came out wrong") and what our
/// fixtures are: a recording replays through exactly the decoder a grabbed device feeds.
/// Lines other than `N:`, `I:` and `E:` (bit masks, properties, comments) are ignored.
public struct EvemuRecording: Hashable, Sendable {
    // MARK: Contents

    /// The device name from the `N:` line, e.g. "Honeywell Imaging 1900"; nil if absent.
    public var name: String?
    /// Vendor id from the `I:` line (bus vendor product version, hexadecimal).
    public var vendor: Int?
    /// Product id from the `I:` line.
    public var product: Int?
    /// The events in the order recorded.
    public var events: [InputEvent]

    public init(name: String? = nil, vendor: Int? = nil, product: Int? = nil, events: [InputEvent]) {
        self.name = name
        self.vendor = vendor
        self.product = product
        self.events = events
    }

    // MARK: Reading

    /// Parses a recording. A malformed `E:` line is an error naming the line: a recording that
    /// decodes to something is only useful if it decodes to what was recorded.
    ///
    /// `E:` lines are read in place, without allocating per line: recordings of a day's scans
    /// run to millions of events.
    public init(parsing text: String) throws(EvemuRecordingError) {
        var text = text
        text.makeContiguousUTF8()
        var parsed = EvemuRecording(events: [])
        let failure: EvemuRecordingError? = text.utf8.withContiguousStorageIfAvailable { bytes in
            parsed.parse(bytes)
        } ?? nil
        if let failure { throw failure }
        self = parsed
    }

    private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> EvemuRecordingError? {
        events.reserveCapacity(bytes.count / 48)
        var lineStart = 0
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd - lineStart >= 2, bytes[lineStart + 1] == UInt8(ascii: ":") else { continue }
            switch bytes[lineStart] {
            case UInt8(ascii: "E"):
                guard let event = Self.event(bytes, from: lineStart + 2, to: lineEnd) else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                    return .malformedEvent(line: lineNumber, text: text)
                }
                events.append(event)
            case UInt8(ascii: "N"):
                name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(lineStart + 2)..<lineEnd]), as: UTF8.self)
                    .trimmingASCIISpaces()
            case UInt8(ascii: "I"):
                let fields = Self.fields(ArraySlice(bytes[(lineStart + 2)..<lineEnd]))
                if fields.count >= 3 {
                    vendor = Self.integer(fields[1], radix: 16)
                    product = Self.integer(fields[2], radix: 16)
                }
            default:
                continue
            }
        }
        return nil
    }

    /// One `E:` line's fields, read in place: `sec.usec type code value`, anything after them
    /// (evemu writes a `# EV_KEY / KEY_A 1` comment) ignored.
    private static func event(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> InputEvent? {
        var index = start
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }
        func skipSpaces() { while index < end, isSpace(bytes[index]) { index += 1 } }
        func atFieldEnd() -> Bool { index == end || isSpace(bytes[index]) }
        /// Digits in `radix`, at most 18, optionally negative; stops at the first other byte.
        func number(radix: Int, signed: Bool, exactDigits: Int? = nil) -> Int? {
            var negative = false
            if signed, index < end, bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            var value = 0
            var count = 0
            while index < end {
                let byte = bytes[index]
                let digit: Int
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte &- UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = Int(byte &- UInt8(ascii: "a")) + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = Int(byte &- UInt8(ascii: "A")) + 10
                default: digit = -1
                }
                guard digit >= 0 else { break }
                value = value * radix + digit
                count += 1
                index += 1
                guard count <= 18 else { return nil }
            }
            guard count > 0, exactDigits.map({ $0 == count }) ?? true else { return nil }
            return negative ? -value : value
        }
        skipSpaces()
        guard let seconds = number(radix: 10, signed: true), index < end, bytes[index] == UInt8(ascii: ".") else {
            return nil
        }
        index += 1
        guard let micros = number(radix: 10, signed: false, exactDigits: 6), atFieldEnd() else { return nil }
        skipSpaces()
        guard let type = number(radix: 16, signed: false), atFieldEnd() else { return nil }
        skipSpaces()
        guard let code = number(radix: 16, signed: false), atFieldEnd() else { return nil }
        skipSpaces()
        guard let value = number(radix: 10, signed: true), atFieldEnd() else { return nil }
        return InputEvent(
            time: InputEvent.time(seconds: Int64(seconds), microseconds: Int64(micros)),
            type: InputEventType(rawValue: type), code: code, value: value)
    }

    private static func fields(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        for field in line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
            if field.first == UInt8(ascii: "#") { break }
            result.append(field)
        }
        return result
    }

    /// A plain integer without Foundation: decimal (optionally negative) or hexadecimal digits.
    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int) -> Int? {
        var digits = digits
        var negative = false
        if digits.first == UInt8(ascii: "-") {
            negative = true
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            value = value * radix + digit
        }
        return negative ? -value : value
    }

    // MARK: Writing

    /// The recording as `evemu-record` writes it (header, then events with their names as
    /// comments), so our fixtures look like what an admin sends us and replay in evemu-play.
    public var text: String {
        var out = "# EVEMU 1.3\n"
        out += "N: \(name ?? "Quartermaster recording")\n"
        out += "I: 0003 \(Self.hex(vendor ?? 0, width: 4)) \(Self.hex(product ?? 0, width: 4)) 0110\n"
        for event in events {
            out += Self.line(for: event)
        }
        return out
    }

    /// One `E:` line, with evemu's comment naming the code.
    public static func line(for event: InputEvent) -> String {
        let micros = String(event.microseconds + 1_000_000).dropFirst()
        var line = "E: \(event.seconds).\(micros) \(hex(event.type.rawValue, width: 4)) \(hex(event.code, width: 4)) \(event.value)"
        if event.type == .synchronization, event.code == InputEvent.synReport {
            line += "\t# ------------ SYN_REPORT (0) ---------- +0ms"
        } else if let name = InputEventCode.name(type: event.type, code: event.code) {
            line += "\t# \(event.type) / \(name.padding(16)) \(event.value)"
        }
        return line + "\n"
    }

    private static func hex(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension String {
    fileprivate func trimmingASCIISpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }

    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
