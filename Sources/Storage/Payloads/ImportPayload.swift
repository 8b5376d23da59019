/// The journal's record of an import: which file, how many records, and any stock it set, so
/// the centre sees stock change even though the import is one event.
struct ImportPayload: Encodable, Sendable {
    var file: String
    var count: Int
    var added: Int
    var updated: Int
    var unchanged: Int
    var station: String
    /// Items import only: stock set by the file, one per movement written.
    var adjustments: [StockAdjustmentPayload]?
}
