import QuartermasterCore
import Testing

/// A quantity the kiosk acts on is never above `QuantityLimit.maximum`, whatever a site's
/// quantity pattern lets through.
@Suite struct ScanQuantityBoundTests {
    let wide = ScanClassifier(patterns: try! ScanPatterns([.quantity: #"^\d{1,20}$"#]))

    @Test(arguments: ["1", "10", "1000000"])
    func quantitiesUpToTheBoundAreQuantities(text: String) {
        let scan = wide.classify(text)
        #expect(scan.kind == .quantity)
        #expect(scan.problem == nil)
    }

    @Test(arguments: ["1000001", "9223372036854775807", "99999999999999999999"])
    func largerOnesAreRefusedAsTooLarge(text: String) {
        let scan = wide.classify(text)
        #expect(scan.kind == .quantity)
        #expect(scan.problem == .quantityTooLarge)
        #expect(scan.problem?.description.contains("at most 1000000") == true)
    }

    @Test func theDefaultPatternMatchesWhatImportsRefuse() {
        let classifier = ScanClassifier()
        #expect(classifier.matches(.quantity, "1001"))
        #expect(!classifier.matches(.quantity, "100231"))
        #expect(classifier.classify("100231").kind != .quantity)
    }
}
