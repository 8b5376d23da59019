internal import Foundation
public import QuartermasterCore

/// Reference records as the admin API and the CLI hand them over: the core's own types,
/// encoded as the station's journal encodes (sorted keys, millisecond times), so a station
/// decodes a pulled body with the same type. Each call takes a new cursor value.
extension CentralStore {
    @discardableResult
    public func put(person: Person, site: String? = nil) async throws -> Int64 {
        try await put(.person, key: person.badge, site: site, value: person)
    }

    @discardableResult
    public func put(item: Item, site: String? = nil) async throws -> Int64 {
        try await put(.item, key: item.code, site: site, value: item)
    }

    @discardableResult
    public func put(requisition: Requisition, site: String? = nil) async throws -> Int64 {
        try await put(.requisition, key: requisition.number, site: site, value: requisition)
    }

    @discardableResult
    public func put(location: Location, site: String? = nil) async throws -> Int64 {
        try await put(.location, key: location.code, site: site, value: location)
    }

    @discardableResult
    public func put(asset: Asset, site: String? = nil) async throws -> Int64 {
        try await put(.asset, key: asset.tag, site: site, value: asset)
    }

    /// Any record under `key` (an invite, say), as JSON.
    @discardableResult
    public func put(_ kind: ReferenceKind, key: String, site: String? = nil, value: some Encodable) async throws -> Int64 {
        try await putReference(ReferenceUpdate(kind: kind, key: key, site: site, body: ReferenceBody.json(value)))
    }

    /// Withdraws the record: stations pull a change with no body and deactivate theirs (a
    /// person's badge disabled; a location, asset or campaign marked withdrawn; an unused invite
    /// closed), never deleting what their facts point at.
    @discardableResult
    public func withdraw(_ kind: ReferenceKind, key: String, site: String? = nil) async throws -> Int64 {
        try await putReference(ReferenceUpdate(kind: kind, key: key, site: site, body: nil))
    }
}

/// The one encoding of reference bodies.
public enum ReferenceBody {
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a pulled body into the core's type, the way the station applies it.
    public static func decode<T: Decodable>(_ type: T.Type, from body: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(body.utf8))
    }
}
