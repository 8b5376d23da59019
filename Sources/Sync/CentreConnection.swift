public import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1
public import QuartermasterCore

/// The sync API (openapi.yaml) as the station calls it, over AsyncHTTPClient. Every answer
/// becomes either the message the route promises or a `SyncFailure` naming what happened.
public struct CentreConnection: Sendable {
    public var centreURL: String
    public var token: String?
    /// How long one request may take before the centre counts as unreachable.
    public var timeout: Duration
    let client: HTTPClient

    /// How long the first request of a pass (the acknowledged mark) may take: AsyncHTTPClient
    /// keeps retrying a refused connection until the deadline, so this is how soon a station
    /// knows the centre is down.
    public var probeTimeout: Duration

    /// One client for the process (never shut down, like `HTTPClient.shared`), with a short
    /// connect timeout: a centre that does not answer is offline, and the station carries on.
    public static let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: HTTPClient.Configuration(timeout: .init(connect: .seconds(3), read: .seconds(30))))

    public init(centreURL: String, token: String?, timeout: Duration = .seconds(30), probeTimeout: Duration = .seconds(5), client: HTTPClient = CentreConnection.client) {
        self.centreURL = centreURL.hasSuffix("/") ? String(centreURL.dropLast()) : centreURL
        self.token = token
        self.timeout = timeout
        self.probeTimeout = probeTimeout
        self.client = client
    }

    public func enrol(_ request: EnrolRequest) async throws(SyncFailure) -> EnrolResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let body: Data
        do {
            body = try encoder.encode(request)
        } catch {
            throw SyncFailure(.offline, "The enrolment request could not be written (\(error)).", advice: "Tell the administrator.")
        }
        return try await send(.POST, "/v1/enrol", body: ByteBuffer(bytes: body), answer: EnrolResponse.self)
    }

    /// Sends one batch: the acknowledgement, or a `.gap` failure carrying the centre's numbers.
    public func push(_ events: [SyncEvent]) async throws(SyncFailure) -> PushAcknowledgement {
        try await push(body: PushRequest(events: events).json())
    }

    /// `push(_:)` with the body written already (`PushRequest.json()`), so a station can write
    /// its next batch while one is in flight.
    public func push(body: [UInt8]) async throws(SyncFailure) -> PushAcknowledgement {
        try await send(.POST, "/v1/events", body: ByteBuffer(bytes: body), answer: PushAcknowledgement.self)
    }

    public func acknowledged() async throws(SyncFailure) -> Int64 {
        try await send(.GET, "/v1/events/acknowledged", answer: PushAcknowledgement.self, timeout: probeTimeout).acknowledged
    }

    public func reference(after cursor: Int64, limit: Int) async throws(SyncFailure) -> ReferencePage {
        try await send(.GET, "/v1/reference?after=\(cursor)&limit=\(limit)", answer: ReferencePage.self)
    }

    // MARK: One exchange

    /// `body` is JSON already (the push body is written by hand, `PushRequest.json()`).
    private func send<Answer: Decodable>(
        _ method: HTTPMethod, _ path: String, body: ByteBuffer? = nil, answer: Answer.Type, timeout: Duration? = nil
    ) async throws(SyncFailure) -> Answer {
        var request = HTTPClientRequest(url: centreURL + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer " + token) }
        let status: Int
        let data: Data
        do {
            if let body {
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(body)
            }
            let response = try await client.execute(request, timeout: TimeAmount(timeout ?? self.timeout))
            status = Int(response.status.code)
            data = Data((try await response.body.collect(upTo: 64 << 20)).readableBytesView)
        } catch {
            throw SyncFailure(
                .offline, "The centre at \(centreURL) could not be reached (\(error)).",
                advice: "The station keeps working and sends everything once the link is back; check the network if this lasts.")
        }
        let decoder = JSONDecoder()
        if status == 200, let answer = try? decoder.decode(Answer.self, from: data) { return answer }
        let problem = try? decoder.decode(SyncProblem.self, from: data)
        let said = problem.map { $0.message + ($0.advice.map { " " + $0 } ?? "") } ?? "(no explanation)"
        switch status {
        case 200:
            throw SyncFailure(.offline, "The centre's answer to \(path) could not be read.", advice: "Check that \(centreURL) is the centre's address, not another web server.")
        case 409:
            let gap = (try? decoder.decode(PushGap.self, from: data)) ?? PushGap(acknowledged: -1, received: -1)
            throw SyncFailure(.gap(gap), "The centre refused the batch (409): \(said)",
                              advice: "Nothing was skipped; tell the administrator, whose centre lost events it had acknowledged.")
        case 500...:
            throw SyncFailure(.offline, "The centre failed (\(status)): \(said)", advice: "It is tried again later.")
        default:
            throw SyncFailure(.refused(status: status), "The centre refused the station (\(status)): \(problem?.message ?? said)", advice: problem?.advice)
        }
    }
}
