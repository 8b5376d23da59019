import Scanning
import Testing

/// Linear codes wait for a second frame; QR codes do not.
@Suite struct CameraConfirmationFilterTests {
    private let badge = DecodedSymbol(symbology: "QR-Code", data: Array("E1001".utf8))
    private let item = DecodedSymbol(symbology: "EAN-13", data: Array("4006381333931".utf8))
    private let misread = DecodedSymbol(symbology: "EAN-13", data: Array("0014800000436".utf8))

    @Test func qrIsReportedFromOneFrame() {
        var filter = ConfirmationFilter()
        #expect(filter.admit([badge]) == [badge])
    }

    @Test func eanNeedsTwoFramesInARow() {
        var filter = ConfirmationFilter()
        #expect(filter.admit([item]) == [])
        #expect(filter.admit([item]) == [item])
        #expect(filter.admit([item]) == [item], "still confirmed; the duplicate window keeps it to one report")
    }

    @Test func aOneFrameMisreadIsNeverReported() {
        var filter = ConfirmationFilter()
        var reported: [DecodedSymbol] = []
        for frame in 0..<30 {
            reported += filter.admit(frame == 7 ? [misread, item] : [item])
        }
        #expect(!reported.contains(misread))
        #expect(reported.contains(item))
    }

    @Test func aGapStartsTheCountAgain() {
        var filter = ConfirmationFilter()
        #expect(filter.admit([item]) == [])
        #expect(filter.admit([]) == [])
        #expect(filter.admit([item]) == [])
        #expect(filter.admit([item]) == [item])
    }

    @Test func oneFrameWhenConfiguredSo() {
        var filter = ConfirmationFilter(frames: 1)
        #expect(filter.admit([item]) == [item])
    }
}
