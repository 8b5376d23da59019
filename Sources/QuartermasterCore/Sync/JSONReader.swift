/// JSON read straight from its UTF-8 bytes, value by value, for the centre's push path: a
/// batch body and every payload in it are read once each, into the fields wanted, without the
/// tree of boxed values and the `Codable` machinery `JSONDecoder` goes through per call (it was
/// the centre's largest CPU cost per batch). What it accepts is RFC 8259 JSON, as
/// `JSONDecoder` does: keys in any order, unknown keys skipped, escapes (surrogate pairs
/// included) decoded; strings read are checked to be UTF-8. Nesting deeper than
/// `maximumDepth` is refused rather than followed.
///
/// A reader exists only inside `read(_:_:)`, over bytes that outlive it.
public struct JSONReader {
    /// Why a document could not be read; `path` is filled in by whoever knows the fields.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable {
            /// Not JSON at all (or not UTF-8), at `offset`.
            case syntax
            /// Valid JSON, but another kind of value than the one wanted.
            case wrongType
            /// `null` where a value is required.
            case null
        }
        public var kind: Kind
        public var offset: Int
        public var description: String
    }

    public enum ValueKind: Sendable, Hashable {
        case object, array, string, number, bool, null
    }

    public static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads one document from `text` with `body`, which must read or skip its one value;
    /// anything but whitespace after it is refused.
    public static func read<T>(_ text: String, _ body: (inout JSONReader) throws -> T) throws -> T {
        var text = text
        return try text.withUTF8 { try read($0, body) }
    }

    public static func read<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout JSONReader) throws -> T) throws -> T {
        var reader = JSONReader(bytes)
        let value = try body(&reader)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.failure(.syntax, "unexpected text after the value") }
        return value
    }

    // MARK: Values

    /// The kind of the next value, without reading it.
    public mutating func peek() throws -> ValueKind {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.syntax, "the text ends where a value should be") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw failure(.syntax, "no JSON value starts here")
        }
    }

    /// Consumes a `null` and says so; anything else is left to be read.
    public mutating func null() throws -> Bool {
        guard try peek() == .null else { return false }
        try literal("null")
        return true
    }

    /// Calls `body` with each key of an object, the reader at that key's value, which `body`
    /// must read or skip.
    public mutating func object(_ body: (_ key: String, _ reader: inout JSONReader) throws -> Void) throws {
        try expect(.object, "an object")
        try nest()
        index += 1
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return unnest() }
        while true {
            guard try peek() == .string else { throw failure(.syntax, "an object's key must be a string") }
            let key = try string()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure(.syntax, "a key must be followed by ':'") }
            try body(key, &self)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return unnest() }
            throw failure(.syntax, "expected ',' or '}' in an object")
        }
    }

    /// Calls `body` once per element of an array, the reader at the element, with its index.
    public mutating func array(_ body: (_ index: Int, _ reader: inout JSONReader) throws -> Void) throws {
        try expect(.array, "an array")
        try nest()
        index += 1
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return unnest() }
        var position = 0
        while true {
            try body(position, &self)
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return unnest() }
            throw failure(.syntax, "expected ',' or ']' in an array")
        }
    }

    public mutating func string() throws -> String {
        try expect(.string, "a string")
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                guard let text else { throw failure(.syntax, "a string is not UTF-8") }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw failure(.syntax, "a control character inside a string") }
            index += 1
        }
        throw failure(.syntax, "a string is not closed")
    }

    public mutating func bool() throws -> Bool {
        try expect(.bool, "true or false")
        if bytes[index] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// A whole number; a fraction or exponent is taken only when the value is whole and fits.
    public mutating func int64() throws -> Int64 {
        try expect(.number, "a number")
        let start = index
        let negative = consume(UInt8(ascii: "-"))
        var value: Int64 = 0
        var fits = true
        let digits = index
        while index < bytes.count, case let byte = bytes[index], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            // Accumulated negative, so Int64.min fits too.
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowMinus) = times.subtractingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            if overflowTimes || overflowMinus { fits = false }
            value = next
            index += 1
        }
        guard index > digits else { throw failure(.syntax, "a number has no digits") }
        guard bytes[digits] != UInt8(ascii: "0") || index == digits + 1 else { throw failure(.syntax, "a number has a leading zero") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index = start
            try skipNumber()
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard let double = Double(text), double.rounded() == double, let whole = Int64(exactly: double) else {
                throw failure(.wrongType, "\(text) is not a whole number", at: start)
            }
            return whole
        }
        if !negative {
            let (positive, overflow) = Int64(0).subtractingReportingOverflow(value)
            guard fits, !overflow else { throw failure(.wrongType, "the number does not fit in 64 bits", at: start) }
            return positive
        }
        guard fits else { throw failure(.wrongType, "the number does not fit in 64 bits", at: start) }
        return value
    }

    public mutating func int() throws -> Int {
        let start = index
        guard let value = Int(exactly: try int64()) else { throw failure(.wrongType, "the number does not fit", at: start) }
        return value
    }

    /// A string, or nil for `null` (what `decodeIfPresent` gives for a key that is there).
    public mutating func optionalString() throws -> String? {
        try null() ? nil : string()
    }

    /// Passes over the next value, whatever it is, checking that it is JSON.
    public mutating func skip() throws {
        switch try peek() {
        case .object: try object { _, reader in try reader.skip() }
        case .array: try array { _, reader in try reader.skip() }
        case .string: try skipString()
        case .number: try skipNumber()
        case .bool: _ = try bool()
        case .null: try literal("null")
        }
    }

    // MARK: Pieces

    private mutating func expect(_ kind: ValueKind, _ wanted: String) throws {
        let found = try peek()
        guard found == kind else {
            throw failure(found == .null ? .null : .wrongType, "expected \(wanted), found \(found)")
        }
    }

    /// Depth is counted on the reader, so a hostile body cannot exhaust the stack.
    private var depth = 0

    private mutating func nest() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure(.syntax, "nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func unnest() { depth -= 1 }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let length = word.utf8CodeUnitCount
        let matches = bytes.count - index >= length && word.withUTF8Buffer { expected in
            UnsafeBufferPointer(rebasing: bytes[index..<index + length]).elementsEqual(expected)
        }
        guard matches else { throw failure(.syntax, "not a JSON value") }
        index += length
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func skipNumber() throws {
        _ = consume(UInt8(ascii: "-"))
        let first = index
        let whole = digits()
        guard whole > 0 else { throw failure(.syntax, "a number has no digits") }
        guard bytes[first] != UInt8(ascii: "0") || whole == 1 else { throw failure(.syntax, "a number has a leading zero") }
        if consume(UInt8(ascii: ".")) {
            guard digits() > 0 else { throw failure(.syntax, "a number's fraction has no digits") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard digits() > 0 else { throw failure(.syntax, "a number's exponent has no digits") }
        }
    }

    /// A skipped string's escapes are checked, its text is not decoded.
    private mutating func skipString() throws {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"): _ = try escape()
            case ..<0x20: throw failure(.syntax, "a control character inside a string", at: index - 1)
            default: continue
            }
        }
        throw failure(.syntax, "a string is not closed")
    }

    private mutating func escapedString(from start: Int) throws -> String {
        // The runs between escapes are copied whole, not byte by byte: a payload inside a push
        // is a string full of escaped quotes.
        var decoded: [UInt8] = []
        decoded.reserveCapacity(index - start + 64)
        var run = start
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                index += 1
                guard let text = String(validating: decoded, as: UTF8.self) else { throw failure(.syntax, "a string is not UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                index += 1
                let scalar = try escape()
                UTF8.encode(scalar) { decoded.append($0) }
                run = index
            case ..<0x20:
                throw failure(.syntax, "a control character inside a string", at: index)
            default:
                index += 1
            }
        }
        throw failure(.syntax, "a string is not closed")
    }

    /// The escape after a backslash, as the scalar it stands for.
    private mutating func escape() throws -> Unicode.Scalar {
        guard index < bytes.count else { throw failure(.syntax, "a string is not closed") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex4()
            if (0xD800...0xDBFF).contains(unit) {
                guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else { throw failure(.syntax, "a lone surrogate in a string") }
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure(.syntax, "a lone surrogate in a string") }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(unit) else { throw failure(.syntax, "a lone surrogate in a string") }
            return scalar
        default:
            throw failure(.syntax, "an unknown escape in a string", at: index - 1)
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure(.syntax, "a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(.syntax, "a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func failure(_ kind: Failure.Kind, _ what: String, at offset: Int? = nil) -> Failure {
        let offset = offset ?? index
        return Failure(kind: kind, offset: offset, description: "\(what) (at byte \(offset))")
    }
}
