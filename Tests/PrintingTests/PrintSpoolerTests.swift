import Foundation
import QuartermasterTesting
import Printing
import Storage
import Testing
@testable import quartermaster

/// The spooler against a real private cupsd and a real station database: jobs reach the
/// printer exactly once through a stopped queue, an unplugged printer, and a station restart
/// at the worst moment.
@Suite(.serialized) struct PrintSpoolerTests {
    static let quick = PrintRetryPolicy(
        firstDelay: .milliseconds(100), maximumDelay: .milliseconds(500), abortedAttempts: 20, orphanGrace: .zero)

    // MARK: Normal printing

    @Test func rawJobArrivesOnceAndByteIdentical() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            let store = try SpoolerDatabase()
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let label = TestDocuments.zpl(text: "FA-000123")
            let id = try store.enqueue(label, format: .raw, title: "asset label", queue: "qm-raw", at: Date())

            let status = try await cupsd.drain(spooler, timeout: .seconds(120))
            #expect(status.backlog == 0, "\(status)")
            #expect(status.problem == nil)
            #expect(store.row(id)?.state == .completed)
            #expect(store.row(id)?.payload == nil)
            try await eventually { printer.deliveries == 1 }
            #expect(printer.bytes == label)

            // The CUPS job carries the station's id in its name.
            let cupsID = try #require(store.row(id)?.cupsJobID)
            let cupsJob = try #require(try cupsd.server.jobs(on: "qm-raw").first { $0.id == cupsID })
            #expect(cupsJob.name == SpooledPrintJob.namePrefix(id) + " asset label")
            #expect(cupsJob.state == .completed)

            // More passes change nothing.
            try await cupsd.drain(spooler, timeout: .milliseconds(600), until: { _ in false })
            #expect(printer.deliveries == 1)
        }
    }

    // MARK: Printer offline

    @Test func stoppedQueueKeepsTheJobAndPrintsItOnceWhenEnabled() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            try cupsd.admin("cupsdisable", "-r", "label roll empty", "qm-raw")
            let store = try SpoolerDatabase()
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let label = TestDocuments.zpl(text: "QM-OFFLINE")
            let id = try store.enqueue(label, format: .raw, title: "offline label", queue: "qm-raw", at: Date())

            let waiting = try await cupsd.drain(spooler, timeout: .seconds(30), until: { $0.problem != nil })
            #expect(waiting.backlog == 1)
            let problem = try #require(waiting.problem)
            #expect(problem.contains("qm-raw is stopped"), "\(problem)")
            #expect(problem.contains("cupsenable qm-raw"))
            #expect(spooler.status == waiting, "the kiosk reads the last pass")
            #expect(store.row(id)?.state == .submitted)
            #expect(store.row(id)?.lastError == problem)
            #expect(printer.deliveries == 0)

            try cupsd.admin("cupsenable", "qm-raw")
            let done = try await cupsd.drain(spooler, timeout: .seconds(120))
            #expect(done.backlog == 0, "\(done)")
            #expect(done.problem == nil)
            #expect(store.row(id)?.state == .completed)
            try await eventually { printer.deliveries == 1 }
            try await cupsd.drain(spooler, timeout: .milliseconds(600), until: { _ in false })
            #expect(printer.deliveries == 1, "exactly once")
            #expect(printer.bytes == label)
        }
    }

    @Test func unpluggedPrinterGetsTheJobOnceItIsBack() async throws {
        // Find a free port, then switch the "printer" off: nothing listens there.
        let probe = try RawPrinterListener()
        let port = probe.port
        probe.stop()
        try await PrivateCupsd.with(rawPort: port) { cupsd in
            let store = try SpoolerDatabase()
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let label = TestDocuments.zpl(text: "QM-UNPLUGGED")
            let id = try store.enqueue(label, format: .raw, title: "unplugged label", queue: "qm-raw", at: Date())

            // CUPS's socket backend takes its time to give up on a dead port on a busy machine:
            // wait until the spooler has a reason to show (or 60 s), not a fixed 4 s.
            let waiting = try await cupsd.drain(spooler, timeout: .seconds(60), until: { $0.problem?.contains("qm-raw") == true })
            #expect(waiting.backlog == 1, "\(waiting)")
            #expect(store.row(id)?.state != .completed)
            #expect(waiting.problem?.contains("qm-raw") == true, "the kiosk says why: \(waiting)")

            let printer = try RawPrinterListener(port: port)
            defer { printer.stop() }
            let done = try await cupsd.drain(spooler, timeout: .seconds(120))
            #expect(done.backlog == 0, "\(done) \(String(describing: store.row(id)))")
            #expect(store.row(id)?.state == .completed)
            try await eventually { printer.deliveries == 1 }
            try await cupsd.drain(spooler, timeout: .seconds(1), until: { _ in false })
            #expect(printer.deliveries == 1, "exactly once")
            #expect(printer.bytes == label)
        }
    }

    @Test func unreachableServerKeepsJobsPendingWithAdvice() async throws {
        let server = PrintServer(socketPath: "/tmp/qm-no-cupsd-\(UUID().uuidString.prefix(8))/cups.sock")
        let store = try SpoolerDatabase()
        let spooler = PrintSpooler(server: server, store: store.store, policy: Self.quick)
        let id = try store.enqueue(TestDocuments.pdf(text: "X"), format: .pdf, title: "slip", queue: "qm-pdf", at: Date())
        // Until the spooler has a reason to show (or 30 s): on a busy machine its first attempt
        // can take longer than a fixed second.
        let status = await spooler.drain(timeout: .seconds(30), until: { $0.problem != nil })
        #expect(status.backlog == 1)
        #expect(status.problem?.contains("Cannot reach the print server") == true, "\(status)")
        let row = try #require(store.row(id))
        #expect(row.state == .pending)
        #expect(row.attempts >= 1)
        #expect(row.payload != nil, "nothing is lost")
    }

    /// Between attempts a job waits (2 s, growing to a minute): the passes in between do not
    /// try it, and the status line must still say why it has not printed.
    @Test func aJobWaitingToBeSentAgainKeepsItsReasonOnTheStatusLine() async throws {
        let server = PrintServer(socketPath: "/tmp/qm-no-cupsd-\(UUID().uuidString.prefix(8))/cups.sock")
        let store = try SpoolerDatabase()
        let patient = PrintRetryPolicy(firstDelay: .seconds(600), maximumDelay: .seconds(600), abortedAttempts: 3, orphanGrace: .zero)
        let spooler = PrintSpooler(server: server, store: store.store, policy: patient)
        let id = try store.enqueue(TestDocuments.pdf(text: "X"), format: .pdf, title: "slip", queue: "qm-pdf", at: Date())
        let first = await spooler.passOffThePool()
        #expect(first.problem?.contains("Cannot reach the print server") == true, "\(first)")
        let waiting = await spooler.drain(timeout: .milliseconds(300), every: .milliseconds(50), until: { _ in false })
        #expect(try #require(store.row(id)).attempts == 1, "the passes while it waits do not try it")
        #expect(waiting.backlog == 1)
        #expect(waiting.problem == first.problem, "the reason stays while the job waits: \(waiting)")
    }

    @Test func jobCupsStoppedWaitsForAPersonAndCancellingItEndsIt() async throws {
        try await PrivateCupsd.with { cupsd in
            // Not a PDF: the queue's filter fails and CUPS stops the job. Sending it again
            // would only fail again, so the spooler says why and leaves the decision to a person.
            let store = try SpoolerDatabase()
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let id = try store.enqueue(Array("not a pdf".utf8), format: .pdf, title: "broken slip", queue: "qm-pdf", at: Date())
            let waiting = try await cupsd.drain(spooler, timeout: .seconds(60), until: { $0.problem?.contains("CUPS stopped job") == true })
            #expect(waiting.backlog == 1)
            #expect(waiting.problem?.contains("on qm-pdf") == true, "\(waiting)")
            #expect(store.row(id)?.state == .submitted)

            let cupsID = try #require(store.row(id)?.cupsJobID)
            try cupsd.admin("cancel", "qm-pdf-\(cupsID)")
            let done = try await cupsd.drain(spooler, timeout: .seconds(60))
            #expect(done.backlog == 0, "\(done)")
            #expect(done.problem == nil)
            #expect(store.row(id)?.state == .cancelled)
            #expect(store.row(id)?.lastError == "Cancelled in CUPS (job \(cupsID)).")
        }
    }

    // MARK: Restarts

    @Test func submittedJobThatAlreadyPrintedIsNotSentAgain() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            // The station sent the job, CUPS printed it, and the station died before it heard.
            let store = try SpoolerDatabase()
            let label = TestDocuments.zpl(text: "QM-RESTART")
            let job = try store.claimed(label, format: .raw, title: "restart label", queue: "qm-raw", at: Date())
            let cupsID = try cupsd.server.submit(
                label, format: .raw, title: job.cupsJobName, documentName: job.documentName, to: "qm-raw")
            #expect(try await cupsd.finished(cupsID).state == .completed)
            try await eventually { printer.deliveries == 1 }
            #expect(try store.database.markPrintJobSubmitted(id: job.id, claim: job.claim, cupsJobID: cupsID, at: Date()))

            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: Self.quick)
            let status = try await cupsd.drain(spooler, timeout: .seconds(60))
            #expect(status.backlog == 0)
            #expect(store.row(job.id)?.state == .completed)
            try await cupsd.drain(spooler, timeout: .milliseconds(600), until: { _ in false })
            #expect(printer.deliveries == 1, "not sent again")
        }
    }

    @Test func jobSentJustBeforeACrashIsFoundByName() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            // Claimed and sent, but the station died before it stored the CUPS job id.
            let store = try SpoolerDatabase()
            let label = TestDocuments.zpl(text: "QM-CRASH")
            let job = try store.claimed(label, format: .raw, title: "crash label", queue: "qm-raw", at: Date().addingTimeInterval(-120))
            let cupsID = try cupsd.server.submit(
                label, format: .raw, title: job.cupsJobName, documentName: job.documentName, to: "qm-raw")

            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: PrintRetryPolicy(orphanGrace: .seconds(60)))
            spooler.pass()
            #expect(store.row(job.id)?.cupsJobID == cupsID, "adopted, not resent")
            let status = try await cupsd.drain(spooler, timeout: .seconds(120))
            #expect(status.backlog == 0)
            #expect(store.row(job.id)?.state == .completed)
            try await eventually { printer.deliveries == 1 }
            try await cupsd.drain(spooler, timeout: .milliseconds(600), until: { _ in false })
            #expect(printer.deliveries == 1, "exactly once")
        }
    }

    @Test func claimThatNeverReachedCupsIsSentOnce() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            let store = try SpoolerDatabase()
            let label = TestDocuments.zpl(text: "QM-CLAIMED")
            let old = try store.claimed(label, format: .raw, title: "claimed label", queue: "qm-raw", at: Date().addingTimeInterval(-120))
            let fresh = try store.claimed(label, format: .raw, title: "being sent elsewhere", queue: "qm-raw", at: Date())
            let spooler = PrintSpooler(server: cupsd.server, store: store.store, policy: PrintRetryPolicy(orphanGrace: .seconds(60)))
            try await cupsd.drain(spooler, timeout: .seconds(120), until: { _ in store.row(old.id)?.state == .completed })
            #expect(store.row(old.id)?.state == .completed)
            #expect(store.row(fresh.id)?.state == .submitted, "a fresh claim belongs to another spooler")
            #expect(store.row(fresh.id)?.cupsJobID == nil)
            try await eventually { printer.deliveries == 1 }
            #expect(printer.bytes == label)
        }
    }

    // MARK: Helpers

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
