public import Hummingbird
public import QuartermasterCore
internal import Foundation

/// Every refusal the centre gives: an HTTP status and a `SyncProblem` body saying what happened
/// and what to do, so a station's log or an admin's terminal reads as a sentence, not a code.
public struct Refusal: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var problem: SyncProblem
    /// Extra JSON the body carries instead of the bare problem (a `PushGap` for 409), so a
    /// client can act on the numbers; nil for the usual `SyncProblem` body.
    var body: Data?

    public init(_ status: HTTPResponse.Status, _ message: String, advice: String? = nil) {
        self.status = status
        self.problem = SyncProblem(message: message, advice: advice)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try body ?? JSONWire.encoder.encode(problem)
        return JSONWire.response(status, data)
    }
}

extension Refusal {
    static func missingToken() -> Refusal {
        Refusal(.unauthorized, "This request carries no station token.",
                advice: "Enrol the station first (quartermaster sync enrol URL CODE), then sync again.")
    }

    static func unknownToken() -> Refusal {
        Refusal(.unauthorized, "The centre does not know this station's token, or it was revoked.",
                advice: "Ask the administrator for a new enrolment code (quartermaster central station add NAME) and enrol again.")
    }

    static func malformed(_ what: String, _ error: any Error) -> Refusal {
        Refusal(.badRequest, "The \(what) could not be read: \(JSONWire.describe(error))",
                advice: "Send the JSON described in openapi.yaml; a station sends it by itself with quartermaster sync now.")
    }

    static func gap(_ gap: PushGap) -> Refusal {
        var refusal = Refusal(
            .conflict,
            "The centre has this station's events up to \(gap.acknowledged) and expected \(gap.acknowledged + 1) next, but the batch starts at \(gap.received); nothing of it was stored.",
            advice: "Send the events from \(gap.acknowledged + 1) on. If the station believes the centre had more, the centre's data was restored from an older copy: tell the administrator.")
        refusal.body = try? JSONWire.encoder.encode(GapBody(problem: refusal.problem, gap: gap))
        return refusal
    }
}

/// The 409 body: the problem's fields and the gap's side by side in one object.
struct GapBody: Encodable {
    var problem: SyncProblem
    var gap: PushGap

    private enum CodingKeys: String, CodingKey { case message, advice, acknowledged, received }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(problem.message, forKey: .message)
        try container.encodeIfPresent(problem.advice, forKey: .advice)
        try container.encode(gap.acknowledged, forKey: .acknowledged)
        try container.encode(gap.received, forKey: .received)
    }
}
