/// The notice on the screen, whichever job (or the router) said it. The screen needs only its
/// words and tone; a test asks for the job's own enum back with `as(_:)`.
public struct KioskNotice: Sendable, Hashable, CustomStringConvertible {
    public let message: any KioskMessage

    public init(_ message: some KioskMessage) {
        // A notice handed in twice stays one level deep, so equal notices compare equal.
        if let notice = message as? KioskNotice {
            self = notice
        } else {
            self.message = message
        }
    }

    public var tone: NoticeTone { message.tone }

    public func text(_ language: Language) -> String { message.text(language) }

    /// The notice as the enum that said it, or nil when another one did.
    public func `as`<Message: KioskMessage>(_ type: Message.Type) -> Message? { message as? Message }

    public static func == (lhs: KioskNotice, rhs: KioskNotice) -> Bool {
        AnyHashable(lhs.message) == AnyHashable(rhs.message)
    }

    public func hash(into hasher: inout Hasher) { AnyHashable(message).hash(into: &hasher) }

    public var description: String { String(describing: message) }
}

extension KioskNotice: KioskMessage {}
