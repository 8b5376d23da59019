internal import Central
internal import Hummingbird
internal import QuartermasterCore

/// How the store's errors reach a station: a gap is a 409 with its numbers, a refused
/// enrolment a 401, anything else a 500 that says the centre, not the station, must act.
extension Refusal {
    enum Operation { case enrol, push, reference }

    init(storeError error: any Error, during operation: Operation) {
        switch error {
        case let refusal as Refusal:
            self = refusal
        case let gap as PushGap:
            self = .gap(gap)
        default:
            self = Refusal(.internalServerError, "The centre could not complete the request: \(error)",
                           advice: "Try again later; if it persists, tell the centre's administrator (the centre's log has the details).")
        }
    }
}
