import Foundation
import QuartermasterCore
import Testing

/// The one scan rule (`CountScanClass.classify`): an earlier count in the session wins, then the
/// register decides. Every class, with the outcome it records and the sound it makes.
@Suite struct CountScanClassTests {
    typealias C = CountFixtures

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var asset: Asset?
        var location: Location
        var earlier: CountScan?
        var expected: CountScanClass
        var outcome: CountOutcome?
        var testDescription: String { name }
    }

    static let unplaced = Asset(tag: "FA-000009", name: "无位置的显示器", category: "设备")
    static let earlier = C.scan(C.laptop.tag, at: C.room301, outcome: .found)

    static let cases: [Case] = [
        Case(name: "found in place", asset: C.laptop, location: C.room301, expected: .foundInPlace, outcome: .found),
        Case(name: "registered in the other room: moved", asset: C.desk, location: C.room301,
             expected: .moved(registeredAt: C.room302.code), outcome: .moved),
        Case(name: "registered outside the scope: moved", asset: C.chair, location: C.room302,
             expected: .moved(registeredAt: C.store.code), outcome: .moved),
        Case(name: "registered nowhere: moved", asset: unplaced, location: C.room301, expected: .moved(registeredAt: nil), outcome: .moved),
        Case(name: "not in the register: surplus", asset: nil, location: C.room301, expected: .surplus, outcome: .surplus),
        Case(name: "disposed, even where it was", asset: C.printer, location: C.room302, expected: .disposed, outcome: .disposed),
        Case(name: "disposed, elsewhere", asset: C.printer, location: C.room301, expected: .disposed, outcome: .disposed),
        Case(name: "counted before: duplicate, nothing new", asset: C.laptop, location: C.room301, earlier: earlier,
             expected: .duplicate(earlier), outcome: nil),
        Case(name: "counted before elsewhere: still a duplicate", asset: C.laptop, location: C.room302, earlier: earlier,
             expected: .duplicate(earlier), outcome: nil),
        Case(name: "a surplus tag scanned twice: duplicate", asset: nil, location: C.room301,
             earlier: C.scan("FA-999999", at: C.room301, outcome: .surplus), expected: .duplicate(C.scan("FA-999999", at: C.room301, outcome: .surplus)), outcome: nil),
    ]

    @Test(arguments: cases)
    func classifies(_ c: Case) {
        let scanClass = CountScanClass.classify(asset: c.asset, scannedAt: c.location.code, earlier: c.earlier)
        #expect(scanClass == c.expected)
        #expect(scanClass.outcome == c.outcome)
    }

    /// Issue 8: each class is told apart by sound as well as on screen, so no two classes share a
    /// cue, and none sounds like a refusal (the plain bell).
    @Test func everyClassHasADistinctCue() {
        let classes = Dictionary(Self.cases.map { ("\($0.expected)".prefix { $0 != "(" }, $0.expected) }, uniquingKeysWith: { first, _ in first })
        #expect(classes.count == 5, "the table holds every class: \(classes.keys.sorted())")
        let cues = classes.mapValues(\.cue)
        #expect(Set(cues.values).count == 5, "\(cues)")
        #expect(!cues.values.contains(.attention))
        #expect(cues == ["foundInPlace": .accepted, "moved": .moved, "surplus": .surplus, "duplicate": .duplicate, "disposed": .flagged])
    }
}
