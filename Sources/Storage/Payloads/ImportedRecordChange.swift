/// Whether an import created a record or replaced one's values.
enum ImportedRecordChange: String, Encodable, Sendable {
    case added
    case updated
}
