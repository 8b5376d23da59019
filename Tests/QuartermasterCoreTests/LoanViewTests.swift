import Foundation
import QuartermasterCore
import Testing

/// What the keeper sees in loans mode: the prompt, the asset waiting, and the overdue loans with
/// borrower, tag, asset, due date and days overdue — names escaped on the way to the terminal.
@Suite struct LoanViewTests {
    typealias F = Fixtures
    typealias L = LoanFixtures
    let utc = TimeZone(identifier: "UTC")!

    func screen(_ job: LoanJob?, language: Language = .english) -> [String] {
        var router = KioskRouter(station: "ST-01")
        _ = router.handle(.key(.switchMode(.loan), at: F.t0))
        _ = router.handle(.scan(.badge(F.keeper), at: F.t0))
        if let job {
            // Bring the router's loans job to `job`'s state through its own answers.
            if let board = job.board { _ = router.handle(.answer(AnyJobAnswer(LoanJob.self, .board(board)), at: F.t0)) }
            if let asset = job.pendingAsset {
                _ = router.handle(.scan(.asset(asset), at: F.t0))
                _ = router.handle(.answer(AnyJobAnswer(LoanJob.self, .checkedIn(.notOut(asset), board: job.board)), at: F.t0))
            }
        }
        return KioskView(language: language, station: "ST-01", timeZone: utc).render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
    }

    @Test func beforeTheListIsReadTheScreenSaysHowToShowIt() {
        let rows = screen(nil)
        #expect(rows[2] == "Loans")
        #expect(rows.contains("Overdue loans: press Enter to show them."))
    }

    @Test func theOverdueLoansAreListedWithTheirDaysOverdue() {
        var job = LoanJob()
        let board = L.board([L.loan(L.camera, due: "2024-02-20"), L.loan(due: "2024-02-29")])
        _ = job.handle(.answer(.board(board)), context: JobContext(person: F.keeper, station: "ST-01", time: F.t0))
        let rows = screen(job)
        #expect(rows.contains("Overdue loans on 2024-03-01: 2"))
        let header = rows.firstIndex { $0.hasPrefix("Borrower") }
        #expect(header != nil)
        guard let header else { return }
        #expect(rows[header + 1].hasPrefix("张三         FA-000102    相机, \"备用\""))
        #expect(rows[header + 1].hasSuffix("2024-02-20    10"))
        #expect(rows[header + 2].hasSuffix("2024-02-29     1"))
        #expect(screen(job, language: .simplifiedChinese).contains("逾期借用（2024-03-01）：2 件"))
    }

    @Test func theAssetWaitingShowsItsDaysAndDueDate() {
        var job = LoanJob()
        _ = job.handle(.answer(.checkedIn(.notOut(L.projector), board: L.board())), context: JobContext(person: F.keeper, station: "ST-01", time: F.t0))
        let rows = screen(job)
        #expect(rows.contains("Lending: 投影仪 Epson CB-X06  [FA-000101]  14 days → due 2024-03-15"))
        #expect(rows.contains("No loans are overdue (2024-03-01)."))
        #expect(rows.last == "Scan the borrower's badge · type days first · F4 Undo · Esc Cancel")
    }

    @Test func namesFromOutsideAreEscaped() {
        var job = LoanJob()
        var listing = L.loan(due: "2024-02-20")
        listing.borrowerName = "Eve\u{1B}[2J"
        listing.assetName = "Beamer\u{202E}fdp.exe"
        _ = job.handle(.answer(.board(L.board([listing]))), context: JobContext(person: F.keeper, station: "ST-01", time: F.t0))
        let rows = screen(job)
        for row in rows {
            #expect(!row.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        }
        #expect(rows.contains { $0.contains("Eve\\x1b[2J") && $0.contains("Beamer\\u{202e}") })
    }
}
