public import Foundation
public import QuartermasterCore
internal import GRDB

/// Reference data from the centre (`GET /v1/reference`), applied one page per transaction with
/// its cursor: a page is all there or not at all, and a kill between pages resumes after the
/// last one applied. People and items go through the same import rules as the office's CSV
/// files (codes that name one thing only, quantity-shaped codes refused, a journal event with
/// the values), as if the centre had handed in a file.
extension StationDatabase {
    /// Applies the page's people, items and requisitions and stores its cursor; returns how many
    /// changes were applied. Requisitions go through the requisitions import, so a draft or a
    /// rejected one is here with its status and reason, and the counter refuses it as it refuses
    /// an imported one. A requisition this station already picked against is left as it is
    /// (its picks are facts; the centre hears of them by push), and a withdrawn one stays.
    /// Kinds this station does not take from the centre yet (locations, assets, invites and
    /// count campaigns arrive by CSV import or not at all) are passed over and counted in
    /// `skipped`.
    @discardableResult
    public func applyReference(_ page: ReferencePage, at time: Date) throws(StationProblem) -> ReferenceApplication {
        let file = "centre reference \(page.changes.first?.cursor ?? page.cursor)–\(page.cursor)"
        do {
            return try pool.write { db in
                var people: [String: Person] = [:]
                var items: [String: Item] = [:]
                var requisitions: [String: Requisition] = [:]
                var application = ReferenceApplication()
                let decoder = JSONDecoder()
                for change in page.changes {
                    switch change.kind {
                    case "person":
                        if let body = change.body {
                            people[change.key] = try decoder.decode(Person.self, from: Data(body.utf8))
                        } else if var leaver = try PersonRecord.fetchOne(db, key: change.key)?.person() {
                            leaver.active = false  // withdrawn at the centre: deactivated, never deleted
                            people[change.key] = leaver
                        }
                    case "item":
                        guard let body = change.body else { application.skipped += 1; continue }
                        var item = try decoder.decode(Item.self, from: Data(body.utf8))
                        // The centre's figure is not this shelf's: a new item starts at 0 here,
                        // an existing one keeps the stock this station counted.
                        item.stock = 0
                        items[change.key] = item
                    case "requisition":
                        guard let body = change.body else { application.skipped += 1; continue }
                        requisitions[change.key] = try decoder.decode(Requisition.self, from: Data(body.utf8))
                    default:
                        application.skipped += 1
                    }
                }
                if !people.isEmpty {
                    let rows = people.values.sorted { $0.badge < $1.badge }.map { person in
                        [person.badge, person.name, person.department, person.roles.sorted().map(\.rawValue).joined(separator: ";"), person.active ? "yes" : "no"]
                    }
                    let csv = CSVWriter.document(header: PeopleCSV.columns + ["active"], rows: rows)
                    application.applied += try importPeople(CSVTable(parsing: csv, file: file), actorBadge: Self.centreActor, time: time, patterns: .default, in: db).count
                }
                if !items.isEmpty {
                    let rows = items.values.sorted { $0.code < $1.code }.map { item in
                        [item.code, item.barcodes.joined(separator: ";"), item.name, item.spec, item.unit, item.category.rawValue,
                         "\(item.stock)", "\(item.threshold)", item.bin]
                    }
                    let csv = CSVWriter.document(header: ItemsCSV.columns, rows: rows)
                    application.applied += try importItems(CSVTable(parsing: csv, file: file), actorBadge: Self.centreActor, time: time, setStock: false, patterns: .default, in: db).count
                }
                var rows: [[String]] = []
                for requisition in requisitions.values.sorted(by: { $0.number < $1.number }) {
                    if let existing = try Self.fetchRequisition(db, number: requisition.number), existing.lines.contains(where: { $0.picked > 0 }) {
                        application.skipped += 1
                        continue
                    }
                    for line in requisition.lines {
                        rows.append([
                            requisition.number, requisition.applicantBadge, requisition.department, requisition.date.description, requisition.purpose,
                            requisition.approver, requisition.status.rawValue, line.itemCode, "\(line.requested)", "\(line.approved)",
                            requisition.rejectionReason ?? "",
                        ])
                    }
                }
                if !rows.isEmpty {
                    let csv = CSVWriter.document(header: RequisitionsCSV.columns + ["rejection_reason"], rows: rows)
                    application.applied += try importRequisitions(CSVTable(parsing: csv, file: file), actorBadge: Self.centreActor, time: time, patterns: .default, in: db).count
                }
                try db.execute(sql: "UPDATE sync_link SET reference_cursor = ? WHERE id = 1", arguments: [page.cursor])
                return application
            }
        } catch let failure as CSVImportFailure {
            throw StationProblem(
                .invalidInput, "The centre's reference data could not be applied, so none of this page was: \(failure)",
                advice: "Tell the administrator: the record named must be corrected at the centre (the station keeps working with what it has).")
        } catch let error as DecodingError {
            throw StationProblem(
                .invalidInput, "The centre sent reference data this station cannot read: \(error)",
                advice: "Update this station's program to the centre's version.")
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// Who the journal says changed reference data that came from the centre.
    static let centreActor = "centre"
}

/// What one reference page did at the station.
public struct ReferenceApplication: Sendable, Hashable {
    public var applied = 0
    public var skipped = 0
}
