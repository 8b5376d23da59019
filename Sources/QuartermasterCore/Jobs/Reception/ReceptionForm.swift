/// A walk-in's details as typed so far. Personal data: cleared on Esc, after sign-in, and by
/// the idle timeout, so the next visitor never sees it.
public struct ReceptionForm: Sendable, Hashable {
    public var step: ReceptionStep
    public var name: String
    public var company = ""
    public var host: Person?
    public var purpose = ""
    public var phone: String?

    public init(name: String) {
        self.name = name
        self.step = .company
    }
}
