public import QuartermasterCore

/// The centre's storage: one protocol, two implementations (PostgreSQL for an office with
/// branches, SQLite for one small site), one conformance suite run against both
/// (`Tests/CentralTests`). Every method is one transaction.
public protocol CentralStore: Sendable {
    /// Creates or upgrades the schema. Safe to call on every start.
    func migrate() async throws

    // MARK: Stations and tokens

    /// Registers station `name` at `site` and returns a new one-time enrolment code. Only the
    /// code's hash is stored. Adding a name that exists (not revoked) is refused.
    func addStation(name: String, site: String) async throws -> String
    /// Revokes the station's token and any unused enrolment code; its events stay.
    func revokeStation(name: String) async throws
    /// Trades an enrolment code for a token bound to the station id; a code works once.
    func enrol(_ request: EnrolRequest) async throws -> EnrolResponse
    /// The station a token belongs to, or nil for an unknown or revoked token.
    func authenticate(token: String) async throws -> AuthenticatedStation?

    // MARK: Push

    /// Stores a station's next events exactly once: events already stored (by id) are skipped,
    /// the station's high-water mark moves in the same transaction, each new event is applied
    /// to the central ledger, and anomalies are recorded, never refused. A batch that does not
    /// continue the station's sequence throws `PushGap`. Events of another station throw.
    func push(_ events: [SyncEvent], from station: AuthenticatedStation) async throws -> PushAcknowledgement
    /// The highest sequence stored for the station (0 before its first push).
    func acknowledged(station: String) async throws -> Int64

    // MARK: Pull

    /// Reference data for the station's site changed after `cursor`, at most `limit` changes.
    func reference(for station: AuthenticatedStation, after cursor: Int64, limit: Int) async throws -> ReferencePage

    // MARK: Administration (the admin API and the `central` CLI)

    /// Every station ever added, revoked ones included, by name.
    func stations() async throws -> [CentralStation]
    /// Stores one reference change under the next cursor value and returns that value.
    func putReference(_ update: ReferenceUpdate) async throws -> Int64
    /// `putReference`, only if the key holds what `expected` says (checked in the same
    /// transaction); otherwise nothing is stored and `.conflict` is thrown.
    func putReference(_ update: ReferenceUpdate, expecting expected: ReferenceExpectation) async throws -> Int64
    /// The latest change under (kind, key), withdrawn ones included; nil if never stored.
    func referenceRecord(_ kind: ReferenceKind, key: String) async throws -> StoredReference?
    /// Every record of a kind, withdrawn ones included, by key.
    func referenceRecords(_ kind: ReferenceKind) async throws -> [StoredReference]

    // MARK: Administrators (not stations: their tokens open only the admin API)

    /// Registers admin `name` and returns their token, shown once; only its hash is stored.
    /// Adding a name that exists (not revoked) is refused.
    func addAdmin(name: String) async throws -> String
    /// Revokes the admin's token at once.
    func revokeAdmin(name: String) async throws
    /// The admin a token belongs to, or nil for an unknown or revoked token (a station's
    /// token included).
    func authenticateAdmin(token: String) async throws -> AuthenticatedAdmin?

    /// Marks the anomaly resolved by `by` now with `note`, and returns it. Resolving one twice,
    /// or one that does not exist, is refused (`.conflict`, `.notFound`).
    func resolveAnomaly(id: Int64, by: String, note: String) async throws -> CentralAnomaly

    // MARK: The central ledger (applied from the events in the push that stored them)

    /// Every stock movement the stations reported, in the order they were stored.
    func movements() async throws -> [CentralMovement]
    /// The item's stock summed over the stations, and per station.
    func stock(item: String) async throws -> CentralStock
    /// Where the centre last heard the asset was, or nil if no event mentioned it.
    func asset(tag: String) async throws -> CentralAssetState?
    /// The visit as the last event about it left it, or nil.
    func visit(station: String, number: Int64) async throws -> CentralVisit?
    /// Every anomaly raised, oldest first, with its resolution once a person resolved it.
    func anomalies() async throws -> [CentralAnomaly]
    /// Whether any station reported a pickup against the requisition (it can no longer be rejected).
    func pickedUp(requisition: String) async throws -> Bool
    /// Every visit as its last event left it, by station and number (the visitors report).
    func visits() async throws -> [CentralVisit]
    /// Every stored event of these kinds, from every station, by station and sequence (the
    /// count report reads the stations' `count.opened` and `count.scanned` facts).
    func events(kinds: [String]) async throws -> [SyncEvent]
    /// The stored events of a station, in sequence order (the payload byte for byte).
    func events(station: String, after sequence: Int64, limit: Int) async throws -> [SyncEvent]
}

/// A station the centre knows by its token.
public struct AuthenticatedStation: Sendable, Hashable {
    /// The name the admin gave it (`central station add NAME`).
    public var name: String
    /// The id in the station's own database: the `station` of every event it sends.
    public var station: String
    public var site: String
    public init(name: String, station: String, site: String) {
        self.name = name
        self.station = station
        self.site = site
    }
}
