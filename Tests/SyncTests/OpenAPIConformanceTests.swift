import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import QuartermasterCore
import Storage
import Testing
import Yams

/// `openapi.yaml` against the running server: every response the server gives in this test
/// (each success and each refusal it can make) must be declared for its operation with that
/// status, and its body must have the declared schema's required fields with their types.
@Suite struct OpenAPIConformanceTests {
    @Test func everyResponseTheServerGivesIsDeclaredWithItsBody() async throws {
        let document = try OpenAPIDocument.load()
        let centre = try await CentreFixture.start(maxBatch: 50)
        defer { centre.remove() }
        let station = try SyncStation()
        try station.receive(60)
        let other = try SyncStation(id: "库房-2")
        try other.receive(1)
        let events = try station.database.syncEvents(after: 0, limit: 100)
        let code = try await centre.addStation("一楼库房")
        let client = HTTPClient.shared
        var exchanges: [Exchange] = []
        func call(_ method: HTTPMethod, _ path: String, _ operation: String, token: String? = nil, body: Data? = nil) async throws -> Data {
            var request = HTTPClientRequest(url: centre.url + path)
            request.method = method
            if let token { request.headers.add(name: "Authorization", value: "Bearer " + token) }
            if let body {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(bytes: body))
            }
            let response = try await client.execute(request, timeout: .seconds(30))
            let data = Data((try await response.body.collect(upTo: 16 << 20)).readableBytesView)
            exchanges.append(Exchange(
                operation: operation, method: method.rawValue.lowercased(), path: path, status: Int(response.status.code),
                contentType: response.headers.first(name: "Content-Type"), body: data))
            return data
        }
        let json = JSONEncoder()

        // Enrolment: malformed, accepted, replayed.
        _ = try await call(.POST, "/v1/enrol", "enrol", body: Data("{\"code\": 7}".utf8))
        let enrolled = try await call(.POST, "/v1/enrol", "enrol", body: try json.encode(EnrolRequest(code: code, station: station.id)))
        _ = try await call(.POST, "/v1/enrol", "enrol", body: try json.encode(EnrolRequest(code: code, station: station.id)))
        let token = try JSONDecoder().decode(EnrolResponse.self, from: enrolled).token

        // Pushes: every answer the route has.
        _ = try await call(.POST, "/v1/events", "pushEvents", body: try json.encode(PushRequest(events: Array(events[0..<5]))))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: "forged", body: try json.encode(PushRequest(events: Array(events[0..<5]))))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: token, body: Data("not json".utf8))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: token, body: try json.encode(PushRequest(events: try other.database.syncEvents(after: 0, limit: 5))))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: token, body: try json.encode(PushRequest(events: Array(events[10..<20]))))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: token, body: try json.encode(PushRequest(events: Array(events[0..<60]))))
        _ = try await call(.POST, "/v1/events", "pushEvents", token: token, body: try json.encode(PushRequest(events: Array(events[0..<10]))))

        // The mark and reference pages.
        _ = try await call(.GET, "/v1/events/acknowledged", "acknowledgedEvents", token: token)
        _ = try await call(.GET, "/v1/events/acknowledged", "acknowledgedEvents")
        _ = try await call(.GET, "/v1/reference?after=0&limit=10", "referencePage", token: token)
        _ = try await call(.GET, "/v1/reference?after=yesterday", "referencePage", token: token)
        _ = try await call(.GET, "/v1/reference", "referencePage", token: "forged")

        // The admin API: every operation, every refusal it can make.
        try await AdminExchanges.run(centre: centre, stationToken: token) { method, path, operation, token, body in
            try await call(method, path, operation, token: token, body: body)
        }

        for exchange in exchanges {
            let problems = document.check(exchange)
            #expect(problems.isEmpty, "\(exchange.method.uppercased()) \(exchange.path) → \(exchange.status): \(problems.joined(separator: "; "))")
        }
        // Each refusal the brief names was produced, so the check above covered it.
        let produced = Set(exchanges.map { "\($0.operation) \($0.status)" })
        for expected in ["enrol 200", "enrol 400", "enrol 401", "pushEvents 200", "pushEvents 400", "pushEvents 401", "pushEvents 403",
                         "pushEvents 409", "pushEvents 413", "acknowledgedEvents 200", "acknowledgedEvents 401",
                         "referencePage 200", "referencePage 400", "referencePage 401"] + AdminExchanges.expected {
            #expect(produced.contains(expected), "the test never produced \(expected)")
        }
        // And the document lists no operation the server does not have.
        #expect(Set(document.operations.keys) == Set(exchanges.map(\.operation)))
        await centre.stop()
    }
}

struct Exchange {
    var operation: String
    var method: String
    var path: String
    var status: Int
    var contentType: String?
    var body: Data
}

/// Just enough of an OpenAPI 3.1 document to check responses: operations by id, their
/// declared responses, and schemas' required fields and property types ($ref followed).
struct OpenAPIDocument {
    var root: [String: Any]
    /// operationId → (path, method, responses)
    var operations: [String: (path: String, method: String, responses: [String: Any])]

    static func load(testFile: String = #filePath) throws -> OpenAPIDocument {
        let root = URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        let parsed = try #require(try Yams.load(yaml: text) as? [String: Any])
        var operations: [String: (String, String, [String: Any])] = [:]
        for (path, item) in parsed["paths"] as? [String: Any] ?? [:] {
            for (method, value) in item as? [String: Any] ?? [:] {
                guard let operation = value as? [String: Any], let id = operation["operationId"] as? String else { continue }
                operations[id] = (path, method, operation["responses"] as? [String: Any] ?? [:])
            }
        }
        return OpenAPIDocument(root: parsed, operations: operations)
    }

    func check(_ exchange: Exchange) -> [String] {
        guard let operation = operations[exchange.operation] else { return ["operation \(exchange.operation) is not in openapi.yaml"] }
        let requestPath = String(exchange.path.split(separator: "?").first ?? "")
        guard Self.path(operation.path, matches: requestPath), operation.method == exchange.method else {
            return ["openapi.yaml has \(exchange.operation) at \(operation.method.uppercased()) \(operation.path)"]
        }
        guard var response = operation.responses["\(exchange.status)"] as? [String: Any] else {
            return ["status \(exchange.status) is not declared for \(exchange.operation)"]
        }
        response = resolve(response)
        // A report (CSV, a workbook): its media type must be declared; its bytes are the
        // report tests' business.
        if let type = exchange.contentType?.split(separator: ";").first.map(String.init), type != "application/json" {
            let declared = (response["content"] as? [String: Any])?.keys.contains(type) == true
            return declared && !exchange.body.isEmpty ? [] : ["\(type) is not declared for \(exchange.status)"]
        }
        guard let content = response["content"] as? [String: Any],
              let media = content["application/json"] as? [String: Any],
              let schema = media["schema"] as? [String: Any]
        else { return exchange.body.isEmpty ? [] : ["a body is sent but none is declared"] }
        guard let body = try? JSONDecoder().decode(JSONValue.self, from: exchange.body) else {
            return ["the body is not JSON: \(String(decoding: exchange.body, as: UTF8.self))"]
        }
        return conforms(body, to: schema, at: "body")
    }

    /// `/v1/admin/requisitions/{number}/approve` matches `/v1/admin/requisitions/YPQ-1/approve`.
    static func path(_ template: String, matches path: String) -> Bool {
        let expected = template.split(separator: "/", omittingEmptySubsequences: false)
        let actual = path.split(separator: "/", omittingEmptySubsequences: false)
        return expected.count == actual.count && zip(expected, actual).allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") || $0 == $1 }
    }

    private func resolve(_ object: [String: Any]) -> [String: Any] {
        guard let reference = object["$ref"] as? String, reference.hasPrefix("#/") else { return object }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return resolve(node as? [String: Any] ?? [:])
    }

    private func conforms(_ value: JSONValue, to schema: [String: Any], at place: String) -> [String] {
        let schema = resolve(schema)
        let types: [String] = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { value.matches($0) }) {
            return ["\(place) is \(value), not \(types.joined(separator: " or "))"]
        }
        var problems: [String] = []
        if case .object(let object) = value {
            for field in schema["required"] as? [String] ?? [] where object[field] == nil {
                problems.append("\(place) lacks required field \(field)")
            }
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let member = object[name], let property = property as? [String: Any] {
                    problems += conforms(member, to: property, at: place + "." + name)
                }
            }
        }
        if case .array(let array) = value, let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { problems += conforms(element, to: items, at: "\(place)[\(index)]") }
        }
        return problems
    }
}

/// A JSON value as the body said it, keeping true apart from 1 and 1 apart from 1.5.
enum JSONValue: Decodable, CustomStringConvertible {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func matches(_ type: String) -> Bool {
        switch (self, type) {
        case (.null, "null"), (.bool, "boolean"), (.integer, "integer"), (.integer, "number"), (.number, "number"),
             (.string, "string"), (.array, "array"), (.object, "object"): true
        default: false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
