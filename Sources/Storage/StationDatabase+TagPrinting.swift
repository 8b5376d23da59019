public import Foundation
public import QuartermasterCore
internal import GRDB

/// Tags sent to a printer: the print job is queued and the tags' `tag_printed` counters go up
/// in ONE transaction with the journal event, so the register never says a tag was printed
/// that is not in the print queue, nor the other way round. A job in the queue prints once the
/// printer is back; so "untagged" (`tag_printed` = 0) means no tag was ever queued.
extension StationDatabase {
    /// Queues `document` (already rendered) for `tags` and records them as printed:
    /// `asset.tags_printed`, or with `reprintReason` `asset.tag_reprinted` (a damaged or lost
    /// tag). Refuses an unknown tag and a disposed asset, queueing nothing.
    @discardableResult
    public func enqueueTagPrintJob(
        tags: [String], reprintReason: String? = nil, queue: String, format: String, title: String, payload: [UInt8],
        options: [String: String] = [:], actorBadge: String, at now: Date
    ) throws(StationProblem) -> PrintJobEntry {
        guard !tags.isEmpty else {
            throw StationProblem(.invalidInput, "No tags to print.", advice: "Name assets with --asset, a CSV file, --untagged or --location.")
        }
        if let reprintReason, reprintReason.allSatisfy(\.isWhitespace) {
            throw StationProblem(.invalidInput, "A reprint needs a reason.", advice: "Say why with --reason (for example \"tag torn\").")
        }
        guard !payload.isEmpty else {
            throw StationProblem(.invalidInput, "\"\(title)\" rendered to an empty document; nothing was queued.",
                                 advice: "Check the template and its fields, then print again.")
        }
        let entry = PrintJobEntry(
            id: UUID(), queue: queue, format: format, title: title, options: options, payload: payload,
            size: payload.count, state: .pending, created: now, updated: now, notBefore: now)
        return try write { db in
            var records: [AssetRecord] = []
            for tag in tags {
                let (record, _) = try Self.changeableAsset(db, tag: tag)
                records.append(record)
            }
            let event = AssetTagsPrintedPayload(
                tags: tags, printer: queue, printJob: entry.id.uuidString.lowercased(), reason: reprintReason, station: stationID)
            _ = try appendJournal(db, kind: reprintReason == nil ? .assetTagsPrinted : .assetTagReprinted, actor: actorBadge, time: now, payload: event)
            try PrintJobRecord(entry).insert(db)
            for var record in records {
                record.tagPrinted += 1
                try record.update(db)
            }
            return entry
        }
    }
}
