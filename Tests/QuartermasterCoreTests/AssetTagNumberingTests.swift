import QuartermasterCore
import Testing

/// New tags the station makes: prefix plus zero-padded number, after the highest in use.
@Suite struct AssetTagNumberingTests {
    @Test func theDefaultIsFAAndSixDigits() {
        let numbering = AssetTagNumbering.default
        #expect(numbering.next(after: []) == "FA-000001")
        #expect(numbering.next(after: ["FA-000123", "FA-000009", "FA-12345678", "X-999999", "FA-00012A", "100231"]) == "FA-000124")
        #expect(numbering.tag(42) == "FA-000042")
        #expect(numbering.number(of: "FA-000042") == 42)
        #expect(numbering.number(of: "FA-42") == nil)
    }

    @Test func anOfficePrefixAndWidth() throws {
        let numbering = try AssetTagNumbering(prefix: "总部-ZC", digits: 4)
        #expect(numbering.next(after: ["总部-ZC0099"]) == "总部-ZC0100")
        #expect(numbering.next(after: ["总部-ZC9999"]) == nil, "the numbers are used up")
    }

    @Test func thePatternMatchesExactlyTheTagsItMakes() throws {
        let numbering = try AssetTagNumbering(prefix: "A.B-", digits: 3)
        #expect(numbering.pattern == #"^A\.B\-\d{3}$"#)
        var patterns = ScanPatterns()
        try patterns.set(.assetTag, to: numbering.pattern)
        let classifier = ScanClassifier(patterns: patterns)
        #expect(classifier.matches(.assetTag, "A.B-007"))
        #expect(!classifier.matches(.assetTag, "AxB-007"))
        #expect(!classifier.matches(.assetTag, "A.B-0007"))
    }

    @Test func unusableNumberingsAreRefused() {
        #expect(throws: AssetTagNumberingError.digits(0)) { try AssetTagNumbering(prefix: "FA-", digits: 0) }
        #expect(throws: AssetTagNumberingError.digits(13)) { try AssetTagNumbering(prefix: "FA-", digits: 13) }
        #expect(throws: AssetTagNumberingError.prefix("FA ")) { try AssetTagNumbering(prefix: "FA ", digits: 6) }
    }
}
