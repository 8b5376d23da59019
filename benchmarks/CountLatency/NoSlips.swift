import QuartermasterCore

/// A count prints no slips: the engine's slip seam, never called here.
struct NoSlips: SlipOutput {
    func produce(_ slip: QueuedSlip) throws(StationProblem) -> String {
        fatalError("a count produced a slip")
    }
}
