import Foundation
import Printing
import QuartermasterTesting
import Station
import Storage
import Synchronization
import Testing
@testable import quartermaster

/// What the station sends must never bring the office's scheduler down, never print what a
/// person cancelled, never print twice when two station programs share a queue, and never
/// hang on a scheduler that stops answering. Real cupsd, real station database.
@Suite(.serialized) struct PrintSafetyTests {
    static let quick = PrintRetryPolicy(
        firstDelay: .milliseconds(100), maximumDelay: .milliseconds(500), abortedAttempts: 20, orphanGrace: .seconds(60))

    // MARK: Names the scheduler survives

    /// Every kind of title the station makes: slips, label batches (with ×), Chinese names,
    /// quotes and backslashes from imported data.
    static let titles = [
        "Pickup slip YPQ-2024-001",
        "Labels asset-62x29 ×1",
        "资产标签 张三的笔记本 ×60",
        #"Labels "Pump" it's 2"×1""#,
        #"Pickup slip C:\labels\YPQ\2024"#,
        "Labels\ttab and  two spaces ×3",
    ]

    @Test func everyKindOfTitleTheStationMakesPrintsAndTheSchedulerLives() async throws {
        try await PrivateCupsd.with { cupsd in
            let store = try SpoolerDatabase()
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            for title in Self.titles {
                let id = try store.enqueue(TestDocuments.pdf(text: "QM-TITLE"), format: .pdf, title: title, queue: "qm-pdf")
                let status = try await cupsd.drain(spooler, timeout: .seconds(120))
                try cupsd.checkAlive("after printing \"\(title)\"")
                #expect(status.backlog == 0, "\(title): \(status)")
                let row = try #require(store.row(id))
                #expect(row.state == .completed, "\(title): \(row.state) \(row.lastError ?? "")")
                let cupsID = try #require(row.cupsJobID)
                let job = try cupsd.server.job(cupsID)
                #expect(job.state == .completed)
                #expect(job.name == SpooledPrintJob.namePrefix(id) + " " + title, "people still read the title in lpstat")
            }
        }
    }

    @Test(arguments: [
        ("Labels asset-62x29 ×1", "Labels-asset-62x29-1"),
        ("qm-0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.pdf", "qm-0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.pdf"),
        (#"a "b" \c 'd'"#, "a-b-c-d"),
        ("资产标签", "document"),
        ("", "document"),
    ])
    func documentNamesHoldNothingThatNeedsEscaping(title: String, expected: String) {
        #expect(PrintServer.safeDocumentName(title) == expected)
    }

    @Test func stationDocumentNamesAreTheJobIdAndAFormatSuffix() {
        let id = UUID()
        let job = SpooledPrintJob(id: id, queue: "q", format: .pdf, title: "Labels ×1 \"x\"", document: nil, stage: .pending, updated: Date())
        #expect(job.documentName == SpooledPrintJob.namePrefix(id) + ".pdf")
        #expect(PrintServer.safeDocumentName(job.documentName) == job.documentName)
    }

    // MARK: A person cancelled it

    @Test func jobCancelledInCupsBeforeTheStationRecordedItIsNotSentAgain() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            // The station sent the job and died before recording its CUPS id; meanwhile a
            // person cancelled it at the printer queue.
            try cupsd.admin("cupsdisable", "qm-raw")
            let store = try SpoolerDatabase()
            let label = TestDocuments.zpl(text: "QM-CANCELLED")
            let job = try store.claimed(label, format: .raw, title: "cancelled label", queue: "qm-raw", at: Date().addingTimeInterval(-120))
            let cupsID = try cupsd.server.submit(
                label, format: .raw, title: job.cupsJobName, documentName: job.documentName, to: "qm-raw")
            try cupsd.admin("cancel", "qm-raw-\(cupsID)")
            #expect(try await cupsd.finished(cupsID).state == .canceled)
            try cupsd.admin("cupsenable", "qm-raw")

            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let status = try await cupsd.drain(spooler, timeout: .seconds(3), until: { _ in false })
            #expect(status.backlog == 0, "\(status)")
            let row = try #require(store.row(job.id))
            #expect(row.state == .cancelled, "\(row.state) \(row.lastError ?? "")")
            #expect(row.cupsJobID == cupsID)
            #expect(row.lastError?.contains("Cancelled in CUPS (job \(cupsID))") == true, "\(row.lastError ?? "")")
            let named = try cupsd.server.jobs(on: "qm-raw").filter { $0.name?.hasPrefix(SpooledPrintJob.namePrefix(job.id)) == true }
            #expect(named.map(\.id) == [cupsID], "not sent again")
            #expect(printer.deliveries == 0)
        }
    }

    // MARK: Two station programs, one queue

    @Test func twoStationProgramsSharingTheQueueSendEachJobOnce() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            // The kiosk's spooler and a `printers --send` run: two connections to one file.
            let store = try SpoolerDatabase()
            let other = try store.anotherProcess()
            defer { try? other.close() }
            let ids = try (1...8).map { n in
                try store.enqueue(TestDocuments.zpl(text: "QM-RACE-\(n)"), format: .raw, title: "race label \(n)", queue: "qm-raw")
            }
            let kiosk = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let send = PrintSpooler(server: cupsd.server, store: PrintWorkerStore(database: other), policy: Self.quick)
            async let first = cupsd.drain(kiosk, timeout: .seconds(120))
            async let second = cupsd.drain(send, timeout: .seconds(120))
            let statuses = try await [first, second]
            #expect(statuses.allSatisfy { $0.backlog == 0 }, "\(statuses)")

            let jobs = try cupsd.server.jobs(on: "qm-raw")
            for id in ids {
                let named = jobs.filter { $0.name?.hasPrefix(SpooledPrintJob.namePrefix(id)) == true }
                #expect(named.count == 1, "job \(id) reached CUPS \(named.count) times")
                #expect(named.first?.state == .completed)
                #expect(store.row(id)?.cupsJobID == named.first?.id)
            }
            try await eventually { printer.deliveries >= ids.count }
            #expect(printer.deliveries == ids.count)
        }
    }

    // MARK: A scheduler that stops answering

    @Test func hungSchedulerTimesOutAndTheClaimIsGivenBack() async throws {
        // Accepts the connection, reads every request, never answers: a stopped or wedged cupsd.
        let hung = try RawPrinterListener()
        defer { hung.stop() }
        let server = {
            var server = PrintServer(host: "127.0.0.1", port: hung.port)
            server.ioTimeout = .seconds(1)
            return server
        }()
        let store = try SpoolerDatabase()
        let id = try store.enqueue(TestDocuments.zpl(text: "QM-HUNG"), format: .raw, title: "hung label", queue: "qm-raw")
        let spooler = PrintSpooler(server: server, store: store.store, policy: Self.quick)

        let started = ContinuousClock.now
        let status = try await withinSeconds(15) { spooler.pass() }
        let took = ContinuousClock.now - started
        #expect(took < .seconds(12), "one pass took \(took)")
        #expect(status.backlog == 1)
        let row = try #require(store.row(id))
        #expect(row.state == .pending, "the claim is given back: \(row.state)")
        #expect(row.claim == nil)
        #expect(row.attempts == 1)
        #expect(row.payload != nil)

        let queues = try await withinSeconds(10) { Result { () throws(PrintingError) in try server.queues() } }
        #expect(throws: PrintingError.self) { try queues.get() }
    }

    // MARK: Helpers

    /// Runs blocking work on a thread of its own and waits at most `seconds` for it: a call
    /// that never returns fails the test instead of hanging the suite.
    private func withinSeconds<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () -> T) async throws -> T {
        let result = Mutex<T?>(nil)
        Thread.detachNewThread { let value = work(); result.withLock { $0 = value } }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = result.withLock({ $0 }) { return value }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestSetupError("the call did not return within \(seconds) s: a CUPS call is not bounded in time")
    }

    private func eventually(_ condition: () -> Bool, within timeout: Duration = .seconds(5)) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("condition not met within \(timeout)")
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
