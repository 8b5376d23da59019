import Foundation
import QuartermasterCore
import Station
import Testing

/// The slip's file in DIR/out/: the requisition's number made safe, the pickup's moment in UTC
/// (ISO 8601's basic format, whatever the zone the station runs in), and a reprint apart.
@Suite struct PDFSlipFolderTests {
    @Test func aSlipsFileIsNamedByItsNumberAndItsMomentInUTC() {
        var slip = ChildProcessDrawingTests.slip
        slip.pickupTime = Date(timeIntervalSince1970: 1_709_272_800.75)   // 2024-03-01 06:00:00.75 UTC, 14:00 in Shanghai
        let id = UUID(uuidString: "0190F5A2-1C2B-7D3E-8F40-123456789ABC")!
        #expect(PDFSlipFolder.fileName(QueuedSlip(id: id, slip: slip)) == "YPQ-2026-0042-20240301T060000Z.pdf")
        #expect(PDFSlipFolder.fileName(QueuedSlip(id: id, slip: slip, reprintOf: UUID())) == "YPQ-2026-0042-20240301T060000Z-reprint-0190f5a2.pdf")
        slip.requisitionNumber = "../../etc/领料单 1"
        let name = PDFSlipFolder.fileName(QueuedSlip(id: id, slip: slip))
        #expect(!name.contains("/"), "\(name)")
        #expect(name.hasSuffix("-20240301T060000Z.pdf"), "\(name)")
    }
}
