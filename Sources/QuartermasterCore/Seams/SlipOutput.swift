public import Foundation

/// Where pickup slips go: a printer queue, or PDF files when no printer is configured.
///
/// The slip is already owed in the store (in the transaction of the pickup it belongs to); an
/// output has the store build it, and notes it produced there once it is printed or filed, so
/// a slip never produced is produced again after a restart, and one produced is never
/// produced twice.
public protocol SlipOutput {
    /// Produces the slip owed under `id` and says where it went ("queued for slip-80 (job
    /// 0193…)", "out/YPQ-2024-001-….pdf"). On a failure the slip stays owed.
    func produceSlip(id: UUID) throws(StationProblem) -> String
}
