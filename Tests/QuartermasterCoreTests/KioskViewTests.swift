import Foundation
import QuartermasterCore
import Testing

/// What the person at the counter sees, checked as text: every row fits the terminal, Chinese
/// names keep the table's columns aligned.
@Suite struct KioskViewTests {
    typealias F = Fixtures
    let utc = TimeZone(identifier: "UTC")!

    func pickingState() -> KioskRouter {
        var router = KioskRouter(station: "ST-01")
        _ = router.handle(.scan(.badge(F.keeper), at: F.t0))
        _ = router.handle(.scan(.requisition(F.requisition()), at: F.t0))
        _ = router.handle(.scan(.quantity(3), at: F.t0))
        _ = router.handle(.scan(.item(F.paper), at: F.t0))
        return router
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func everyRowFitsTheTerminal(columns: Int, rows: Int) {
        for language in Language.allCases {
            let view = KioskView(language: language, station: "ST-01", timeZone: utc)
            let screen = view.render(pickingState(), input: "69012", now: F.t0, columns: columns, rows: rows)
            #expect(screen.count == rows)
            for row in screen {
                #expect(DisplayWidth.of(row.text) <= columns, "\(language) row too wide: \(row.text)")
            }
        }
    }

    @Test func statusLineShowsStationModePersonAndTime() {
        let view = KioskView(language: .english, station: "ST-01", timeZone: utc)
        let screen = view.render(pickingState(), input: "", now: F.t0, columns: 80, rows: 24)
        let status = screen[0].text
        #expect(status.contains("ST-01"))
        #expect(status.contains("Pickup"))
        #expect(status.contains("王库管"))
        #expect(status.hasSuffix("2024-03-01 08:00 "))
        #expect(screen[0].segments.allSatisfy { $0.style == .status })
    }

    @Test func pickTableAlignsChineseAndLatinNames() throws {
        let view = KioskView(language: .english, station: "ST-01", timeZone: utc)
        let screen = view.render(pickingState(), input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        let paperRow = try #require(screen.first { $0.hasPrefix("A4 复印纸") })
        let pensRow = try #require(screen.first { $0.hasPrefix("Gel pen black") })
        // The spec column starts at the same display column in both rows.
        func column(of needle: String, in row: String) -> Int? {
            guard let range = row.range(of: needle) else { return nil }
            return DisplayWidth.of(String(row[..<range.lowerBound]))
        }
        #expect(column(of: "70 g", in: paperRow) != nil)
        #expect(column(of: "70 g", in: paperRow) == column(of: "0.5 mm", in: pensRow))
        // Approved 10, done 0, now 3, left 7.
        #expect(paperRow.hasSuffix("10     0     3     7"))
    }

    @Test func errorsAreMarkedAndStyled() {
        var router = KioskRouter(station: "ST-01")
        _ = router.handle(.scan(.badge(F.auditor), at: F.t0))
        let view = KioskView(language: .simplifiedChinese, station: "ST-01", timeZone: utc)
        let screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24)
        let message = screen.first { $0.text.hasPrefix("✗ ") }
        #expect(message?.segments.first?.style == .error)
        #expect(message?.text.contains("库管员") == true)
    }

    @Test func scannedControlCharactersNeverReachTheScreen() {
        let view = KioskView(language: .english, station: "ST-01", timeZone: utc)
        var router = KioskRouter(station: "ST-01")
        _ = router.handle(.scan(.notFound(.unknown, "AB\u{1B}[2JCD"), at: F.t0))
        let screen = view.render(router, input: "X\u{1B}Y", now: F.t0, columns: 80, rows: 24)
        for row in screen {
            #expect(!row.text.unicodeScalars.contains { $0.value == 0x1B })
        }
        #expect(screen.contains { $0.text.contains("AB\\x1b[2JCD") })
    }

    @Test func signedOutScreenWelcomesAndListsEveryJobsKey() {
        for (language, welcome, keys) in [
            (Language.english, "Storeroom keepers: scan your badge to sign in.", "F1 Pickup F2 Receive F3 Return F8 Count F9 Loans · F4 Undo · Esc Cancel · F10 Sign out"),
            (.simplifiedChinese, "库管员：请扫描工牌登录。", "F1 领用 F2 入库 F3 退库 F8 盘点 F9 借用 · F4 撤销 · Esc 取消 · F10 退出"),
        ] {
            let view = KioskView(language: language, station: "ST-01", timeZone: utc)
            let screen = view.render(KioskRouter(station: "ST-01"), input: "", now: F.t0, columns: 100, rows: 24).map(\.text)
            #expect(screen[3] == welcome)
            #expect(screen.last == keys)
        }
    }

    @Test func waitingRecipientChangesTheKeyHelp() {
        var router = pickingState()
        _ = router.handle(.scan(.badge(F.colleague), at: F.t0))
        let view = KioskView(language: .english, station: "ST-01", timeZone: utc)
        let screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        #expect(screen.last == "Enter/F5 accept recipient · Esc refuse")
        #expect(screen.contains("Recipient waiting: 李四 (E2002)"))
    }

    @Test func slipNoteShowsUnderTheNoticeInPickupOnly() {
        var router = pickingState()
        _ = router.handle(.scan(.badge(F.applicant), at: F.t0))
        let outcome = F.outcome(F.requisition(.partlyPicked).requisition)
        _ = router.handle(.answer(AnyJobAnswer(PickupJob.self, .recorded(outcome, at: F.t0)), at: F.t0))
        _ = router.handle(.answer(AnyJobAnswer(PickupJob.self, .slipProduced("out/YPQ-2024-001.pdf")), at: F.t0))
        let view = KioskView(language: .simplifiedChinese, station: "ST-01", timeZone: utc)
        var screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        #expect(screen[screen.count - 3] == "领用单：out/YPQ-2024-001.pdf")
        #expect(screen.contains("上一笔领用：YPQ-2024-001 · 部分领用"))
        _ = router.handle(.scan(.mode(.receive), at: F.t0))
        screen = view.render(router, input: "", now: F.t0, columns: 80, rows: 24).map(\.text)
        #expect(!screen.contains { $0.hasPrefix("领用单：") })
        #expect(screen[2] == "入库")
    }

    @Test(arguments: [
        ("Scan the items, then the recipient scans their badge.", 20,
         ["Scan the items, then", "the recipient scans", "their badge."]),
        ("请扫描物品最后由领用人确认", 10, ["请扫描物品", "最后由领用", "人确认"]),
    ])
    func wrapsByDisplayWidth(text: String, width: Int, expected: [String]) {
        #expect(KioskView.wrap(text, width: width) == expected)
    }
}
