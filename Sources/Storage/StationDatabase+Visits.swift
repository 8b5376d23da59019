public import Foundation
public import QuartermasterCore
internal import GRDB

/// Visits: invites, sign-in (by invite or as a walk-in), sign-out by badge, the roll call, the
/// closing-time sweep and anonymising. Each change is one transaction with its journal entries;
/// a refusal of an invite or a dead badge records nothing. The transitions themselves are the
/// core's (`Visit+Transitions`), so the kiosk and the commands cannot disagree.
extension StationDatabase {
    /// Who the journal names when a visitor acts for themselves at the kiosk.
    public static let visitorActor = "visitor"

    // MARK: Invites

    /// Registers a visit ahead (`visit.invited`, the host as actor) and gives it a fresh invite
    /// code from the system's random generator.
    public func invite(
        name: String, company: String, phone: String? = nil, purpose: String, hostBadge: String, date: CalendarDate, time: Date
    ) throws(StationProblem) -> Visit {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw StationProblem(.invalidInput, "An invite needs the visitor's name.", advice: "Give it with --name.")
        }
        let station = stationID
        return try write { db in
            let host = try Self.activeHost(db, badge: hostBadge)
            var generator = SystemRandomNumberGenerator()
            var code = VisitCode.invite(using: &generator)
            while try Self.codeOwner(db, code) != nil {
                code = VisitCode.invite(using: &generator)
            }
            let visit = Visit(name: name, company: company, phone: phone, purpose: purpose, hostBadge: host.badge, expectedDate: date, inviteCode: code)
            var record = VisitRecord(visit, station: station)
            try record.insert(db)
            let stored = try record.visit()
            _ = try appendJournal(db, kind: .visitInvited, actor: host.badge, time: time,
                                  payload: VisitPayload(stored, id: record.id ?? 0, station: station))
            return stored
        }
    }

    // MARK: Signing in

    /// An invite scanned at the kiosk: signed in on its day, once.
    public func signIn(invite code: String, rulesVersion: String?, station: String, time: Date) throws(StationProblem) -> VisitSignIn {
        let timeZone = stationTimeZone
        return try write { db in
            guard let record = try VisitRecord.filter(sql: "invite_code = ?", arguments: [code]).fetchOne(db) else {
                return .refused(.unknownInvite)
            }
            var visit = try record.visit()
            if visit.status == .expected, try Self.denyList(db).match(visit.name) != nil {
                try visit.refuse(at: time)
                try Self.save(db, visit, station: station, kind: .visitRefused, actor: Self.visitorActor, time: time, journal: self)
                return .seeReception
            }
            let badge = try Self.freshBadgeCode(db)
            do throws(VisitRefusal) {
                try visit.signIn(at: time, in: timeZone, badgeCode: badge, rulesVersion: rulesVersion ?? visit.rulesVersion)
            } catch {
                return .refused(error)
            }
            return .signedIn(try Self.arrive(db, visit, station: station, time: time, journal: self))
        }
    }

    /// A walk-in typed at the kiosk: a new visit on site with its badge code, or a refused one
    /// when the name is on the deny list.
    public func signIn(_ walkIn: WalkInRegistration) throws(StationProblem) -> VisitSignIn {
        let timeZone = stationTimeZone
        return try write { db in
            let host = try Self.activeHost(db, badge: walkIn.hostBadge)
            var visit = Visit(
                name: walkIn.name, company: walkIn.company, phone: walkIn.phone, purpose: walkIn.purpose, hostBadge: host.badge,
                expectedDate: CalendarDate(walkIn.time, in: timeZone), rulesVersion: walkIn.rulesVersion)
            if try Self.denyList(db).match(walkIn.name) != nil {
                try visit.refuse(at: walkIn.time)
                try Self.save(db, visit, station: walkIn.station, kind: .visitRefused, actor: Self.visitorActor, time: walkIn.time, journal: self)
                return .seeReception
            }
            try visit.signIn(at: walkIn.time, in: timeZone, badgeCode: try Self.freshBadgeCode(db), rulesVersion: walkIn.rulesVersion)
            return .signedIn(try Self.arrive(db, visit, station: walkIn.station, time: walkIn.time, journal: self))
        }
    }

    // MARK: Signing out

    /// Signs out the visit whose badge this is; a badge of a closed visit, or no visit's, is dead.
    public func signOut(badgeCode: String, by staff: String?, station: String, time: Date) throws(StationProblem) -> VisitSignOut {
        try write { db in
            guard let record = try VisitRecord.filter(sql: "badge_code = ?", arguments: [badgeCode]).fetchOne(db) else {
                return .refused(.badgeDead)
            }
            var visit = try record.visit()
            do throws(VisitRefusal) {
                try visit.signOut(at: max(time, visit.arrival ?? time))
            } catch {
                return .refused(error)
            }
            try Self.save(db, visit, station: station, kind: .visitSignedOut, actor: staff ?? Self.visitorActor, time: time, journal: self)
            return .signedOut(name: visit.name)
        }
    }

    /// `visitors signout CODE`: like the badge scan, but a dead badge is an error.
    public func signOutVisit(badgeCode: String, by staff: String?, time: Date) throws(StationProblem) -> String {
        switch try signOut(badgeCode: badgeCode, by: staff, station: stationID, time: time) {
        case .signedOut(let name): return name
        case .refused(let refusal):
            throw StationProblem(.conflict, refusal.text(.english) + " Nothing was recorded.", advice: "`quartermaster visitors onsite` lists the open visits and their badge codes.")
        }
    }

    // MARK: Closing time and retention

    /// Closes every visit still on site as not signed out (`visit.auto_closed`) and returns
    /// them, for staff to follow up; invites whose day has passed without a sign-in become
    /// no-shows (`visit.no_show`), so they can never be used late and never count as expected
    /// (an invite the centre withdrew is not one: it was called off, not missed).
    public func closeOpenVisits(at time: Date, actor: String) throws(StationProblem) -> [VisitListing] {
        let station = stationID
        return try write { db in
            let today = CalendarDate(time, in: stationTimeZone)
            for listing in try Self.listings(db, where: "visit.status = 'expected' AND visit.withdrawn = 0 AND visit.expected_date < '\(today.description)'") {
                var visit = listing.visit
                try visit.markNoShow(today: today)
                try Self.save(db, visit, station: station, kind: .visitNoShow, actor: actor, time: time, journal: self)
            }
            let open = try Self.listings(db, where: "visit.status = 'on_site'")
            var closed: [VisitListing] = []
            for listing in open {
                var visit = listing.visit
                try visit.closeUnsignedOut()
                try Self.save(db, visit, station: station, kind: .visitAutoClosed, actor: actor, time: time, journal: self)
                closed.append(VisitListing(visit: visit, hostName: listing.hostName))
            }
            return closed
        }
    }

    /// Anonymises closed visits whose day is more than `days` days before `today`
    /// (`visit.anonymised` each); returns how many. Times, host, purpose and status stay.
    public func anonymiseVisits(olderThan days: Int, today: CalendarDate, time: Date, actor: String) throws(StationProblem) -> Int {
        try write { db in
            let candidates = try VisitRecord.filter(sql: "anonymised = 0 AND status NOT IN ('on_site', 'expected') AND expected_date < ?",
                                                    arguments: [today.adding(days: -days).description]).fetchAll(db)
            var count = 0
            for record in candidates {
                let visit = try record.visit()
                guard visit.isDue(forAnonymisingOn: today, retentionDays: days) else { continue }
                try Self.save(db, visit.anonymisedCopy(), station: record.station, kind: .visitAnonymised, actor: actor, time: time, journal: self)
                count += 1
            }
            return count
        }
    }

    // MARK: The deny list

    /// Adds a name with its aliases to the deny list.
    public func denyVisitor(names: [String], note: String) throws(StationProblem) {
        let cleaned = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { throw StationProblem(.invalidInput, "A deny-list entry needs a name.", advice: "") }
        let json = String(decoding: (try? JSONEncoder().encode(cleaned)) ?? Data("[]".utf8), as: UTF8.self)
        try write { db in try db.execute(sql: "INSERT INTO visitor_deny (names, note) VALUES (?, ?)", arguments: [json, note]) }
    }

    // MARK: Reading

    /// Visits on site now, the earliest arrival first.
    public func onSite() throws(StationProblem) -> [VisitListing] {
        try read { db in try Self.listings(db, where: "visit.status = 'on_site'") }
    }

    /// Visits of `day` that closing time closed as not signed out: for staff to follow up.
    public func notSignedOut(on day: CalendarDate) throws(StationProblem) -> [VisitListing] {
        try read { db in try Self.listings(db, where: "visit.status = 'not_signed_out' AND visit.expected_date = '\(day.description)'") }
    }

    /// Every visit, in the order they were recorded (for tests and exports).
    public func visits() throws(StationProblem) -> [VisitListing] {
        try read { db in try Self.listings(db, where: "1") }
    }

    /// Active people whose name holds `query`, ignoring case and width, at most `limit`, by name.
    public func hosts(matching query: String, limit: Int) throws(StationProblem) -> [Person] {
        let key = DenyList.key(query)
        guard !key.isEmpty else { return [] }
        return try read { db in
            try PersonRecord.filter(sql: "active = 1").order(sql: "name").fetchAll(db)
                .map { try $0.person() }
                .filter { DenyList.key($0.name).contains(key) }
                .prefix(limit).map { $0 }
        }
    }

    // MARK: Inside transactions

    private static func listings(_ db: Database, where condition: String) throws -> [VisitListing] {
        try Row.fetchAll(db, sql: """
            SELECT visit.*, person.name AS host_name FROM visit JOIN person ON person.badge = visit.host_badge
            WHERE \(condition) ORDER BY visit.arrival, visit.id
            """).map { row in VisitListing(visit: try VisitRecord(row: row).visit(), hostName: row["host_name"]) }
    }

    static func denyList(_ db: Database) throws -> DenyList {
        let rows = try Row.fetchAll(db, sql: "SELECT names, note FROM visitor_deny")
        return DenyList(entries: rows.map { row in
            let names = (try? JSONDecoder().decode([String].self, from: Data((row["names"] as String).utf8))) ?? []
            return DenyList.Entry(names: names, note: row["note"])
        })
    }

    private static func activeHost(_ db: Database, badge: String) throws -> Person {
        guard let host = try PersonRecord.fetchOne(db, key: badge)?.person() else {
            throw StationProblem(.invalidInput, "Badge \(badge) is not among this station's people; nothing was recorded.",
                                 advice: "The host must be someone in the people import.")
        }
        guard host.active else {
            throw StationProblem(.conflict, "\(host.name)'s badge (\(host.badge)) is disabled; nothing was recorded.", advice: "Choose a host still with the office.")
        }
        return host
    }

    private static func freshBadgeCode(_ db: Database) throws -> String {
        var generator = SystemRandomNumberGenerator()
        var code = VisitCode.badge(using: &generator)
        while try codeOwner(db, code) != nil {
            code = VisitCode.badge(using: &generator)
        }
        return code
    }

    /// Writes a signed-in visit with its `visit.signed_in` and `host.notified` entries.
    private static func arrive(_ db: Database, _ visit: Visit, station: String, time: Date, journal: StationDatabase) throws -> VisitPass {
        let id = try save(db, visit, station: station, kind: .visitSignedIn, actor: visitorActor, time: time, journal: journal)
        let host = try PersonRecord.fetchOne(db, key: visit.hostBadge)?.person()
        var stored = visit
        stored.id = id
        _ = try journal.appendJournal(db, station: station, kind: .hostNotified, actor: visitorActor, time: time,
                                      payload: VisitPayload(stored, id: id, station: station))
        return VisitPass(
            visitID: id, name: visit.name, company: visit.company, hostName: host?.name ?? visit.hostBadge,
            hostDepartment: host?.department ?? "", date: visit.expectedDate, arrival: time, badgeCode: visit.badgeCode ?? "")
    }

    /// Inserts or updates the visit and appends one journal entry for it; returns its id.
    @discardableResult
    private static func save(
        _ db: Database, _ visit: Visit, station: String, kind: JournalEventKind, actor: String, time: Date, journal: StationDatabase
    ) throws -> Int64 {
        var record = VisitRecord(visit, station: station)
        if record.id == nil { try record.insert(db) } else { try record.update(db) }
        let id = record.id ?? 0
        _ = try journal.appendJournal(db, station: station, kind: kind, actor: actor, time: time,
                                      payload: VisitPayload(visit, id: id, station: station))
        return id
    }
}
