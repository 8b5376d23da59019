internal import GRDB
internal import QuartermasterCore

/// A row of `location`.
struct LocationRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "location"

    var code: String
    var name: String
    var parentCode: String?

    enum CodingKeys: String, CodingKey {
        case code, name
        case parentCode = "parent_code"
    }

    init(_ location: Location) {
        code = location.code
        name = location.name
        parentCode = location.parentCode
    }

    var location: Location { Location(code: code, name: name, parentCode: parentCode) }
}
