import Foundation
import QuartermasterCore
import Storage
import Testing

/// `import locations`: the tree arrives in any order, all or nothing, and a re-import renames
/// and re-parents.
@Suite("Location import")
struct LocationImportTests {
    @Test func parentsMayComeAfterTheirChildren() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        #expect(try fixture.database.locations().count == 7)
        #expect(try fixture.database.location(code: "LOC-HQ-3F-301") == Location(code: "LOC-HQ-3F-301", name: "总部 3楼 301", parentCode: "LOC-HQ-3F"))
        #expect(try fixture.database.locationSubtree(of: "LOC-HQ").map(\.code) == ["LOC-HQ", "LOC-HQ-3F", "LOC-HQ-3F-301", "LOC-HQ-3F-302", "LOC-HQ-STORE"])
        #expect(try fixture.database.code("LOC-HQ-3F") == .location(Location(code: "LOC-HQ-3F", name: "总部 3楼", parentCode: "LOC-HQ")))
        let entry = try #require(try fixture.database.journal().last)
        #expect(entry.kind == .locationsImported)
        #expect(entry.actorBadge == "C01")
        #expect(entry.payload.contains(#"{"change":"added","code":"LOC-HQ-3F-301","name":"总部 3楼 301","parentCode":"LOC-HQ-3F"}"#), "\(entry.payload)")
    }

    @Test func reimportRenamesAndReparents() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        let summary = try fixture.database.importLocations(csv: """
            code,name,parent_code
            LOC-HQ-3F-301,"301 会议室, 大",LOC-HQ-3F
            LOC-HQ-3F-302,总部 3楼 302,LOC-SZ
            LOC-HQ,总部,
            """, file: "locations-2.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        #expect(summary == ImportSummary(file: "locations-2.csv", count: 3, added: 0, updated: 2, unchanged: 1))
        #expect(try fixture.database.location(code: "LOC-HQ-3F-301")?.name == "301 会议室, 大")
        #expect(try fixture.database.location(code: "LOC-HQ-3F-302")?.parentCode == "LOC-SZ")
        #expect(try fixture.database.locationSubtree(of: "LOC-SZ").map(\.code) == ["LOC-HQ-3F-302", "LOC-SZ", "LOC-SZ-STORE"])
    }

    @Test func cyclesUnknownParentsAndTakenCodesImportNothing() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        let before = try fixture.database.journal().count
        let locations = try fixture.database.locations()
        let failure = AssetRegisterFixture.failure {
            try fixture.database.importLocations(csv: """
                code,name,parent_code
                LOC-NEW,新楼,
                LOC-A,甲,LOC-B
                LOC-B,乙,LOC-A
                LOC-HQ,总部,LOC-HQ-3F-301
                LOC-C,丙,LOC-NOWHERE
                100231,工号,
                A4-70,纸,
                """, file: "bad.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        }
        #expect(failure?.errors.map(\.description) == [
            #"bad.csv:3: column "parent_code": location LOC-A would be inside itself (LOC-A → LOC-B → LOC-A); give one of them another parent"#,
            #"bad.csv:4: column "parent_code": location LOC-B would be inside itself (LOC-B → LOC-A → LOC-B); give one of them another parent"#,
            // Through locations already at the station: 301 is inside 3F, which is inside HQ.
            #"bad.csv:5: column "parent_code": location LOC-HQ would be inside itself (LOC-HQ → LOC-HQ-3F-301 → LOC-HQ-3F → LOC-HQ); give one of them another parent"#,
            #"bad.csv:6: column "parent_code": no location LOC-NOWHERE in this file or at this station; add a row for it, or check the code"#,
            #"bad.csv:7: column "code": 100231 is already the badge of person 100231, and a code may name one thing only; give the location another code, or change the other code first"#,
            #"bad.csv:8: column "code": A4-70 is already the code of item A4-70, and a code may name one thing only; give the location another code, or change the other code first"#,
        ])
        #expect(try fixture.database.locations() == locations)
        #expect(try fixture.database.location(code: "LOC-NEW") == nil)
        #expect(try fixture.database.journal().count == before)
    }

    @Test func aQuantityShapedCodeIsRefused() throws {
        let fixture = try AssetRegisterFixture.make(assets: false)
        let failure = AssetRegisterFixture.failure {
            try fixture.database.importLocations(csv: "code,name,parent_code\n301,会议室,\n", file: "l.csv", actorBadge: "C01", time: AssetRegisterFixture.time)
        }
        #expect(failure?.errors.first?.message.hasPrefix("location code 301 has the shape of a quantity") == true, "\(String(describing: failure))")
    }
}
