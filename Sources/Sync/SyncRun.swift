public import Foundation
public import QuartermasterCore
public import Storage
internal import Synchronization

/// One sync pass: the journal after the acknowledged mark, pushed in ordered batches, each
/// acknowledgement stored as it comes; then reference pages, each applied in one transaction
/// with its cursor. A kill anywhere loses nothing: the centre stores events once by id, and
/// the next pass starts from the stored mark (or the centre's, when that is further).
public struct SyncRun: Sendable {
    public var database: StationDatabase
    /// The most events one batch carries; halved while the centre refuses a batch as too large
    /// (413), down to a single event. The size the centre then took is kept for this run's
    /// later passes (the station's sync client makes one every 15 s), which start from it
    /// instead of being refused again on the way down.
    public var batchSize: Int
    private let learntBatchSize = LearntBatchSize()
    /// The most bytes one batch's body takes, unless its first event alone is larger (the
    /// journal holds none larger than the centre reads): a batch of large imports stays under
    /// the centre's body limit instead of being refused with 413 on every retry.
    public var batchBytes: Int
    public var pageSize: Int
    /// How many batches may be at the centre at once (at least 1): the centre stores one
    /// while it reads the next (BENCHMARKS.md, "Central push").
    public var batchesInFlight: Int
    /// Reads the clock for the times recorded in `sync_link`.
    public var now: @Sendable () -> Date

    public init(
        database: StationDatabase, batchSize: Int = PushRequest.batchEvents, batchBytes: Int = PushRequest.batchBytes, pageSize: Int = 1_000,
        batchesInFlight: Int = 2, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.batchSize = batchSize
        self.batchBytes = batchBytes
        self.pageSize = pageSize
        self.batchesInFlight = batchesInFlight
        self.now = now
    }

    /// What one pass did.
    public struct Report: Sendable, Hashable {
        /// Events sent (resent ones included).
        public var sent = 0
        /// The acknowledged mark after the pass.
        public var acknowledged: Int64 = 0
        /// Reference changes applied.
        public var applied = 0
        /// Reference changes this station's rules refused (journalled as `reference.refused`;
        /// the rest of their pages were applied).
        public var refused: [ReferenceRefusal] = []
        /// Batches the centre refused as too large (413) and that were sent again in halves.
        public var tooLarge = 0
    }

    /// Runs the pass; `progress` hears each acknowledged mark. Throws the failure that stopped
    /// it, after recording it in the database for the status line.
    public func run(progress: @Sendable (Int64) -> Void = { _ in }) async throws(SyncFailure) -> Report {
        do {
            return try await pass(progress: progress)
        } catch let failure as SyncFailure {
            try? database.recordSyncFailure(failure.description, at: now())
            throw failure
        } catch {
            let failure = SyncFailure(.offline, "The station database could not be read or written: \(error)", advice: "Tell the administrator.")
            try? database.recordSyncFailure(failure.description, at: now())
            throw failure
        }
    }

    private func pass(progress: @Sendable (Int64) -> Void) async throws -> Report {
        guard let link = try database.syncLink() else { throw SyncFailure.notEnrolled }
        let centre = CentreConnection(centreURL: link.centreURL, token: link.token)
        var report = Report()
        var mark = link.acknowledged
        // The centre may hold more than the station knows (the station stopped between the
        // centre's commit and storing its answer): start from there instead of resending.
        // It can never legitimately hold less.
        let held = try await centre.acknowledged()
        if held < mark {
            throw SyncFailure(
                .gap(PushGap(acknowledged: held, received: mark + 1)),
                "The centre has this station's events only up to \(held), but it had acknowledged up to \(mark).",
                advice: "Nothing is sent until this is cleared up: the centre's data was probably restored from an older copy. Tell the administrator.")
        }
        if held > mark {
            try database.recordAcknowledged(held, at: now())
            mark = held
            progress(mark)
        }
        var limit = min(batchSize, learntBatchSize.value ?? batchSize)
        // Up to `batchesInFlight` batches at the centre at once, answered in order; the next
        // is read and written while they are there. A later batch can reach the centre's store
        // before the one it follows: the centre makes it wait, and a centre that cannot (an
        // older one, or several behind one address) refuses it as a gap, which is then sent
        // again once the batch before is acknowledged.
        var flight: [Sent] = []
        defer { for sent in flight { sent.answer.cancel() } }
        var next = try Batch(database, after: mark, limit: limit, bytes: batchBytes)
        while true {
            while flight.count < max(1, batchesInFlight), let last = next.events.last {
                let body = next.body
                flight.append(Sent(batch: next, behind: !flight.isEmpty, answer: Task { try await centre.push(body: body) }))
                next = try Batch(database, after: last.sequence, limit: limit, bytes: batchBytes)
            }
            guard !flight.isEmpty else { break }
            let sent = flight.removeFirst()
            let batch = sent.batch
            let last = batch.events.last?.sequence ?? mark
            let acknowledgement: PushAcknowledgement
            do {
                acknowledgement = try await sent.answer.value
            } catch let failure as SyncFailure {
                switch failure.kind {
                case .refused(status: 413) where batch.events.count > 1:
                    // Too large for this centre (an older one takes fewer events at a time, or
                    // a proxy fewer bytes): the same events again in halves, until one goes alone.
                    limit = batch.events.count / 2
                    learntBatchSize.value = limit
                    report.tooLarge += 1
                case .gap where sent.behind:
                    break
                default:
                    throw failure
                }
                await land(&flight)
                next = try Batch(database, after: mark, limit: limit, bytes: batchBytes)
                continue
            }
            report.sent += batch.events.count
            guard acknowledgement.acknowledged >= last else {
                throw SyncFailure(
                    .refused(status: 200), "The centre acknowledged only up to \(acknowledgement.acknowledged) of a batch ending at \(last).",
                    advice: "Tell the administrator: the centre should store a whole batch or none of it.")
            }
            try database.recordAcknowledged(acknowledgement.acknowledged, at: now())
            mark = acknowledgement.acknowledged
            progress(mark)
            if mark > last {
                // The centre held more than the batch (it had them already): read on from there.
                await land(&flight)
                next = try Batch(database, after: mark, limit: limit, bytes: batchBytes)
            }
        }
        report.acknowledged = mark
        try database.recordAcknowledged(mark, at: now())
        try await pull(centre: centre, from: link.referenceCursor, into: &report)
        return report
    }

    /// A batch sent and not yet answered; `behind` when an earlier batch of the pass was
    /// unanswered as it left (so a gap refusal may only mean it overtook that one).
    private struct Sent {
        var batch: Batch
        var behind: Bool
        var answer: Task<PushAcknowledgement, any Error>
    }

    /// Cancels the batches still in flight and waits until each has come back: what they
    /// stored, the centre recognises by id when they are sent again.
    private func land(_ flight: inout [Sent]) async {
        for sent in flight {
            sent.answer.cancel()
            _ = await sent.answer.result
        }
        flight = []
    }

    /// Journal entries as the centre takes them, and the push body that carries them.
    private struct Batch: Sendable {
        var events: [SyncEvent]
        var body: [UInt8]

        init(_ database: StationDatabase, after sequence: Int64, limit: Int, bytes: Int) throws(StationProblem) {
            let read = try database.syncEvents(after: sequence, limit: limit)
            let (body, count) = PushRequest.body(of: read[...], maxBytes: bytes)
            events = Array(read.prefix(count))
            self.body = body
        }
    }

    /// Reference pages after the stored cursor, each applied in one transaction with its cursor.
    private func pull(centre: CentreConnection, from start: Int64, into report: inout Report) async throws {
        var cursor = start
        while true {
            let page = try await centre.reference(after: cursor, limit: pageSize)
            if !page.changes.isEmpty || page.cursor != cursor {
                switch Result(catching: { () throws(StationProblem) -> ReferenceApplication in try database.applyReference(page, at: now()) }) {
                case .success(let application):
                    report.applied += application.applied
                    report.refused += application.refused
                case .failure(let problem):
                    guard problem.kind == .invalidInput else { throw problem }
                    throw SyncFailure(.unusableReference, problem.message, advice: problem.advice)
                }
            }
            guard page.more, page.cursor > cursor else { return }
            cursor = page.cursor
        }
    }
}

/// The batch size a centre's 413s brought a run down to, shared by the run's copies.
private final class LearntBatchSize: Sendable {
    private let size = Mutex<Int?>(nil)

    var value: Int? {
        get { size.withLock { $0 } }
        set { size.withLock { $0 = newValue } }
    }
}
