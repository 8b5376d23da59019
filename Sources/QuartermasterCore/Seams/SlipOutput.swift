
/// Where pickup slips go: a printer queue, or PDF files when no printer is configured.
public protocol SlipOutput {
    /// Produces the slip and says where it went ("printer slip-80: job 12", "out/YPQ-2024-001.pdf").
    func produce(_ slip: PickupSlip) throws(StationProblem) -> String
}
