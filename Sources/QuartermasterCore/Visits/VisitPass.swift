public import Foundation

/// What a badge carries, for the visitor just signed in: their own data only.
public struct VisitPass: Sendable, Hashable {
    public var visitID: Int64
    public var name: String
    public var company: String
    public var hostName: String
    public var hostDepartment: String
    public var date: CalendarDate
    public var arrival: Date
    /// The sign-out code in the badge's QR.
    public var badgeCode: String

    public init(visitID: Int64, name: String, company: String, hostName: String, hostDepartment: String, date: CalendarDate, arrival: Date, badgeCode: String) {
        self.visitID = visitID
        self.name = name
        self.company = company
        self.hostName = hostName
        self.hostDepartment = hostDepartment
        self.date = date
        self.arrival = arrival
        self.badgeCode = badgeCode
    }

    /// The fields of `labels/visitor-badge-62x100.yaml`.
    public var badgeFields: [String: String] {
        ["name": name, "company": company, "host": hostName, "date": date.description, "visit": badgeCode]
    }
}
