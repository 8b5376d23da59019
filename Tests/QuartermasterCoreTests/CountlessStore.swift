import QuartermasterCore

/// A test store for jobs other than counts: every count request is refused, so a test that
/// strays into counting fails loudly instead of passing on an empty answer.
protocol CountlessStore: CountStore {}

extension CountlessStore {
    private var refusal: StationProblem { StationProblem(.system, "This test store keeps no counts.", advice: "") }
    func openCount(_ opening: CountOpening) throws(StationProblem) -> CountSession { throw refusal }
    func openCountSession(holding locationCode: String) throws(StationProblem) -> CountSession? { throw refusal }
    func countProgress(session: String, location: Location) throws(StationProblem) -> CountProgress { throw refusal }
    func recordCountScan(_ scan: CountTagScan) throws(StationProblem) -> CountScanResult { throw refusal }
    func acceptCountMove(_ acceptance: CountMoveAcceptance) throws(StationProblem) { throw refusal }
    func registerSurplus(_ registration: SurplusRegistration) throws(StationProblem) -> Asset { throw refusal }
    func reconciliation(session: String) throws(StationProblem) -> Reconciliation? { throw refusal }
}
