/// Where pickup slips go: a printer queue, or PDF files when no printer is configured.
///
/// The slip arrives already owed in the store (queued with the pickup it belongs to); an output
/// notes it produced there once it is printed or filed, so a slip never produced is produced
/// again after a restart, and one produced is never produced twice.
public protocol SlipOutput {
    /// Produces the slip and says where it went ("queued for slip-80 (job 0193…)",
    /// "out/YPQ-2024-001-….pdf"). On a failure the slip stays owed.
    func produce(_ slip: QueuedSlip) throws(StationProblem) -> String
}
