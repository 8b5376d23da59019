import Scanning
import Testing

// MARK: - CameraDuplicateFilterTests

/// The duplicate window on its own, with times made up by the test.
@Suite struct CameraDuplicateFilterTests {
    private let badge = DecodedSymbol(symbology: "QR-Code", data: Array("B-1001".utf8))
    private let item = DecodedSymbol(symbology: "EAN-13", data: Array("4006381333931".utf8))
    private let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test("a code seen for the first time is reported")
    func firstSighting() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        #expect(filter.admit([badge], at: at(0)) == [badge])
    }

    @Test("a code held in view is reported once, however long it stays")
    func heldInView() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        var reported: [DecodedSymbol] = []
        for frame in 0..<300 {  // ten seconds at 30 frames/s
            reported += filter.admit([badge], at: at(frame * 33))
        }
        #expect(reported == [badge])
    }

    @Test("after a pause as long as the window the code counts again", arguments: [
        (1_999, false), (2_000, true), (5_000, true),
    ])
    func afterPause(pause: Int, reportedAgain: Bool) {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        _ = filter.admit([badge], at: at(0))
        #expect(filter.admit([badge], at: at(pause)) == (reportedAgain ? [badge] : []))
    }

    @Test("each code has its own window, and frame order is kept")
    func independentCodes() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        #expect(filter.admit([badge], at: at(0)) == [badge])
        #expect(filter.admit([item, badge], at: at(500)) == [item])
        #expect(filter.admit([badge, item], at: at(3_000)) == [badge, item])
    }

    @Test("the same code twice in one frame is reported once")
    func twiceInFrame() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        #expect(filter.admit([item, item], at: at(0)) == [item])
    }

    @Test("the same text in another symbology is another code")
    func symbologyMatters() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        let asCode128 = DecodedSymbol(symbology: "CODE-128", data: item.data)
        #expect(filter.admit([item, asCode128], at: at(0)) == [item, asCode128])
    }

    @Test("a zero window reports every sighting")
    func zeroWindow() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .zero)
        #expect(filter.admit([badge], at: at(0)) == [badge])
        #expect(filter.admit([badge], at: at(0)) == [badge])
    }

    @Test("codes gone for a whole window are forgotten")
    func forgets() {
        var filter = DuplicateFilter<ContinuousClock.Instant>(window: .seconds(2))
        for index in 0..<1_000 {
            _ = filter.admit([DecodedSymbol(symbology: "CODE-128", data: Array("ITM-\(index)".utf8))], at: at(index))
        }
        _ = filter.admit([], at: at(10_000))
        #expect(filter.rememberedCount == 0)
    }

    @Test("any InstantProtocol clock works, e.g. a suspending one")
    func otherClock() {
        let begin = SuspendingClock.now
        var filter = DuplicateFilter<SuspendingClock.Instant>(window: .seconds(1))
        #expect(filter.admit([badge], at: begin) == [badge])
        #expect(filter.admit([badge], at: begin + .milliseconds(10)) == [])
    }
}
