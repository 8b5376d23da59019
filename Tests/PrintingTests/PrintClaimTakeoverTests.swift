import Foundation
import Printing
import QuartermasterTesting
import Storage
import Synchronization
import Testing
@testable import quartermaster

/// A station program that hangs inside a CUPS call past the orphan grace, while another
/// program takes its claim over: when the first one comes back with a CUPS job, exactly one
/// copy prints. Real cupsd, real station database, the hang made by a slow proxy in front of
/// the scheduler.
@Suite(.serialized) struct PrintClaimTakeoverTests {
    /// While the kiosk's spooler hangs, `printers --send` in another process gave the claim
    /// back; with `reclaimed`, a third program claimed the job again and is sending it.
    @Test(arguments: [false, true])
    func lateCopyOfAClaimTakenOverPrintsOnce(reclaimed: Bool) async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            // The queue holds jobs until the test has seen where each copy went.
            try cupsd.admin("cupsdisable", "qm-raw")
            let label = TestDocuments.zpl(text: "QM-TAKEOVER")
            let slow = try SlowSchedulerProxy(
                listeningOn: cupsd.directory.appending(path: "slow.sock").path, forwardingTo: cupsd.socketPath, holding: label, for: 3)
            defer { slow.stop() }
            let store = try SpoolerDatabase()
            let other = try store.anotherProcess()
            defer { try? other.close() }
            let id = try store.enqueue(label, format: .raw, title: "takeover label", queue: "qm-raw")

            // The hanging spooler: CUPS gets its job and document at once; the answer reaches
            // the spooler 3 s later.
            let hanging = PrintSpooler(server: PrintServer(socketPath: slow.path), store: store.store)
            let finished = Mutex(false)
            let outcome = Mutex<PrintSpoolerStatus?>(nil)
            Thread.detachNewThread {
                let status = hanging.pass()
                outcome.withLock { $0 = status }
                finished.withLock { $0 = true }
            }
            let deadline = ContinuousClock.now + .seconds(5)
            // Blocking waits from here to the takeover: on a busy machine a suspended task could
            // resume after the 3 s window closed.
            while store.row(id)?.claim == nil, ContinuousClock.now < deadline { usleep(10_000) }
            let first = try #require(store.row(id)?.claim, "the hanging spooler never claimed the job")

            // Past the grace, another process finds nothing in CUPS and gives the claim back.
            #expect(try other.releasePrintClaim(id: id, claim: first, reason: "cut short", notBefore: Date(), at: Date()))
            let third = UUID()
            if reclaimed {
                #expect(try other.beginPrintSubmission(id: id, claim: third, at: Date()))
            }

            // The hanging spooler comes back with its CUPS job.
            let back = ContinuousClock.now + .seconds(60)
            while !finished.withLock({ $0 }), ContinuousClock.now < back { try await Task.sleep(for: .milliseconds(50)) }
            #expect(finished.withLock { $0 }, "the hanging spooler's pass never ended")
            try cupsd.checkAlive("after the late copy")
            let named = try cupsd.server.jobs(on: "qm-raw").filter { $0.name?.hasPrefix(SpooledPrintJob.namePrefix(id)) == true }
            let late = try #require(named.first, "the hanging spooler's job never reached CUPS: \(String(describing: outcome.withLock { $0 }))")
            #expect(named.count == 1)
            let row = try #require(store.row(id))
            if reclaimed {
                // Someone else is sending the job: the late copy is cancelled, the claim stays theirs.
                #expect(late.state == .canceled, "the late copy must not print: \(late.state)")
                #expect(row.state == .submitted)
                #expect(row.claim == third)
                #expect(row.cupsJobID == nil, "the late copy was not recorded over the new claim")
            } else {
                // Nobody sent it again yet: the late copy becomes the job's, and is not sent twice.
                #expect(late.state != .canceled, "\(String(describing: outcome.withLock { $0 }))")
                #expect(row.state == .submitted)
                #expect(row.cupsJobID == late.id)
                let spooler = PrintSpooler(server: cupsd.server, store: store.store)
                try cupsd.admin("cupsenable", "qm-raw")
                let status = try await cupsd.drain(spooler, timeout: .seconds(120))
                #expect(status.backlog == 0, "\(status)")
                #expect(store.row(id)?.state == .completed)
                #expect(printer.waitForDeliveries(1), "the label never arrived")
                #expect(!printer.waitForDeliveries(2, timeout: 2), "a second copy arrived")
                #expect(try cupsd.server.jobs(on: "qm-raw").count { $0.name?.hasPrefix(SpooledPrintJob.namePrefix(id)) == true } == 1)
            }
        }
    }
}
