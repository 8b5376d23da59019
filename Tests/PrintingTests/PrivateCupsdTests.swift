import Foundation
import QuartermasterTesting
import Printing
import Testing

/// The real libcups calls against a private cupsd started by `scripts/cupsd-test`.
///
/// Serialized to go easy on shared machines; each test still gets its own scheduler.
@Suite(.serialized) struct PrivateCupsdTests {
    // MARK: Queues

    @Test func listsTheTestQueuesIdle() async throws {
        try await PrivateCupsd.with(rawPort: 9191) { cupsd in
            let queues = try cupsd.server.queues()
            #expect(queues.map(\.name).sorted() == ["qm-pdf", "qm-raw"])

            let pdf = try #require(queues.first { $0.name == "qm-pdf" })
            #expect(pdf.state == .idle)
            #expect(pdf.reasons.isEmpty)
            #expect(pdf.deviceURI == "qm-file:\(cupsd.pdfOutput.path)")
            #expect(pdf.makeAndModel == "Quartermaster PDF File")
            #expect(pdf.isAcceptingJobs)
            #expect(pdf.isDefault)

            let raw = try #require(queues.first { $0.name == "qm-raw" })
            #expect(raw.state == .idle)
            #expect(raw.deviceURI == "socket://127.0.0.1:9191")
            #expect(raw.isAcceptingJobs)
            #expect(!raw.isDefault)
        }
    }

    @Test func disabledQueueIsStoppedUntilEnabled() async throws {
        try await PrivateCupsd.with { cupsd in
            try cupsd.admin("cupsdisable", "-r", "label roll empty", "qm-raw")
            var raw = try #require(try cupsd.server.queues().first { $0.name == "qm-raw" })
            #expect(raw.state == .stopped)
            #expect(raw.reasons.contains("paused"))

            try cupsd.admin("cupsenable", "qm-raw")
            raw = try #require(try cupsd.server.queues().first { $0.name == "qm-raw" })
            #expect(raw.state == .idle)
            #expect(raw.reasons.isEmpty)
        }
    }

    @Test func rejectingQueueIsNotAcceptingJobs() async throws {
        try await PrivateCupsd.with { cupsd in
            try cupsd.admin("cupsreject", "qm-pdf")
            let pdf = try #require(try cupsd.server.queues().first { $0.name == "qm-pdf" })
            #expect(pdf.state == .idle)
            #expect(!pdf.isAcceptingJobs)

            let error = #expect(throws: PrintingError.documentRejected(queue: "qm-pdf")) {
                try cupsd.server.submit(TestDocuments.pdf(text: "NOPE"), format: .pdf, title: "rejected", to: "qm-pdf")
            }
            #expect(error?.description.contains("cupsaccept qm-pdf") == true)
        }
    }

    // MARK: Jobs

    @Test func pdfJobWritesThePDFFile() async throws {
        try await PrivateCupsd.with { cupsd in
            let id = try cupsd.server.submit(
                TestDocuments.pdf(text: "QM-TEST-LABEL"), format: .pdf, title: "test label", to: "qm-pdf")
            let job = try await cupsd.finished(id)
            #expect(job.state == .completed, "job \(id): \(job.reasons) \(job.message ?? "")")

            let output = try Data(contentsOf: cupsd.pdfOutput)
            #expect(output.starts(with: Array("%PDF-".utf8)))
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
                let text = try PrivateCupsd.run(["/usr/bin/pdftotext", cupsd.pdfOutput.path, "-"])
                #expect(text.output.contains("QM-TEST-LABEL"))
            }
        }
    }

    @Test func eachPDFJobIsWrittenWholeEvenAfterALongerOne() async throws {
        // Debian's cupsd 2.4.2-3+deb12u10 opens a file: device's output without O_CREAT and
        // without O_TRUNC: a missing file stopped the job, an existing one kept the tail of a
        // longer earlier job. qm-pdf's own backend writes each job to a file of its own.
        try await PrivateCupsd.with { cupsd in
            let long = try cupsd.server.submit(
                TestDocuments.pdf(text: String(repeating: "QM-LONG-JOB ", count: 40)), format: .pdf, title: "long", to: "qm-pdf")
            #expect(try await cupsd.finished(long).state == .completed)
            let short = try cupsd.server.submit(TestDocuments.pdf(text: "S"), format: .pdf, title: "short", to: "qm-pdf")
            #expect(try await cupsd.finished(short).state == .completed)

            let first = try Data(contentsOf: cupsd.pdfOutput(job: long))
            let last = try Data(contentsOf: cupsd.pdfOutput)
            #expect(last == (try Data(contentsOf: cupsd.pdfOutput(job: short))))
            #expect(last.count < first.count)
            #expect(last.starts(with: Array("%PDF-".utf8)))
            let tail = String(decoding: last.suffix(16), as: UTF8.self)
            #expect(tail.contains("%%EOF"), "the file ends where the short job's PDF ends: \(tail)")
        }
    }

    @Test func mediaOptionSetsThePDFPageSize() async throws {
        try await PrivateCupsd.with { cupsd in
            let id = try cupsd.server.submit(
                TestDocuments.pdf(text: "QM-4x6"), format: .pdf, title: "4x6 label", to: "qm-pdf",
                options: ["media": "w288h432"])
            let job = try await cupsd.finished(id)
            #expect(job.state == .completed, "job \(id): \(job.reasons) \(job.message ?? "")")
            let output = try Data(contentsOf: cupsd.pdfOutput)
            #expect(output.starts(with: Array("%PDF-".utf8)))
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") {
                let info = try PrivateCupsd.run(["/usr/bin/pdfinfo", cupsd.pdfOutput.path])
                #expect(info.output.contains("288 x 432 pts"), "\(info.output)")
            }
        }
    }

    @Test func rawJobReachesTheLabelPrinterUntouched() async throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        try await PrivateCupsd.with(rawPort: printer.port) { cupsd in
            let label = TestDocuments.zpl(text: "QM-0042")
            let id = try cupsd.server.submit(label, format: .raw, title: "zpl label", to: "qm-raw")
            let job = try await cupsd.finished(id)
            #expect(job.state == .completed, "job \(id): \(job.reasons) \(job.message ?? "")")
            #expect(printer.bytes == label)
        }
    }

    @Test func missingQueueIsNamed() async throws {
        try await PrivateCupsd.with { cupsd in
            let error = #expect(throws: PrintingError.queueNotFound("qm-nope")) {
                try cupsd.server.submit(TestDocuments.pdf(text: "X"), format: .pdf, title: "x", to: "qm-nope")
            }
            #expect(error?.description.contains("\"qm-nope\"") == true)
        }
    }

    @Test func unknownJobIsNotFound() async throws {
        try await PrivateCupsd.with { cupsd in
            #expect(throws: PrintingError.jobNotFound(4242)) { try cupsd.server.job(4242) }
        }
    }
}
