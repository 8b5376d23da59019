public import QuartermasterCore
internal import GRDB

/// The register's lookups: assets by tag and by location, the location tree. Each read sees
/// one committed state of the database. The count, loans and report code read through these.
extension StationDatabase {
    // MARK: Assets

    public func asset(tag: String) throws(StationProblem) -> Asset? {
        try read { db in try AssetRecord.fetchOne(db, key: tag)?.asset() }
    }

    /// One asset with its tag counter and disposal record.
    public func registerEntry(tag: String) throws(StationProblem) -> RegisterEntry? {
        try read { db in try Self.fetchEntries(db, AssetRecord.filter(key: tag)).first }
    }

    /// The assets registered at `location`, by tag; with `includingSublocations`, also those
    /// anywhere under it (a site's rooms).
    public func assets(location: String, includingSublocations: Bool = false) throws(StationProblem) -> [Asset] {
        try register(location: location, includingSublocations: includingSublocations).map(\.asset)
    }

    /// Every asset, by tag.
    public func assets() throws(StationProblem) -> [Asset] {
        try register().map(\.asset)
    }

    /// Register entries by tag: all of them, or those at `location` (and under it, unless
    /// `includingSublocations` is false), optionally only the untagged ones (no tag printed yet).
    public func register(
        location: String? = nil, includingSublocations: Bool = true, untaggedOnly: Bool = false
    ) throws(StationProblem) -> [RegisterEntry] {
        try read { db in
            var request = AssetRecord.all()
            if let location {
                let codes = includingSublocations ? try Self.fetchTree(db).subtree(of: location) : [location]
                request = request.filter(codes.contains(Column("location_code")))
            }
            if untaggedOnly { request = request.filter(Column("tag_printed") == 0) }
            return try Self.fetchEntries(db, request.order(Column("tag")))
        }
    }

    /// The disposal record of a disposed asset; nil for one still in service.
    public func disposal(tag: String) throws(StationProblem) -> AssetDisposal? {
        try read { db in try AssetDisposalRecord.fetchOne(db, key: tag)?.disposal() }
    }

    static func fetchEntries(_ db: Database, _ request: QueryInterfaceRequest<AssetRecord>) throws -> [RegisterEntry] {
        let records = try request.fetchAll(db)
        let disposed = records.filter { $0.status == AssetStatus.disposed.rawValue }.map(\.tag)
        var disposals: [String: AssetDisposal] = [:]
        if !disposed.isEmpty {
            for record in try AssetDisposalRecord.filter(keys: disposed).fetchAll(db) {
                disposals[record.tag] = try record.disposal()
            }
        }
        return try records.map { record in
            RegisterEntry(asset: try record.asset(), tagPrinted: record.tagPrinted, disposal: disposals[record.tag])
        }
    }

    // MARK: Locations

    public func location(code: String) throws(StationProblem) -> Location? {
        try read { db in try LocationRecord.fetchOne(db, key: code)?.location }
    }

    /// Every location, by code.
    public func locations() throws(StationProblem) -> [Location] {
        try read { db in try LocationRecord.order(Column("code")).fetchAll(db).map(\.location) }
    }

    /// `code` and every location under it at any depth (a site's buildings, floors and rooms),
    /// by code; empty when there is no location `code`.
    public func locationSubtree(of code: String) throws(StationProblem) -> [Location] {
        try read { db in
            let codes = try Self.fetchTree(db).subtree(of: code)
            return try LocationRecord.filter(keys: codes).order(Column("code")).fetchAll(db).map(\.location)
        }
    }

    /// The whole tree as parent links.
    public func locationTree() throws(StationProblem) -> LocationTree {
        try read { db in try Self.fetchTree(db) }
    }

    static func fetchTree(_ db: Database) throws -> LocationTree {
        LocationTree(try LocationRecord.fetchAll(db).map(\.location))
    }
}
