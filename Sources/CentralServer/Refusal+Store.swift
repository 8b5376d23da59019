internal import Central
internal import Hummingbird
internal import QuartermasterCore

/// How the store's errors reach a station: each `CentralStoreError` kind is one status with the
/// store's own words, a gap is a 409 with its numbers, anything else a 500 that says the
/// centre, not the station, must act.
extension Refusal {
    enum Operation { case enrol, push, reference, admin }

    init(storeError error: any Error, during operation: Operation) {
        switch error {
        case let refusal as Refusal:
            self = refusal
        case let gap as PushGap:
            self = .gap(gap)
        case let refused as CentralStoreError:
            let status: HTTPResponse.Status = switch refused.kind {
            case .foreignStation: .forbidden
            // An unknown, used or revoked code proves no identity: 401, as a bad token is.
            case .enrolmentRefused: .unauthorized
            case .notFound: .notFound
            case .conflict: .conflict
            case .invalidInput: .badRequest
            case .unprocessable: .unprocessableContent
            case .database: .serviceUnavailable
            }
            self = Refusal(status, refused.message, advice: refused.advice)
        default:
            self = Refusal(.internalServerError, "The centre could not complete the request: \(error)",
                           advice: "Try again later; if it persists, tell the centre's administrator (the centre's log has the details).")
        }
    }
}
