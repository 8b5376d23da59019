import QuartermasterCore
import Testing

/// The location file and the tree: parents may come later, cycles are found however long.
@Suite struct LocationTreeTests {
    static let sites = [
        Location(code: "LOC-HQ", name: "总部"), Location(code: "LOC-HQ-3F", name: "总部 3楼", parentCode: "LOC-HQ"),
        Location(code: "LOC-HQ-3F-301", name: "301 会议室", parentCode: "LOC-HQ-3F"),
        Location(code: "LOC-HQ-3F-302", name: "302 办公室", parentCode: "LOC-HQ-3F"),
        Location(code: "LOC-SZ", name: "深圳分部"),
    ]

    @Test func subtreeHoldsEverythingUnderALocation() {
        let tree = LocationTree(Self.sites)
        #expect(tree.subtree(of: "LOC-HQ") == ["LOC-HQ", "LOC-HQ-3F", "LOC-HQ-3F-301", "LOC-HQ-3F-302"])
        #expect(tree.subtree(of: "LOC-HQ-3F-301") == ["LOC-HQ-3F-301"])
        #expect(tree.subtree(of: "LOC-NONE").isEmpty)
    }

    @Test func cyclesAreFoundThroughAnyNumberOfParents() {
        var tree = LocationTree(Self.sites)
        #expect(tree.cycle(from: "LOC-HQ-3F-301") == nil)
        tree.merge([Location(code: "LOC-HQ", name: "总部", parentCode: "LOC-HQ-3F-301")])
        #expect(tree.cycle(from: "LOC-HQ") == ["LOC-HQ", "LOC-HQ-3F-301", "LOC-HQ-3F"])
        #expect(tree.cycle(from: "LOC-HQ-3F") == ["LOC-HQ-3F", "LOC-HQ", "LOC-HQ-3F-301"])
        // 302 hangs below the loop without being in it.
        #expect(tree.cycle(from: "LOC-HQ-3F-302") == nil)
        #expect(tree.cycle(from: "LOC-SZ") == nil)
    }

    @Test func theFileReportsEmptyDuplicateAndSelfParentedRows() {
        let result = LocationsCSV.read("""
            code,name,parent_code
            LOC-HQ-3F-301,"301 会议室, ""大"" 间",LOC-HQ-3F
            LOC-HQ-3F,总部 3楼,LOC-HQ
            LOC-HQ,总部,
            LOC-HQ,总部 again,
            ,无码,
            LOC-X,,
            LOC-Y,自己,LOC-Y
            """, file: "locations.csv")
        #expect(result.rows.map(\.record) == [
            Location(code: "LOC-HQ-3F-301", name: "301 会议室, \"大\" 间", parentCode: "LOC-HQ-3F"),
            Location(code: "LOC-HQ-3F", name: "总部 3楼", parentCode: "LOC-HQ"), Location(code: "LOC-HQ", name: "总部"),
        ])
        #expect(result.errors.map { "\($0.line) \($0.column ?? "")" } == ["5 code", "6 code", "7 name", "8 parent_code"])
    }
}
