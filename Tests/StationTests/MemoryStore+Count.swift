import Foundation
import QuartermasterCore

/// Counting in memory, for the engine's own logic: one session store without journal or
/// durability. The real rules (scope expansion, one transaction per scan) are tested against
/// SQLite in StorageTests; this one classifies with the same core rule.
final class MemoryCounts {
    var locations: [String: Location] = [:]
    var assets: [String: Asset] = [:]
    var sessions: [CountSession] = []
    var expected: [String: [Asset]] = [:]
    var scans: [String: [CountScan]] = [:]
    var accepted: [CountMoveAcceptance] = []
}

extension MemoryStore {
    func openCount(_ opening: CountOpening) throws(StationProblem) -> CountSession {
        let session = CountSession(id: "CNT-\(counts.sessions.count + 1)", scope: opening.scope, blind: opening.blind,
                                   openedBy: opening.openedBy, openedAt: opening.time, station: opening.station)
        counts.sessions.append(session)
        counts.expected[session.id] = counts.assets.values.filter { opening.scope.contains($0.locationCode ?? "") && $0.status != .disposed }
        return session
    }

    func openCountSession(holding locationCode: String) throws(StationProblem) -> CountSession? {
        counts.sessions.last { $0.isOpen && $0.scope.contains(locationCode) }
    }

    func countProgress(session: String, location: Location) throws(StationProblem) -> CountProgress {
        let scans = counts.scans[session] ?? []
        let expected = (counts.expected[session] ?? []).filter { $0.locationCode == location.code }
        let missing = expected.filter { asset in !scans.contains { $0.tag == asset.tag } }
        return CountProgress(location: location, expected: expected.count, found: scans.filter { $0.locationCode == location.code }.count,
                             missingCount: missing.count, missing: missing.map { CountProgress.Missing(tag: $0.tag, name: $0.name) })
    }

    func recordCountScan(_ scan: CountTagScan) throws(StationProblem) -> CountScanResult {
        if let writeFailure { throw writeFailure }
        let asset = counts.assets[scan.tag]
        let earlier = counts.scans[scan.session]?.first { $0.tag == scan.tag }
        let scanClass = CountScanClass.classify(asset: asset, scannedAt: scan.locationCode, earlier: earlier)
        if let outcome = scanClass.outcome {
            counts.scans[scan.session, default: []].append(CountScan(
                session: scan.session, tag: scan.tag, locationCode: scan.locationCode, countedBy: scan.countedBy,
                station: scan.station, time: scan.time, outcome: outcome, registeredLocation: asset?.locationCode))
        }
        let location = counts.locations[scan.locationCode] ?? Location(code: scan.locationCode, name: scan.locationCode)
        return CountScanResult(scan: scan, scanClass: scanClass, asset: asset, progress: try countProgress(session: scan.session, location: location))
    }

    func acceptCountMove(_ acceptance: CountMoveAcceptance) throws(StationProblem) {
        counts.accepted.append(acceptance)
    }

    func registerSurplus(_ registration: SurplusRegistration) throws(StationProblem) -> Asset {
        let asset = Asset(tag: registration.tag, name: registration.name, locationCode: registration.locationCode)
        counts.assets[asset.tag] = asset
        return asset
    }

    func reconciliation(session: String) throws(StationProblem) -> Reconciliation? {
        guard let found = counts.sessions.first(where: { $0.id == session }) else { return nil }
        return Reconciliation(session: found, expected: counts.expected[session] ?? [], scans: counts.scans[session] ?? [],
                              register: { self.counts.assets[$0] })
    }
}

extension MemoryStore {
    /// Locations and asset tags as the station's one table of codes knows them, then the rest.
    func code(_ code: String) throws(StationProblem) -> KnownCode? {
        if let failure { throw failure }
        if let location = counts.locations[code] { return .location(location) }
        if let asset = counts.assets[code] { return .asset(asset) }
        if let person = try person(badge: code) { return .badge(person) }
        if let detail = try requisitionDetail(number: code) { return .requisition(detail) }
        if let item = try item(barcode: code) { return .item(item) }
        return nil
    }
}
