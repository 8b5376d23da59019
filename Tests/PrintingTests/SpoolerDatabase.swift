import Foundation
import Printing
import Station
import Storage
@testable import quartermaster

/// A real station database (a SQLite file in a temporary folder) behind the station's own
/// adapter, `PrintWorkerStore`: the spooler tests exercise the store's real rules, never a
/// copy of them.
final class SpoolerDatabase: Sendable {
    let folder: URL
    let database: StationDatabase
    var path: String { folder.appending(path: "station.sqlite").path }
    var store: PrintWorkerStore { PrintWorkerStore(database: database) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "qm-spooler-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try StationDatabase(path: folder.appending(path: "station.sqlite").path, stationID: "print-test")
    }

    deinit {
        try? database.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A second connection pool on the same file: another station program (a `label print`
    /// run beside the kiosk), as far as SQLite can tell.
    func anotherProcess() throws -> StationDatabase {
        try StationDatabase(path: path, stationID: "print-test")
    }

    /// Queues a job due at `time`; returns its id.
    @discardableResult
    func enqueue(
        _ document: [UInt8], format: PrintDocumentFormat, title: String, queue: String, at time: Date = Date()
    ) throws -> UUID {
        try database.enqueuePrintJob(queue: queue, format: format.rawValue, title: title, payload: document, at: time).id
    }

    /// The job as stored now.
    func row(_ id: UUID) -> PrintJobEntry? {
        try? database.printJob(id: id)
    }

    /// A job a station claimed at `time` (and, given `cupsJobID`, heard back about) before it
    /// stopped: as a crash leaves it. Returns the job as the spooler sees it.
    func claimed(
        _ document: [UInt8], format: PrintDocumentFormat, title: String, queue: String, at time: Date,
        claim: UUID = UUID(), cupsJobID: Int? = nil
    ) throws -> SpooledPrintJob {
        let id = try enqueue(document, format: format, title: title, queue: queue, at: time)
        guard try database.beginPrintSubmission(id: id, claim: claim, at: time) else { throw TestSetupError("cannot claim \(id)") }
        if let cupsJobID {
            guard try database.markPrintJobSubmitted(id: id, claim: claim, cupsJobID: cupsJobID, at: time) else {
                throw TestSetupError("cannot record CUPS job \(cupsJobID) for \(id)")
            }
        }
        guard let entry = row(id) else { throw TestSetupError("job \(id) vanished") }
        return PrintWorkerStore.spooled(entry)
    }
}
