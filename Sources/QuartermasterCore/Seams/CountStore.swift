/// What a count (盘点) needs from the station's database, at the kiosk. The GRDB store
/// implements it with one durable transaction per write; `StationStore` refines it, so every
/// store the kiosk runs on can count. Closing, write-offs and reports are the office's acts at
/// the command line and live on the database itself.
public protocol CountStore {
    /// Opens a session for `opening.scope`, each code with everything under it, and snapshots
    /// the register's non-disposed assets at those locations as what the count expects.
    /// Refuses (`.invalidInput`) codes that are not locations, naming them, and (`.conflict`) a
    /// scope that overlaps a count still open, naming it: a location is in one open count.
    /// The session belongs to the count campaign that covers its scope on the opening's day.
    func openCount(_ opening: CountOpening) throws(StationProblem) -> CountSession

    /// The open session whose scope holds this location, if any: how several auditors and
    /// stations share one count.
    func openCountSession(holding locationCode: String) throws(StationProblem) -> CountSession?

    /// One location's expected / found / missing in a session.
    func countProgress(session: String, location: Location) throws(StationProblem) -> CountProgress

    /// Classifies and records one tag scan in one durable transaction: a first scan is recorded
    /// and journalled (`count.scanned`); a duplicate records nothing new and is journalled as
    /// such (`count.duplicate`). Refuses a closed session or a location outside its scope.
    func recordCountScan(_ scan: CountTagScan) throws(StationProblem) -> CountScanResult

    /// Marks a moved asset's scan as accepted (journalled); closing applies it to the register.
    func acceptCountMove(_ acceptance: CountMoveAcceptance) throws(StationProblem)

    /// Registers a surplus tag as an asset where it was found (journalled); its count row stays
    /// surplus. Refuses a tag that was not counted as surplus in this open session.
    func registerSurplus(_ registration: SurplusRegistration) throws(StationProblem) -> Asset

    /// The session's reconciliation (expected snapshot, scans and register), or nil when there
    /// is no such session.
    func reconciliation(session: String) throws(StationProblem) -> Reconciliation?
}
