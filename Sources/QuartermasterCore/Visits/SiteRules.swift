/// The short site rules a walk-in accepts before signing in; the version is stored with the
/// visit, so a later change of wording does not rewrite what earlier visitors accepted.
public struct SiteRules: Sendable, Hashable {
    public var version: String
    public var text: String

    public init(version: String, text: String) {
        self.version = version
        self.text = text
    }

    /// What a station shows until its configuration says otherwise.
    public static let standard = SiteRules(
        version: "1",
        text: "Wear the badge visibly. Stay with your host. In an alarm follow staff to the assembly point. 请佩戴访客证，由接待人陪同；警报时随工作人员到集合点。")
}
