/// An invitation a host asked the centre for: the code the visitor shows at reception. Only
/// what reception needs, nothing more (visitor data is personal data). Stations of its site
/// pull it and register it as an expected visit under this code.
public struct CentralInvite: Sendable, Hashable, Codable {
    /// `INV-…`: the key.
    public var code: String
    public var visitorName: String
    public var company: String
    public var hostBadge: String
    public var date: CalendarDate
    public var purpose: String
    public var site: String?

    public init(code: String, visitorName: String, company: String, hostBadge: String, date: CalendarDate, purpose: String, site: String? = nil) {
        self.code = code
        self.visitorName = visitorName
        self.company = company
        self.hostBadge = hostBadge
        self.date = date
        self.purpose = purpose
        self.site = site
    }
}
