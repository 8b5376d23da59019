extension ReceptionJob {
    public static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: ReceptionEffect, store: Store, slips: Slips) -> ReceptionAnswer {
        guard let visits = store as? any VisitStore else {
            return .failed(StationProblem(.system, "This station's store keeps no visits.", advice: "Tell the administrator: the kiosk runs without the station database."))
        }
        let desk = slips as? any ReceptionDesk
        return perform(effect, visits: visits, desk: desk)
    }

    /// The effect against the seams. Without a desk (no printers configured at all) badges and
    /// the roll call are refused with the reason; sign-ins still work.
    static func perform(_ effect: ReceptionEffect, visits: some VisitStore, desk: (any ReceptionDesk)?) -> ReceptionAnswer {
        let noDesk = StationProblem(.system, "This station has no printer output for reception.", advice: "Tell the administrator.")
        do throws(StationProblem) {
            switch effect {
            case .signInByInvite(let code, let station, let time):
                return .signIn(try visits.signIn(invite: code, rulesVersion: nil, station: station, time: time))
            case .signInWalkIn(let walkIn):
                return .signIn(try visits.signIn(walkIn))
            case .signOut(let code, let by, let station, let time):
                return .signOut(try visits.signOut(badgeCode: code, by: by, station: station, time: time))
            case .findHosts(let query):
                return .hosts(query: query, try visits.hosts(matching: query, limit: hostChoices + 1))
            case .loadRules:
                return .rules(desk?.siteRules ?? .standard)
            case .printBadge(let pass, let time):
                guard let desk else { return .badgeNotPrinted(noDesk) }
                do throws(StationProblem) {
                    return .badgePrinted(try desk.printBadge(pass, at: time))
                } catch {
                    return .badgeNotPrinted(error)
                }
            case .closeForTheDay(let today, let days, let time):
                let closed = try visits.closeOpenVisits(at: time, actor: "station")
                return .closedForTheDay(closed: closed, anonymised: try visits.anonymiseVisits(olderThan: days, today: today, time: time, actor: "station"))
            case .printRollCall(let time):
                guard let desk else { throw noDesk }
                let list = try visits.onSite()
                return .rollCall(list, output: try desk.printRollCall(list, at: time))
            }
        } catch {
            return .failed(error)
        }
    }
}
