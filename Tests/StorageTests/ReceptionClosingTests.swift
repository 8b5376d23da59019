import Foundation
import Testing
import QuartermasterCore
import QuartermasterTesting
import Rendering
import Station
import Storage

/// Closing time through the kiosk engine against a real station database: the first tick at
/// or past `close_at` closes the visits still open as not signed out and anonymises those past
/// the retention, once; the roll call printed afterwards lists the closed ones apart.
@Suite struct ReceptionClosingTests {
    static let zone = TimeZone.current
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    let out: String

    init() throws {
        fixture = try StationFixture()
        out = NSTemporaryDirectory() + "qm-closing-\(UUID().uuidString.prefix(8))"
    }

    /// 19:59:30 on the fixture's day, in the station's zone.
    var beforeClosing: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = database.stationTimeZone
        return calendar.date(bySettingHour: 19, minute: 59, second: 30, of: VisitTests.arrival)!
    }

    func engine() -> KioskEngine<StationDatabase, StationSlipOutput> {
        let renderer = SlipRenderer(language: .english, timeZone: database.stationTimeZone)
        var engine = KioskEngine(
            router: KioskRouter(station: StationFixture.station, jobs: KioskJobs.station),
            resolver: ScanResolver(classifier: ScanClassifier(), store: database),
            slips: StationSlipOutput(destination: .folder(PDFSlipFolder(folder: out, renderer: renderer)), database: database))
        engine.receptionSchedule = ReceptionSchedule(closeAt: "20:00", retentionDays: 90, timeZone: database.stationTimeZone)
        return engine
    }

    func walkIn(_ name: String, at time: Date) throws -> VisitPass {
        let registration = WalkInRegistration(name: name, company: "龙腾科技, \"北京\"", phone: nil, purpose: "送货", hostBadge: "100231",
                                              rulesVersion: "1", station: StationFixture.station, time: time)
        guard case .signedIn(let pass) = try database.signIn(registration) else { throw Unexpected() }
        return pass
    }

    struct Unexpected: Error {}

    @Test func theTickPastClosingTimeClosesOpenVisitsOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: out) }
        let old = VisitTests.arrival.addingTimeInterval(-100 * 86_400)
        let oldPass = try walkIn("老访客", at: old)
        _ = try database.signOut(badgeCode: oldPass.badgeCode, by: nil, station: StationFixture.station, time: old.addingTimeInterval(600))
        _ = try walkIn("李小龙", at: VisitTests.arrival)
        let left = try walkIn("韩梅梅", at: VisitTests.arrival)
        _ = try database.signOut(badgeCode: left.badgeCode, by: nil, station: StationFixture.station, time: VisitTests.arrival.addingTimeInterval(600))

        var engine = engine()
        engine.tick(beforeClosing)
        engine.tick(beforeClosing.addingTimeInterval(20))  // 19:59:50
        #expect(try database.onSite().map(\.visit.name) == ["李小龙"], "not yet")

        let sequence = try database.journal().last?.sequence ?? 0
        engine.tick(beforeClosing.addingTimeInterval(30))  // 20:00:00
        #expect(try database.onSite().isEmpty)
        let visits = try database.visits().map(\.visit)
        #expect(visits.map(\.status) == [.left, .notSignedOut, .left])
        #expect(visits.map(\.anonymised) == [true, false, false], "the old visit anonymised at the same point")
        #expect(try database.journal(after: sequence).map(\.kind) == [.visitAutoClosed, .visitAnonymised])
        #expect(engine.router.notice.as(ReceptionNotice.self) == .closedForTheDay(count: 1))
        #expect(!engine.router.notice.text(.english).contains("李小龙"), "names are for staff")

        // A visitor signed in after closing time stays until the next day's closing.
        _ = try walkIn("晚到", at: beforeClosing.addingTimeInterval(60))
        engine.tick(beforeClosing.addingTimeInterval(90))
        engine.tick(beforeClosing.addingTimeInterval(3_600))
        #expect(try database.onSite().map(\.visit.name) == ["晚到"])
        #expect(try database.journal(after: sequence).filter { $0.kind == .visitAutoClosed }.count == 1, "once a day")
        engine.tick(beforeClosing.addingTimeInterval(86_400 + 30))
        #expect(try database.onSite().isEmpty)

        // Staff's roll call lists who closing time closed today, apart from those on site.
        #expect(try database.notSignedOut(on: CalendarDate(VisitTests.arrival, in: database.stationTimeZone)).map(\.visit.name) == ["李小龙", "晚到"])
        let rollCallTime = beforeClosing.addingTimeInterval(40)
        _ = try walkIn("王五", at: rollCallTime)
        let pdf = try engine.slips.printRollCall(try database.onSite(), at: rollCallTime)
        #expect(pdf.hasPrefix(out + "/roll-call-") && pdf.hasSuffix(".pdf"), "\(pdf)")
        let text = try ChildProcess.run(try ChildProcess.which("pdftotext"), [pdf, "-"]).output
        #expect(text.contains("On site: 1") && text.contains("1. 王五"), "\(text)")
        #expect(text.contains("Closed at closing time, not signed out today: 2") && text.contains("1. 李小龙") && text.contains("2. 晚到"), "\(text)")
        #expect(!text.contains("韩梅梅") && !text.contains("老访客"), "\(text)")
    }

    @Test func withoutAClosingTimeTicksCloseNothing() throws {
        _ = try walkIn("李小龙", at: VisitTests.arrival)
        var engine = engine()
        engine.receptionSchedule = nil
        engine.tick(beforeClosing)
        engine.tick(beforeClosing.addingTimeInterval(3_600))
        #expect(try database.onSite().map(\.visit.name) == ["李小龙"])
    }
}
