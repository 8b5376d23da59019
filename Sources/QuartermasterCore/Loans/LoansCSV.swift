public import Foundation

/// Loans for the office's spreadsheet: one row per loan, times in ISO-8601 UTC like the stock
/// ledger, `overdue_days` counted in the station's zone — days past due as of today while out,
/// as of the day it came back once returned (how late it was), 0 when not late.
public enum LoansCSV {
    public static let columns = ["tag", "name", "borrower_badge", "borrower", "lent_at", "due", "returned_at", "overdue_days"]

    /// The export as a table: times and the due date typed, overdue days a number.
    public static func table(_ loans: [LoanListing], today: CalendarDate, timeZone: TimeZone) -> ExportTable {
        ExportTable(sheetName: "loans", header: columns, rows: loans.map { listing in
            let loan = listing.loan
            return [
                .text(loan.tag), .text(listing.assetName), .text(loan.borrowerBadge), .text(listing.borrowerName),
                .timestamp(loan.lentAt), .date(loan.due), loan.returnedAt.map(ExportCell.timestamp) ?? .text(""),
                .integer(loan.overdueDays(today: today, timeZone: timeZone)),
            ]
        })
    }

    public static func text(_ loans: [LoanListing], today: CalendarDate, timeZone: TimeZone, byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(loans, today: today, timeZone: timeZone), byteOrderMark: byteOrderMark)
    }
}
