internal import Central
internal import Foundation
internal import Hummingbird
internal import NIOCore
internal import QuartermasterCore

/// The routes a station uses: enrol once, then push its journal and pull reference data.
extension CentralServer {
    func enrol(_ request: Request) async throws -> Response {
        let enrolment = try decode(EnrolRequest.self, from: try await body(of: request), what: "enrolment request")
        guard !enrolment.code.isEmpty, !enrolment.station.isEmpty else {
            throw Refusal(.badRequest, "An enrolment needs the code and the station's id.",
                          advice: "Run quartermaster sync enrol URL CODE --data DIR on the station.")
        }
        do {
            return try JSONWire.ok(try await store.enrol(enrolment))
        } catch {
            throw Refusal(storeError: error, during: .enrol)
        }
    }

    func push(_ request: Request, _ context: CentralRequestContext) async throws -> Response {
        let station = try context.requireStation()
        let body = try await body(of: request)
        let push: PushRequest
        do {
            push = try body.withUnsafeReadableBytes { try PushRequest(json: $0.assumingMemoryBound(to: UInt8.self)) }
        } catch {
            throw Refusal.malformed("batch of events", error)
        }
        guard push.events.count <= maxBatch else {
            throw Refusal(.contentTooLarge, "The batch holds \(push.events.count) events; the centre takes at most \(maxBatch) at a time.",
                          advice: "Send the events in batches of at most \(maxBatch); quartermaster sync now does.")
        }
        // Another station's events (403), a gap (409) and a batch out of order (accepted: the
        // store sorts it) are the store's rules, the same for PostgreSQL and SQLite. A gap
        // while the station's earlier batch is still being stored here waits for it (PushTurns).
        await turns.begin(station.station)
        while true {
            do {
                let acknowledgement = try await store.push(push.events, from: station)
                await turns.end(station.station, stored: true)
                return try JSONWire.ok(acknowledgement)
            } catch {
                if error is PushGap {
                    if await turns.endAndAwaitAnother(station.station) { continue }
                } else {
                    await turns.end(station.station, stored: false)
                }
                throw Refusal(storeError: error, during: .push)
            }
        }
    }

    func acknowledged(_ context: CentralRequestContext) async throws -> Response {
        let station = try context.requireStation()
        return try JSONWire.ok(PushAcknowledgement(acknowledged: try await store.acknowledged(station: station.station)))
    }

    func reference(_ request: Request, _ context: CentralRequestContext) async throws -> Response {
        let station = try context.requireStation()
        let query = request.uri.queryParameters
        let after: Int64 = try query.get("after").map { (text: String) throws -> Int64 in
            guard let value = Int64(text), value >= 0 else {
                throw Refusal(.badRequest, "after=\(text) is not a cursor.", advice: "Give the cursor of the last page applied (0 for the first).")
            }
            return value
        } ?? 0
        let limit: Int = try query.get("limit").map { (text: String) throws -> Int in
            guard let value = Int(text), value > 0 else {
                throw Refusal(.badRequest, "limit=\(text) is not a positive number.", advice: "Ask for 1 to \(maxPage) changes per page.")
            }
            return min(value, maxPage)
        } ?? maxPage
        do {
            return try JSONWire.ok(try await store.reference(for: station, after: after, limit: limit))
        } catch {
            throw Refusal(storeError: error, during: .reference)
        }
    }

    func decode<T: Decodable>(_ type: T.Type, from buffer: ByteBuffer, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch {
            throw Refusal.malformed(what, error)
        }
    }
}

extension CentralRequestContext {
    /// The authenticated station; the middleware guarantees one on station routes.
    func requireStation() throws -> AuthenticatedStation {
        guard let station else { throw Refusal.missingToken() }
        return station
    }
}
