internal import Foundation
public import QuartermasterCore

/// The monthly figures the office reads (domain.md), each an `ExportTable` so CSV
/// (`CSVWriter`) and Excel (`Spreadsheet`) show the same cells. Computed from what the store
/// holds, by code both stores share: the stations' facts (movements, count events, visits)
/// and the centre's reference data (requisitions' departments, items' names, the register).
public struct CentralReports: Sendable {
    public let store: any CentralStore

    public init(store: any CentralStore) {
        self.store = store
    }

    // MARK: Consumption

    public static let consumptionColumns = ["month", "department", "item_code", "item_name", "unit", "quantity", "pickups"]

    /// Units picked up in the month, by the requisition's department and item: every
    /// `pickup.confirmed` movement the stations pushed. A pickup whose requisition the centre
    /// does not hold is counted under the recipient's department, or an empty one.
    public func consumption(month: ReportMonth) async throws -> ExportTable {
        let requisitions = try await bodies(.requisition, Requisition.self)
        let people = try await bodies(.person, Person.self)
        let items = try await bodies(.item, Item.self)
        struct Key: Hashable, Comparable {
            var department: String
            var item: String
            static func < (a: Key, b: Key) -> Bool { (a.department, a.item) < (b.department, b.item) }
        }
        var sums: [Key: (quantity: Int, pickups: Int)] = [:]
        for row in try await store.movements() where row.movement.kind == .pickup && month.contains(row.movement.time) {
            let movement = row.movement
            let department = movement.requisitionNumber.flatMap { requisitions[$0]?.department }
                ?? movement.recipientBadge.flatMap { people[$0]?.department } ?? ""
            let key = Key(department: department, item: movement.itemCode)
            let sum = sums[key, default: (0, 0)]
            sums[key] = (sum.quantity - movement.quantity, sum.pickups + 1)
        }
        let rows: [[ExportCell]] = sums.keys.sorted().map { key in
            let sum = sums[key]!
            return [.text(month.description), .text(key.department), .text(key.item), .text(items[key.item]?.name ?? ""),
                    .text(items[key.item]?.unit ?? ""), .integer(sum.quantity), .integer(sum.pickups)]
        }
        return ExportTable(sheetName: "consumption", header: Self.consumptionColumns, rows: rows)
    }

    // MARK: Count accuracy

    public static let countAccuracyColumns = [
        "campaign", "campaign_name", "session", "station", "location", "location_name", "found", "moved", "missing", "surplus", "disposed",
    ]

    /// Per count campaign, count session and location: assets found in place, found there
    /// though registered elsewhere (moved), registered there and not found anywhere in the
    /// session (missing), found there and not in the register (surplus), and found though
    /// disposed of. Found, moved, surplus and disposed are the stations' `count.scanned` facts;
    /// missing compares the centre's register (its assets at the location, not disposed) with the
    /// tags the session scanned, over the locations its `count.opened` covered. The campaign is
    /// the one its `count.opened` names (empty for a session no campaign covered), its name the
    /// centre's when the centre holds it; rows come campaign by campaign, then session by
    /// session. `session` limits it to one session, `campaign` to one campaign's sessions.
    public func countAccuracy(session only: String? = nil, campaign: String? = nil) async throws -> ExportTable {
        let assets = try await bodies(.asset, Asset.self)
        let locations = try await bodies(.location, Location.self)
        let campaigns = try await bodies(.campaign, CountCampaign.self)
        var sessions: [String: CountReportFacts.Session] = [:]
        let decoder = JSONDecoder()
        for event in try await store.events(kinds: [JournalEventKind.countOpened.rawValue, JournalEventKind.countScanned.rawValue]) {
            let data = Data(event.payload.utf8)
            if event.kind == JournalEventKind.countOpened.rawValue, let opened = try? decoder.decode(CountReportFacts.Opened.self, from: data) {
                var facts = sessions[opened.session.id, default: CountReportFacts.Session(station: event.station)]
                facts.locations.formUnion(opened.locations)
                facts.campaign = opened.session.campaign
                sessions[opened.session.id] = facts
            } else if let scan = try? decoder.decode(CountReportFacts.Scan.self, from: data) {
                var facts = sessions[scan.session, default: CountReportFacts.Session(station: event.station)]
                facts.locations.insert(scan.locationCode)
                facts.scanned.insert(scan.tag)
                facts.tally[scan.locationCode, default: [:]][scan.outcome, default: 0] += 1
                sessions[scan.session] = facts
            }
        }
        let chosen = sessions.filter { id, facts in
            (only == nil || only == id) && (campaign == nil || campaign == facts.campaign?.id)
        }
        var rows: [[ExportCell]] = []
        for id in chosen.keys.sorted(by: { (chosen[$0]!.campaign?.id ?? "", $0) < (chosen[$1]!.campaign?.id ?? "", $1) }) {
            let facts = chosen[id]!
            let campaignID = facts.campaign?.id ?? ""
            let campaignName = campaigns[campaignID]?.name ?? facts.campaign?.name ?? ""
            for location in facts.locations.sorted() {
                let tally = facts.tally[location, default: [:]]
                let missing = assets.values.filter {
                    $0.locationCode == location && $0.status != .disposed && !facts.scanned.contains($0.tag)
                }.count
                rows.append([
                    .text(campaignID), .text(campaignName), .text(id), .text(facts.station), .text(location), .text(locations[location]?.name ?? ""),
                    .integer(tally["found", default: 0]), .integer(tally["moved", default: 0]), .integer(missing),
                    .integer(tally["surplus", default: 0]), .integer(tally["disposed", default: 0]),
                ])
            }
        }
        return ExportTable(sheetName: "count_accuracy", header: Self.countAccuracyColumns, rows: rows)
    }

    // MARK: Visitors

    public static let visitorsColumns = ["date", "visits", "arrived", "on_site", "left", "not_signed_out", "no_show", "refused", "expected"]

    /// Visits per expected day in the month, over every station, as their last event left
    /// them: `arrived` counts those who came in (on site, left, or not signed out). A visitor
    /// the centre invited is one visit, however many of the site's receptions held the invite:
    /// in the furthest state any of them reached (signed in at one desk, the other's closing
    /// makes no no-show of it).
    public func visitorsPerDay(month: ReportMonth) async throws -> ExportTable {
        let invites = Set(try await store.referenceRecords(.invite).map(\.key))
        var visitors: [String: CentralVisit] = [:]
        for visit in try await store.visits() where month.contains(day: visit.expectedDate) {
            let key = visit.invite.flatMap { invites.contains($0) ? "invite\u{1F}" + $0 : nil } ?? "\(visit.station)\u{1F}\(visit.visit)"
            if let held = visitors[key], Self.visitProgress(held.status) >= Self.visitProgress(visit.status) { continue }
            visitors[key] = visit
        }
        var days: [String: [String: Int]] = [:]
        for visit in visitors.values {
            days[visit.expectedDate, default: [:]][visit.status, default: 0] += 1
        }
        let rows: [[ExportCell]] = days.keys.sorted().map { day in
            let count = days[day]!
            let arrived = ["on_site", "left", "not_signed_out"].reduce(0) { $0 + count[$1, default: 0] }
            return [CalendarDate(day).map(ExportCell.date) ?? .text(day), .integer(count.values.reduce(0, +)), .integer(arrived)]
                + ["on_site", "left", "not_signed_out", "no_show", "refused", "expected"].map { .integer(count[$0, default: 0]) }
        }
        return ExportTable(sheetName: "visitors", header: Self.visitorsColumns, rows: rows)
    }

    /// How far a visit got: the state of one invite held at several receptions is the furthest.
    static func visitProgress(_ status: String) -> Int {
        ["expected", "no_show", "refused", "on_site", "not_signed_out", "left"].firstIndex(of: status) ?? 0
    }

    // MARK: Reference bodies

    private func bodies<T: Decodable>(_ kind: ReferenceKind, _ type: T.Type) async throws -> [String: T] {
        var found: [String: T] = [:]
        for record in try await store.referenceRecords(kind) {
            guard let body = record.body, let value = try? ReferenceBody.decode(type, from: body) else { continue }
            found[record.key] = value
        }
        return found
    }
}
