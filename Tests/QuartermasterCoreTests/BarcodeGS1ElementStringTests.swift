import Testing
@testable import QuartermasterCore

/// GS1 element strings: both forms, every separator habit, and every kind of error with its
/// position.
struct BarcodeGS1ElementStringTests {
    static let gs = "\u{1D}"

    // MARK: Valid data

    @Test(arguments: [
        // Fixed-length AIs back to back need no separator.
        ("0109501101530003", ["01": "09501101530003"]),
        ("01095011015300031725010110ABC123", ["01": "09501101530003", "17": "250101", "10": "ABC123"]),
        // FNC1 as GS after a variable field, and a leading GS (FNC1 in first position).
        (gs + "0109501101530003" + "10ABC" + gs + "21XYZ-1", ["01": "09501101530003", "10": "ABC", "21": "XYZ-1"]),
        ("10ABC" + gs + "0109501101530003", ["10": "ABC", "01": "09501101530003"]),
        // A GS after a fixed field, a trailing GS, doubled GS: all harmless.
        ("0109501101530003" + gs + "17250100" + gs, ["01": "09501101530003", "17": "250100"]),
        ("10A" + gs + gs + "21B", ["10": "A", "21": "B"]),
        // Bracketed human-readable form.
        ("(01)09501101530003(17)250101(10)ABC", ["01": "09501101530003", "17": "250101", "10": "ABC"]),
        ("(00)106141411234567897", ["00": "106141411234567897"]),
        // Three- and four-digit AIs.
        ("3103000750" + "0109501101530003", ["3103": "000750", "01": "09501101530003"]),
        ("02095011015300033712", ["02": "09501101530003", "37": "12"]),
        ("8004FA-000123", ["8004": "FA-000123"]),
        ("8020REF-77" + gs + "4154012345000009", ["8020": "REF-77", "415": "4012345000009"]),
        ("4221561012", ["422": "156", "10": "12"]),
        ("(421)156100000", ["421": "156100000"]),
        ("70032501012359", ["7003": "2501012359"]),
        ("800304012345000009ABC", ["8003": "04012345000009ABC"]),
        ("240PART-9" + gs + "241C-1" + gs + "250S2" + gs + "22V1" + gs + "11240229" + "1312" + "0101",
         ["240": "PART-9", "241": "C-1", "250": "S2", "22": "V1", "11": "240229", "13": "120101"]),
        ("3900125" + gs + "30" + "5", ["3900": "125", "30": "5"]),
        ("90INTERNAL" + gs + "99(x)%&'*+,-./:;<=>?_z", ["90": "INTERNAL", "99": "(x)%&'*+,-./:;<=>?_z"]),
        // The same AI twice with the same data is one element.
        ("10A" + gs + "10A", ["10": "A"]),
    ] as [(String, KeyValuePairs<String, String>)])
    func parses(text: String, expected: KeyValuePairs<String, String>) throws {
        let parsed = try GS1ElementString(parsing: text)
        #expect(parsed.elements == expected.map { GS1Element(ai: $0.key, value: $0.value) })
    }

    @Test func readsBothFormsAlike() throws {
        let transmitted = try GS1ElementString(parsing: "0109501101530003" + "10ABC" + Self.gs + "17250101")
        let bracketed = try GS1ElementString(parsing: "(01)09501101530003(10)ABC(17)250101")
        #expect(transmitted == bracketed)
        #expect(transmitted.gtin == "09501101530003")
        #expect(transmitted["10"] == "ABC")
        #expect(transmitted["21"] == nil)
        #expect(transmitted.description == "(01)09501101530003(10)ABC(17)250101")
        #expect(transmitted.transmitted == "0109501101530003" + "10ABC" + Self.gs + "17250101")
        #expect(try GS1ElementString(parsing: bracketed.transmitted) == bracketed)
    }

    @Test func acceptsSubstrings() throws {
        let scan = "]C10109501101530003"
        #expect(try GS1ElementString(parsing: scan.dropFirst(3)).gtin == "09501101530003")
    }

    // MARK: Errors

    @Test(arguments: [
        ("0109501101530004", GS1ParseError.Kind.badCheckDigit, "01", 15,
         "AI 01: check digit of 09501101530004 is wrong (expected 3), at character 16"),
        ("010950110153000317251332", .invalidDate, "17", 18,
         "AI 17: date 251332 is not a valid date, at character 19"),
        ("17250230", .invalidDate, "17", 2, "AI 17: date 250230 is not a valid date, at character 3"),
        ("17250229", .invalidDate, "17", 2, "AI 17: date 250229 is not a valid date, at character 3"),
        ("70062501" + "00", .invalidDate, "7006", 4, "AI 7006: date 250100 is not a valid date, at character 5"),
        ("70032501012460", .invalidTime, "7003", 10, "AI 7003: time 2460 is not a valid time, at character 11"),
        ("2312345", .unknownApplicationIdentifier, nil, 0, "unknown application identifier 2312, at character 1"),
        ("0109501101530003" + "2999", .unknownApplicationIdentifier, nil, 16,
         "unknown application identifier 2999, at character 17"),
        ("(23)ABC", .unknownApplicationIdentifier, nil, 1, "unknown application identifier 23, at character 2"),
        ("10ABCDEFGHIJKLMNOPQRSTU", .valueTooLong, "10", 2,
         "AI 10: value is 21 characters long, at most 20 allowed, at character 3"),
        ("10LOT12345" + "17250101" + "21SERIAL0001", .valueTooLong, "10", 2,
         "AI 10: value is 28 characters long, at most 20 allowed, at character 3"),
        ("(01)095011015300031", .valueTooLong, "01", 4,
         "AI 01: value is 15 characters long, at most 14 allowed, at character 5"),
        ("01095011015300", .valueTooShort, "01", 2, "AI 01: expected 14 characters, found 12, at character 3"),
        ("01095011015" + gs + "10A", .valueTooShort, "01", 2, "AI 01: expected 14 characters, found 9, at character 3"),
        ("10" + gs + "0109501101530003", .valueTooShort, "10", 2, "AI 10: value is empty, at character 3"),
        ("42115", .valueTooShort, "421", 3, "AI 421: expected at least 4 characters, found 2, at character 4"),
        ("0109501101530A03", .invalidCharacter, "01", 13, "AI 01: 'A' is not a digit, at character 14"),
        ("10AB CD", .invalidCharacter, "10", 4, "AI 10: character a space is not allowed, at character 5"),
        ("10AB#CD", .invalidCharacter, "10", 4, "AI 10: character '#' is not allowed, at character 5"),
        ("10ABé", .invalidCharacter, "10", 4, "AI 10: character 'é' is not allowed, at character 5"),
        ("(10)AB" + gs + "C", .invalidCharacter, "10", 6, "AI 10: character GS is not allowed, at character 7"),
        ("8003" + "14012345000009", .invalidValue, "8003", 4, "AI 8003: 1 must be 0, at character 5"),
        ("AB123", .missingApplicationIdentifier, nil, 0,
         "expected an application identifier (digits), found 'A', at character 1"),
        ("10A" + gs + "1", .missingApplicationIdentifier, nil, 5,
         "the data ends where an application identifier should be, at character 6"),
        ("(0109501101530003", .missingApplicationIdentifier, nil, 0,
         "expected an application identifier in brackets, such as (01), at character 1"),
        ("", .empty, nil, 0, "no GS1 data, at character 1"),
        (gs + gs, .empty, nil, 0, "no GS1 data, at character 1"),
        ("10A" + gs + "10B", .conflictingDuplicate, "10", 4,
         "AI 10 appears twice with different values (A, B), at character 5"),
    ] as [(String, GS1ParseError.Kind, String?, Int, String)])
    func reportsWhatAndWhere(text: String, kind: GS1ParseError.Kind, ai: String?, offset: Int, description: String) {
        #expect {
            try GS1ElementString(parsing: text)
        } throws: { error in
            guard let error = error as? GS1ParseError else { return false }
            #expect(error.kind == kind)
            #expect(error.ai == ai)
            #expect(error.offset == offset)
            #expect(error.description == description)
            return true
        }
    }

    // MARK: The AI table

    @Test(arguments: [
        "00", "01", "02", "10", "11", "12", "13", "15", "17", "20", "21", "22", "240", "241", "250", "30",
        "37", "3100", "3105", "3165", "3200", "3205", "3900", "3909", "400", "401", "410", "411", "412", "413",
        "414", "415", "420", "421", "422", "7003", "8003", "8004", "8020", "90", "91", "95", "99",
    ])
    func knowsTheAIsTheStationMeets(ai: String) throws {
        let definition = try #require(GS1ApplicationIdentifier.named(ai))
        #expect(definition.ai == ai)
        #expect(!definition.title.isEmpty)
    }

    @Test func aiTableIsPrefixFree() {
        // The transmitted form has no delimiter after an AI: this is what makes it readable.
        let ais = Array(GS1ApplicationIdentifier.table.keys)
        for ai in ais {
            for other in ais where other != ai {
                #expect(!other.hasPrefix(ai), "AI \(ai) is a prefix of \(other)")
            }
        }
    }

    @Test(arguments: [
        ("01", 14, 14, true, "GTIN"),
        ("10", 1, 20, false, "BATCH/LOT"),
        ("17", 6, 6, true, "USE BY or EXPIRY"),
        ("3103", 6, 6, true, "NET WEIGHT (kg)"),
        ("421", 4, 12, false, "SHIP TO POST"),
        ("7003", 10, 10, false, "EXPIRY TIME"),
        ("8003", 14, 30, false, "GRAI"),
        ("98", 1, 90, false, "INTERNAL"),
    ])
    func describesLengths(ai: String, minimum: Int, maximum: Int, predefined: Bool, title: String) throws {
        let definition = try #require(GS1ApplicationIdentifier.named(ai))
        #expect(definition.minimumLength == minimum)
        #expect(definition.maximumLength == maximum)
        #expect(definition.isPredefinedLength == predefined)
        #expect(definition.title == title)
    }

    @Test(arguments: ["3106", "3109", "3380", "2999", "9", "", "019"])
    func doesNotInventAIs(ai: String) {
        #expect(GS1ApplicationIdentifier.named(ai) == nil)
    }

    // MARK: Elements

    @Test(arguments: [
        ("17", "250101", 2025, "2025-01-01"),
        ("17", "250100", 2025, "2025-01-31"),
        ("15", "240200", 2025, "2024-02-29"),
        ("11", "990615", 2025, "1999-06-15"),
        ("17", "750101", 2025, "2075-01-01"),
        ("17", "400101", 2090, "2140-01-01"),
        ("17", "410101", 2090, "2041-01-01"),
        ("8008", "25010112", 2025, "2025-01-01"),
    ])
    func readsDates(ai: String, value: String, year: Int, date: String) {
        #expect(GS1Element(ai: ai, value: value).date(relativeTo: year)?.description == date)
    }

    @Test(arguments: [("10", "250101"), ("17", "251301"), ("17", "2501"), ("01", "09501101530003")])
    func readsNoDateFromOtherData(ai: String, value: String) {
        #expect(GS1Element(ai: ai, value: value).date(relativeTo: 2025) == nil)
    }

    @Test func elementsExplainThemselves() {
        let element = GS1Element(ai: "17", value: "250101")
        #expect(element.title == "USE BY or EXPIRY")
        #expect(element.description == "(17)250101")
        #expect(GS1Element(ai: "29", value: "x").title == nil)
    }
}
