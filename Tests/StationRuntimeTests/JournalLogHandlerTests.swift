import Logging
import StationRuntime
import Testing

/// What the journal reads: one line per event, its priority first.
@Suite struct JournalLogHandlerTests {
    @Test(arguments: [
        (Logger.Level.critical, 2), (.error, 3), (.warning, 4), (.notice, 5), (.info, 6), (.debug, 7), (.trace, 7),
    ])
    func levelsMapToSyslogPriorities(_ level: Logger.Level, _ priority: Int) {
        #expect(JournalLogHandler.priority(level) == priority)
    }

    @Test func aMessageWithNewlinesStaysOneLine() {
        let event = LogEvent(level: .warning, message: "printing: 打印机 \"QL-800\"\nis offline\u{1B}[2J", metadata: ["queue": "QL 800\n"],
                             source: "x", file: #fileID, function: #function, line: #line)
        let text = JournalLogHandler.text(event, label: "quartermaster", metadata: ["part": "print"])
        #expect(text == "quartermaster: printing: 打印机 \"QL-800\"\\nis offline\\u{1b}[2J part=print queue=QL 800\\n", "\(text)")
        #expect(!text.contains("\n") && !text.contains("\u{1B}"))
    }
}
