public import Foundation
public import QuartermasterCore
internal import GRDB

/// Changes to the register made at the station, each one transaction with its journal event
/// (who is the entry's actor, when its time, why the reason in its payload): an asset moved,
/// its status changed, disposed of, added, its tags printed. A disposed asset is never deleted
/// and never changes again; disposal has its own record (date, reason, approver).
extension StationDatabase {
    // MARK: Moves and status

    /// Moves an asset to `location`; nothing is recorded when it is already there.
    @discardableResult
    public func moveAsset(tag: String, to location: String, reason: String, actorBadge: String, time: Date) throws(StationProblem) -> Asset {
        try Self.requireReason(reason, for: "A move")
        return try write { db in
            var (_, asset) = try Self.changeableAsset(db, tag: tag)
            guard try LocationRecord.exists(db, key: location) else {
                throw StationProblem(.invalidInput, "There is no location \(location) at this station.",
                                     advice: "Check the code on the location label, or import it with `quartermaster import locations`.")
            }
            guard asset.locationCode != location else { return asset }
            try recordMove(db, tag: tag, from: asset.locationCode, to: location, reason: reason, session: nil, actorBadge: actorBadge, time: time)
            asset.locationCode = location
            return asset
        }
    }

    /// Sets an asset's status (in use, in store, under repair, idle); disposal goes through
    /// `disposeAsset`, which records the approver. Nothing is recorded when it already has it.
    @discardableResult
    public func setAssetStatus(tag: String, to status: AssetStatus, reason: String, actorBadge: String, time: Date) throws(StationProblem) -> Asset {
        guard status != .disposed else {
            throw StationProblem(.invalidInput, "Disposal is not a status change: it needs its date, reason and approver.",
                                 advice: "Use `quartermaster assets dispose \(tag) --reason … --approver …`.")
        }
        try Self.requireReason(reason, for: "A status change")
        return try write { db in
            var (record, asset) = try Self.changeableAsset(db, tag: tag)
            guard asset.status != status else { return asset }
            let payload = AssetChangePayload(tag: tag, field: "status", before: asset.status.rawValue, after: status.rawValue, reason: reason, station: stationID)
            _ = try appendJournal(db, kind: .assetStatusChanged, actor: actorBadge, time: time, payload: payload)
            asset.status = status
            record.status = status.rawValue
            try record.update(db)
            return asset
        }
    }

    // MARK: Disposal

    /// Disposes of an asset (报废): status `disposed` plus its disposal record, one event.
    @discardableResult
    public func disposeAsset(tag: String, date: CalendarDate, reason: String, approver: String, actorBadge: String, time: Date) throws(StationProblem) -> AssetDisposal {
        try Self.requireReason(reason, for: "A disposal")
        guard !approver.allSatisfy(\.isWhitespace) else {
            throw StationProblem(.invalidInput, "A disposal needs the name of who approved it.", advice: "Give --approver NAME.")
        }
        return try write { db in
            _ = try Self.changeableAsset(db, tag: tag)
            let disposal = AssetDisposal(tag: tag, date: date, reason: reason, approver: approver)
            try recordDisposal(db, disposal, session: nil, actorBadge: actorBadge, time: time)
            return disposal
        }
    }

    // MARK: Inside transactions (the command line's changes and a count's closing alike)

    /// Moves an asset in the register and journals `asset.moved`, one shape whoever moves it.
    func recordMove(_ db: Database, tag: String, from: String?, to: String, reason: String, session: String?, actorBadge: String, time: Date) throws {
        let payload = AssetChangePayload(tag: tag, field: "location", before: from, after: to, reason: reason, station: stationID, session: session)
        _ = try appendJournal(db, kind: .assetMoved, actor: actorBadge, time: time, payload: payload)
        try db.execute(sql: "UPDATE asset SET location_code = ? WHERE tag = ?", arguments: [to, tag])
    }

    /// Disposes of an asset: status `disposed`, its disposal record and `asset.disposed`.
    func recordDisposal(_ db: Database, _ disposal: AssetDisposal, session: String?, actorBadge: String, time: Date) throws {
        var payload = AssetDisposalPayload(disposal)
        payload.station = stationID
        payload.session = session
        let journalID = try appendJournal(db, kind: .assetDisposed, actor: actorBadge, time: time, payload: payload)
        try db.execute(sql: "UPDATE asset SET status = 'disposed' WHERE tag = ?", arguments: [disposal.tag])
        try AssetDisposalRecord(disposal, journalID: journalID).insert(db)
    }

    // MARK: Adding

    /// Adds one asset to the register. Without a tag (`asset.tag` empty) it gets the next one
    /// of `numbering` that names nothing yet. Returns the asset as registered.
    @discardableResult
    public func addAsset(
        _ asset: Asset, numbering: AssetTagNumbering = .default, reason: String, actorBadge: String, time: Date,
        patterns: ScanPatterns = .default
    ) throws(StationProblem) -> Asset {
        try Self.requireReason(reason, for: "A new asset")
        guard !asset.name.allSatisfy(\.isWhitespace) else {
            throw StationProblem(.invalidInput, "A new asset needs a name.", advice: "Give --name (for example 笔记本电脑).")
        }
        guard asset.status != .disposed else {
            throw StationProblem(.invalidInput, "A new asset cannot start disposed of.", advice: "Add it with its status now, then dispose of it.")
        }
        let classifier = ScanClassifier(patterns: patterns)
        return try write { db in
            var asset = asset
            if asset.tag.isEmpty {
                let tags = try String.fetchAll(db, sql: "SELECT code FROM code WHERE substr(code, 1, ?) = ?",
                                               arguments: [numbering.prefix.count, numbering.prefix])
                guard let next = numbering.next(after: tags) else {
                    throw StationProblem(.conflict, "Every tag from \(numbering.tag(1)) to \(numbering.tag(numbering.largest)) is taken.",
                                         advice: "Configure a longer number or another prefix (asset_tags in station.yaml), or give --tag.")
                }
                asset.tag = next
            }
            if let problem = Self.quantityShaped(asset.tag, "tag", classifier) {
                throw StationProblem(.invalidInput, problem, advice: "")
            }
            if let owner = try Self.codeOwner(db, asset.tag) {
                throw StationProblem(.conflict, "\(asset.tag) is already \(owner), and a code may name one thing only.",
                                     advice: "Give the asset another tag, or leave --tag out for the next free one.")
            }
            if let location = asset.locationCode, try !LocationRecord.exists(db, key: location) {
                throw StationProblem(.invalidInput, "There is no location \(location) at this station.",
                                     advice: "Check the code on the location label, or import it with `quartermaster import locations`.")
            }
            var payload = ImportedAsset(asset, change: .added)
            payload.reason = reason
            payload.station = stationID
            _ = try appendJournal(db, kind: .assetAdded, actor: actorBadge, time: time, payload: payload)
            try AssetRecord(asset).insert(db)
            return asset
        }
    }

    // MARK: Helpers

    /// The asset's row, refusing an unknown tag and a disposed asset.
    static func changeableAsset(_ db: Database, tag: String) throws -> (AssetRecord, Asset) {
        guard let record = try AssetRecord.fetchOne(db, key: tag) else { throw unknownAsset(tag) }
        let asset = try record.asset()
        if asset.status == .disposed {
            let disposal = try AssetDisposalRecord.fetchOne(db, key: tag)
            throw StationProblem(
                .conflict, "Asset \(tag) was disposed of\(disposal.map { " on \($0.date) (\($0.reason), approved by \($0.approver))" } ?? ""); the register keeps it as it was.",
                advice: "A disposed asset does not change again; if it is back in use, register it under a new tag.")
        }
        return (record, asset)
    }

    static func unknownAsset(_ tag: String) -> StationProblem {
        StationProblem(.invalidInput, "There is no asset with tag \(tag) in the register.",
                       advice: "Check the tag; `quartermaster assets list` shows the register.")
    }

    private static func requireReason(_ reason: String, for change: String) throws(StationProblem) {
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw StationProblem(.invalidInput, "\(change) needs a reason.",
                                 advice: "Say why with --reason (for example \"moved to the new office\"); it is kept with the change.")
        }
    }
}
