import QuartermasterTesting
import Sync
import Testing

/// The wait between failed passes: doubling to a ceiling, jittered within its upper half.
@Suite struct SyncBackoffTests {
    @Test func waitsDoubleUpToTheCeilingEachInItsUpperHalf() {
        var backoff = SyncBackoff(base: .seconds(1), ceiling: .seconds(60))
        var generator = SplitMix64(seed: 7)
        let expected: [Duration] = [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(32), .seconds(60), .seconds(60)]
        for full in expected {
            let wait = backoff.next(using: &generator)
            #expect(wait >= full / 2 && wait <= full, "\(wait) outside \(full / 2)…\(full)")
        }
        backoff.reset()
        #expect(backoff.next(using: &generator) <= .seconds(1))
    }

    @Test func stationsThatFailTogetherDoNotRetryTogether() {
        var waits = Set<Duration>()
        for seed in 1...20 {
            var backoff = SyncBackoff()
            var generator = SplitMix64(seed: UInt64(seed))
            for _ in 0..<4 { _ = backoff.next(using: &generator) }
            waits.insert(backoff.next(using: &generator))
        }
        #expect(waits.count > 15)
    }
}
