import Foundation
import Testing

/// Issue 8: each count scan is told apart by sound. The real binary counts one asset of each
/// class in a real terminal, and the bytes it wrote to the terminal (recorded raw with tmux
/// `pipe-pane`; `capture-pane` shows no bells) hold exactly each class's sound, in order: the
/// Linux console's pitch and length sequences under `TERM=linux`, plain BELs only under any
/// other `TERM`, and the console's default bell put back when the kiosk quits.
@Suite(.serialized) struct CountSoundEndToEndTests {
    static let bel = "\u{07}"

    static func beep(_ hertz: Int, _ milliseconds: Int) -> String { "\u{1B}[10;\(hertz)]\u{1B}[11;\(milliseconds)]" + bel }

    /// Each scan, the screen that says what it was, and the sound expected for it on the console
    /// and elsewhere.
    static let scans: [(tag: String, screen: String, console: String, plain: Int)] = [
        ("FA-000001", "FOUND: 笔记本电脑 (FA-000001).", beep(1760, 60), 1),
        ("FA-000004", "MOVED: 保险柜 (FA-000004) is registered at LOC-HQ-302.", String(repeating: beep(988, 150), count: 2), 2),
        ("FA-000009", "SURPLUS: FA-000009 is not in the register.", String(repeating: beep(523, 150), count: 3), 3),
        ("FA-000001", "ALREADY COUNTED: 笔记本电脑 (FA-000001) was counted at LOC-HQ-301", beep(392, 50), 4),
        ("FA-000006", "DISPOSED: 旧打印机 (FA-000006) is written off", beep(262, 700), 5),
    ]

    /// The bell-related bytes of a recording, in order: BELs and the console's bell sequences.
    static func sounds(in bytes: Data) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.matches(of: #/\x1B\[1[01](;\d+)?\]|\x07/#).map { String($0.output.0) }.joined()
    }

    @Test(arguments: ["linux", "xterm-256color"])
    func eachScanClassHasItsSound(term: String) throws {
        let data = try Harness.temporaryFolder("count-sound")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try CountOffice.seed(data: data)
        let opened = try Harness.run(Harness.binary, ["count", "open", "--scope", "LOC-HQ-301,LOC-HQ-302", "--by", "100231",
                                                      "--data", data, "--station", "E2E"])
        #expect(opened.status == 0, "\(opened.error)")

        let pane = try TmuxPane(columns: 100, rows: 30, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
        ], environment: ["TERM": term, "TZ": "UTC"])
        defer { pane.kill() }
        let recording = data + "/pane.out"
        try pane.record(to: recording)
        try pane.waitFor("Scan your badge")
        try pane.scan("QM-MODE-COUNT")
        try pane.waitFor("Mode: Count")
        try pane.scan("100231")
        try pane.waitFor("Signed in: 张审计")
        try pane.scan("LOC-HQ-301")
        try pane.waitFor("Location: 301 会议室 (LOC-HQ-301)")
        for scan in Self.scans {
            try pane.scan(scan.tag)
            try pane.waitFor(scan.screen)
            // Let the whole sound play: a newer scan cuts a sound short (the latest is heard).
            Thread.sleep(forTimeInterval: 1.6)
        }
        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the kiosk")

        let restore = term == "linux" ? "\u{1B}[10]\u{1B}[11]" : ""
        let expected = Self.scans.map { term == "linux" ? $0.console : String(repeating: Self.bel, count: $0.plain) }.joined() + restore
        var heard = ""
        let flushed = Date().addingTimeInterval(5)
        repeat {
            Thread.sleep(forTimeInterval: 0.2)
            heard = Self.sounds(in: (try? Data(contentsOf: URL(fileURLWithPath: recording))) ?? Data())
        } while heard != expected && Date() < flushed
        #expect(heard == expected, "TERM=\(term): \(heard.debugDescription)")
        if term != "linux" {
            let written = (try? Data(contentsOf: URL(fileURLWithPath: recording))) ?? Data()
            #expect(!String(decoding: written, as: UTF8.self).contains("\u{1B}[10"), "no console sequence reaches an emulator")
        }
    }
}
