import Foundation
import QuartermasterCore
import Testing

/// The loans export: the contract's columns in order, cells with commas and quotes quoted, times
/// in UTC, and overdue days counted to today while out and to the return once back.
@Suite struct LoansCSVTests {
    typealias L = LoanFixtures
    let utc = TimeZone(identifier: "UTC")!

    @Test func columnsRowsAndOverdueDays() {
        let out = L.loan(L.camera, due: "2024-02-20")
        let back = L.loan(due: "2024-02-25", returnedAt: Fixtures.t0 - 86_400)  // back 2024-02-29, 4 days late
        let onTime = L.loan(due: "2024-03-20")
        let text = LoansCSV.text([out, back, onTime], today: L.today, timeZone: utc)
        #expect(text == #"""
            tag,name,borrower_badge,borrower,lent_at,due,returned_at,overdue_days\#r
            FA-000102,"相机, ""备用""",100231,张三,2024-03-01T08:00:00Z,2024-02-20,,10\#r
            FA-000101,投影仪 Epson CB-X06,100231,张三,2024-03-01T08:00:00Z,2024-02-25,2024-02-29T08:00:00Z,4\#r
            FA-000101,投影仪 Epson CB-X06,100231,张三,2024-03-01T08:00:00Z,2024-03-20,,0\#r

            """#)
        #expect(LoansCSV.text([], today: L.today, timeZone: utc, byteOrderMark: true).hasPrefix("\u{FEFF}tag,name,"))
    }

    @Test func aNameThatLooksLikeAFormulaIsDefused() {
        var listing = L.loan(due: "2024-03-20")
        listing.borrowerName = "=HYPERLINK(\"http://x\")"
        #expect(LoansCSV.text([listing], today: L.today, timeZone: utc).contains(#",100231,"'=HYPERLINK(""http://x"")",2024-03-01T08:00:00Z,"#))
    }
}
