import Foundation
import QuartermasterCore
import Station
import Testing

/// A count typed at the engine: the mode card, an auditor's plain-digit badge, a location label,
/// then tags resolved by the real ScanResolver (a registered tag, an unknown tag, a typed name).
@Suite struct KioskEngineCountTests {
    let store = MemoryStore()
    let now = Date(timeIntervalSince1970: 1_764_662_400)

    init() {
        store.people = ["100231": Person(badge: "100231", name: "赵审计", department: "审计部", roles: [.auditor])]
        let room = Location(code: "LOC-HQ-301", name: "301 会议室")
        store.counts.locations = [room.code: room]
        store.counts.assets = ["FA-000001": Asset(tag: "FA-000001", name: "笔记本电脑", locationCode: room.code)]
    }

    func type(_ text: String, into engine: inout KioskEngine<MemoryStore, MemorySlips>) -> KioskCue? {
        for character in text { engine.handle(.character(character), at: now) }
        return engine.handle(.enter, at: now)
    }

    @Test func aCountTypedThroughTheEngine() {
        var engine = KioskEngine(router: KioskRouter(station: "ST-01"),
                                 resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: store),
                                 slips: MemorySlips())
        _ = type("QM-MODE-COUNT", into: &engine)
        _ = type("100231", into: &engine)
        #expect(engine.router.person?.name == "赵审计")
        #expect(type("LOC-HQ-301", into: &engine) == .attention, "no count open: it asks, and rings")
        #expect(engine.router.awaitsAccept)
        let bell = engine.handle(.enter, at: now)
        #expect(bell == nil, "an empty Enter opens a count here")
        #expect(store.counts.sessions.map(\.scope) == [["LOC-HQ-301"]])
        #expect(type("FA-000001", into: &engine) == .accepted, "found in place has its own sound")
        #expect(engine.router.notice == KioskNotice(CountNotice.found(tag: "FA-000001", name: "笔记本电脑")))
        #expect(type("FA-000777", into: &engine) == .surplus, "surplus has its own sound")
        #expect(type("显示器", into: &engine) == nil, "registering the surplus tag is quiet")
        #expect(store.counts.assets["FA-000777"]?.name == "显示器")
        #expect(type("FA-000001", into: &engine) == .duplicate)
        #expect(engine.router.notice.as(CountNotice.self).map { if case .duplicate = $0 { true } else { false } } == true)
        #expect(store.counts.scans.values.first?.map(\.tag) == ["FA-000001", "FA-000777"])
    }
}
