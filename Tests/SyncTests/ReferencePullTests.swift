import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Storage
import Sync
import Testing

/// Reference data from the real centre into the real station database: through the import
/// rules, one page per transaction with its cursor.
@Suite struct ReferencePullTests {
    static func body(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func peopleAndItemsArriveThroughTheImportRulesAndTheCursorIsKept() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("一楼库房"))
        let renamed = Person(badge: "100231", name: "张伟（行政）", department: "行政部", roles: [.employee, .approver])
        let newcomer = Person(badge: "100299", name: "陈静, \"小陈\"", department: "财务部", roles: [.employee])
        let toner = Item(code: "TONER-26A", barcodes: ["6901234567809"], name: "硒鼓", spec: "HP 26A", unit: "个", category: "耗材", stock: 999, threshold: 2, bin: "B-02-1")
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: renamed.badge, body: try Self.body(renamed)))
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: newcomer.badge, body: try Self.body(newcomer)))
        let last = try await centre.store.putReference(ReferenceUpdate(kind: .item, key: toner.code, body: try Self.body(toner)))
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: "100232", body: nil))  // a leaver

        let report = try await SyncRun(database: station.database, pageSize: 2).run()
        #expect(report.applied >= 4)
        let people = Dictionary(uniqueKeysWithValues: try station.database.people().map { ($0.badge, $0) })
        #expect(people["100231"]?.name == "张伟（行政）")
        #expect(people["100231"]?.roles == [.employee, .approver])
        #expect(people["100299"]?.name == "陈静, \"小陈\"")
        #expect(people["100232"]?.active == false)
        let items = try station.database.items()
        #expect(items.first { $0.code == "TONER-26A" }?.stock == 0)  // the centre's figure is not this shelf's
        #expect(try station.database.syncLink()?.referenceCursor ?? 0 > last)
        // Journalled as an import, with the values, under the centre's name.
        let journal = try station.database.journal()
        #expect(journal.contains { $0.kind == .peopleImported && $0.actorBadge == "centre" && $0.payload.contains("100299") })

        // Nothing new: the next pass applies nothing.
        #expect(try await SyncRun(database: station.database).run().applied == 0)
        await centre.stop()
    }

    @Test func aChangeTheStationRefusesIsRefusedAloneAndTheRestOfThePageApplied() async throws {
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("一楼库房"))
        let fine = Person(badge: "100300", name: "刘洋", department: "信息部", roles: [.employee])
        // A badge that is already an item's code here: a code names one thing only.
        let clash = Person(badge: "A4-70", name: "王芳", department: "行政部", roles: [.employee])
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: fine.badge, body: try Self.body(fine)))
        let refusedAt = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: clash.badge, body: try Self.body(clash)))
        let report = try await SyncRun(database: station.database).run()
        #expect(report.refused.map(\.key) == ["A4-70"])
        #expect(report.refused.first?.cursor == refusedAt)
        #expect(report.refused.first?.reason.contains("item A4-70") == true)
        #expect(try station.database.people().contains { $0.badge == "100300" })
        #expect(try station.database.people().contains { $0.badge == "A4-70" } == false)
        #expect(try station.database.syncLink()?.referenceCursor == refusedAt)  // not stuck behind it
        // Journalled for the centre, which has it after the next push.
        #expect(try station.database.journal().contains { $0.kind == .referenceRefused && $0.actorBadge == "centre" && $0.payload.contains("A4-70") })
        _ = try await SyncRun(database: station.database).run()
        #expect(try await centre.store.events(kinds: [JournalEventKind.referenceRefused.rawValue]).count == 1)

        // Corrected at the centre (another badge), it comes again as a new change and applies.
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: "100301", body: try Self.body(Person(badge: "100301", name: "王芳", department: "行政部", roles: [.employee]))))
        #expect(try await SyncRun(database: station.database).run().refused.isEmpty)
        #expect(try station.database.people().contains { $0.badge == "100301" })
        await centre.stop()
    }

    @Test func syncNowPrintsEachRefusedChangeEscapedAndStillSucceeds() async throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let centre = try await CentreFixture.start()
        defer { centre.remove() }
        let station = try SyncStation()
        try await Enrolment.enrol(station.database, centre: centre.url, code: try await centre.addStation("一楼库房"))
        // A host this station does not know, whose badge (straight into the store, past the
        // admin API's checks) holds a terminal escape.
        let invite = CentralInvite(code: "INV-7K2M9Q", visitorName: "王芳", company: "", hostBadge: "99\u{1b}[2J", date: CalendarDate(year: 2026, month: 12, day: 2)!, purpose: "面试")
        let at = try await centre.store.put(.invite, key: invite.code, value: invite)
        let fine = Person(badge: "100300", name: "刘洋", department: "信息部", roles: [.employee])
        _ = try await centre.store.putReference(ReferenceUpdate(kind: .person, key: fine.badge, body: try Self.body(fine)))
        let arguments = ["sync", "now", "--data", station.dataFolder]
        let result = try await onOwnThread { [binary] in try ChildProcess.run(binary, arguments) }
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("1 reference change(s) from the centre were refused here"), "\(result.output)")
        #expect(result.output.contains("invite INV-7K2M9Q (change \(at)): the host 99\\x1b[2J is not an active person at this station"), "\(result.output)")
        #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B })
        #expect(try station.database.people().contains { $0.badge == "100300" })
        await centre.stop()
    }
}
