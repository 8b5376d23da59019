import Foundation
import Printing
import Testing

/// Backoff: quick at first, then at most once a minute, so an unplugged printer is retried
/// often enough to print soon after it is back without hammering CUPS meanwhile.
@Suite struct PrintRetryPolicyTests {
    @Test(arguments: [(0, 2), (1, 4), (2, 8), (3, 16), (4, 32), (5, 60), (6, 60), (100, 60)])
    func delayDoublesUpToTheMaximum(attempts: Int, seconds: Int) {
        #expect(PrintRetryPolicy().delay(afterAttempts: attempts) == .seconds(seconds))
    }

    @Test func negativeAttemptsCountAsNone() {
        #expect(PrintRetryPolicy().delay(afterAttempts: -3) == .seconds(2))
    }

    @Test func jobNameStartsWithTheStationJobID() throws {
        let id = try #require(UUID(uuidString: "0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"))
        let job = SpooledPrintJob(
            id: id, queue: "qm-raw", format: .raw, title: "Labels asset-62x29 ×3", document: [1], stage: .pending,
            updated: .distantPast)
        #expect(job.cupsJobName == "qm-0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b Labels asset-62x29 ×3")
        #expect(job.cupsJobName.hasPrefix(SpooledPrintJob.namePrefix(id)))
    }
}
