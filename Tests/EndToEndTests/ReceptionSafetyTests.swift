import Foundation
import Testing

/// Kiosk safety on a visitor screen (issue 9): with nobody signed in and a visitor half-way
/// through the form, no key sequence quits the kiosk, reaches a shell, changes the mode or
/// reaches a staff function, and the form survives — but for the keys the screen names
/// (F4/Ctrl+Z go one field back, Esc cancels) and a clear refusal.
@Suite(.serialized) struct ReceptionSafetyTests {
    /// What the visitor or a prankster sends, as tmux `send-keys` arguments.
    struct Sequence: Sendable, CustomTestStringConvertible {
        var name: String
        var keys: [[String]]
        /// The form goes one field back (the named Back keys); otherwise it stays as it was.
        var goesBack = false
        var testDescription: String { name }
    }

    /// Raw bytes, as a terminal would send them.
    static func hex(_ bytes: String) -> [String] { ["-H"] + bytes.split(separator: " ").map(String.init) }

    static let sequences: [Sequence] = [
        Sequence(name: "Ctrl+C", keys: [["C-c"]]),
        Sequence(name: "Ctrl+C three times", keys: [["C-c"], ["C-c"], ["C-c"]]),
        Sequence(name: "Ctrl+Z", keys: [["C-z"]], goesBack: true),
        Sequence(name: "Ctrl+\\", keys: [["C-\\"]]),
        Sequence(name: "Ctrl+D", keys: [["C-d"]]),
        Sequence(name: "F4", keys: [["F4"]], goesBack: true),
        Sequence(name: "F1 F2 F3 F5 F6 F7 F8 F9 F10 F11 F12", keys: ["F1", "F2", "F3", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"].map { [$0] }),
        Sequence(name: "Linux console F-keys", keys: [hex("1b 5b 5b 41"), hex("1b 5b 5b 45")]),
        Sequence(name: "an unknown CSI sequence", keys: [hex("1b 5b 39 39 39 7e"), hex("1b 5b 32 30 30 7e")]),
        Sequence(name: "an OSC title sequence", keys: [hex("1b 5d 30 3b 70 77 6e 07")]),
        Sequence(name: "a cut-off CSI sequence", keys: [hex("1b 5b 31 3b")]),
        Sequence(name: "mouse and cursor reports", keys: [hex("1b 5b 4d 20 21 21"), hex("1b 5b 31 32 3b 34 52")]),
    ]

    /// A kiosk on the reception screen with a visitor at the host step.
    static func visitorHalfWay(_ data: String) throws -> TmuxPane {
        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
        ], environment: VisitorsCommandTests.environment.merging(["TERM": "linux", "LANG": "C.UTF-8"]) { $1 })
        try pane.waitFor("Scan your badge")
        try pane.scan("QM-MODE-RECEPTION")
        try pane.waitFor("Scan your invitation, or type your name")
        try pane.scan("李小龙")
        try pane.waitFor("Your company or organisation?")
        try pane.scan("龙腾科技")
        try pane.waitFor("Who are you visiting?")
        return pane
    }

    @Test(arguments: sequences) func visitorScreenHoldsAgainst(_ sequence: Sequence) throws {
        let data = try VisitorsCommandTests.station("reception-safety")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let pane = try Self.visitorHalfWay(data)
        defer { pane.kill() }

        for keys in sequence.keys { try pane.press(keys) }
        // A line after the sequence shows when the kiosk has read all of it.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try !pane.exited(), "the kiosk is still running")
        let screen = try pane.screen().joined(separator: "\n")
        #expect(screen.contains("Reception · Visitors"), "still the reception screen: \(screen)")
        #expect(!screen.contains("Mode: "), "no mode change: \(screen)")
        #expect(!screen.contains("Signed in:"), "no staff function: \(screen)")
        #expect(screen.contains("Name: 李小龙"), "the form is kept: \(screen)")

        if sequence.goesBack {
            try pane.waitFor("Your company or organisation?")
            try pane.scan("龙腾科技")
            try pane.waitFor("Who are you visiting?")
        } else {
            #expect(screen.contains("Company: 龙腾科技"), "the form is kept: \(screen)")
        }
        // The form still works: the host is found and the purpose asked for.
        try pane.scan("张三丰")
        let next = try pane.waitFor("What is the purpose of your visit?")
        #expect(next.contains { $0.contains("Host: 张三丰 (行政部)") }, "\(next.joined(separator: "\n"))")
        #expect(next.contains { $0.contains("Company: 龙腾科技") }, "\(next.joined(separator: "\n"))")
        #expect(try Harness.sql(data + "/station.sqlite", "SELECT count(*) FROM visit") == "0")
    }

    @Test func tenKilobytesOfPastedTextAreRefusedClearly() throws {
        let data = try VisitorsCommandTests.station("reception-paste")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let pane = try Self.visitorHalfWay(data)
        defer { pane.kill() }

        let pasted = String(repeating: "粘贴的文字 pasted text, \"quoted\" ", count: 10 * 1024 / 36 + 1)
        #expect(pasted.utf8.count >= 10 * 1024)
        try pane.scan(pasted)
        // Past the engine's line limit (4096 characters) the line is refused as a whole.
        let refused = try pane.waitFor("is too long", timeout: 20)
        #expect(try !pane.exited())
        let text = refused.joined(separator: "\n")
        #expect(text.contains("Name: 李小龙") && text.contains("Company: 龙腾科技"), "the form is kept: \(text)")
        #expect(!text.contains("Host:"), "nothing pasted was taken: \(text)")
        for line in refused { #expect(line.count <= 80, "\(line)") }

        // A shorter paste is the job's to refuse, as a field too long.
        try pane.scan(String(pasted.prefix(200)))
        try pane.waitFor("At most 60 characters, please.")
        try pane.scan("张三丰")
        try pane.waitFor("What is the purpose of your visit?")
        #expect(try Harness.sql(data + "/station.sqlite", "SELECT count(*) FROM visit") == "0")
    }
}
