internal import QuartermasterCore

/// A location as an import left it, for the journal.
struct ImportedLocation: Encodable, Sendable {
    var change: ImportedRecordChange
    var code: String
    var name: String
    var parentCode: String?

    init(_ location: Location, change: ImportedRecordChange) {
        self.change = change
        code = location.code
        name = location.name
        parentCode = location.parentCode
    }
}
