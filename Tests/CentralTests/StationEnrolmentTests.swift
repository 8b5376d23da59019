import Central
import Foundation
import QuartermasterCore
import Testing

@Suite("Central store: stations, enrolment codes and tokens")
struct StationEnrolmentTests {
    @Test("A code is traded once for a token; a replay is refused; revoking kills the token", arguments: StoreKind.allCases)
    func enrolReplayRevoke(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let store = under.store
        try await store.migrate()  // safe on every start
        let code = try await store.addStation(name: "一楼库房", site: "总部")
        let response = try await store.enrol(EnrolRequest(code: code.lowercased(), station: "station-7f3a"))
        #expect(response.name == "一楼库房")
        #expect(response.station == "station-7f3a")
        #expect(try await store.authenticate(token: response.token) == AuthenticatedStation(name: "一楼库房", station: "station-7f3a", site: "总部"))
        #expect(try await store.authenticate(token: response.token + "0") == nil)

        await #expect(throws: CentralStoreError.self) { _ = try await store.enrol(EnrolRequest(code: code, station: "station-7f3a")) }
        do {
            _ = try await store.enrol(EnrolRequest(code: code, station: "station-other"))
            Issue.record("a replayed code was accepted")
        } catch let error as CentralStoreError {
            #expect(error.kind == .enrolmentRefused)
        }
        do {
            _ = try await store.addStation(name: "一楼库房", site: "分部")
            Issue.record("a second live station took the name")
        } catch let error as CentralStoreError {
            #expect(error.kind == .conflict)
        }

        try await store.revokeStation(name: "一楼库房")
        #expect(try await store.authenticate(token: response.token) == nil)
        let stations = try await store.stations()
        #expect(stations.count == 1)
        #expect(stations.first?.revokedAt != nil)
        do {
            try await store.revokeStation(name: "一楼库房")
            Issue.record("revoking twice succeeded")
        } catch let error as CentralStoreError {
            #expect(error.kind == .notFound)
        }

        // The name is free again, and the same machine can enrol with a new code.
        let again = try await store.addStation(name: "一楼库房", site: "总部")
        let second = try await store.enrol(EnrolRequest(code: again, station: "station-7f3a"))
        #expect(try await store.authenticate(token: second.token)?.station == "station-7f3a")
        #expect(try await store.authenticate(token: response.token) == nil)
    }

    @Test("An unused code dies with its station's revocation", arguments: StoreKind.allCases)
    func revokedCode(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let code = try await under.store.addStation(name: "branch-2", site: "分部")
        try await under.store.revokeStation(name: "branch-2")
        do {
            _ = try await under.store.enrol(EnrolRequest(code: code, station: "s2"))
            Issue.record("a revoked station's code was accepted")
        } catch let error as CentralStoreError {
            #expect(error.kind == .enrolmentRefused)
        }
    }

    @Test("Neither the code nor the token is stored: only their SHA-256", arguments: StoreKind.allCases)
    func secretsStoredAsHashes(kind: StoreKind) async throws {
        let under = try await StoreUnderTest.make(kind)
        let code = try await under.store.addStation(name: "reception", site: "总部")
        let codeRows = try under.query("SELECT * FROM station")
        let bareCode = code.replacingOccurrences(of: "-", with: "")
        #expect(!codeRows.joined().contains(bareCode))
        #expect(!codeRows.joined().contains(code))
        let token = try await under.store.enrol(EnrolRequest(code: code, station: "s1")).token
        let rows = try under.query("SELECT * FROM station")
        #expect(!rows.joined().contains(token))
        #expect(!rows.joined().contains(String(token.dropFirst(4))))
        let hashes = try under.query("SELECT token_hash FROM station")
        #expect(hashes.count == 1)
        #expect(hashes.first?.count == 64)
        #expect(hashes.first?.allSatisfy(\.isHexDigit) == true)
        #expect(try under.query("SELECT COUNT(*) FROM station WHERE code_hash IS NOT NULL") == ["0"])
    }
}
