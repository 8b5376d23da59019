import Foundation
import Testing
import QuartermasterCore

/// Scan patterns: the defaults, overriding them, and refusing broken ones with the name.
struct BarcodeScanPatternsTests {
    // MARK: Defaults

    @Test func defaultsAreTheOfficeConventions() {
        let patterns = ScanPatterns()
        #expect(patterns.mode == #"^QM-MODE-[A-Z]+$"#)
        #expect(patterns.requisition == #"^YPQ-\d{4}-\d{3,6}$"#)
        #expect(patterns.badge == #"^E\d{3,10}$"#)
        #expect(patterns.assetTag == #"^FA-\d{6}$"#)
        #expect(patterns.location == #"^LOC-[A-Z0-9-]{1,32}$"#)
        #expect(patterns.visitorInvite == #"^INV-[A-Z0-9]{6,16}$"#)
        #expect(patterns.visitorBadge == #"^VB-\d{4,12}$"#)
        #expect(patterns.quantity == #"^\d{1,4}$"#)
        #expect(patterns.item == #"^ITM-[A-Z0-9-]{1,32}$"#)
        #expect(patterns[.unknown] == nil)
        #expect(patterns == ScanPatterns.default)
        #expect(Set(ScanPatterns.configurableKinds) == Set(ScanKind.allCases).subtracting([.unknown]))
    }

    // MARK: Overriding

    @Test func overridesOnePatternAndKeepsTheRest() throws {
        let patterns = try ScanPatterns([.badge: #"^\d{6}$"#])
        #expect(patterns.badge == #"^\d{6}$"#)
        #expect(patterns.assetTag == ScanPatterns().assetTag)

        var changed = ScanPatterns()
        try changed.set(.location, to: #"^L\d+$"#)
        #expect(changed[.location] == #"^L\d+$"#)
        #expect(changed != ScanPatterns())
    }

    @Test(arguments: [
        (ScanKind.badge, #"^E(\d+$"#),
        (.assetTag, #"[z-a]"#),
        (.quantity, #"\"#),
    ])
    func refusesBrokenRegexNamingThePattern(kind: ScanKind, regex: String) {
        var patterns = ScanPatterns()
        #expect {
            try patterns.set(kind, to: regex)
        } throws: { error in
            guard let error = error as? ScanPatternError else { return false }
            return error.pattern == kind.rawValue && error.regex == regex
                && error.description.contains("\"\(kind.rawValue)\" is not a valid regular expression")
        }
        #expect(patterns == ScanPatterns(), "a refused pattern leaves the others as they were")
        #expect(throws: ScanPatternError.self) { try ScanPatterns([kind: regex]) }
    }

    @Test func unknownHasNoPattern() {
        var patterns = ScanPatterns()
        #expect(throws: ScanPatternError.self) { try patterns.set(.unknown, to: ".*") }
    }

    // MARK: Configuration form

    @Test func decodesOverridesFromConfiguration() throws {
        let json = #"{"badge": "^B\\d{4}$", "visitorBadge": "^V\\d+$"}"#
        let patterns = try JSONDecoder().decode(ScanPatterns.self, from: Data(json.utf8))
        #expect(patterns.badge == #"^B\d{4}$"#)
        #expect(patterns.visitorBadge == #"^V\d+$"#)
        #expect(patterns.mode == ScanPatterns().mode)
        #expect(try JSONDecoder().decode(ScanPatterns.self, from: Data("{}".utf8)) == ScanPatterns())
    }

    @Test func roundTripsThroughConfiguration() throws {
        let patterns = try ScanPatterns([.item: #"^\d{8}$"#, .badge: #"^E\d{5}$"#])
        let data = try JSONEncoder().encode(patterns)
        #expect(try JSONDecoder().decode(ScanPatterns.self, from: data) == patterns)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object?.keys.sorted() == ScanPatterns.configurableKinds.map(\.rawValue).sorted())
    }

    @Test(arguments: [
        (#"{"assetTag": "FA-(\\d{6}"}"#, "assetTag", "\"assetTag\" is not a valid regular expression"),
        (#"{"badges": "^E\\d+$"}"#, "badges", "There is no scan pattern \"badges\""),
        (#"{"unknown": ".*"}"#, "unknown", "cannot be configured"),
    ])
    func configurationErrorsNameThePattern(json: String, pattern: String, message: String) {
        #expect {
            try JSONDecoder().decode(ScanPatterns.self, from: Data(json.utf8))
        } throws: { error in
            guard let error = error as? ScanPatternError else { return false }
            return error.pattern == pattern && error.description.contains(message)
        }
    }
}
