internal import Foundation
internal import Hummingbird
internal import NIOCore

/// The one JSON form the sync API speaks both ways (see `openapi.yaml`): sorted keys, so a
/// body reads the same in a log or a test, and no escaped slashes in URLs or categories.
enum JSONWire {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Admin bodies carry times (an anomaly's); the sync bodies' times are milliseconds.
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func response(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func ok(_ value: some Encodable) throws -> Response {
        response(.ok, try encoder.encode(value))
    }

    /// 201: a record the request created (a requisition).
    static func created(_ value: some Encodable) throws -> Response {
        response(.created, try encoder.encode(value))
    }

    /// A decoding error as one line a person can act on (which field, what was wrong).
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "the field \"\(path(context.codingPath + [key]))\" is missing."
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "the field \"\(path(context.codingPath))\" has the wrong type."
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON." : "the field \"\(path(context.codingPath))\" is not valid."
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
