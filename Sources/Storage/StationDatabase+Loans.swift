internal import Foundation
public import QuartermasterCore
internal import GRDB

/// Loans of lendable equipment: lent by scan of asset then badge, returned by scan of the asset.
/// Each is one transaction with its `loan.lent` or `loan.returned` journal entry (who, when);
/// a refusal records nothing. What may be lent is `LoanRules`; one open loan per asset is also
/// the schema's (`loan_open`), so two stations cannot lend one projector twice.
extension StationDatabase {
    // MARK: Lending

    /// Lends an asset, or refuses: an asset not in the register, disposed of or not lendable
    /// (`LoanRules`), one already out (saying to whom and since when), a badge the station does
    /// not know or one that is disabled.
    public func lend(_ request: LoanRequest) throws(StationProblem) -> LoanListing {
        guard !request.lentBy.allSatisfy(\.isWhitespace) else {
            throw StationProblem(.invalidInput, "A loan needs the badge of whoever hands the asset over.", advice: "Give it with --actor BADGE.")
        }
        let timeZone = stationTimeZone
        return try write { db in
            let asset = try Self.registeredAsset(db, tag: request.tag)
            if let refusal = LoanRules.refusal(for: asset) {
                throw StationProblem(.conflict, refusal.text(.english) + " Nothing was recorded.", advice: "")
            }
            if let open = try Self.openLoan(db, tag: request.tag) {
                let loan = try open.loan()
                let holder = try PersonRecord.fetchOne(db, key: loan.borrowerBadge)?.person().name ?? loan.borrowerBadge
                throw StationProblem(
                    .conflict,
                    "\"\(asset.name)\" (\(asset.tag)) is already out to \(holder) (\(loan.borrowerBadge)) since \(Self.minute(loan.lentAt, in: timeZone)), due back \(loan.due); nothing was recorded.",
                    advice: "Scan it in (or `quartermaster loans return \(asset.tag)`) before lending it again.")
            }
            guard let borrower = try PersonRecord.fetchOne(db, key: request.borrowerBadge)?.person() else {
                throw StationProblem(
                    .invalidInput, "Badge \(request.borrowerBadge) is not among this station's people; nothing was recorded.",
                    advice: "Check the badge; a new colleague must first be added through the people import.")
            }
            guard borrower.active else {
                throw StationProblem(
                    .conflict, "\(borrower.name)'s badge (\(borrower.badge)) is disabled; nothing was recorded.",
                    advice: "Lend to someone still with the office.")
            }
            let loan = Loan(
                tag: asset.tag, borrowerBadge: borrower.badge, lentBy: request.lentBy, lentAt: request.time,
                due: request.due, station: request.station)
            var record = LoanRecord(loan)
            try record.insert(db)
            _ = try appendJournal(db, kind: .loanLent, actor: request.lentBy, time: request.time, payload: LoanPayload(loan))
            return LoanListing(loan: loan, assetName: asset.name, borrowerName: borrower.name)
        }
    }

    // MARK: Returning

    /// The kiosk's scan of an asset: closes its open loan if it has one (`loan.returned`, the
    /// scanner as who took it back), else says it is not out and records nothing. A return
    /// stamped before its loan (the station's clock was set back) is recorded at the loan's own
    /// time, so the loan never ends before it began; the journal keeps the time as given.
    public func checkIn(_ scan: LoanReturn) throws(StationProblem) -> LoanCheckIn {
        guard !scan.returnedBy.allSatisfy(\.isWhitespace) else {
            throw StationProblem(.invalidInput, "A return needs the badge of whoever takes the asset back.", advice: "Give it with --actor BADGE.")
        }
        return try write { db in
            let asset = try Self.registeredAsset(db, tag: scan.tag)
            guard var record = try Self.openLoan(db, tag: scan.tag) else { return .notOut(asset) }
            record.returnedAt = max(StoredTime.milliseconds(scan.time), record.lentAt)
            record.returnedBy = scan.returnedBy
            try record.update(db)
            let loan = try record.loan()
            var payload = LoanPayload(loan)
            payload.returnedAt = scan.time
            _ = try appendJournal(db, kind: .loanReturned, actor: scan.returnedBy, time: scan.time, payload: payload)
            let name = try PersonRecord.fetchOne(db, key: loan.borrowerBadge)?.person().name ?? loan.borrowerBadge
            return .returned(LoanListing(loan: loan, assetName: asset.name, borrowerName: name))
        }
    }

    /// `quartermaster loans return`: like a scan at the kiosk, but an asset that is not out is
    /// an error, since the clerk meant a return.
    public func returnLoan(_ scan: LoanReturn) throws(StationProblem) -> LoanListing {
        switch try checkIn(scan) {
        case .returned(let listing):
            return listing
        case .notOut(let asset):
            throw StationProblem(
                .conflict, "\"\(asset.name)\" (\(asset.tag)) is not out on loan; nothing was recorded.",
                advice: "Check the tag: `quartermaster loans list --out` shows what is out.")
        }
    }

    // MARK: Reading

    /// Loans, in the order they were lent: every loan, only those still out, or only those out
    /// and due before `overdueOn`.
    public func loans(outOnly: Bool = false, overdueOn today: CalendarDate? = nil) throws(StationProblem) -> [LoanListing] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if outOnly || today != nil { conditions.append("loan.returned_at IS NULL") }
            if let today {
                conditions.append("loan.due < ?")
                arguments += [today.description]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let order = today == nil ? "loan.lent_at, loan.id" : "loan.due, loan.lent_at, loan.id"
            return try Self.listings(db, sql: "\(Self.listingSelect) \(filter) ORDER BY \(order)", arguments: arguments)
        }
    }

    /// Loans out and due before `today`, the longest overdue first.
    public func overdueLoans(on today: CalendarDate) throws(StationProblem) -> [LoanListing] {
        try loans(overdueOn: today)
    }

    /// The open loan of one asset, if it is out.
    public func openLoan(tag: String) throws(StationProblem) -> LoanListing? {
        try read { db in
            try Self.listings(db, sql: "\(Self.listingSelect) WHERE loan.tag = ? AND loan.returned_at IS NULL", arguments: [tag]).first
        }
    }

    // MARK: Inside transactions

    private static let listingSelect = """
        SELECT loan.*, asset.name AS asset_name, person.name AS borrower_name
        FROM loan JOIN asset ON asset.tag = loan.tag JOIN person ON person.badge = loan.borrower
        """

    private static func listings(_ db: Database, sql: String, arguments: StatementArguments) throws -> [LoanListing] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            LoanListing(loan: try LoanRecord(row: row).loan(), assetName: row["asset_name"], borrowerName: row["borrower_name"])
        }
    }

    static func openLoan(_ db: Database, tag: String) throws -> LoanRecord? {
        try LoanRecord.filter(sql: "tag = ? AND returned_at IS NULL", arguments: [tag]).fetchOne(db)
    }

    private static func registeredAsset(_ db: Database, tag: String) throws -> Asset {
        guard let asset = try AssetRecord.fetchOne(db, key: tag)?.asset() else {
            throw StationProblem(
                .invalidInput, "Tag \(tag) is not in the asset register; nothing was recorded.",
                advice: "Check the tag; a new asset must first be registered (quartermaster import assets).")
        }
        return asset
    }

    /// `2024-03-01 14:05` in the station's zone: when a loan began, as the keeper says it.
    static func minute(_ time: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: time)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(CalendarDate(time, in: timeZone)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
