import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Testing

/// The `central` commands as an admin runs them, against a real PostgreSQL and a real SQLite file.
@Suite("quartermaster central station add|revoke, central export movements")
struct CentralCommandTests {
    private func quartermaster(_ arguments: [String]) throws -> ChildProcess.Result {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        return try ChildProcess.run(binary, arguments)
    }

    @Test("add prints the code alone on its last line; it enrols once; revoke kills the token; export has event_id", arguments: StoreKind.allCases)
    func addEnrolRevokeExport(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let added = try quartermaster(["central", "station", "add", "一楼库房", "--site", "总部", "--database", under.url])
        #expect(added.status == 0, "\(added.error)")
        let code = try #require(added.output.split(separator: "\n").last.map(String.init))
        #expect(code.range(of: #"^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$"#, options: .regularExpression) != nil)

        let response = try await under.store.enrol(EnrolRequest(code: code, station: "st-a"))
        let station = try #require(try await under.store.authenticate(token: response.token))
        #expect(station.site == "总部")
        var events = Events(station: "st-a")
        _ = try await under.store.push([events.stocked("A4-80", 5), events.pickup("R-2026-001", "A4-80", 2)], from: station)

        let export = try quartermaster(["central", "export", "movements", "--database", under.url, "--format", "csv"])
        #expect(export.status == 0, "\(export.error)")
        let lines = export.output.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note,event_id")
        #expect(lines.count == 3)
        #expect(lines.last?.contains(",pickup,A4-80,-2,R-2026-001,100231,100232,st-a,,") == true)

        let twice = try quartermaster(["central", "station", "add", "一楼库房", "--database", under.url])
        #expect(twice.status != 0)
        #expect(twice.error.contains("exists already"))

        let revoked = try quartermaster(["central", "station", "revoke", "一楼库房", "--database", under.url])
        #expect(revoked.status == 0, "\(revoked.error)")
        #expect(try await under.store.authenticate(token: response.token) == nil)
        let unknown = try quartermaster(["central", "station", "revoke", "二楼", "--database", under.url])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("no station named"))
    }

    @Test("A --database that is neither postgres:// nor sqlite: is refused with both forms")
    func badDatabase() throws {
        let result = try quartermaster(["central", "station", "add", "x", "--database", "mysql://localhost/x"])
        #expect(result.status != 0)
        #expect(result.error.contains("postgres://"))
        #expect(result.error.contains("sqlite:"))
    }
}
