import Foundation
import QuartermasterCore
@testable import Storage
import Testing

/// The pickup's two JSON texts are written by hand (`PickupJSON`) for speed; the journal is
/// synced as written and a reprint decodes the slip, so they must be exactly what
/// `JSONEncoder` (sorted keys, slashes unescaped, dates as milliseconds) writes.
@Suite("Pickup JSON")
struct PickupJSONTests {
    // MARK: Byte for byte

    @Test(arguments: 0..<4)
    func payloadIsJSONEncodersBytes(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<250 {
            let commit = random.commit()
            let after = random.requisition()
            let expected = String(decoding: try Self.encoder.encode(PickupConfirmedPayload(commit, after: after)), as: UTF8.self)
            #expect(PickupJSON.payload(commit, after: after) == expected)
        }
    }

    /// The centre's ledger reads the payload as the commit it always was: the requisition's
    /// lines and status beside it change none of its fields.
    @Test func thePayloadStillDecodesAsTheCommit() throws {
        var random = SeededRandom(seed: 12)
        let commit = random.commit()
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        let decoded = try decoder.decode(PickupCommit.self, from: Data(PickupJSON.payload(commit, after: random.requisition()).utf8))
        #expect(decoded == commit)
    }

    @Test(arguments: 0..<4)
    func slipIsJSONEncodersBytes(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<250 {
            let slip = random.slip()
            let expected = String(decoding: try Self.encoder.encode(slip), as: UTF8.self)
            #expect(PickupJSON.slip(slip) == expected)
        }
    }

    /// Every character class the escaping distinguishes, one at a time, so a miss names it.
    @Test(arguments: Array(0..<0x80) + [0x2028, 0x2029, 0xFEFF, 0x5F20, 0x1F600, 0xE9])
    func everyCharacterIsEscapedAsJSONEncoderDoes(scalar: Int) throws {
        let text = "张伟\"" + String(Character(Unicode.Scalar(UInt32(scalar))!)) + "/\\"
        var random = SeededRandom(seed: 9)
        var commit = random.commit()
        commit.keeperBadge = text
        let after = random.requisition()
        let expected = String(decoding: try Self.encoder.encode(PickupConfirmedPayload(commit, after: after)), as: UTF8.self)
        #expect(PickupJSON.payload(commit, after: after) == expected)
    }

    @Test(arguments: [Int.min, Int.min + 1, -1, 0, 1, 9, 10, 99_999_999, Int.max])
    func integersMatch(value: Int) throws {
        var random = SeededRandom(seed: 10)
        var commit = random.commit()
        commit.picks = [PickupCommit.Pick(itemCode: "A4-70", quantity: value)]
        var after = random.requisition()
        after.lines = [RequisitionLine(itemCode: "A4-70", requested: value, approved: value, picked: value)]
        #expect(PickupJSON.payload(commit, after: after)
                == String(decoding: try Self.encoder.encode(PickupConfirmedPayload(commit, after: after)), as: UTF8.self))
    }

    @Test(arguments: [0, -0.000_15, 1e-7, 0.5, 1_709_301_600, 1_709_301_600.000_4, 1_733_130_000.123_456_7, 253_402_300_799.999, -62_135_596_800])
    func datesMatch(seconds: Double) throws {
        var random = SeededRandom(seed: 11)
        var commit = random.commit()
        commit.time = Date(timeIntervalSince1970: seconds)
        let after = random.requisition()
        #expect(PickupJSON.payload(commit, after: after)
                == String(decoding: try Self.encoder.encode(PickupConfirmedPayload(commit, after: after)), as: UTF8.self))
    }

    // MARK: Through the store

    /// What a recorded pickup leaves in the journal is `JSONEncoder`'s payload of the commit
    /// and the requisition it left, and a produced slip's content decodes to the slip printed
    /// (a reprint decodes `content`).
    @Test func aRecordedPickupsPayloadAndSlipAreJSONEncoders() throws {
        let fixture = try StationFixture()
        var commit = fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)])
        commit.time = Date(timeIntervalSince1970: 1_709_301_600.123_456)
        let outcome = try fixture.database.recordPickup(commit)
        let entry = try #require(try fixture.database.journal().last { $0.kind == .pickupConfirmed })
        #expect(entry.payload == String(decoding: try Self.encoder.encode(PickupConfirmedPayload(commit, after: outcome.requisition)), as: UTF8.self))
        #expect(entry.payload.contains(#""lines":[{"approved":8,"itemCode":"A4-70","picked":8},{"approved":2,"itemCode":"PEN","picked":2}]"#))
        #expect(entry.payload.contains(#""status":"picked_up""#))
        let pending = try #require(try fixture.database.pendingSlips().first)
        try fixture.database.markSlipProduced(pending, output: "out/a.pdf", at: commit.time)
        #expect(try fixture.database.slips(requisition: "YPQ-2024-001").map(\.slip) == [pending])
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }
}

/// SplitMix64: the same values on every run, so a failure can be replayed.
private struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Office text: Chinese names, digits, CSV punctuation, quotes, backslashes, slashes,
    /// control characters, emoji, combining marks, line separators.
    mutating func text() -> String {
        let pieces = ["张伟", "行政部", "耗材", "文具", "100231", "A4 纸, \"70 g\"", "\\", "/", "\"", "'", "\n", "\r\n", "\t",
                      "\u{0}", "\u{1}", "\u{8}", "\u{b}", "\u{c}", "\u{1b}[31m", "\u{1f}", "\u{7f}", "\u{2028}", "\u{2029}",
                      "😀", "e\u{301}", "Ünïcödé", "", " ", "YPQ-2024-001", "{\"json\": [1, 2]}", "\u{FEFF}", "𠀀"]
        return (0..<Int.random(in: 0...4, using: &self)).map { _ in pieces.randomElement(using: &self)! }.joined()
    }

    mutating func number() -> Int {
        switch Int.random(in: 0..<4, using: &self) {
        case 0: Int.random(in: 0...10, using: &self)
        case 1: Int.random(in: -1_000_000...1_000_000, using: &self)
        case 2: Int.random(in: Int.min...Int.max, using: &self)
        default: [Int.min, Int.max, 0, -1][Int.random(in: 0..<4, using: &self)]
        }
    }

    mutating func date() -> Date {
        switch Int.random(in: 0..<3, using: &self) {
        case 0: Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &self)))
        case 1: Date(timeIntervalSince1970: Double.random(in: 1_600_000_000...1_900_000_000, using: &self))
        default: Date(timeIntervalSince1970: Double.random(in: -1e10...1e11, using: &self))
        }
    }

    mutating func commit() -> PickupCommit {
        PickupCommit(
            requisitionNumber: text(),
            picks: (0..<Int.random(in: 0...4, using: &self)).map { _ in PickupCommit.Pick(itemCode: text(), quantity: number()) },
            keeperBadge: text(), recipientBadge: text(), acceptedByKeeper: Bool.random(using: &self),
            station: text(), time: date())
    }

    mutating func requisition() -> Requisition {
        Requisition(
            number: text(), applicantBadge: text(), department: text(), date: CalendarDate(year: 2024, month: 3, day: 1)!,
            purpose: text(), approver: text(), status: RequisitionStatus.allCases.randomElement(using: &self)!,
            lines: (0..<Int.random(in: 0...4, using: &self)).map { _ in
                RequisitionLine(itemCode: text(), requested: number(), approved: number(), picked: number())
            })
    }

    mutating func slip() -> PickupSlip {
        PickupSlip(
            requisitionNumber: text(), applicantName: text(), applicantBadge: text(), department: text(),
            date: CalendarDate(year: Int.random(in: 1...9999, using: &self), month: Int.random(in: 1...12, using: &self), day: Int.random(in: 1...28, using: &self))!,
            purpose: text(), approver: text(), status: RequisitionStatus.allCases.randomElement(using: &self)!,
            lines: (0..<Int.random(in: 0...4, using: &self)).map { _ in
                PickupSlip.Line(itemCode: text(), name: text(), spec: text(), unit: text(), approved: number(), picked: number(), remaining: number())
            },
            pickupTime: date(), keeperName: text(), keeperBadge: text(), recipientName: text(), recipientBadge: text(), station: text())
    }
}
