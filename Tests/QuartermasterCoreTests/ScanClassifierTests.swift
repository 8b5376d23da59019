import Testing
import QuartermasterCore

/// The classifier over every kind of code the station meets, with and without symbology
/// identifiers, and the scans it must refuse.
struct ScanClassifierTests {
    static let gs = "\u{1D}"
    let classifier = ScanClassifier()

    // MARK: Every default kind

    @Test(arguments: [
        ("QM-MODE-COUNT", ScanKind.mode, "QM-MODE-COUNT"),
        ("QM-MODE-COUNT\r\n", .mode, "QM-MODE-COUNT"),
        ("YPQ-2024-001", .requisition, "YPQ-2024-001"),
        ("]Q1YPQ-2024-000123\r", .requisition, "YPQ-2024-000123"),
        ("E12345", .badge, "E12345"),
        ("]A0E1001\n", .badge, "E1001"),
        ("FA-000123", .assetTag, "FA-000123"),
        ("]Q1FA-000123", .assetTag, "FA-000123"),
        ("LOC-HQ-3F-301", .location, "LOC-HQ-3F-301"),
        ("INV-7K2M9Q", .visitorInvite, "INV-7K2M9Q"),
        ("VB-20240301", .visitorBadge, "VB-20240301"),
        ("12", .quantity, "12"),
        ("0", .quantity, "0"),
        ("9999", .quantity, "9999"),
        ("ITM-A4-PAPER", .item, "ITM-A4-PAPER"),
        ("hello", .unknown, "hello"),
        ("", .unknown, ""),
        ("\r\n", .unknown, ""),
        ("e12345", .unknown, "e12345"),
        ("E12", .unknown, "E12"),
        ("E１２３４５", .unknown, "E１２３４５"),
        ("12345", .unknown, "12345"),
        ("123456789", .unknown, "123456789"),
        ("FA-0001234", .unknown, "FA-0001234"),
        ("YPQ-2024-001 ", .unknown, "YPQ-2024-001 "),
        ("E12345\nE6789", .unknown, "E12345\nE6789"),
        ("]W1E12345", .unknown, "]W1E12345"),
    ])
    func classifiesTheStationsCodes(raw: String, kind: ScanKind, text: String) {
        let scan = classifier.classify(raw)
        #expect(scan.kind == kind)
        #expect(scan.text == text)
        #expect(scan.problem == nil)
        #expect(scan.gs1 == nil)
        #expect(scan.gtin == nil)
    }

    @Test func keepsTheSymbologyIdentifier() {
        let scan = classifier.classify("]Q1E12345\r\n")
        #expect(scan == ClassifiedScan(kind: .badge, text: "E12345", aim: AIMIdentifier("]Q1")))
        #expect(classifier.classify("E12345").aim == nil)
    }

    // MARK: Items by GTIN

    @Test(arguments: [
        ("4006381333931", "04006381333931"),
        ("]E04006381333931", "04006381333931"),
        ("9501101530003\r\n", "09501101530003"),
        ("96385074", "00000096385074"),
        ("]E496385074", "00000096385074"),
        ("036000291452", "00036000291452"),
        ("]E0036000291452", "00036000291452"),
        ("10614141000415", "10614141000415"),
        ("]I110614141000415", "10614141000415"),
        ("]E004252614", "00042100005264"),  // UPC-E, only the identifier tells it from EAN-8
        ("]E3400638133393112", "04006381333931"),  // EAN-13 with a two-digit add-on
        ("]E3400638133393112345", "04006381333931"),  // with a five-digit add-on
    ])
    func itemsByGTIN(raw: String, gtin: String) {
        let scan = classifier.classify(raw)
        #expect(scan.kind == .item)
        #expect(scan.gtin == gtin)
        #expect(scan.problem == nil)
    }

    @Test(arguments: [
        "4006381333938", "96385075", "036000291453", "10614141000416", "9501101530017", "]E04006381333932",
        "]E001234566",
        "]E004252610",  // a valid EAN-8, but as the UPC-E the identifier says it is, misread
    ])
    func misKeyedGTINIsAnItemToRescan(raw: String) {
        let scan = classifier.classify(raw)
        #expect(scan.kind == .item)
        #expect(scan.problem == .badCheckDigit)
        #expect(scan.gtin == nil)
        #expect(scan.problem?.description.hasPrefix("Check digit wrong") == true)
    }

    @Test func registeredEANMatchesGS1Scan() {
        let registered = GTIN.normalized("4006381333931")
        #expect(registered == "04006381333931")
        for raw in [
            "4006381333931", "(01)04006381333931", "]C10104006381333931", "]d2" + Self.gs + "0104006381333931",
            "]e00104006381333931", "0104006381333931" + "10LOT7", "]E04006381333931",
        ] {
            #expect(classifier.classify(raw).gtin == registered, "\(raw)")
        }
    }

    // MARK: Items by GS1

    @Test(arguments: [
        ("]C10109501101530003" + "10LOT1", ["01": "09501101530003", "10": "LOT1"]),
        ("]d201095011015300031725010110ABC", ["01": "09501101530003", "17": "250101", "10": "ABC"]),
        ("]Q3" + "10ABC" + gs + "0109501101530003", ["10": "ABC", "01": "09501101530003"]),
        ("]J10109501101530003", ["01": "09501101530003"]),
        (gs + "0109501101530003" + "21SN1\r\n", ["01": "09501101530003", "21": "SN1"]),
        ("10ABC" + gs + "0109501101530003", ["10": "ABC", "01": "09501101530003"]),
        ("(01)09501101530003(17)250101(10)ABC", ["01": "09501101530003", "17": "250101", "10": "ABC"]),
        // A DataMatrix read with neither identifier nor FNC1 still starts with AI 01.
        ("0109501101530003" + "10ABC", ["01": "09501101530003", "10": "ABC"]),
        ("0109501101530003", ["01": "09501101530003"]),
    ] as [(String, KeyValuePairs<String, String>)])
    func itemsByGS1(raw: String, elements: KeyValuePairs<String, String>) {
        let scan = classifier.classify(raw)
        #expect(scan.kind == .item)
        #expect(scan.gtin == "09501101530003")
        #expect(scan.gs1 == elements.map { GS1Element(ai: $0.key, value: $0.value) })
        #expect(scan.problem == nil)
    }

    @Test(arguments: [
        ("]Q30109501101530004", ScanKind.item, "AI 01: check digit of 09501101530004 is wrong (expected 3), at character 16"),
        ("]C1010950110153000317251332", .item, "AI 17: date 251332 is not a valid date, at character 19"),
        ("(01)09501101530003(17)251332", .item, "AI 17: date 251332 is not a valid date, at character 23"),
        ("0109501101530003" + "10ABCDEFGHIJKLMNOPQRSTUVW", .item,
         "AI 10: value is 23 characters long, at most 20 allowed, at character 19"),
        ("]C12312", .unknown, "unknown application identifier 2312, at character 1"),
        ("]d2ABC", .unknown, "expected an application identifier (digits), found 'A', at character 1"),
        ("E12345" + gs + "X", .unknown, "expected an application identifier (digits), found 'E', at character 1"),
    ])
    func unreadableGS1(raw: String, kind: ScanKind, message: String) {
        let scan = classifier.classify(raw)
        #expect(scan.kind == kind)
        #expect(scan.problem == .gs1(message))
        #expect(scan.gs1 == nil)
        #expect(scan.gtin == nil)
    }

    @Test func gs1WithoutGTINIsNoItem() {
        let scan = classifier.classify("]C1" + "3712")
        #expect(scan.kind == .unknown)
        #expect(scan.gs1 == [GS1Element(ai: "37", value: "12")])
        #expect(scan.problem == nil)
        let sscc = classifier.classify("]C100106141411234567897")
        #expect(sscc.kind == .unknown)
        #expect(sscc.gs1?.first?.ai == "00")
    }

    // MARK: The two halves

    /// `read` stops before every pattern but the mode card's, so the resolver can look a code up
    /// first; `classify` of the reading finishes the work and agrees with `classify` of the text.
    @Test func readingStopsBeforeThePatternsButTheModeCards() {
        #expect(classifier.read("]Q1QM-MODE-PICKUP\r\n") == ScanReading(text: "QM-MODE-PICKUP", aim: AIMIdentifier("]Q1"), isModeCard: true))
        #expect(classifier.read("E12345\n") == ScanReading(text: "E12345"))
        #expect(classifier.read("100231") == ScanReading(text: "100231"))
        #expect(classifier.read("(01)09501101020917") == ScanReading(text: "(01)09501101020917", looksGS1: true))
        #expect(classifier.read("]C1QM-MODE-PICKUP").isModeCard == false, "GS1 data is never a mode card")
        #expect(classifier.read(String(repeating: "A", count: 4097)).problem == .tooLong)
        #expect(classifier.read(bytes: [0x45, 0x31, 0xFF]).problem == .invalidUTF8)
        for raw in ["]Q1QM-MODE-PICKUP\r\n", "E12345", "YPQ-2024-001", "10", "6901234567892", "12345678", "(01)09501101020917", "zzz"] {
            #expect(classifier.classify(classifier.read(raw)) == classifier.classify(raw))
        }
        #expect(classifier.classify(classifier.read("QM-MODE-COUNT")).kind == .mode)
        #expect(classifier.classify(classifier.read("E12345")).kind == .badge)
    }

    // MARK: Refused scans

    @Test func tooLongScans() {
        let long = classifier.classify(String(repeating: "A", count: 4097))
        #expect(long.kind == .unknown)
        #expect(long.problem == .tooLong)
        #expect(long.text.utf8.count == 4096)

        let wide = classifier.classify("]Q1" + String(repeating: "é", count: 2047))  // 3 + 4094 bytes
        #expect(wide.problem == .tooLong)
        #expect(wide.aim == AIMIdentifier("]Q1"))
        #expect(wide.text == String(repeating: "é", count: 2047))

        let limit = classifier.classify(String(repeating: "1", count: 4096))
        #expect(limit.problem == nil)
        #expect(limit.kind == .unknown)

        let badge = classifier.classify("E12345" + String(repeating: "\r\n", count: 2046))
        #expect(badge.problem == .tooLong, "the limit applies to what the scanner sent")
        #expect(classifier.classify(bytes: Array(repeating: UInt8(ascii: "1"), count: 4097)).problem == .tooLong)
    }

    @Test func bytes() {
        #expect(classifier.classify(bytes: Array("]Q1E12345\r\n".utf8)) == classifier.classify("]Q1E12345\r\n"))
        let invalid = classifier.classify(bytes: [0x45, 0x31, 0xFF, 0x32, 0x33, 0x0D])
        #expect(invalid.kind == .unknown)
        #expect(invalid.problem == .invalidUTF8)
        #expect(invalid.text == "E1\u{FFFD}23")
        let truncated = classifier.classify(bytes: Array("E123".utf8) + [0xE5, 0xBC])
        #expect(truncated.problem == .invalidUTF8)
    }

    // MARK: Configured patterns

    @Test func configuredPatternsWinInOrder() throws {
        let patterns = try ScanPatterns([.badge: #"^\d{6}$"#, .item: #"^\d{8}$"#])
        let configured = ScanClassifier(patterns: patterns)
        #expect(configured.classify("123456").kind == .badge)
        #expect(configured.classify("E12345").kind == .unknown)
        // An in-house 8-digit code is an item, not a mis-keyed EAN-8.
        #expect(configured.classify("12345678") == ClassifiedScan(kind: .item, text: "12345678"))
        #expect(configured.classify("96385074").gtin == "00000096385074")
        #expect(classifier.classify("12345678").problem == .badCheckDigit)
    }

    @Test func earlierKindsWin() throws {
        // A quantity pattern that also matches badges loses to the badge, which comes first.
        let configured = ScanClassifier(patterns: try ScanPatterns([.quantity: #"^E?\d{1,6}$"#]))
        #expect(configured.classify("E12345").kind == .badge)
        #expect(configured.classify("E12").kind == .quantity)
    }

    // MARK: Problems for people

    @Test(arguments: [ScanProblem.badCheckDigit, .gs1("AI 17: date 251332 is not a valid date"), .tooLong, .invalidUTF8])
    func problemsSpeakBothLanguages(problem: ScanProblem) {
        for language in Language.allCases {
            #expect(!problem.message(in: language).isEmpty)
        }
        #expect(problem.description == problem.message(in: .english))
        if case .gs1(let detail) = problem {
            #expect(problem.description.contains(detail))
            #expect(problem.message(in: .simplifiedChinese).contains(detail))
        }
    }

    @Test func classifierIsSendable() {
        let sendable: any Sendable = ScanClassifier()
        #expect(sendable is ScanClassifier)
    }
}
