public import Foundation

// MARK: - The visit's life: expected → on site → left / not signed out; expected → no-show / refused

extension Visit {
    /// Signs the visitor in with a fresh badge code: only an expected visit, only on its day.
    /// A second use of the invite is refused with the time of the first.
    public mutating func signIn(at time: Date, in timeZone: TimeZone, badgeCode: String, rulesVersion: String?) throws(VisitRefusal) {
        switch status {
        case .expected:
            guard CalendarDate(time, in: timeZone) == expectedDate else { throw .wrongDay(expected: expectedDate) }
        case .onSite, .left, .notSignedOut:
            throw .alreadySignedIn(time: arrival.map { Self.clockTime($0, in: timeZone) } ?? "?")
        case .noShow:
            throw .wrongDay(expected: expectedDate)
        case .refused:
            throw .inviteClosed
        }
        status = .onSite
        arrival = time
        self.badgeCode = badgeCode
        self.rulesVersion = rulesVersion
    }

    /// Signs the visitor out by the badge: only a visit on site; afterwards the badge is dead.
    public mutating func signOut(at time: Date) throws(VisitRefusal) {
        guard status == .onSite else { throw .badgeDead }
        status = .left
        departure = time
    }

    /// Closes a visit still open at the station's closing time. Its departure is unknown, so
    /// none is written: staff see it listed as not signed out.
    public mutating func closeUnsignedOut() throws(VisitRefusal) {
        guard status == .onSite else { throw .badgeDead }
        status = .notSignedOut
    }

    /// An invite whose day passed without a sign-in.
    public mutating func markNoShow(today: CalendarDate) throws(VisitRefusal) {
        guard status == .expected else { throw .inviteClosed }
        guard expectedDate < today else { throw .wrongDay(expected: expectedDate) }
        status = .noShow
    }

    /// Turned away at sign-in (the deny list). The visitor is never on site and gets no badge.
    public mutating func refuse(at time: Date) throws(VisitRefusal) {
        guard status == .expected else { throw .inviteClosed }
        status = .refused
        arrival = time
    }

    /// The visit without its personal data: name, company and phone gone; times, host, purpose
    /// and status kept for the monthly figures.
    public func anonymisedCopy() -> Visit {
        var copy = self
        copy.name = ""
        copy.company = ""
        copy.phone = nil
        copy.anonymised = true
        return copy
    }

    /// True when the visit may be anonymised on `today` with this retention: it is closed and
    /// its day is more than `days` days back.
    public func isDue(forAnonymisingOn today: CalendarDate, retentionDays days: Int) -> Bool {
        !anonymised && !status.isOnSite && status != .expected && today.days(since: expectedDate) > days
    }

    /// "09:12" in the station's zone.
    static func clockTime(_ time: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: time)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(two(parts.hour)):\(two(parts.minute))"
    }
}
