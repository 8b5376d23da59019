internal import Foundation

/// How times are stored: INTEGER milliseconds since 1970 UTC. Exact (no float rounding in
/// comparisons), zone-free, and the same unit UUIDv7 ids carry.
enum StoredTime {
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
