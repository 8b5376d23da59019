import Foundation
import QuartermasterCore
import Testing

/// `PushRequest(json:)` and `JSONReader` promise what `JSONDecoder` gives, for every body a
/// station or anything else may send: so each case is decoded both ways and compared.
@Suite("Push bodies read with JSONReader as JSONDecoder reads them")
struct PushRequestJSONTests {
    static func read(_ body: String) throws -> PushRequest {
        var body = body
        return try body.withUTF8 { try PushRequest(json: $0) }
    }

    static func decoded(_ body: String) throws -> PushRequest {
        try JSONDecoder().decode(PushRequest.self, from: Data(body.utf8))
    }

    /// Text a station may carry: Chinese, quotes, commas, backslashes, controls, emoji
    /// (a surrogate pair when escaped), slashes, DEL.
    static let texts = [
        "", "张伟", "复印纸, \"A4\"", "C:\\路径\\文件", "行1\n行2\t\r", "\u{01}\u{1F}\u{7F}", "😀 表情", "a/b", "{\"nested\":[1,2]}",
    ]

    static func events(_ seed: UInt64) -> [SyncEvent] {
        var random = SplitMix(seed)
        return (0..<Int(random.next() % 8)).map { index in
            let text = texts[Int(random.next() % UInt64(texts.count))]
            return SyncEvent(
                id: UUID().uuidString.lowercased(), station: "一楼库房-\(text)", sequence: Int64(index + 1) * 1_000_003,
                actor: String(random.next() % 1_000_000), time: Int64(bitPattern: random.next()) / 2, kind: "pickup.confirmed",
                payload: #"{"note":"\#(text.debugDescription)","picks":[{"itemCode":"A4-80","quantity":-3}]}"#)
        }
    }

    @Test("Encoded bodies, any key order, read to the same events", arguments: 0..<40)
    func encodedBodies(seed: Int) throws {
        let request = PushRequest(events: Self.events(UInt64(seed)))
        for formatting in [JSONEncoder.OutputFormatting(), [.sortedKeys], [.withoutEscapingSlashes], [.prettyPrinted, .sortedKeys]] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let body = String(decoding: try encoder.encode(request), as: UTF8.self)
            #expect(try Self.read(body) == request)
            #expect(try Self.read(body) == Self.decoded(body))
        }
    }

    @Test("A station's push body is byte for byte what JSONEncoder writes in the sync API's form", arguments: 0..<40)
    func writtenBodies(seed: Int) throws {
        let request = PushRequest(events: Self.events(UInt64(seed)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(request.json() == Array(try encoder.encode(request)))
        #expect(try Self.read(String(decoding: request.json(), as: UTF8.self)) == request)
    }

    @Test("Escapes, whitespace, unknown keys and numbers in every form JSON allows", arguments: [
        #"{"events":[]}"#,
        #" { "events" : [ ] , "extra" : { "a" : [ null , true , false , -0.5e+3 , "\u00e9" ] } } "#,
        #"{"events":[{"id":"\u0041\u4e2d\ud83d\ude00\/\b\f\n\r\t\"\\","station":"s","sequence":1,"actor":"","time":-9223372036854775808,"kind":"k","payload":"{}","later":1}]}"#,
        #"{"extra":"first","events":[{"payload":"p","kind":"k","time":1.0,"actor":"a","sequence":2e0,"station":"s","id":"x"}]}"#,
        #"{"events":[{"id":"x","station":"s","sequence":9223372036854775807,"actor":"a","time":0,"kind":"k","payload":""}]}"#,
    ])
    func handWritten(body: String) throws {
        #expect(try Self.read(body) == Self.decoded(body))
    }

    /// Each bad body is refused by both; `PushRequest(json:)` names the field at fault with the
    /// error case `JSONWire.describe` turns into a sentence (`JSONDecoder` sometimes says only
    /// "not valid JSON", as it does for 1.5 where a whole number belongs).
    @Test("Bad bodies are refused, as JSONDecoder refuses them, naming the field", arguments: [
        (#"{"events":[{"id":"x","station":"s","sequence":1,"actor":"a","time":0,"kind":"k"}]}"#, "keyNotFound events.0.payload"),
        (#"{"events":[{"id":"x","station":"s","sequence":"1","actor":"a","time":0,"kind":"k","payload":""}]}"#, "typeMismatch events.0.sequence"),
        (#"{"events":[{"id":null,"station":"s","sequence":1,"actor":"a","time":0,"kind":"k","payload":""}]}"#, "valueNotFound events.0.id"),
        (#"{"events":[{"id":"x","station":"s","sequence":1.5,"actor":"a","time":0,"kind":"k","payload":""}]}"#, "typeMismatch events.0.sequence"),
        (#"{"events":[{"id":"x","station":"s","sequence":99999999999999999999,"actor":"a","time":0,"kind":"k","payload":""}]}"#, "typeMismatch events.0.sequence"),
        (#"{"events":[7]}"#, "typeMismatch events.0"),
        (#"{"events":{}}"#, "typeMismatch events"),
        (#"{"batch":[]}"#, "keyNotFound events"),
        (#"[]"#, "typeMismatch"),
        (#"{"events":[]} x"#, "dataCorrupted"),
        (#"{"events":[{"id":"x","station":"s","sequence":01,"actor":"a","time":0,"kind":"k","payload":""}]}"#, "dataCorrupted"),
        (#"{"events":[{"id":"x","station":"s","sequence":-,"actor":"a","time":0,"kind":"k","payload":""}]}"#, "dataCorrupted"),
        (#"{"events":[],"x":tru}"#, "dataCorrupted"),
        (#"{"events":[{"id":"x""#, "dataCorrupted"),
        ("", "dataCorrupted"),
        (#"{"events":[],"deep":"# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}", "dataCorrupted"),
    ])
    func badBodies(body: String, expected: String) throws {
        #expect(Self.summary { _ = try Self.read(body) } == expected)
        #expect(Self.summary { _ = try Self.decoded(body) } != "read")
    }

    /// What `JSONDecoder` lets through (a trailing comma, broken text in a string it never
    /// decodes) is refused all the same.
    @Test("Trailing commas and broken strings are refused wherever they are", arguments: [
        #"{"events":[],}"#,
        #"{"events":[{"id":"\ud83d","station":"s","sequence":1,"actor":"a","time":0,"kind":"k","payload":""}]}"#,
        #"{"events":[],"x":"\udc00"}"#,
        #"{"events":[],"x":"\q"}"#,
        "{\"events\":[],\"x\":\"\u{01}\"}",
        "{\"events\":[{\"id\":\"\u{1F}\",\"station\":\"s\",\"sequence\":1,\"actor\":\"a\",\"time\":0,\"kind\":\"k\",\"payload\":\"\"}]}",
    ])
    func brokenStrings(body: String) {
        #expect(Self.summary { _ = try Self.read(body) } == "dataCorrupted")
    }

    @Test("A body that is not UTF-8 is refused")
    func notUTF8() {
        let bytes: [UInt8] = Array(#"{"events":[{"id":""#.utf8) + [0xFF, 0xFE] + Array(#"","station":"s","sequence":1,"actor":"a","time":0,"kind":"k","payload":""}]}"#.utf8)
        let error = bytes.withUnsafeBufferPointer { buffer in Result { () throws(DecodingError) -> PushRequest in try PushRequest(json: buffer) } }
        guard case .failure(.dataCorrupted) = error else {
            Issue.record("invalid UTF-8 was read: \(error)")
            return
        }
    }

    /// The error's case and the path of the field it names, as `JSONWire.describe` reads it.
    static func summary(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "read"
        } catch DecodingError.keyNotFound(let key, let context) {
            return "keyNotFound " + path(context.codingPath + [key])
        } catch DecodingError.typeMismatch(_, let context) {
            return ("typeMismatch " + path(context.codingPath)).trimmingCharacters(in: .whitespaces)
        } catch DecodingError.valueNotFound(_, let context) {
            return "valueNotFound " + path(context.codingPath)
        } catch DecodingError.dataCorrupted {
            return "dataCorrupted"
        } catch {
            return "\(error)"
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A small seeded generator, so every case is the same on every run.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
