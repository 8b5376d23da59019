public import Foundation

/// Loans for the office's spreadsheet: one row per loan, times in ISO-8601 UTC like the stock
/// ledger, `overdue_days` counted in the station's zone — days past due as of today while out,
/// as of the day it came back once returned (how late it was), 0 when not late.
public enum LoansCSV {
    public static let columns = ["tag", "name", "borrower_badge", "borrower", "lent_at", "due", "returned_at", "overdue_days"]

    public static func text(_ loans: [LoanListing], today: CalendarDate, timeZone: TimeZone, byteOrderMark: Bool = false) -> String {
        CSVWriter.document(header: columns, rows: loans.map { listing in
            let loan = listing.loan
            return [
                loan.tag, listing.assetName, loan.borrowerBadge, listing.borrowerName, MovementsCSV.timestamp(loan.lentAt),
                loan.due.description, loan.returnedAt.map(MovementsCSV.timestamp) ?? "",
                String(loan.overdueDays(today: today, timeZone: timeZone)),
            ]
        }, byteOrderMark: byteOrderMark)
    }
}
