/// The answer to an `AnyJobEffect`, addressed to the job that asked.
public struct AnyJobAnswer: Sendable, Hashable, CustomStringConvertible {
    public let mode: KioskMode
    public let answer: any Sendable & Hashable

    public init<Job: KioskJob>(_ job: Job.Type, _ answer: Job.Answer) {
        self.mode = job.card.mode
        self.answer = answer
    }

    public static func == (lhs: AnyJobAnswer, rhs: AnyJobAnswer) -> Bool {
        lhs.mode == rhs.mode && AnyHashable(lhs.answer) == AnyHashable(rhs.answer)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mode)
        hasher.combine(AnyHashable(answer))
    }

    public var description: String { "\(mode): \(answer)" }
}
