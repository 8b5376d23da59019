/// The journal's record of an import: which file, how many records, and every record it added
/// or changed with all its values (unchanged ones are left out), so the centre can replay the
/// import record by record without the file. Exactly one of `people`, `items`,
/// `requisitions`, `locations` and `assets` is present, by the event's kind.
struct ImportPayload: Encodable, Sendable {
    var file: String
    var count: Int
    var added: Int
    var updated: Int
    var unchanged: Int
    var station: String
    var people: [ImportedPerson]?
    var items: [ImportedItem]?
    var requisitions: [ImportedRequisition]?
    var locations: [ImportedLocation]?
    var assets: [ImportedAsset]?
    /// Items import only: stock set by the file, one per movement written.
    var adjustments: [StockAdjustmentPayload]?
    /// Reference data only: the keys the centre withdrew (marked here, never deleted).
    var withdrawn: [String]?
    /// Reference data only: withdrawn keys the centre put back.
    var restored: [String]?
}
